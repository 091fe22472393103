"""The first-run welcome: try the demo programme, or start a new programme with the guided setup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..domain.errors import WorkshopError
from ..services.demo import create_demo
from . import appearance
from .messages import show_error
from .setup_wizard import SetupWizard

if TYPE_CHECKING:
    from .main_window import MainWindow


class WelcomeDialog(QDialog):
    """Shown when the database has no programme yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Workshop Companion"))
        self.setModal(True)
        heading = QLabel(self.tr("Welcome to Workshop Companion"))
        appearance.set_relative_font(heading, 1.75, bold=True)
        heading.setAccessibleName(self.tr("Welcome to Workshop Companion"))
        intro = QLabel(
            self.tr(
                "Plan sessions around the six practices of collaboration and participatory action research, "
                "record what participants reflect and rate, and print session packs. Everything stays on this "
                "computer. How would you like to begin?"
            )
        )
        intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Try the &demo programme"),
            self.tr("A made-up partnership with 12 participants and two sessions, to explore every screen."),
        )
        self.demo_button.setToolTip(self.tr("Create a demo programme with made-up people in this database"))
        self.new_button = QCommandLinkButton(
            self.tr("&Start a new programme"),
            self.tr("A short guided setup: programme, lens, PAR model, participants and the first session."),
        )
        self.new_button.setToolTip(self.tr("Set up your own programme step by step"))
        for button in (self.demo_button, self.new_button):
            appearance.set_relative_font(button, 1.0)  # Qt gives these a fixed size unless told otherwise
        self.buttons = QDialogButtonBox()
        self.later_button = self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("Close this and start with an empty window (Esc)"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.new_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choice = ""
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.new_button.setDefault(True)
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(appearance.scaled(560))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_welcome(parent: QWidget) -> str:
    """'demo', 'new' or '' (tests replace this function)."""
    dialog = WelcomeDialog(parent)
    dialog.exec()
    return dialog.choice


def run_setup_wizard(window: MainWindow) -> bool:
    """The guided setup over the window's services; True when a programme was created."""
    services = window.services
    wizard = SetupWizard(services.content_library, services.setup.set_up_programme, window)
    if wizard.exec() and wizard.result_value is not None:
        window.data_changed.emit(wizard.result_value.changes, window)
        return True
    return False


def start_demo(window: MainWindow) -> bool:
    try:
        programme = create_demo(window.services)
    except WorkshopError as exc:
        show_error(window, exc, QCoreApplication.translate("welcome", "The demo could not be created"))
        return False
    from ..domain.records import Changes

    window.data_changed.emit(Changes(programmes=True, ids=frozenset({programme.id})), window)
    window.statusBar().showMessage(
        QCoreApplication.translate("welcome", "Created the demo programme '{name}'.").format(name=programme.name), 15000
    )
    return True


def welcome_if_empty(window: MainWindow) -> str:
    """On first run (no programme yet), offer the demo or the guided setup. Returns what was chosen."""
    if window.services.programmes.programmes():
        return ""
    choice = ask_welcome(window)
    if choice == "demo":
        start_demo(window)
    elif choice == "new":
        run_setup_wizard(window)
    return choice
