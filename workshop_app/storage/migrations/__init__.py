"""Alembic migration scripts for the app's database (the only way the schema changes)."""
