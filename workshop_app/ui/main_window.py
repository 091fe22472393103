"""The main window: programme, participants and sessions on the left; the chosen session on the right."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
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
from ..domain.rules import format_minutes
from ..services.container import Services
from ..services.programmes import SECTORS
from ..services.sessions import Agenda
from .dialogs import ParticipantDialog, ProgrammeDialog, SessionDialog, show_error
from .models import AgendaTableModel, ParticipantTableModel, SessionTableModel
from .reflection_editor import ReflectionEditorWidget
from .tasks import TaskRunner


def ask_pack_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save a pack (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save session pack", str(suggested), "PDF files (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def open_file(path: Path) -> None:
    """Open a file in the system's viewer (tests replace this function)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
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
    label.setStyleSheet("font-weight: 600; font-size: 11pt;")
    return label


class MainWindow(QMainWindow):
    data_changed = Signal(object, object)  # Changes, initiator

    def __init__(self, services: Services, *, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner(self)
        self._pack_task: Any = None
        self.setWindowTitle("Workshop Companion")
        self.resize(1280, 800)

        # --- left: programme, participants, sessions ---
        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName("Programme")
        self.new_programme_button = QPushButton("New programme…")
        self.participant_model = ParticipantTableModel(self)
        self.participant_view = _table(self.participant_model, "Participants")
        self.add_participant_button = QPushButton("Add participant…")
        self.session_model = SessionTableModel(self)
        self.session_view = _table(self.session_model, "Sessions")
        self.add_session_button = QPushButton("Add session…")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.programme_combo, 1)
        row.addWidget(self.new_programme_button)
        left_layout.addWidget(_heading("Programme"))
        left_layout.addLayout(row)
        left_layout.addWidget(_heading("Participants"))
        left_layout.addWidget(self.participant_view, 3)
        left_layout.addWidget(self.add_participant_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(_heading("Sessions"))
        left_layout.addWidget(self.session_view, 2)
        left_layout.addWidget(self.add_session_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- right: the chosen session ---
        self.session_heading = QLabel("No session chosen")
        self.session_heading.setObjectName("sessionHeading")
        self.session_heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.session_heading.setWordWrap(True)
        self.session_meta = QLabel("")
        self.session_meta.setWordWrap(True)
        self.print_button = QPushButton("Print pack…")
        self.print_button.setToolTip("Save the session pack as a PDF (Ctrl+P)")
        self.agenda_model = AgendaTableModel(self)
        self.agenda_view = _table(self.agenda_model, "Agenda")
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.agenda_view.setColumnWidth(3, 220)
        self.agenda_total = QLabel("")
        self.agenda_total.setObjectName("agendaTotal")
        self.block_details = QTextBrowser()
        self.block_details.setAccessibleName("Block details")
        self.block_details.setOpenLinks(False)
        self.reflection_editor = ReflectionEditorWidget(services.entries)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.session_heading)
        titles.addWidget(self.session_meta)
        top.addLayout(titles, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(top)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(_heading("Agenda"))
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addWidget(self.agenda_total)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.block_details)
        lower.addWidget(self.reflection_editor)
        lower.setSizes([420, 520])
        plan = QSplitter(Qt.Orientation.Vertical)
        plan.addWidget(agenda_box)
        plan.addWidget(lower)
        plan.setSizes([380, 380])
        # One tab per screen about the chosen session; each screen is its own widget module.
        self.session_tabs = QTabWidget()
        self.session_tabs.setAccessibleName("Session screens")
        self.session_tabs.addTab(plan, "&Plan and reflect")
        right_layout.addWidget(self.session_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([430, 850])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(f"Database: {services.db.path}")

        self._build_actions()
        self.programme_combo.currentIndexChanged.connect(self._programme_chosen)
        self.session_view.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.agenda_view.selectionModel().currentRowChanged.connect(self._block_chosen)
        self.new_programme_button.clicked.connect(self.new_programme)
        self.add_participant_button.clicked.connect(self.add_participant)
        self.add_session_button.clicked.connect(self.add_session)
        self.print_button.clicked.connect(self.print_pack)
        self.reflection_editor.saved.connect(lambda changes: self.data_changed.emit(changes, self.reflection_editor))
        self.data_changed.connect(self._on_data_changed)

        self._current_session: r.Session | None = None
        self._reload_programmes()

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
            "&New programme…", QKeySequence.StandardKey.New, self.new_programme, "Create a programme"
        )
        self.add_participant_action = action(
            "Add &participant…", "Ctrl+Shift+P", self.add_participant, "Add a participant to the programme"
        )
        self.add_session_action = action(
            "Add &session…", "Ctrl+Shift+S", self.add_session, "Add a session from a template"
        )
        self.print_action = action(
            "&Print pack…", QKeySequence.StandardKey.Print, self.print_pack, "Save the session pack as a PDF"
        )
        self.quit_action = action("&Quit", QKeySequence.StandardKey.Quit, self.close, "Close Workshop Companion")
        self.about_action = action("&About Workshop Companion", None, self.about, "Version and credits")
        self.backups_action = action(
            "&Backups and restore…", None, self.show_backups, "See the backups, back up now, or restore one"
        )

        menu = self.menuBar()
        self.file_menu = menu.addMenu("&File")
        self.file_menu.addAction(self.new_programme_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.programme_menu = menu.addMenu("&Programme")
        self.programme_menu.addAction(self.add_participant_action)
        self.programme_menu.addAction(self.add_session_action)
        self.session_menu = menu.addMenu("&Session")
        self.session_menu.addAction(self.print_action)
        self.help_menu = menu.addMenu("&Help")
        self.help_menu.addAction(self.about_action)

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
        self._reload_participants()
        self._reload_sessions()

    def _reload_participants(self) -> None:
        programme_id = self.current_programme_id()
        people = self.services.programmes.participants(programme_id) if programme_id else []
        self.participant_model.set_items(people)
        self.participant_view.resizeColumnsToContents()
        self._refresh_editor_context()

    def _reload_sessions(self, select: str | None = None) -> None:
        programme_id = self.current_programme_id()
        select = select or (self._current_session.id if getattr(self, "_current_session", None) else None)
        sessions = self.services.sessions.sessions(programme_id) if programme_id else []
        self.session_model.set_items(sessions)
        self.session_view.resizeColumnsToContents()
        row = next((i for i, s in enumerate(sessions) if s.id == select), 0 if sessions else -1)
        if row >= 0:
            self.session_view.selectionModel().setCurrentIndex(
                self.session_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_session(sessions[row].id)
        else:
            self._show_session(None)

    def _session_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.session_model.item(current.row())
        self._show_session(session.id if session else None)

    def _show_session(self, session_id: str | None) -> None:
        session = self.services.sessions.session(session_id) if session_id else None
        self._current_session = session
        self.print_button.setEnabled(session is not None)
        self.print_action.setEnabled(session is not None)
        if session is None:
            self.session_heading.setText("No session chosen")
            self.session_meta.setText("Add a session from a template to see its agenda.")
            self.agenda_model.set_items([])
            self.agenda_total.setText("")
            self.block_details.clear()
            self._refresh_editor_context()
            return
        agenda = self.services.sessions.agenda(session)
        self.session_heading.setText(session.title)
        place = f" · {session.place}" if session.place else ""
        self.session_meta.setText(
            f"{session.held_on:%A %d %B %Y} · {session.starts_at:%H:%M}–{agenda.planned_end:%H:%M}{place}"
        )
        self.agenda_model.set_items(agenda.lines)
        self.agenda_total.setText(self._total_text(agenda))
        if agenda.lines:
            self.agenda_view.selectionModel().setCurrentIndex(
                self.agenda_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._refresh_editor_context()

    @staticmethod
    def _total_text(agenda: Agenda) -> str:
        text = (
            f"Planned total {format_minutes(agenda.planned_minutes)}, "
            f"{agenda.session.starts_at:%H:%M} to {agenda.planned_end:%H:%M}"
        )
        if agenda.session.booked_minutes:
            text += f" · booked {format_minutes(agenda.session.booked_minutes)}"
            if agenda.overrun_minutes:
                text += f" · overruns by {format_minutes(agenda.overrun_minutes)}"
        return text

    def _block_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.agenda_model.item(current.row())
        if line is None:
            self.block_details.clear()
            return
        b = line.block
        parts = [f"<h3>{html.escape(b.title)}</h3>"]
        parts.append(
            f"<p><b>{line.timing.starts:%H:%M}–{line.timing.ends:%H:%M}</b> ({b.minutes} min)"
            + (f" · {html.escape(line.serves_label)}" if line.serves_label else "")
            + "</p>"
        )
        if b.purpose:
            parts.append(f"<p><b>Purpose.</b> {html.escape(b.purpose)}</p>")
        if b.facilitator_notes:
            notes = html.escape(b.facilitator_notes).replace("\n", "<br>")
            parts.append(f"<p><b>Facilitator notes.</b> {notes}</p>")
        if b.prompts:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in b.prompts)
            parts.append(f"<p><b>Prompts for participants</b></p><ul>{items}</ul>")
        if b.materials:
            parts.append(f"<p><b>Materials.</b> {html.escape(', '.join(b.materials))}</p>")
        self.block_details.setHtml("".join(parts))
        if b.prompts:
            self.reflection_editor.select_prompt(b.prompts[0])

    def _refresh_editor_context(self) -> None:
        session = getattr(self, "_current_session", None)
        people = self.participant_model.items()
        prompts = self.services.sessions.prompts(session) if session else []
        self.reflection_editor.set_context(session, people, prompts)

    def _on_data_changed(self, changes: r.Changes, initiator: object) -> None:
        if initiator is self.reflection_editor:
            return  # the editor already shows what it saved
        if changes.programmes:
            self._reload_programmes(select=next(iter(changes.ids), None))
            return
        if changes.participants:
            self._reload_participants()
        if changes.sessions or changes.blocks:
            self._reload_sessions(select=next(iter(changes.ids), None))

    # --- commands ----------------------------------------------------------------------------
    def new_programme(self) -> None:
        models = [(m.key, m.name) for m in self.services.library.par_models.values()]

        def submit(values: dict[str, Any]) -> Any:
            return self.services.programmes.create_programme(**values)

        dialog = ProgrammeDialog(submit, models, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def show_backups(self) -> None:
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.services, self, on_restored=lambda changes: self.data_changed.emit(changes, self))
        dialog.exec()

    def add_participant(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return

        def submit(values: dict[str, Any]) -> Any:
            return self.services.programmes.add_participant(programme_id, **values)

        dialog = ParticipantDialog(submit, SECTORS, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def add_session(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            return
        templates = sorted(self.services.library.templates.values(), key=lambda t: t.title)

        def submit(values: dict[str, Any]) -> Any:
            key = values.pop("template_key")
            held_on = values.pop("held_on")
            starts_at = values.pop("starts_at")
            return self.services.sessions.add_from_template(programme_id, key, held_on, starts_at, **values)

        dialog = SessionDialog(submit, templates, self)
        if dialog.exec() and dialog.result_value is not None:
            self.data_changed.emit(dialog.result_value.changes, self)

    def print_pack(self) -> None:
        session = self._current_session
        if session is None or self._pack_task is not None:
            return
        self.reflection_editor.save_now()
        safe_title = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in session.title).strip()
        suggested = Path.home() / f"{session.held_on:%Y-%m-%d} {safe_title} pack.pdf"
        target = ask_pack_path(self, suggested)
        if target is None:
            return
        try:
            data = self.services.packs.pack_data(session.id)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        progress = QProgressDialog("Building the session pack…", "Cancel", 0, max(1, len(data.participants)), self)
        progress.setWindowTitle("Print pack")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        write_pack = self.services.packs.write_pack

        def done(path: Path) -> None:
            self._pack_task = None
            progress.close()
            self.statusBar().showMessage(f"Pack saved to {path}", 15000)
            open_file(path)

        def failed(exc: BaseException) -> None:
            self._pack_task = None
            progress.close()
            if type(exc).__name__ == "PackCancelled":
                self.statusBar().showMessage("Pack cancelled; no file was changed.", 10000)
                return
            show_error(self, exc, "The pack could not be printed")

        def step(done_count: int, total: int) -> None:
            progress.setMaximum(max(1, total))
            progress.setValue(done_count)

        self._pack_task = self.runner.start(
            lambda report: write_pack(data, target, report), on_done=done, on_error=failed, on_progress=step
        )
        progress.canceled.connect(self._pack_task.cancel)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Workshop Companion",
            f"<b>Workshop Companion {html.escape(__version__)}</b><p>Plan, run and record collaboration "
            "workshops in health and social care, offline.</p>",
        )

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.reflection_editor.save_now():
            answer = QMessageBox.warning(
                self,
                "Unsaved reflection",
                "The last reflection could not be saved. Close anyway and lose it?",
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.runner.wait()
        event.accept()
