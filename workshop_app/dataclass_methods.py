"""The methods Python's dataclasses write for each class, compiled once and kept between starts.

For every `@dataclass` Python 3.11 writes the source of `__init__`, `__repr__`, `__eq__`,
`__hash__` and, for a frozen class, `__setattr__` and `__delattr__`, and compiles each with
`exec`, on every start: about 0.6 ms a class, and the first screen needs some fifty of the
domain's record classes (about 25 ms of a 280 ms start). The same source always compiles to the
same code, as a module's source does to its `.pyc`; so, from `install()` to `settle()`, the app
keeps what each source compiled to in a file of the user's cache folder and hands the dataclass
machinery the kept code instead of compiling again.

How: `dataclasses` calls `exec(text, globals, namespace)` by the global name `exec`, so a
module-level `exec` in `dataclasses` is called instead of the built-in one. It compiles a text
not seen before exactly as the built-in would (file name `<string>`, no inherited compiler flags)
and runs the code with the same globals and namespace; the classes made are the same (a test
compares classes made both ways). Nothing else in the process calls it. `install` does nothing
when this Python's dataclasses do not call `exec` so (another version): everything then works as
without it. The cache file is checked (`cachefile`: format, CRC, the Python build that wrote it)
and a text whose kept code is not a code object is compiled again.

Each kept text is handed out once and then let go (the methods made hold what they need), so the
cache holds memory only until the start has used it. `settle()`, once the app has started, takes
the module-level `exec` away (classes made later compile as usual) and, when this start compiled
a text the file did not hold or did not use one it held, writes the texts used in this start, and
only those, so the file holds what a start needs and no more.
"""

from __future__ import annotations

import builtins
import dataclasses
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

from . import cachefile

MAGIC = b"WCDM"
FORMAT = 1
FILE_NAME = "dataclass-methods.bin"


def _key(text: str) -> tuple[int, int]:
    return len(text), zlib.crc32(text.encode("utf-8", "surrogatepass"))


class _Compiled:
    """The kept code, handed out once each: what has been handed out is not held here any longer
    (the methods hold what they need), so the cache costs memory only until it is used."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        kept = cachefile.read(file, MAGIC, FORMAT)
        self.kept: dict[str, CodeType] = kept if isinstance(kept, dict) else {}
        self.served: set[tuple[int, int]] = set()  # texts answered from the file
        self.new: dict[str, CodeType] = {}  # texts the file did not hold
        self.compiled = 0  # texts compiled in this process that the file did not hold

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002 - exec's own names
        if isinstance(source, str):
            code = self.kept.pop(source, None)
            if isinstance(code, CodeType):
                self.served.add(_key(source))
            else:
                code = self.new.get(source)
                if code is None:
                    code = compile(source, "<string>", "exec", dont_inherit=True)
                    if _key(source) not in self.served:  # the same text twice (two classes alike)
                        self.new[source] = code
                        self.compiled += 1
            source = code
        builtins.exec(source, globals, locals)

    def save(self) -> None:
        """Write the texts this start used, unless the file already holds exactly those."""
        new = dict(self.new)  # a copy taken at once: a class made on another thread may still add one
        if not new and not self.kept:
            return
        before = cachefile.read(self.file, MAGIC, FORMAT)
        keep = {
            text: code
            for text, code in (before.items() if isinstance(before, dict) else ())
            if isinstance(text, str) and isinstance(code, CodeType) and _key(text) in self.served
        }
        keep.update(new)
        cachefile.write(self.file, MAGIC, FORMAT, keep)


_active: _Compiled | None = None


def _calls_exec_by_name() -> bool:
    """Does this Python's dataclasses module compile its methods through the global name `exec`?"""
    create = getattr(dataclasses, "_create_fn", None)
    code = getattr(create, "__code__", None)
    return isinstance(code, CodeType) and "exec" in code.co_names and "exec" not in vars(dataclasses)


def install(file: Path | None = None) -> bool:
    """Start handing kept code to the dataclasses machinery; False when this Python is not one it knows."""
    global _active
    if _active is not None:
        return True
    if not _calls_exec_by_name():
        return False
    _active = _Compiled(file if file is not None else cachefile.in_folder(FILE_NAME))
    dataclasses.exec = _active.exec  # type: ignore[attr-defined]
    return True


def settle() -> int:
    """Keep what this start compiled and go back to the built-in `exec`; the number of texts compiled."""
    global _active
    active, _active = _active, None
    if active is None:
        return 0
    if vars(dataclasses).get("exec") == active.exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    active.save()
    return active.compiled
