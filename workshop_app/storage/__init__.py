"""SQLAlchemy rows, repositories, unit of work, engine profile and Alembic migrations."""
