"""In-app help: cards with sources, the shortcut sheet made from the window's actions, tooltips everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui_helpers import answer_dialog
from workshop_app.services.container import Services
from workshop_app.services.programmes import SECTORS
from workshop_app.storage.database import open_database
from workshop_app.ui.dialogs import ParticipantDialog, ProgrammeDialog, SessionDialog
from workshop_app.ui.help import HelpDialog, ShortcutSheet
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.setup_wizard import SetupWizard
from workshop_app.ui.tasks import TaskRunner
from workshop_app.ui.welcome import WelcomeDialog

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabWidget,
)


def _window(qtbot, path: Path, library) -> MainWindow:
    window = MainWindow(Services.create(open_database(path), library), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def test_help_cards_show_all_six_practices_stages_and_lenses_with_sources(qtbot, library) -> None:
    dialog = HelpDialog(library)
    qtbot.addWidget(dialog)
    cards = dialog.cards()
    practices = [c for c in cards if c.kind == "Practice"]
    assert [c.title for c in practices] == [f"{p.number}. {p.name}" for p in library.practices]
    assert len(practices) == 6
    assert all(c.source.startswith("Animate Consulting (2019)") for c in practices)
    stages = {c.title for c in cards if c.kind == "PAR stage"}
    assert {s.name for m in library.par_models.values() for s in m.stages} == stages
    assert {c.title for c in cards if c.kind == "Lens"} == {lens.name for lens in library.lenses()}
    assert all(c.source for c in cards)

    # typing a filter narrows the list; the first match is shown with its source
    qtbot.keyClicks(dialog.filter_edit, "trust")
    assert [c.title for c in dialog.cards()] == ["4. Building trust"]
    shown = dialog.card_view.toPlainText()
    assert "Building trust" in shown and "Source. Animate Consulting (2019)" in shown and "Facilitator moves" in shown
    qtbot.keyClicks(dialog.filter_edit, "zzz")
    assert dialog.cards() == [] and "No card matches" in dialog.card_view.toPlainText()


def test_help_menu_opens_the_cards(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path / "h.db", library)
    errors: list[BaseException] = []
    titles: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, HelpDialog)
        titles.extend(c.title for c in dialog.cards())
        dialog.reject()

    answer_dialog(read, errors=errors)
    window.help_cards_action.trigger()
    assert not errors, errors
    assert "1. Suspending disbelief" in titles


def test_f1_opens_the_shortcut_sheet_made_from_the_actions(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path / "h.db", library)
    errors: list[BaseException] = []
    lines: list[tuple[str, str, str]] = []

    def read(dialog) -> None:
        assert isinstance(dialog, ShortcutSheet)
        lines.extend((line.keys, line.command, line.menu) for line in dialog.lines())
        dialog.reject()

    answer_dialog(read, errors=errors)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert not errors, errors
    assert ("Ctrl+P", "Print pack", "Session") in lines
    assert ("Ctrl+N", "New programme", "File") in lines
    assert ("F1, Ctrl+?", "Keyboard shortcuts", "Help") in lines
    # every action with a shortcut is listed, and nothing else
    from PySide6.QtGui import QAction

    with_keys = {a.text().replace("&", "").replace("…", "") for a in window.findChildren(QAction) if a.shortcuts()}
    assert {command for _, command, _ in lines} == with_keys

    # Ctrl+? opens it too
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    opened: list[object] = []
    answer_dialog(lambda dialog: (opened.append(dialog), dialog.reject()), errors=errors)
    qtbot.keyClick(window, Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier)
    assert not errors, errors
    assert isinstance(opened[0], ShortcutSheet)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds) or type(parent).__name__.startswith("QComboBox"):
            return True
        parent = parent.parentWidget()
    return False


def _missing_tooltips(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.parent() is None:
            continue
        if _inside(widget, (QComboBox, QAbstractSpinBox, QTabWidget, QAbstractItemView)) or type(
            widget.parent()
        ).__name__.startswith("QComboBox"):
            continue  # the parts inside a combo box (and its pop-up list), spin box, tab bar or view
        if type(widget).__name__ in {"QToolButton"} or widget.objectName().startswith("qt_"):
            continue  # Qt's own scroll and tab arrows
        if not widget.toolTip():
            missing.append(f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}")
    return missing


def test_every_control_has_a_tooltip(qtbot, tmp_path: Path, library) -> None:
    window = _window(qtbot, tmp_path / "h.db", library)
    templates = list(library.templates.values())
    screens: list[QWidget] = [
        window,
        ProgrammeDialog(lambda v: None, [("k", "K")]),
        ParticipantDialog(lambda v: None, SECTORS),
        SessionDialog(lambda v: None, templates),
        WelcomeDialog(),
        SetupWizard(library, lambda s: None),
        HelpDialog(library),
        ShortcutSheet(window),
    ]
    missing = {type(screen).__name__: _missing_tooltips(screen) for screen in screens}
    assert {name: m for name, m in missing.items() if m} == {}
