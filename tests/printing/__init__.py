"""Tests of the printing package: printers, jobs, documents and the CLI."""
