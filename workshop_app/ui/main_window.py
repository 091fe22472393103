"""The main window: programme, participants and sessions on the left; the chosen session on the right."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain import records as r
from ..domain.errors import WorkshopError
from . import appearance
from .agenda_editor import AgendaEditorWidget
from .messages import show_error
from .models import ParticipantTableModel, SessionTableModel
from .reflection_editor import ReflectionEditorWidget
from .tab_loading import LazyPages, TabLoader
from .tasks import TaskRunner
from .texts import escape_html, format_date, format_minutes
from .wrapping import WrappedLabel

if TYPE_CHECKING:  # the screens behind the other tabs, and the dialogs, are imported when first used
    from ..services.agenda_types import AgendaLine
    from ..services.container import Services
    from .bundle_dialogs import BundleController
    from .coding_view import CodingWidget
    from .cycle_view import CycleViewWidget, PracticeMapWidget
    from .pack_builder import PackBuilderDialog
    from .run_view import RunViewWidget
    from .search_dialog import SearchDialog
    from .trends_view import TrendsWidget

log = logging.getLogger(__name__)


def ask_export_pin(parent: QWidget) -> str | None:
    """The facilitator PIN for an export that can name people (tests replace this function)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    pin, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("main_window", "Facilitator PIN"),
        QCoreApplication.translate("main_window", "This export can name people or organisations. Facilitator PIN:"),
        QLineEdit.EchoMode.Password,
    )
    return pin if ok else None


