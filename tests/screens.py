"""Every main screen of the app, found by walking the window rather than by a list of widgets.

`visit_screens` opens the main window on the demo programme and calls `check(name, widget)` for:
the main window with each of its session tabs, every dialog that a menu action opens (so a screen
added later behind a menu is covered without touching this file), the room view, the welcome
screen and every page of the guided setup, and the help dialogs. Dialogs are closed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget, QWizard

from workshop_app.services.container import Services
from workshop_app.services.demo import create_demo
from workshop_app.storage.database import open_database
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner
from workshop_app.ui.welcome import WelcomeDialog

Check = Callable[[str, QWidget], None]

# Actions that do not open a screen of ours (they leave the app, ask for a file, undo or change settings);
# checkable actions (settings) are skipped too.
SKIP_ACTIONS = (
    "quit_action",
    "undo_action",
    "redo_action",
    "larger_text_action",
    "smaller_text_action",
    "erase_action",  # only a confirmation box (tests/test_erasure_commands.py drives it); opening it here
    # made PySide crash in a later garbage collection
)


def open_demo_window(qtbot, path: Path, library) -> MainWindow:  # type: ignore[no-untyped-def]
    services = Services.create(open_database(path), library)
    create_demo(services)
    window = MainWindow(services, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    """Every action in the menu bar and its submenus, with its menu path."""
    found: list[tuple[str, QAction]] = []

    def walk(actions: list[QAction], prefix: str) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            label = f"{prefix}/{action.text().replace('&', '')}"
            if action.menu() is not None:
                walk(action.menu().actions(), label)
            else:
                found.append((label, action))

    walk(window.menuBar().actions(), "")
    return found


def _skip(window: MainWindow, action: QAction) -> bool:
    return action.isCheckable() or any(getattr(window, name, None) is action for name in SKIP_ACTIONS)


@contextmanager
def _no_file_dialogs() -> Iterator[None]:
    """The system's file chooser is not ours to check (and walking it can crash Qt offscreen):
    every `ask_…path` function of the ui answers 'cancelled' while the screens are walked."""
    import importlib
    import pkgutil

    import workshop_app.ui as ui_package

    saved = []
    for info in pkgutil.iter_modules(ui_package.__path__):
        module = importlib.import_module(f"workshop_app.ui.{info.name}")
        for name in dir(module):
            if name.startswith("ask_") and name.endswith("path"):
                saved.append((module, name, getattr(module, name)))
                setattr(module, name, lambda *args, **kwargs: None)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def _with_modal(run: Callable[[], None], check: Callable[[QDialog], None]) -> bool:
    """Run something that may open a modal dialog; check the dialog, then close it.

    A window the action opens without blocking (a search or typing-in window) is checked and closed
    too, so no screen stays open to be reported under the next action."""
    seen: list[QDialog] = []
    failures: list[BaseException] = []
    finished = False
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def inspect(tries: int = 0) -> None:
        if finished:
            return  # the action is over: this poll must not pick up the next action's dialog
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in seen:
            if tries < 20:
                QTimer.singleShot(5, lambda: inspect(tries + 1))
            return
        seen.append(dialog)
        try:
            check(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised below, after the dialog is closed
            failures.append(exc)
        dialog.reject()

    QTimer.singleShot(0, inspect)
    run()
    QApplication.processEvents()
    finished = True
    for widget in QApplication.topLevelWidgets():
        if id(widget) in before or not widget.isVisible() or widget in seen or widget.isModal():
            continue
        if widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            continue  # a menu or tooltip, not a screen
        seen.append(widget)  # type: ignore[arg-type]
        try:
            check(widget)  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - re-raised below, after the window is closed
            failures.append(exc)
        widget.close()
        QApplication.processEvents()
    if failures:
        raise failures[0]
    return bool(seen)


def _dialog_screens(name: str, dialog: QWidget, check: Check) -> None:
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            check(f"{name} / page {page_id + 1}: {page.title()}", dialog)
            if page_id != dialog.pageIds()[-1] and not dialog.validateCurrentPage():
                break
            dialog.next()
    else:
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                check(f"{name} / {tabs.tabText(index).replace('&', '')}", dialog)
        check(name, dialog)


def _kiosk_screens(window: MainWindow, check: Check) -> None:
    """The kiosk replaces the main window when started, so its pages are opened here directly."""
    from workshop_app.ui.kiosk import KioskWindow

    session = window._current_session
    if session is None:
        return
    kiosk = KioskWindow(window.services, session.id, "six-practices")
    kiosk.show()
    try:
        check("kiosk / choose your name", kiosk)
        kiosk.name_combo.setCurrentIndex(0)  # Anonymous
        kiosk.start_entry()
        check("kiosk / sheet", kiosk)
        kiosk.show_pin_page()
        check("kiosk / facilitator PIN", kiosk)
    finally:
        kiosk.leave()
        QApplication.processEvents()


def visit_screens(qtbot, tmp_path: Path, library, check: Check) -> list[str]:  # type: ignore[no-untyped-def]
    """Call `check` on every main screen; returns the names of the screens visited."""
    visited: list[str] = []

    def checked(name: str, widget: QWidget) -> None:
        visited.append(name)
        QApplication.processEvents()
        check(name, widget)

    window = open_demo_window(qtbot, tmp_path / "screens.db", library)
    # a chosen participant, so actions about one (consent) open their screen too
    window.participant_view.setCurrentIndex(window.participant_model.index(0, 0))
    for index in range(window.session_tabs.count()):
        window.session_tabs.setCurrentIndex(index)
        checked(f"main window / {window.session_tabs.tabText(index).replace('&', '')}", window)

    with _no_file_dialogs():
        for label, action in menu_actions(window):
            if _skip(window, action) or not action.isEnabled():
                continue
            _with_modal(action.trigger, lambda dialog, label=label: _dialog_screens(label, dialog, checked))

    window.run_view.open_presenter()
    presenter = window.run_view.presenter
    if presenter is not None:
        checked("room view", presenter)
        window.run_view.close_presenter()

    _kiosk_screens(window, checked)

    welcome = WelcomeDialog(window)
    welcome.show()
    checked("welcome", welcome)
    welcome.close()
    window.close()
    return visited
