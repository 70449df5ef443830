"""Pure rules and value objects for visits, triage, documents, loans and records (stdlib only)."""
