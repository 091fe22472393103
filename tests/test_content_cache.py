"""The cache of parsed content files: a start with unchanged content parses nothing, and any change,
damage or unwritable folder falls back to parsing, with the same library and the same errors."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.fresh_process import outputs_of_starts
from workshop_app import paths
from workshop_app.content import loader, parsed_cache
from workshop_app.content.parsed_cache import FILE_NAME, ParsedCache
from workshop_app.domain.errors import ContentError


@pytest.fixture
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files just copied count as settled (the copies in tmp_path are seconds old)."""
    monkeypatch.setattr(parsed_cache, "SETTLED_NS", -(10**18))


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every file actually parsed from here on."""
    parsed: list[Path] = []
    real = loader._parse_toml

    def counting(file: Path):  # noqa: ANN202
        parsed.append(file)
        return real(file)

    monkeypatch.setattr(loader, "_parse_toml", counting)
    return parsed


def _cache_file() -> Path:
    return paths.cache_dir() / FILE_NAME


def test_second_load_parses_nothing_and_gives_the_same_library(content, monkeypatch, settled_at_once) -> None:
    resources, sessions, user = content
    first = loader.load_library(resources, sessions, user)
    assert _cache_file().is_file()
    parsed = _parses(monkeypatch)
    second = loader.load_library(resources, sessions, user)
    assert parsed == []
    assert second == first
    assert second.sheets.keys() == first.sheets.keys() and len(second.templates) == len(first.templates)


def test_a_changed_file_is_parsed_again_and_its_new_text_shows(content, monkeypatch, settled_at_once) -> None:
    resources, sessions, user = content
    loader.load_library(resources, sessions, user)
    template = sorted(sessions.glob("*.toml"))[0]
    text = template.read_text(encoding="utf-8")
    old_title = loader.load_template(template).title
    template.write_text(text.replace(old_title, old_title + " (Siân's edit)", 1), encoding="utf-8")
    parsed = _parses(monkeypatch)
    library = loader.load_library(resources, sessions, user)
    assert parsed == [template]
    assert library.templates[template.stem].title == old_title + " (Siân's edit)"


def test_a_change_of_the_same_size_is_seen(content, monkeypatch, settled_at_once) -> None:
    """Same size, and the modification time put back as it was: the change time and inode still differ."""
    resources, sessions, user = content
    loader.load_library(resources, sessions, user)
    template = sorted(sessions.glob("*.toml"))[0]
    before = os.stat(template)
    text = template.read_text(encoding="utf-8")
    title = loader.load_template(template).title
    swapped = title[::-1] if title[::-1] != title else title.upper()
    template.write_text(text.replace(title, swapped, 1), encoding="utf-8")
    os.utime(template, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(template).st_size == before.st_size
    assert loader.load_library(resources, sessions, user).templates[template.stem].title == swapped


def test_a_file_changed_moments_ago_is_not_kept(content, monkeypatch) -> None:
    """Two same-size edits within one tick of the file system's clock would look alike: fresh files wait."""
    resources, sessions, user = content
    loader.load_library(resources, sessions, user)  # every copied file is seconds old
    parsed = _parses(monkeypatch)
    loader.load_library(resources, sessions, user)
    assert len(parsed) > 20  # all parsed again: none was kept


