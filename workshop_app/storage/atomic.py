"""Writing files atomically: a failed or cancelled write leaves any earlier file untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import StorageError


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a file through a temporary sibling, fsync it, then rename it into place.

    If writing fails or is cancelled, any earlier file at `path` is left untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"Cannot write in {folder}: {exc.strerror or exc}.", code="write-failed") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, _file_mode(path))
        os.replace(tmp_name, path)
    except OSError as exc:
        raise StorageError(f"Could not write {path.name}: {exc.strerror or exc}.", code="write-failed") from exc
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _file_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
