"""Scanners: discovery, capabilities, scan jobs in a worker process, the page pipeline, PDFs."""