def test_a_broken_file_still_reports_its_error_after_being_cached(content, settled_at_once) -> None:
    resources, sessions, user = content
    loader.load_library(resources, sessions, user)
    (resources / "practices.toml").write_text('title = "unfinished\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        loader.load_library(resources, sessions, user)
    assert "practices.toml" in str(caught.value) and "not valid TOML" in str(caught.value)


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "other-format"])
def test_a_damaged_cache_is_ignored_and_written_anew(content, monkeypatch, settled_at_once, damage) -> None:
    resources, sessions, user = content
    expected = loader.load_library(resources, sessions, user)
    cache = _cache_file()
    raw = cache.read_bytes()
    cache.write_bytes(
        {
            "truncate": raw[: len(raw) // 2],
            "flip": raw[:200] + bytes([raw[200] ^ 0x55]) + raw[201:],
            "garbage": os.urandom(len(raw)),
            "empty": b"",
            "other-format": raw[:4] + bytes([99]) + raw[5:],
        }[damage]
    )
    parsed = _parses(monkeypatch)
    assert loader.load_library(resources, sessions, user) == expected
    assert len(parsed) > 20
    assert cache.read_bytes() == raw  # written anew, whole
    parsed.clear()
    loader.load_library(resources, sessions, user)
    assert parsed == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_changes_nothing(content, settled_at_once) -> None:
    resources, sessions, user = content
    folder = paths.cache_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        library = loader.load_library(resources, sessions, user)
        assert library.templates and not _cache_file().exists()
    finally:
        folder.chmod(0o700)


def test_an_unwritable_cache_path_changes_nothing(content, settled_at_once) -> None:
    """A file where the cache folder should be (so nothing can be written there, even as root)."""
    resources, sessions, user = content
    paths.cache_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.cache_dir().write_text("not a folder", encoding="utf-8")
    library = loader.load_library(resources, sessions, user)
    assert library.templates and paths.cache_dir().read_text(encoding="utf-8") == "not a folder"


def test_entries_for_files_gone_drop_out(content, settled_at_once, monkeypatch) -> None:
    resources, sessions, user = content
    user.mkdir()
    template = sorted(sessions.glob("*.toml"))[0]
    extra = user / "my-own.toml"
    extra.write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    assert "my-own" in loader.load_library(resources, sessions, user).templates
    size_with = _cache_file().stat().st_size
    extra.unlink()
    assert "my-own" not in loader.load_library(resources, sessions, user).templates
    assert _cache_file().stat().st_size < size_with


def test_dates_are_parsed_each_time_and_nothing_else_breaks(tmp_path: Path, settled_at_once) -> None:
    cache = ParsedCache(tmp_path / FILE_NAME)
    plain, dated = tmp_path / "plain.toml", tmp_path / "dated.toml"
    plain.write_text("a = 1\n", encoding="utf-8")
    dated.write_text("d = 2026-11-23\n", encoding="utf-8")
    for file, data in ((plain, {"a": 1}), (dated, {"d": date(2026, 11, 23)})):
        found, stamp = cache.get(file)
        assert found is None
        cache.put(stamp, data)
    cache.save()
    again = ParsedCache(tmp_path / FILE_NAME)
    assert again.get(plain)[0] == {"a": 1}
    assert again.get(dated)[0] is None
    first, _ = again.get(plain)
    first["a"] = 2  # each answer is a new object: changing one changes nothing kept
    assert again.get(plain)[0] == {"a": 1}


def test_a_start_with_a_current_cache_does_not_import_the_toml_parser(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from workshop_app.content import parsed_cache\n"
        "parsed_cache.SETTLED_NS = -10**18\n"
        "from workshop_app.content.loader import load_library\n"
        "load_library()\n"
        "print('tomllib' in sys.modules)\n"
    )
    assert outputs_of_starts(script, tmp_path / "home") == ["True", "False"]


def test_a_write_killed_half_way_leaves_the_old_cache_and_its_leftover_is_cleared(content, settled_at_once) -> None:
    import time

    resources, sessions, user = content
    expected = loader.load_library(resources, sessions, user)
    cache = _cache_file()
    before = cache.read_bytes()
    leftover = cache.with_name(f".{cache.name}.99999.tmp")  # what a process killed before the rename leaves
    leftover.write_bytes(before[: len(before) // 3])
    fresh = cache.with_name(f".{cache.name}.99998.tmp")  # another process's write under way
    fresh.write_bytes(b"")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    assert loader.load_library(resources, sessions, user) == expected  # the old cache, untouched, still serves
    assert cache.read_bytes() == before
    template = sorted(sessions.glob("*.toml"))[0]
    template.write_text(template.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    loader.load_library(resources, sessions, user)  # something changed: the cache is written again
    assert not leftover.exists() and fresh.exists()
