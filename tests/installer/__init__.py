"""Installer tests: build the MSI with wixl and read its tables back with msiinfo."""
