"""Sync of a desktop's local database with the shared PostgreSQL server (DESIGN.md §6, docs/sync.md)."""
