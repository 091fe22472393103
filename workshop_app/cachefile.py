"""One file of the user's cache folder: what the app can always make again, kept to start faster.

A cache file holds one `marshal`-ed value behind a short header: a magic tag naming what it holds,
a format number, and a CRC-32 of the rest; inside, the interpreter that wrote it (marshal's format,
and code objects, belong to one Python build). Reading answers None for a file that is missing,
damaged, of another format or from another Python; nothing is ever raised. Writing goes to a
temporary file renamed into place (a process killed while writing leaves the old file or none,
and a temporary file that the next write clears away); a failure to write (read-only or full
disk, a file in the folder's place) is logged and ignored.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import time
import zlib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# which interpreter wrote a file: marshal's format and code objects are tied to it
PYTHON = f"{sys.implementation.cache_tag}|{sys.version}|{marshal.version}"
_HEADER = 4 + 1 + 4  # magic, format, CRC-32 of the body


def in_folder(name: str) -> Path | None:
    """The cache file `name` in the user's cache folder, or None when there is no folder to be had."""
    from . import paths

    try:
        return paths.cache_dir() / name
    except Exception:  # noqa: BLE001 - no home folder, a broken platform lookup: run without a cache
        return None


def read(file: Path | None, magic: bytes, fmt: int) -> Any | None:
    """What `file` holds, if it is an intact cache file of this kind, format and Python; else None."""
    if file is None:
        return None
    try:
        raw = file.read_bytes()
    except OSError:
        return None
    if len(raw) < _HEADER or raw[:4] != magic or raw[4] != fmt:
        return None
    body = memoryview(raw)[_HEADER:]  # not a copy: these files can be hundreds of kilobytes
    if zlib.crc32(body).to_bytes(4, "big") != raw[5:_HEADER]:
        log.info("cache file %s is damaged; it will be made again", file.name)
        return None
    try:
        python, value = marshal.loads(body)
    except Exception:  # noqa: BLE001 - anything unreadable counts as no cache
        return None
    return value if python == PYTHON else None


def write(file: Path | None, magic: bytes, fmt: int, value: Any) -> bool:
    """Write `value` whole (temporary file, then rename); False when it could not be written."""
    if file is None:
        return False
    assert len(magic) == 4 and 0 <= fmt < 256
    body = marshal.dumps((PYTHON, value))
    tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(magic + bytes([fmt]) + zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(tmp, file)
    except OSError as exc:
        log.info("cache file %s not written (%s)", file.name, exc.strerror or exc)
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    for left in file.parent.glob(f".{file.name}.*.tmp"):  # a process killed while writing left these
        try:
            if left.stat().st_mtime < time.time() - 60:  # not another process's write under way
                left.unlink()
        except OSError:
            pass
    return True