def ask_erase(parent: QWidget, name: str, code: str) -> bool:
    """Confirm an erasure (tests replace this function)."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("main_window", "Erase participant's data"),
        QCoreApplication.translate(
            "main_window",
            "Erase everything recorded for {name} ({code}): their reflections, ratings, sheets, consent "
            "record and their place in the participant list? This cannot be undone. Older backups keep "
            "them until they expire.",
        ).format(name=name, code=code),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


# Sizing columns to their contents measures every row; past this many rows the widths stay as they
# are (opening a programme of hundreds of sessions measured 276 ms with the measuring, 113 without).
FIT_COLUMNS_UP_TO = 150


def _fit_columns(view: QTableView) -> None:
    if view.model().rowCount() <= FIT_COLUMNS_UP_TO:
        view.resizeColumnsToContents()


def _table(model: Any, name: str) -> QTableView:
    view = appearance.table_view()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    appearance.set_relative_font(label, 1.2, bold=True)
    return label


class MainWindow(QMainWindow):
    data_changed = Signal(object, object)  # Changes, initiator

    def __init__(self, services: Services, *, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner(self)
        self.pack_dialog: PackBuilderDialog | None = None
        self.setWindowTitle(self.tr("Workshop Companion"))
        self.resize(1280, 800)

        # The widget tree is built from the window down: each container is in the window before
        # what it holds is added, so each widget is styled once. (Added the other way, a finished
        # subtree joining its parent is styled again, widget by widget, at every level: under an
        # application style sheet, as high contrast sets, that was a third of building this window.)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.setCentralWidget(splitter)
        left = QWidget()
        splitter.addWidget(left)
        right = QWidget()
        splitter.addWidget(right)
        splitter.setSizes([430, 850])

        # --- left: programme, participants, sessions ---
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(_heading(self.tr("Programme")))
        row = QHBoxLayout()
        left_layout.addLayout(row)
        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        # as wide as the column allows, but never asking for a long programme name's whole width
        # (that would widen the window past a 1280-pixel screen)
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme_combo.setMinimumContentsLength(4)
        row.addWidget(self.programme_combo, 1)
        self.new_programme_button = QPushButton(self.tr("New programme…"))
        row.addWidget(self.new_programme_button)
        left_layout.addWidget(_heading(self.tr("Participants")))
        self.participant_model = ParticipantTableModel(self)
        self.participant_view = _table(self.participant_model, self.tr("Participants"))
        left_layout.addWidget(self.participant_view, 3)
        self.add_participant_button = QPushButton(self.tr("Add participant…"))
        left_layout.addWidget(self.add_participant_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(_heading(self.tr("Sessions")))
        self.session_model = SessionTableModel(self)
        self.session_view = _table(self.session_model, self.tr("Sessions"))
        left_layout.addWidget(self.session_view, 2)
        self.add_session_button = QPushButton(self.tr("Add session…"))
        left_layout.addWidget(self.add_session_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- right: the chosen session ---
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        right_layout.addLayout(top)
        titles = QVBoxLayout()
        top.addLayout(titles, 1)
        self.session_heading = WrappedLabel(self.tr("No session chosen"))
        self.session_heading.setObjectName("sessionHeading")
        appearance.set_relative_font(self.session_heading, 1.6, bold=True)
        titles.addWidget(self.session_heading)
        self.session_meta = WrappedLabel("")
        titles.addWidget(self.session_meta)
        self.print_button = QPushButton(self.tr("Print pack…"))
        self.print_button.setToolTip(self.tr("Choose, preview, save and print the session's documents (Ctrl+P)"))
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        # One tab per screen about the chosen session; each screen is its own widget module.
        self.session_tabs = QTabWidget()
        self.session_tabs.setAccessibleName(self.tr("Session screens"))
        self.session_tabs.tabBar().setToolTip(self.tr("Screens about the chosen session (Ctrl+Tab)"))
        right_layout.addWidget(self.session_tabs, 1)
        plan = QSplitter(Qt.Orientation.Vertical)
        self.session_tabs.addTab(plan, self.tr("&Plan and reflect"))
        agenda_box = QWidget()
        plan.addWidget(agenda_box)
        lower = QSplitter(Qt.Orientation.Horizontal)
        plan.addWidget(lower)
        plan.setSizes([380, 380])
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(_heading(self.tr("Agenda")))
        # the agenda is editable (its own module); every edit is an undoable command
        self.undo_stack = QUndoStack(self)
        self.agenda_editor = AgendaEditorWidget(services.agenda, self.undo_stack)
        agenda_layout.addWidget(self.agenda_editor, 1)
        self.agenda_model = self.agenda_editor.model
        self.agenda_view = self.agenda_editor.view
        self.agenda_total = self.agenda_editor.total_label
        self.block_details = QTextBrowser()
        self.block_details.setAccessibleName(self.tr("Block details"))
        self.block_details.setOpenLinks(False)
        lower.addWidget(self.block_details)
        self.reflection_editor = ReflectionEditorWidget(services.entries)
        lower.addWidget(self.reflection_editor)
        lower.setSizes([420, 520])
        # Screens other than the plan are built when first shown (or first asked for) and load their
        # data only when shown (see ui/tab_loading.py): the start paints the plan alone.
        self.tab_loader = TabLoader(self.session_tabs)
        self.pages = LazyPages(self.session_tabs, self.tab_loader)
        self.pages.add("run", self.tr("&Run"), self._build_run_view)
        self.pages.add(
            "cycle",
            self.tr("&Cycle and actions"),
            self._build_cycle_view,
            lambda page: page.set_context(self.current_programme_id(), self._current_session),
        )
        self.pages.add(
            "practice_map",
            self.tr("Practice &map"),
            self._build_practice_map,
            lambda page: page.set_programme(self.current_programme_id()),
        )
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=services.db.path))

        self._set_tooltips()
        self._build_actions()
        self._build_research()
        self._build_bundle_actions()
        self.programme_combo.currentIndexChanged.connect(self._programme_chosen)
        self.session_view.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.agenda_editor.block_chosen.connect(self._block_chosen)
        self.agenda_editor.changed.connect(lambda changes: self.data_changed.emit(changes, self.agenda_editor))
        self.new_programme_button.clicked.connect(self.new_programme)
        self.add_participant_button.clicked.connect(self.add_participant)
        self.add_session_button.clicked.connect(self.add_session)
        self.print_button.clicked.connect(self.print_pack)
        self.reflection_editor.saved.connect(lambda changes: self.data_changed.emit(changes, self.reflection_editor))
        self.data_changed.connect(self._on_data_changed)
        self._transcription: Any = None

        self._current_session: r.Session | None = None
        self._selecting_session = False
        self._reload_programmes()

    # --- the screens behind the other tabs, built on first need ------------------------------
    @property
    def run_view(self) -> RunViewWidget:
        return self.pages.get("run")  # type: ignore[return-value]

    @property
    def cycle_view(self) -> CycleViewWidget:
        return self.pages.get("cycle")  # type: ignore[return-value]

    @property
    def practice_map(self) -> PracticeMapWidget:
        return self.pages.get("practice_map")  # type: ignore[return-value]

    @property
    def coding_widget(self) -> CodingWidget:
        return self.pages.get("coding")  # type: ignore[return-value]

    @property
    def trends_widget(self) -> TrendsWidget:
        return self.pages.get("trends")  # type: ignore[return-value]

    def _build_run_view(self) -> RunViewWidget:
        from .run_view import RunViewWidget

        view = RunViewWidget(self.services)
        view.changed.connect(lambda changes: self.data_changed.emit(changes, view))
        session = self._current_session
        if session is not None:
            view.set_agenda(self.services.sessions.agenda(session))
        return view

    def _build_cycle_view(self) -> CycleViewWidget:
        from .cycle_view import CycleViewWidget

        view = CycleViewWidget(self.services)
        view.changed.connect(lambda changes: self.data_changed.emit(changes, view))
        return view

    def _build_practice_map(self) -> PracticeMapWidget:
        from .cycle_view import PracticeMapWidget

        return PracticeMapWidget(self.services)

    def _build_coding(self) -> CodingWidget:
        from .coding_view import CodingWidget

        view = CodingWidget(self.services.coding, reads=TaskRunner(self, synchronous=self.runner.synchronous))
        view.changed.connect(lambda changes: self.data_changed.emit(changes, view))
        return view

    def _build_trends(self) -> TrendsWidget:
        from .trends_view import TrendsWidget

        return TrendsWidget(self.services.trends)

    def _set_tooltips(self) -> None:
        for widget, tip in (
            (self.programme_combo, self.tr("The programme shown; choose another to switch")),
            (self.new_programme_button, self.tr("Create a programme (Ctrl+N)")),
            (self.participant_view, self.tr("The programme's participants and their sheet codes")),
            (self.add_participant_button, self.tr("Add a participant to the programme (Ctrl+Shift+P)")),
            (self.session_view, self.tr("The programme's sessions; choose one to see its agenda")),
            (self.add_session_button, self.tr("Add a session from a template (Ctrl+Shift+S)")),
            (self.agenda_view, self.tr("The chosen session's blocks with their clock times")),
            (self.block_details, self.tr("Purpose, notes and prompts of the chosen block")),
            (self.session_tabs, self.tr("Screens about the chosen session")),
            (self.reflection_editor.participant_combo, self.tr("Whose reflection you are typing")),
            (self.reflection_editor.prompt_combo, self.tr("The prompt on the reflection sheet they answer")),
            (self.reflection_editor.editor, self.tr("The participant's reflection; it is saved as you type")),
        ):
            widget.setToolTip(tip)

    # --- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot: Any, tip: str) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_programme_action = action(
            self.tr("&New programme…"), QKeySequence.StandardKey.New, self.new_programme, self.tr("Create a programme")
        )
        self.add_participant_action = action(
            self.tr("Add &participant…"),
            "Ctrl+Shift+P",
            self.add_participant,
            self.tr("Add a participant to the programme"),
        )
        self.add_session_action = action(
            self.tr("Add &session…"), "Ctrl+Shift+S", self.add_session, self.tr("Add a session from a template")
        )
        self.print_action = action(
            self.tr("&Print pack…"),
            QKeySequence.StandardKey.Print,
            self.print_pack,
            self.tr("Choose, preview, save and print the session's documents"),
        )
        self.add_source_action = action(
            self.tr("Add &source…"), "", self.add_source, self.tr("Type a source into the evidence library")
        )
        self.import_sources_action = action(
            self.tr("&Import sources (RIS)…"), "", self.import_sources, self.tr("Import sources from a RIS file")
        )
        self.quit_action = action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, self.tr("Close Workshop Companion")
        )
        self.about_action = action(
            self.tr("&About Workshop Companion"), None, self.about, self.tr("Version and credits")
        )
        self.consent_action = action(
            self.tr("&Consent…"),
            "Ctrl+Shift+C",
            self.edit_consent,
            self.tr("Record, revisit or withdraw the chosen participant's consent"),
        )
        self.kiosk_action = action(
            self.tr("Start &kiosk…"),
            "Ctrl+Shift+K",
            self.start_kiosk,
            self.tr("Let participants fill in a sheet on this laptop"),
        )
        self.transcribe_action = action(
            self.tr("&Type in paper sheets…"),
            "Ctrl+Shift+T",
            self.type_in_paper,
            self.tr("Type sheets back in from their codes"),
        )

        self.guided_setup_action = action(
            self.tr("Start a new programme (&guided)…"),
            None,
            self.guided_setup,
            self.tr("Set up a programme, its people and a session"),
        )
        self.help_cards_action = action(
            self.tr("&Practices and models"),
            None,
            self.show_help_cards,
            self.tr("Cards for every practice, PAR stage and lens"),
        )
        self.shortcuts_action = action(
            self.tr("&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
            self.tr("List every keyboard shortcut"),
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+?")])
        self.erase_action = action(
            self.tr("&Erase participant's data…"),
            None,
            self.erase_participant,
            self.tr("Remove every trace of the chosen participant (right to erasure)"),
        )
        self.backups_action = action(
            self.tr("&Backups and restore…"),
            None,
            self.show_backups,
            self.tr("See the backups, back up now, or restore one"),
        )

        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_programme_action)
        self.file_menu.addAction(self.guided_setup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.add_source_action)
        self.file_menu.addAction(self.import_sources_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.programme_menu = menu.addMenu(self.tr("&Programme"))
        self.programme_menu.addAction(self.add_participant_action)
        self.programme_menu.addAction(self.add_session_action)
        self.programme_menu.addAction(self.consent_action)
        self.programme_menu.addAction(self.erase_action)
        self.session_menu = menu.addMenu(self.tr("&Session"))
        self.session_menu.addAction(self.print_action)
        self.run_action = action(
            self.tr("&Run session"), "Ctrl+R", self.show_run_view, self.tr("Run the session to time")
        )
        self.presenter_action = action(
            self.tr("Open &room view"),
            "F5",
            self.open_room_view,
            self.tr("Show the room view on the projector or a window"),
        )
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.run_action)
        self.session_menu.addAction(self.presenter_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.kiosk_action)
        self.session_menu.addAction(self.transcribe_action)
        self._build_view_menu(menu)
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.help_cards_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_view_menu(self, menu: Any) -> None:
        """Text size, high contrast and language, each kept in the settings file."""
        self.view_menu = menu.addMenu(self.tr("&View"))
        size_menu = self.view_menu.addMenu(self.tr("&Text size"))
        self.text_size_group = QActionGroup(self)
        self.text_size_actions: dict[int, QAction] = {}
        current = appearance.text_size()
        for percent in appearance.TEXT_SIZES:
            act = QAction(self.tr("{percent} %").format(percent=percent), self)
            act.setCheckable(True)
            act.setChecked(percent == current)
            act.setStatusTip(self.tr("Show all text at {percent} % of its normal size").format(percent=percent))
            act.triggered.connect(lambda _checked=False, p=percent: self.set_text_size(p))
            self.text_size_group.addAction(act)
            size_menu.addAction(act)
            self.text_size_actions[percent] = act
        size_menu.addSeparator()
        self.larger_text_action = QAction(self.tr("&Larger text"), self)
        self.larger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_text_action.triggered.connect(lambda: self.step_text_size(1))
        self.smaller_text_action = QAction(self.tr("&Smaller text"), self)
        self.smaller_text_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_text_action.triggered.connect(lambda: self.step_text_size(-1))
        for act in (self.larger_text_action, self.smaller_text_action):
            size_menu.addAction(act)
            self.addAction(act)
        self.high_contrast_action = QAction(self.tr("&High contrast"), self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(appearance.is_high_contrast())
        self.high_contrast_action.setStatusTip(self.tr("White text on black with a yellow focus ring"))
        self.high_contrast_action.toggled.connect(self.set_high_contrast)
        self.view_menu.addAction(self.high_contrast_action)
        language_menu = self.view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in appearance.LANGUAGES.items():
            act = QAction(name, self)  # each language's name in its own language
            act.setCheckable(True)
            act.setChecked(code == appearance.interface_language())
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            language_menu.addAction(act)
            self.language_actions[code] = act

    def set_text_size(self, percent: int) -> None:
        appearance.save_text_size(percent)
        appearance.apply_text_size(percent)
        self.text_size_actions[percent].setChecked(True)
        self.statusBar().showMessage(self.tr("Text size {percent} %").format(percent=percent), 5000)

    def step_text_size(self, step: int) -> None:
        sizes = appearance.TEXT_SIZES
        index = sizes.index(appearance.text_size()) + step
        self.set_text_size(sizes[max(0, min(len(sizes) - 1, index))])

    def set_high_contrast(self, on: bool) -> None:
        appearance.save_high_contrast(on)
        appearance.apply_theme(on)

    def set_language(self, code: str) -> None:
        appearance.save_language(code)
        self.statusBar().showMessage(self.tr("The new language shows when Workshop Companion next starts."), 15000)

    # --- loading views -----------------------------------------------------------------------
    def current_programme_id(self) -> str | None:
        return self.programme_combo.currentData()

    def _reload_programmes(self, select: str | None = None) -> None:
        select = select or self.current_programme_id()
        programmes = self.services.programmes.programmes()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for programme in programmes:
            self.programme_combo.addItem(programme.name, programme.id)
        index = self.programme_combo.findData(select) if select else -1
        if index < 0 and programmes:
            index = len(programmes) - 1
        self.programme_combo.setCurrentIndex(index)
        self.programme_combo.blockSignals(False)
        self._programme_chosen()

    def _programme_chosen(self) -> None:
        has = self.current_programme_id() is not None
        for widget in (self.add_participant_button, self.add_session_button):
            widget.setEnabled(has)
        self.add_participant_action.setEnabled(has)
        self.add_session_action.setEnabled(has)
        self.consent_action.setEnabled(has)
        self.pages.refresh("practice_map")
        self._reload_participants(session_follows=True)
        self._reload_sessions()
        self._research_programme_chosen()

    def _reload_participants(self, *, session_follows: bool = False) -> None:
        """The participant list; `session_follows` when the session is shown next (it refreshes the rest)."""
        programme_id = self.current_programme_id()
        people = self.services.programmes.participants(programme_id) if programme_id else []
        self.participant_model.set_items(people)
        consents = self.services.consent.consents(programme_id) if programme_id else {}
        self.participant_model.set_consent({pid: c.label for pid, c in consents.items()})
        _fit_columns(self.participant_view)
        if session_follows:
            return  # showing the session reloads the attendance and the editor's people
        run_view = self.pages.built("run")
        if run_view is not None:
            run_view.reload_attendance()
        self._refresh_editor_context()

    def _reload_sessions(self, select: str | None = None) -> None:
        programme_id = self.current_programme_id()
        select = select or (self._current_session.id if getattr(self, "_current_session", None) else None)
        sessions = self.services.sessions.sessions(programme_id) if programme_id else []
        self.session_model.set_items(sessions)
        _fit_columns(self.session_view)
        row = next((i for i, s in enumerate(sessions) if s.id == select), 0 if sessions else -1)
        if row >= 0:
            self._selecting_session = True  # the session is shown once, below, not also from the selection
            try:
                self.session_view.selectionModel().setCurrentIndex(
                    self.session_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._selecting_session = False
            self._show_session(sessions[row].id)
        else:
            self._show_session(None)

    def _session_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting_session:
            return
        session = self.session_model.item(current.row())
        self._show_session(session.id if session else None)

    def _show_session(self, session_id: str | None) -> None:
        session = self.services.sessions.session(session_id) if session_id else None
        self._current_session = session
        self.print_button.setEnabled(session is not None)
        self.print_action.setEnabled(session is not None)
        self.kiosk_action.setEnabled(session is not None)
        self.pages.refresh("cycle")
        run_view = self.pages.built("run")
        if session is None:
            self.session_heading.setText(self.tr("No session chosen"))
            self.session_meta.setText(self.tr("Add a session from a template to see its agenda."))
            self.agenda_editor.set_agenda(None)
            if run_view is not None:
                run_view.set_agenda(None)
            self.block_details.clear()
            self._refresh_editor_context()
            return
        agenda = self.services.sessions.agenda(session)
        self.session_heading.setText(session.title)
        place = f" · {session.place}" if session.place else ""
        self.session_meta.setText(
            f"{format_date(session.held_on, 'dddd d MMMM yyyy')} · "
            f"{session.starts_at:%H:%M}–{agenda.planned_end:%H:%M}{place}"
        )
        self.agenda_editor.set_agenda(agenda)
        if run_view is not None:
            run_view.set_agenda(agenda)
        self._refresh_editor_context()

    def _block_chosen(self, line: AgendaLine | None) -> None:
        if line is None:
            self.block_details.clear()
            return
        b = line.block
        parts = [f"<h3>{escape_html(b.title)}</h3>"]
        parts.append(
            f"<p><b>{line.timing.starts:%H:%M}–{line.timing.ends:%H:%M}</b> ({format_minutes(b.minutes)})"
            + (f" · {escape_html(line.serves_label)}" if line.serves_label else "")
            + "</p>"
        )
        if b.purpose:
            parts.append("<p><b>" + self.tr("Purpose.") + f"</b> {escape_html(b.purpose)}</p>")
        if b.facilitator_notes:
            notes = escape_html(b.facilitator_notes).replace("\n", "<br>")
            parts.append("<p><b>" + self.tr("Facilitator notes.") + f"</b> {notes}</p>")
        if b.prompts:
            items = "".join(f"<li>{escape_html(p)}</li>" for p in b.prompts)
            parts.append("<p><b>" + self.tr("Prompts for participants") + f"</b></p><ul>{items}</ul>")
        if b.materials:
            parts.append("<p><b>" + self.tr("Materials.") + f"</b> {escape_html(', '.join(b.materials))}</p>")
        self.block_details.setHtml("".join(parts))
        if b.prompts:
            self.reflection_editor.select_prompt(b.prompts[0])

    def _refresh_editor_context(self) -> None:
        session = getattr(self, "_current_session", None)
        people = self.participant_model.items()
        prompts = self.services.sessions.prompts(session) if session else []
        programme_id = self.current_programme_id()
        allowed = self.services.consent.consenting_ids(programme_id) if programme_id else set()
        self.reflection_editor.set_context(session, people, prompts, allowed=allowed)

    def _on_data_changed(self, changes: r.Changes, initiator: object) -> None:
        if initiator is self.reflection_editor or (initiator is not None and initiator is self.pages.built("run")):
            return  # the editor already shows what it saved
        if changes.templates:
            self.statusBar().showMessage(self.tr("Templates reloaded."), 3000)
        if changes.blocks and not changes.sessions and self._current_session is not None:
            if self._current_session.id in changes.ids:
                self._show_session(self._current_session.id)  # the agenda keeps its chosen block
            return
        if changes.programmes:
            self._reload_programmes(select=next(iter(changes.ids), None))
            return
        if changes.participants or changes.consent:
            self._reload_participants()
        if changes.sessions or changes.blocks:
            self._reload_sessions(select=next(iter(changes.ids), None))
        elif initiator is not self.pages.built("cycle") and (changes.actions or changes.submissions or changes.consent):
            self.pages.refresh("cycle")
        if changes.sessions or changes.blocks or changes.submissions or changes.consent:
            self.pages.refresh("practice_map")

    # --- commands ----------------------------------------------------------------------------
    def new_programme(self) -> None:
        models = [(m.key, m.name) for m in self.services.content_library.par_models_in_order()]

        def submit(values: dict[str, Any]) -> Any:
            return self.services.programmes.create_programme(**values)

        from .dialogs import ProgrammeDialog

        dialog = ProgrammeDialog(submit, models, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def show_backups(self) -> None:
        from .restore_dialog import RestoreDialog

        self.reflection_editor.save_now()  # saves on their way land before the backup taken first
        dialog = RestoreDialog(self.services, self, on_restored=lambda changes: self.data_changed.emit(changes, self))
        dialog.exec()

    def add_participant(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return

        def submit(values: dict[str, Any]) -> Any:
            return self.services.programmes.add_participant(programme_id, **values)

        from ..services.programmes import SECTORS
        from .dialogs import ParticipantDialog

        dialog = ParticipantDialog(submit, SECTORS, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def add_session(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return
        templates = sorted(self.services.content_library.templates.values(), key=lambda t: t.title)

        def submit(values: dict[str, Any]) -> Any:
            key = values.pop("template_key")
            held_on = values.pop("held_on")
            starts_at = values.pop("starts_at")
            return self.services.sessions.add_from_template(programme_id, key, held_on, starts_at, **values)

        from .dialogs import SessionDialog

        dialog = SessionDialog(submit, templates, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def print_pack(self) -> None:
        """Open the pack builder for the current session (Ctrl+P)."""
        session = self._current_session
        if session is None:
            return
        if self.pack_dialog is not None and self.pack_dialog.isVisible():
            self.pack_dialog.raise_()
            self.pack_dialog.activateWindow()
            return
        self.reflection_editor.save_now()
        safe_title = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in session.title).strip()
        suggested = Path.home() / f"{session.held_on:%Y-%m-%d} {safe_title} pack.pdf"
        try:
            data = self.services.packs.pack_data(session.id, appearance.interface_language())
        except WorkshopError as exc:
            show_error(self, exc)
            return
        from .pack_builder import PackBuilderDialog

        self.pack_dialog = PackBuilderDialog(
            data,
            preview=self.services.packs.preview_pack,
            render=self.services.packs.render_pages,
            write=self.services.packs.write_pack,
            record=lambda report, how, session_id=session.id: self.services.packs.record_pack(session_id, report, how),
            runner=self.runner,
            suggested=suggested,
            parent=self,
        )
        self.pack_dialog.show()

    def add_source(self) -> None:
        def submit(values: dict[str, Any]) -> Any:
            return self.services.evidence.add_source(**values)

        from .evidence import SourceDialog

        dialog = SourceDialog(submit, self.services.content_library, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)
            self.statusBar().showMessage(
                self.tr("Added {key} to the evidence library").format(key=dialog.result_value.value.key), 10000
            )

    def import_sources(self) -> None:
        from . import evidence as evidence_ui

        path = evidence_ui.ask_ris_path(self)
        if path is None:
            return
        try:
            result = self.services.evidence.import_ris(path)
        except WorkshopError as exc:
            show_error(self, exc, self.tr("The file was not imported"))
            return
        self.data_changed.emit(result.changes, self)
        keys = ", ".join(s.key for s in result.value)
        evidence_ui.tell(
            self,
            self.tr("Sources imported"),
            self.tr("{count} source(s) in the library: {keys}.").format(count=len(result.value), keys=keys),
        )

    def show_run_view(self) -> None:
        self.session_tabs.setCurrentWidget(self.run_view)
        self.run_view.setFocus()

    def open_room_view(self) -> None:
        self.run_view.open_presenter()

    def guided_setup(self) -> None:
        from .welcome import run_setup_wizard

        run_setup_wizard(self)

    def show_help_cards(self) -> None:
        from .help import HelpDialog

        HelpDialog(self.services.content_library, self).exec()

    def show_shortcuts(self) -> None:
        from .help import ShortcutSheet

        ShortcutSheet(self).exec()

    def erase_participant(self) -> None:
        """Right to erasure: after a plain confirmation, every live trace of the chosen person goes."""
        person = self.participant_model.item(self.participant_view.currentIndex().row())
        if person is None:
            self.statusBar().showMessage(self.tr("Choose a participant in the list first."), 8000)
            return
        if not ask_erase(self, person.name, person.code):
            return
        self.reflection_editor.save_now()
        try:
            report = self.services.safety.erase_participant(person.id).value
        except WorkshopError as exc:
            show_error(self, exc)
            return
        lines = [self.tr("Every trace of {code} has been removed from this database.").format(code=person.code)]
        if report.backups_holding:
            lines.append(
                self.tr("{count} older backup(s) still hold them until they expire, the last on {day}.").format(
                    count=len(report.backups_holding),
                    day=format_date(max(b.expires_on for b in report.backups_holding)),
                )
            )
        QMessageBox.information(self, self.tr("Erased"), "\n\n".join(lines))
        self.data_changed.emit(
            r.Changes(participants=True, reflections=True, ratings=True, consent=True, submissions=True), self
        )

    def edit_consent(self) -> None:
        person = self.participant_model.item(self.participant_view.currentIndex().row())
        if person is None:
            self.statusBar().showMessage(self.tr("Choose a participant in the list first."), 8000)
            return
        consent = self.services.consent.consent(person.id)

        def submit(values: dict[str, Any]) -> Any:
            return self.services.consent.record(person.id, **values)

        def withdraw(on: Any) -> Any:
            return self.services.consent.withdraw(person.id, on=on)

        from .consent_dialog import ConsentDialog

        dialog = ConsentDialog(submit, withdraw, person, consent, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def start_kiosk(self) -> None:
        from . import kiosk

        session = self._current_session
        if session is None:
            return
        try:
            sheet_key = kiosk.ask_kiosk_choice(self, self.services, session.id)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        if sheet_key:
            if self._transcription is not None:
                self._transcription.close()
            kiosk.start_kiosk(self, session.id, sheet_key)

    def type_in_paper(self) -> None:
        from .transcription import TranscriptionWindow

        if self._transcription is None:
            self._transcription = TranscriptionWindow(self.services, self)
            self._transcription.destroyed.connect(lambda *_: setattr(self, "_transcription", None))
        self._transcription.show()
        self._transcription.raise_()
        self._transcription.activateWindow()

    # --- research: search, coding, trends, exports ---------------------------------------------
    def _build_bundle_actions(self) -> None:
        """File → Export bundle… and Import bundle…; what runs them loads when one is first chosen."""
        translate = QCoreApplication.translate  # the texts keep the controller's translation context
        export_action = QAction(translate("BundleController", "&Export bundle…"), self)
        export_action.setStatusTip(
            translate("BundleController", "Save a programme in one file for a co-facilitator's laptop")
        )
        export_action.triggered.connect(lambda: self.bundle_controller.export_bundle())
        import_action = QAction(translate("BundleController", "&Import bundle…"), self)
        import_action.setStatusTip(
            translate("BundleController", "Merge a bundle from another laptop into this database")
        )
        import_action.triggered.connect(lambda: self.bundle_controller.import_bundle())
        self.file_menu.insertAction(self.quit_action, export_action)
        self.file_menu.insertAction(self.quit_action, import_action)
        self.file_menu.insertSeparator(self.quit_action)

    @cached_property
    def bundle_controller(self) -> BundleController:
        """Exports and imports bundles; built (and `bundle_dialogs` imported) on first use."""
        from .bundle_dialogs import BundleController

        return BundleController(self)

    def _build_research(self) -> None:
        for name, title, build in (
            ("coding", self.tr("Co&ding"), self._build_coding),
            ("trends", self.tr("&Trends"), self._build_trends),
        ):
            self.pages.add(name, title, build, lambda page: page.show_programme(self.current_programme_id()))
        self.data_changed.connect(self._research_data_changed)
        self.search_dialog: SearchDialog | None = None
        self.search_action = QAction(self.tr("&Search entries…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setStatusTip(self.tr("Find words in this programme's reflections and actions"))
        self.search_action.triggered.connect(self.open_search)
        self.addAction(self.search_action)
        self.programme_menu.addSeparator()
        self.programme_menu.addAction(self.search_action)
        self.export_action = QAction(self.tr("&Export for research…"), self)
        self.export_action.setShortcut("Ctrl+E")
        self.export_action.setStatusTip(self.tr("Export the programme as CSV, Excel, JSON or a REFI-QDA project"))
        self.export_action.triggered.connect(self.export_research)
        self.addAction(self.export_action)
        self.file_menu.insertAction(self.quit_action, self.export_action)
        self.file_menu.insertSeparator(self.quit_action)
        self._export_task: Any = None

    def _research_programme_chosen(self) -> None:
        programme_id = self.current_programme_id()
        self.search_action.setEnabled(programme_id is not None)
        self.export_action.setEnabled(programme_id is not None)
        self.pages.refresh("coding")
        self.pages.refresh("trends")
        if self.search_dialog is not None and self.search_dialog.isVisible():
            self.search_dialog.run_search()

    def _research_data_changed(self, changes: r.Changes, initiator: object) -> None:
        for name in ("coding", "trends"):
            page = self.pages.built(name)
            if page is not None and page.concerns(changes, initiator):  # type: ignore[attr-defined]
                self.pages.refresh(name)

    def open_search(self) -> None:
        if self.current_programme_id() is None:
            return
        if self.search_dialog is None:
            from .search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.services.search, self.current_programme_id, self)
            self.search_dialog.open_hit.connect(self.open_search_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()

    def open_search_hit(self, hit: Any) -> None:
        """Show a found entry: its session, and for a reflection its person and prompt in the editor."""
        if hit.session_id:
            row = next((i for i, s in enumerate(self.session_model.items()) if s.id == hit.session_id), -1)
            if row >= 0:
                self.session_view.selectionModel().setCurrentIndex(
                    self.session_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.session_tabs.setCurrentIndex(0)
        if hit.participant_id:
            self.reflection_editor.select_entry(hit.participant_id, hit.prompt)
            first = next((text for text, match in hit.snippet if match), "")
            if first:
                self.reflection_editor.editor.find(first)
            self.reflection_editor.editor.setFocus()
        self.activateWindow()

    def _check_export_pin(self, level: Any) -> None:
        """An export that can name people or organisations needs the facilitator PIN, when one is set."""
        from ..domain.research import ExportLevel

        if level == ExportLevel.DEIDENTIFIED or not self.services.settings.has_pin():
            return
        pin = ask_export_pin(self)
        if pin is None:
            raise WorkshopError(self.tr("This export level needs the facilitator PIN."), code="pin")
        if not self.services.settings.unlock(pin):
            raise WorkshopError(self.tr("That PIN is not right; the export was not written."), code="pin")

    def export_research(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None or self._export_task is not None:
            return
        self.reflection_editor.save_now()
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.programme_combo.currentText()).strip()
        exports = self.services.exports

        def submit(values: dict[str, Any]) -> Any:
            out: Path = values["out"]
            if out.is_dir() or not out.name:
                raise WorkshopError("Choose a file name for the export.")
            if not out.parent.exists():
                raise WorkshopError(f"The folder {out.parent} does not exist.")
            self._check_export_pin(values["level"])
            return exports.gather(programme_id, values["level"]), values["fmt"], out

        from .export_dialog import ExportDialog

        dialog = ExportDialog(submit, Path.home() / f"{safe} export", self)
        if not dialog.exec() or dialog.result_value is None:
            return
        data, fmt, out = dialog.result_value
        from ..services.exports import summary_of

        def done(files: Any) -> None:
            self._export_task = None
            summary = summary_of(data, files)
            log.info("export written: format %s, level %s", fmt, summary.level.value)
            try:
                self.services.safety.record_export(str(fmt), summary.level.value, programme_id)
            except WorkshopError as exc:
                log.warning("export not recorded in the audit trail: %s", exc.code)
            extra = f"; {summary.texts_withheld} unreviewed texts withheld" if summary.texts_withheld else ""
            self.statusBar().showMessage(
                self.tr("Exported {responses} responses ({level}) to {path}{extra}").format(
                    responses=summary.responses, level=summary.level.value, path=files[0], extra=extra
                ),
                15000,
            )

        def failed(exc: BaseException) -> None:
            self._export_task = None
            show_error(self, exc, self.tr("The export could not be written"))

        self._export_task = self.runner.start(
            lambda _report: exports.write(data, fmt, out), on_done=done, on_error=failed
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workshop Companion"),
            self.tr(
                "<b>Workshop Companion {version}</b><p>Plan, run and record collaboration workshops "
                "in health and social care, offline.</p>"
            ).format(version=escape_html(__version__)),
        )

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        run_view = self.pages.built("run")
        captured = run_view.save_now() if run_view is not None else True
        if not (self.reflection_editor.save_now() and captured):
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved text"),
                self.tr("The last text typed could not be saved. Close anyway and lose it?"),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if run_view is not None:
            run_view.close_presenter()
        self.runner.wait()
        coding = self.pages.built("coding")
        if coding is not None:
            coding.wait_for_list()  # type: ignore[attr-defined]
        event.accept()
