"""Build the Station Desk MSI (WiX source, build script, Windows build-agent recipe)."""
