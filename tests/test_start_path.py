"""The start path stays light: no migration machinery for a current file, no PDF library until printing."""

from __future__ import annotations

from pathlib import Path

from tests.gui_helpers import run_started_window
from workshop_app.storage import migrate


def test_revisions_read_from_the_files_match_alembic() -> None:
    assert migrate.fast_head_revision() == migrate.head_revision()
    assert migrate.fast_known_revisions() == set(migrate.known_revisions())


def test_opening_a_current_database_and_the_window_loads_neither_alembic_nor_reportlab(tmp_path: Path) -> None:
    lines = run_started_window(
        tmp_path,
        "import sys\n"
        "from workshop_app.app import open_services\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "services = open_services(DB)\n"
        "window = MainWindow(services)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('alembic', 'reportlab') if m in sys.modules))\n"
        "window.close()\n"
        "services.close()\n",
    )
    assert lines[-1] == "[]"


def test_revision_headers_in_any_style_are_read(tmp_path: Path, monkeypatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "__init__.py").write_text("")
    (versions / "0001_a.py").write_text('"""A.\n\nRevision ID: 0001\n"""\nrevision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text("revision: str = '0002'\ndown_revision: Union[str, None] = '0001'\n")
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    (versions / "0004_merge.py").write_text('revision = "0004"\ndown_revision = ("0002", "0003")\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    migrate._file_revisions.cache_clear()
    try:
        assert migrate.fast_head_revision() == "0004"
        assert migrate.fast_known_revisions() == {"0001", "0002", "0003", "0004"}
        (versions / "0005_odd.py").write_text("REVISION = '0005'\n")
        migrate._file_revisions.cache_clear()
        assert migrate._file_revisions() is None  # unreadable headers: Alembic is asked instead
    finally:
        migrate._file_revisions.cache_clear()
