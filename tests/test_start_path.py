"""The start path stays light: no migration machinery for a current file, no PDF library until printing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workshop_app.storage import migrate

ROOT = Path(__file__).resolve().parent.parent


def test_revisions_read_from_the_files_match_alembic() -> None:
    assert migrate.fast_head_revision() == migrate.head_revision()
    assert migrate.fast_known_revisions() == set(migrate.known_revisions())


def test_opening_a_current_database_and_the_window_loads_neither_alembic_nor_reportlab(tmp_path: Path) -> None:
    db = tmp_path / "start.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT), WORKSHOP_APP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "workshop_app", "demo", "--db", str(db)], env=env, check=True, cwd=ROOT)
    script = (
        "import sys\n"
        "from workshop_app.app import open_services\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"services = open_services({str(db)!r})\n"
        "window = MainWindow(services)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('alembic', 'reportlab') if m in sys.modules))\n"
        "window.close()\n"
        "services.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
