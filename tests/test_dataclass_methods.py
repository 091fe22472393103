"""Dataclass methods compiled once and kept: classes made from the kept code behave exactly as
classes made the ordinary way, a second start compiles nothing, and a damaged, foreign or
unwritable cache changes nothing but the time."""

from __future__ import annotations

import dataclasses
import inspect
import os
import sys
import types
from pathlib import Path

import pytest

from tests.fresh_process import outputs_of_starts
from workshop_app import dataclass_methods
from workshop_app.dataclass_methods import FILE_NAME

pytestmark = pytest.mark.skipif(
    not dataclass_methods._calls_exec_by_name(), reason="this Python's dataclasses do not compile through exec"
)

# every kind of class the machinery writes methods for, and texts alike (two classes with one field set)
SOURCE = '''
import dataclasses
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar

@dataclass(frozen=True)
class Record:
    """A record."""
    id: str
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()

@dataclass(frozen=True)
class RecordAlike:
    id: str
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()

@dataclass(order=True)
class Ordered:
    rank: int
    label: str = field(default="", compare=False)
    items: list = field(default_factory=list)
    shared: ClassVar[int] = 3

@dataclass(eq=False, repr=False)
class Plain:
    x: int
    _: KW_ONLY
    y: int = 2

@dataclass(unsafe_hash=True, slots=True)
class Slotted:
    a: int
    b: "str" = "b"

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

@dataclass(frozen=True, kw_only=True)
class KwOnly:
    a: int
    b: str = "x"
'''

NAMES = ("Record", "RecordAlike", "Ordered", "Plain", "Slotted", "WithPost", "KwOnly")


def _make(module_name: str, source: str = SOURCE) -> dict:
    """The classes of `source`, made in a module of their own (the machinery looks classes' modules up)."""
    module = types.ModuleType(f"dataclass_methods_test_{module_name}")
    sys.modules[module.__name__] = module
    code = compile(source, f"<{module_name}>", "exec", dont_inherit=True)  # not this file's future imports
    exec(code, module.__dict__)  # noqa: S102 - the test's own source
    return module.__dict__


ONLY = "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass Only:\n    zyx: int\n"


def _describe(cls: type) -> dict:
    """Everything the machinery writes, as plain values to compare."""
    out: dict = {"doc": cls.__doc__, "match_args": getattr(cls, "__match_args__", None)}
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"):
        fn = cls.__dict__.get(name)
        if fn is None or not hasattr(fn, "__code__"):
            out[name] = repr(fn) if fn is None else type(fn).__name__
            continue
        code = fn.__code__
        out[name] = (
            str(inspect.signature(fn)),
            {k: repr(v) for k, v in fn.__annotations__.items()},
            fn.__defaults__,
            repr(fn.__kwdefaults__),
            code.co_code,
            code.co_names,
            code.co_varnames,
            code.co_filename,
            code.co_flags,
            code.co_firstlineno,
        )
    out["fields"] = [(f.name, repr(f.type), f.init, f.repr, f.compare, f.kw_only) for f in dataclasses.fields(cls)]
    return out


def _behaviour(ns: dict) -> list:
    r = ns["Record"]("r1", "Siân", 2, ("a",))
    seen = [repr(r), r == ns["Record"]("r1", "Siân", 2, ("a",)), hash(r) == hash(ns["Record"]("r1", "Siân", 2, ("a",)))]
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.name = "Łukasz"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del r.name
    seen.append(repr(dataclasses.replace(r, name="Łukasz")))
    seen.append(ns["Ordered"](1, "z") < ns["Ordered"](2, "a"))
    seen.append(ns["Ordered"](1, "z") == ns["Ordered"](1, "a"))
    seen.append(ns["Ordered"](1).items is not ns["Ordered"](1).items)
    seen.append(ns["Plain"](1, y=3) == ns["Plain"](1, y=3))
    seen.append(repr(ns["Slotted"](1)) + str(hash(ns["Slotted"](1)) == hash(ns["Slotted"](1))))
    seen.append(ns["WithPost"](4).b)
    seen.append(repr(ns["KwOnly"](a=1)))
    with pytest.raises(TypeError):
        ns["KwOnly"](1)
    return seen


@pytest.fixture
def cache_file(tmp_path: Path):
    yield tmp_path / "cache" / FILE_NAME
    dataclass_methods.settle()  # never leave the patch behind, whatever the test did


