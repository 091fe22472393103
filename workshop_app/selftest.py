"""The self-test: proves an installed copy works (database, migrations, content, fonts, packs, Qt)."""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, paths


class SelfTestFailed(Exception):
    """One check failed; the message says which and why, in plain words."""


@dataclass
class SelfTestReport:
    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def text(self) -> str:
        return "\n".join(self.lines)


def _shipped_content_files() -> list[Path]:
    files = sorted(paths.resources_dir().rglob("*.toml")) + sorted(paths.sessions_dir().glob("*.toml"))
    if not files:
        raise SelfTestFailed(f"no content files found under {paths.resources_dir()}")
    return files


def _check_content(report: list[str]) -> object:
    from .content.loader import load_library

    files = _shipped_content_files()
    with tempfile.TemporaryDirectory(prefix="wc-selftest-templates-") as empty:
        library = load_library(user_templates=Path(empty))  # shipped files only
    fonts = sorted(paths.get_asset("fonts").glob("*.ttf"))
    if not fonts:
        raise SelfTestFailed(f"no fonts found in {paths.get_asset('fonts')}")
    report.append(
        f"content    {len(files)} files: {len(library.practices)} practices, {len(library.par_models)} PAR "
        f"model(s), {len(library.self_assessment.elements)} self-assessment elements, "
        f"{len(library.templates)} session templates, {len(library.sources)} sources; {len(fonts)} fonts"
    )
    return library


def _check_database_and_pack(library: object, report: list[str]) -> None:
    from .services.container import Services
    from .services.demo import create_demo
    from .storage import migrate
    from .storage.database import open_database
    from .storage.engine import check_sqlite

    sqlite = check_sqlite()
    with tempfile.TemporaryDirectory(prefix="wc-selftest-") as folder:
        db = open_database(Path(folder) / "selftest.db")
        services = Services.create(db, library)  # type: ignore[arg-type]
        try:
            revision = migrate.current_revision(db.engine)
            if revision != migrate.head_revision():
                raise SelfTestFailed(f"the schema stopped at revision {revision}, not {migrate.head_revision()}")
            report.append(f"database   SQLite {sqlite}; migrations ran to revision {revision}")
            programme = create_demo(services)
            people = services.programmes.participants(programme.id)
            sessions = services.sessions.sessions(programme.id)
            if not sessions:
                raise SelfTestFailed("the demo programme has no sessions")
            from .packs.session_pack import build_session_pack_bytes

            data = services.packs.pack_data(sessions[0].id)
            pdf = build_session_pack_bytes(data)
            # Automatic backups run in a separate process started through this executable.
            from .storage.backup import check_file

            backup = db.backup(in_child=True)
            if check_file(backup.path) != []:
                raise SelfTestFailed("the backup made by the backup process fails its check")
        finally:
            services.close()
    if not pdf.startswith(b"%PDF") or data.app_version != __version__:
        raise SelfTestFailed("the session pack is not a valid PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    report.append(f"backup     a verified copy made by the app's own backup process ({backup.size // 1024} KiB)")
    report.append(
        f"pack       demo programme with {len(people)} participants; "
        f"pack of '{sessions[0].title}' built in memory ({len(pdf) // 1024} KiB, {pages} pages)"
    )


def _check_qt(report: list[str]) -> None:
    from .ui.qt_check import qt_libraries

    try:
        version, plugins, found = qt_libraries()
    except ImportError as exc:
        raise SelfTestFailed(f"the Qt libraries cannot be loaded ({exc})") from None
    if not found:
        raise SelfTestFailed(f"no Qt platform plugins in {plugins}")
    report.append(f"qt         Qt {version}; platform plugins: {', '.join(found)}")


def run_self_test() -> SelfTestReport:
    """Run every check in order; the first failure stops and is reported in plain words."""
    import sys

    started = time.perf_counter()
    result = SelfTestReport()
    build = "frozen bundle" if getattr(sys, "frozen", False) else "source"
    result.lines.append(
        f"Workshop Companion {__version__} self-test ({build}, content in {paths.resources_dir().parent})"
    )
    steps: list[tuple[str, Callable[[list[str]], object]]] = []
    library: list[object] = []
    steps.append(("content", lambda out: library.append(_check_content(out))))
    steps.append(("database and pack", lambda out: _check_database_and_pack(library[0], out)))
    steps.append(("Qt", _check_qt))
    for name, step in steps:
        try:
            step(result.lines)
        except SelfTestFailed as exc:
            result.ok = False
            result.lines.append(f"FAILED     {name}: {exc}")
            return result
        except Exception as exc:  # noqa: BLE001 - reported as a plain line, never a traceback
            from .domain.errors import WorkshopError

            message = exc.message if isinstance(exc, WorkshopError) else f"{type(exc).__name__}: {exc}"
            result.ok = False
            result.lines.append(f"FAILED     {name}: {message}")
            return result
    result.lines.append(f"OK         all checks passed in {time.perf_counter() - started:.1f} s")
    return result
