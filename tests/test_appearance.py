"""The View menu: text size, high contrast and language, remembered in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.screens import open_demo_window
from tests.test_translations import clipped_texts
from workshop_app import paths
from workshop_app.ui import appearance


def _stored(key: str):  # type: ignore[no-untyped-def]
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat).value(key)


def test_text_size_scales_every_screen_and_is_remembered(qtbot, tmp_path: Path, library, restore_look) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    base = QApplication.font().pointSizeF()
    heading = window.session_heading.font().pointSizeF()
    window.text_size_actions[200].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    assert window.session_heading.font().pointSizeF() == pytest.approx(heading * 2)  # headings keep their ratio
    assert window.print_button.font().pointSizeF() == pytest.approx(base * 2)
    assert int(_stored("view/text_size")) == 200
    assert appearance.text_size() == 200
    window.resize(2200, 1200)
    QApplication.processEvents()
    assert not clipped_texts(window)
    window.smaller_text_action.trigger()
    assert int(_stored("view/text_size")) == 175
    window.text_size_actions[100].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_is_white_on_black_and_remembered(qtbot, tmp_path: Path, library, restore_look) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    window.high_contrast_action.trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "#ffff00" in QApplication.instance().styleSheet()  # the focus frame is yellow
    assert _stored("view/high_contrast") in (True, "true")
    window.high_contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_language_choice_is_remembered_for_the_next_start(qtbot, tmp_path: Path, library) -> None:
    window = open_demo_window(qtbot, tmp_path / "look.db", library)
    window.language_actions["cy"].trigger()
    assert _stored("view/language") == "cy"
    assert appearance.language() == "cy"
    assert "next starts" in window.statusBar().currentMessage()


def test_escape_html_matches_the_standard_library() -> None:
    import html
    import random

    from workshop_app.ui.texts import escape_html

    alphabet = "<>&\"' aéŁ€😀&amp;#x27;"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert escape_html(text) == html.escape(text)
