"""Composition root: paths, logging, content, database, services, and (for the GUI) Qt."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths

if TYPE_CHECKING:
    from .domain.content import ContentLibrary
    from .services.container import Services

log = logging.getLogger("workshop_app")


LOG_MAX_BYTES = 1_000_000
LOG_KEPT = 3  # older files: workshop-app.log.1 (newest) to .3


class RotatingLog(logging.FileHandler):
    """The log file, moved aside once it reaches `max_bytes`: it becomes `.1`, `.1` becomes `.2`, and
    so on; the oldest of `kept` is dropped.

    What `logging.handlers.RotatingFileHandler` does, without importing `logging.handlers` at
    start: that module brings socket, pickle and queue with it (1 MiB before the first paint).
    """

    def __init__(self, path: Path, *, max_bytes: int = LOG_MAX_BYTES, kept: int = LOG_KEPT) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._move_aside()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _move_aside(self) -> None:
        self.stream.close()
        self.stream = None  # reopened by emit
        base = self.baseFilename
        for number in range(self.kept - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log ids and error codes (never participant text) to a rotating file in the log folder."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "workshop-app.log"
        handler = RotatingLog(target)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("workshop_app")
    if not any(isinstance(h, RotatingLog) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(level)
    return target


def resolve_db_path(db: str | os.PathLike[str] | None) -> Path:
    return Path(db).expanduser() if db else paths.default_db_path()


def open_services(
    db: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    passphrase: str | None = None,
    read_only: bool = False,
    new_passphrase: str | None = None,
    library: ContentLibrary | None = None,
) -> Services:
    """Load the shipped content and open (creating and upgrading) the database.

    `passphrase` unlocks an encrypted database; `new_passphrase` creates a new database
    encrypted (the recovery key is then on `services.recovery_key`). Stray temporary files
    are removed and a backup is taken if the database changed since the last one. `library` is
    the shipped content when the caller has already loaded it.
    """
    from .content.loader import load_library
    from .services.container import Services
    from .storage.backup import clean_stray_files
    from .storage.database import create_encrypted, open_database

    if library is None:
        library = load_library(user_templates=paths.user_templates_dir())
    path = resolve_db_path(db)
    recovery = None
    if not read_only:
        clean_stray_files(path)
    if new_passphrase is not None and not (path.exists() and path.stat().st_size > 0):
        database, recovery = create_encrypted(path, new_passphrase)
    else:
        database = open_database(path, create=create, passphrase=passphrase, read_only=read_only)
    log.info("opened database (schema at head%s)", ", read-only" if read_only else "")
    services = Services.create(database, library)
    services.recovery_key = recovery
    if not read_only:
        services.evidence.seed_from_library()  # the shipped sources, once, into the evidence library
    return services


def run_gui(db: str | os.PathLike[str] | None = None) -> int:
    """Start the Qt application on a database and run until the window closes."""
    from .ui.application import run

    return run(resolve_db_path(db))
