"""The version lives in one place and shows in About, in the PDF metadata and in --version."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

import workshop_app
from tests.gui_helpers import answer_dialog
from workshop_app.packs.session_pack import build_session_pack_bytes
from workshop_app.services.demo import create_demo
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_written_in_one_place_only() -> None:
    version = workshop_app.__version__
    assert version.count(".") == 2
    hits = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "workshop_app").rglob("*.py")
        if f'"{version}"' in path.read_text(encoding="utf-8")
    ]
    assert hits == ["workshop_app/__init__.py"]
    assert 'version = { attr = "workshop_app.__version__" }' in (ROOT / "pyproject.toml").read_text()


def test_about_pdf_metadata_and_command_line_show_the_same_version(qtbot, services, tmp_path: Path) -> None:
    version = workshop_app.__version__
    # --version
    env = dict(os.environ, WORKSHOP_APP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "workshop_app", "--version"], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == f"Workshop Companion {version}"
    # PDF metadata of a session pack
    programme = create_demo(services)
    session = services.sessions.sessions(programme.id)[0]
    pdf = PdfReader(io.BytesIO(build_session_pack_bytes(services.packs.pack_data(session.id))))
    assert pdf.metadata["/Creator"] == f"Workshop Companion {version}"
    assert pdf.metadata["/Author"] == f"Workshop Companion {version}"
    # About
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    errors: list[BaseException] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_dialog(read, errors=errors)
    window.about_action.trigger()
    assert not errors, errors
    assert f"Workshop Companion {version}" in seen[0]
