"""Alembic environment: runs on the connection the app hands over, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from workshop_app.storage.schema import include_object, metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes a connection
    raise RuntimeError("Migrations run only through workshop_app.storage.migrate.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
