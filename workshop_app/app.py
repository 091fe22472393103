"""Composition root: paths, logging, content, database, services, and (for the GUI) Qt."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from . import paths
from .services.container import Services

log = logging.getLogger("workshop_app")


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log ids and error codes (never participant text) to a rotating file in the log folder."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "workshop-app.log"
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("workshop_app")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(level)
    return target


def resolve_db_path(db: str | os.PathLike[str] | None) -> Path:
    return Path(db).expanduser() if db else paths.default_db_path()


def open_services(db: str | os.PathLike[str] | None = None, *, create: bool = True) -> Services:
    """Load the shipped content and open (creating and upgrading) the database."""
    from .content.loader import load_library
    from .storage.database import open_database

    library = load_library(user_templates=paths.user_templates_dir())
    database = open_database(resolve_db_path(db), create=create)
    log.info("opened database (schema at head)")
    services = Services.create(database, library)
    services.evidence.seed_from_library()  # the shipped sources, once, into the evidence library
    return services


def run_gui(db: str | os.PathLike[str] | None = None) -> int:
    """Start the Qt application on a database and run until the window closes."""
    from .ui.application import run

    return run(resolve_db_path(db))