def test_classes_from_kept_code_are_the_classes_python_makes(cache_file: Path) -> None:
    ordinary = _make("ordinary")

    assert dataclass_methods.install(cache_file)
    first = _make("first")
    compiled = dataclass_methods.settle()
    assert compiled > 10 and cache_file.is_file()
    assert "exec" not in vars(dataclasses)

    assert dataclass_methods.install(cache_file)
    kept = _make("kept")
    assert dataclass_methods._active is not None and not dataclass_methods._active.kept  # every kept text used
    assert dataclass_methods.settle() == 0

    for name in NAMES:
        assert _describe(kept[name]) == _describe(ordinary[name]) == _describe(first[name]), name
    assert _behaviour(kept) == _behaviour(ordinary) == _behaviour(first)


def test_a_second_start_compiles_nothing_and_leaves_the_file_alone(cache_file: Path) -> None:
    dataclass_methods.install(cache_file)
    _make("one")
    dataclass_methods.settle()
    before = (cache_file.read_bytes(), cache_file.stat().st_mtime_ns)
    for _ in range(2):
        dataclass_methods.install(cache_file)
        _make("again")
        assert dataclass_methods.settle() == 0
    assert (cache_file.read_bytes(), cache_file.stat().st_mtime_ns) == before


def test_texts_no_longer_used_drop_out_and_new_ones_are_added(cache_file: Path) -> None:
    dataclass_methods.install(cache_file)
    _make("one")
    dataclass_methods.settle()
    size = cache_file.stat().st_size

    dataclass_methods.install(cache_file)
    _make("smaller", ONLY)
    assert dataclass_methods.settle() > 0
    assert cache_file.stat().st_size < size / 3
    dataclass_methods.install(cache_file)
    _make("smaller-again", ONLY)
    assert dataclass_methods.settle() == 0


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "foreign-python"])
def test_a_damaged_or_foreign_cache_is_compiled_anew(cache_file: Path, damage: str) -> None:
    from workshop_app import cachefile

    dataclass_methods.install(cache_file)
    _make("one")
    whole = dataclass_methods.settle()
    raw = cache_file.read_bytes()
    if damage == "foreign-python":
        import marshal

        cachefile.write(cache_file, dataclass_methods.MAGIC, dataclass_methods.FORMAT, {})
        body = marshal.dumps(("cpython-399|other|4", {}))
        import zlib

        cache_file.write_bytes(raw[:5] + zlib.crc32(body).to_bytes(4, "big") + body)
    else:
        cache_file.write_bytes(
            {
                "truncate": raw[: len(raw) // 2],
                "flip": raw[:300] + bytes([raw[300] ^ 0x41]) + raw[301:],
                "garbage": os.urandom(len(raw)),
                "empty": b"",
            }[damage]
        )
    dataclass_methods.install(cache_file)
    ordinary, again = _make("ordinary-after"), None
    assert dataclass_methods.settle() == whole
    assert cache_file.read_bytes() == raw
    dataclass_methods.install(cache_file)
    again = _make("again")
    assert dataclass_methods.settle() == 0
    assert _behaviour(again) == _behaviour(ordinary)


def test_an_unwritable_cache_place_changes_nothing_but_the_time(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    try:
        assert dataclass_methods.install(blocker / FILE_NAME)
        ns = _make("unwritable")
        assert dataclass_methods.settle() > 0
    finally:
        dataclass_methods.settle()
    assert _behaviour(ns) == _behaviour(_make("ordinary"))
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_a_python_whose_dataclasses_do_not_call_exec_by_name_is_left_alone(monkeypatch, tmp_path: Path) -> None:
    def create_fn(name, args, body, *, globals=None, locals=None, return_type=None):  # noqa: ANN001, ANN202, A002
        return None  # names no `exec`

    monkeypatch.setattr(dataclasses, "_create_fn", create_fn)
    assert dataclass_methods.install(tmp_path / FILE_NAME) is False
    assert "exec" not in vars(dataclasses)
    assert dataclass_methods.settle() == 0


def test_the_start_keeps_what_it_compiled_for_the_next(tmp_path: Path) -> None:
    """In fresh processes, as the app starts: the record classes' methods compiled once, then kept."""
    script = (
        "from workshop_app import dataclass_methods\n"
        "dataclass_methods.install()\n"
        "import workshop_app.domain.records, workshop_app.domain.content, workshop_app.domain.voice\n"
        "print(dataclass_methods.settle())\n"
    )
    counts = [int(out) for out in outputs_of_starts(script, tmp_path / "home")]
    assert counts[0] > 100 and counts[1] == 0
    assert (tmp_path / "home" / "cache" / FILE_NAME).is_file()
