"""Parsed content files kept between starts, so that a start with unchanged content parses no TOML.

Reading the shipped content (about twenty TOML files) with `tomllib` took about 17 ms of every
start, and importing `tomllib` 7 ms more, for files that change only with a new version of the app
or when someone edits a template. What each file parsed to is kept in one file in the user's cache
folder, keyed by the content file's resolved path, size and modification time (to the nanosecond,
as `stat` gives it), change time and inode: a file whose key differs is parsed again, as is a file
the cache does not hold, and a file changed in the last two seconds is not kept (two changes of the
same size within one tick of the file system's clock would leave the key alone). The loader still
checks every value and builds every record from the parsed data as before; only the parsing is
skipped.

The cache is advisory (`cachefile`): a cache file that is missing, damaged, of another format or
from another Python, or that cannot be written (read-only or full disk), is ignored and the files
are parsed as if it were not there. Data that `marshal` cannot hold (TOML dates and times) is not
cached: that file is parsed each time.
"""

from __future__ import annotations

import marshal
import os
import time
from pathlib import Path
from typing import Any

from .. import cachefile

MAGIC = b"WCPC"
FORMAT = 1
FILE_NAME = "parsed-content.bin"

# a content file's resolved path, and its (size, mtime_ns, ctime_ns, inode)
Stamp = tuple[str, tuple[int, int, int, int]]

# a file changed this recently is not kept: a file system's clock ticks in milliseconds, so a second
# change of the same size within the same tick would leave the stamp as it was ("racy" files)
SETTLED_NS = 2_000_000_000


def _stamp(file: Path) -> Stamp | None:
    try:
        st = os.stat(file)
    except OSError:
        return None  # the loader reports a missing or unreadable file itself
    return os.path.realpath(file), (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class ParsedCache:
    """What each content file parsed to, for one load of the library.

    `get` answers for a file whose stamp (size, modification and change time, inode) matches what
    was kept, and gives the stamp taken before the file is read; `put` keeps what a file parsed to
    under that stamp; `save` writes the entries used in this load (and only those, so files that
    are gone drop out) when anything changed.
    """

    def __init__(self, file: Path | None) -> None:
        self.file = file
        kept = cachefile.read(file, MAGIC, FORMAT)
        self._kept: dict[str, tuple[tuple[int, ...], bytes]] = kept if isinstance(kept, dict) else {}
        self._used: dict[str, tuple[tuple[int, ...], bytes]] = {}
        self._changed = False

    @classmethod
    def in_cache_folder(cls) -> ParsedCache:
        return cls(cachefile.in_folder(FILE_NAME))

    def get(self, file: Path) -> tuple[Any | None, Stamp | None]:
        """What `file` parsed to last time, as a new object (None when it must be parsed), and the
        file's stamp as it is now, to `put` with what it parses to."""
        stamp = _stamp(file)
        if stamp is None:
            return None, None
        entry = self._kept.get(stamp[0])
        if entry is None or tuple(entry[0]) != stamp[1]:
            return None, stamp
        try:
            data = marshal.loads(entry[1])
        except Exception:  # noqa: BLE001
            return None, stamp
        self._used[stamp[0]] = (stamp[1], entry[1])
        return data, stamp

    def put(self, stamp: Stamp | None, data: Any) -> None:
        """Keep what a file parsed to, under the stamp `get` took before it was read."""
        if stamp is None or time.time_ns() - max(stamp[1][1], stamp[1][2]) < SETTLED_NS:
            return
        try:
            blob = marshal.dumps(data)
        except ValueError:  # a TOML date or time: parsed each time
            return
        self._used[stamp[0]] = (stamp[1], blob)
        self._changed = True

    def save(self) -> None:
        """Write the entries used in this load, when anything changed; failures only logged."""
        if self._changed or self._used.keys() != self._kept.keys():
            cachefile.write(self.file, MAGIC, FORMAT, self._used)
