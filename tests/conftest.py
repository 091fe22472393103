"""Shared fixtures: user folders in tmp_path, offscreen Qt, real database files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("WORKSHOP_APP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def library():
    from workshop_app.content.loader import load_library

    return load_library()


@pytest.fixture
def services(tmp_path: Path, library):
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    svc = Services.create(open_database(tmp_path / "test.db"), library)
    yield svc
    svc.close()


@pytest.fixture()
def content(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A writable copy of resources/ (without fonts) and sessions/, plus a user templates path."""
    import shutil

    from workshop_app import paths

    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), resources, ignore=shutil.ignore_patterns("fonts"))
    sessions = tmp_path / "sessions"
    shutil.copytree(paths.sessions_dir(), sessions)
    return resources, sessions, tmp_path / "user-templates"


@pytest.fixture
def restore_look():  # type: ignore[no-untyped-def]
    """Put back the application's style, font, palette and style sheet a test of the View menu changed."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font, palette, sheet = QFont(app.font()), QPalette(app.palette()), app.styleSheet()
    yield
    if app.property("wcHighContrastStyle"):
        app.setStyle(app.property("wcStandardStyle"))
    app.setFont(font)
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    app.setProperty("wcBasePointSize", None)
    app.setProperty("wcStandardPalette", None)
    app.setProperty("highContrast", False)
    app.setProperty("wcStandardStyle", None)
    app.setProperty("wcHighContrastStyle", None)
    from workshop_app.ui import appearance, focus_ring

    if focus_ring._rings:  # the ring back to the standard theme's colour
        focus_ring.show_focus(appearance.FOCUS_COLOUR)
