"""Kiosk entry: one full-screen window where participants fill in a sheet one after another.

Nothing else of the app is in memory while it runs: the main window is closed and destroyed
before the kiosk shows, and a fresh one is built after the facilitator's PIN unlocks it. The
kiosk's state (session, sheet, the draft being typed) is kept in the database, so after a crash
the app opens straight back into the kiosk with the half-filled sheet. A sheet left alone for a
few minutes (a setting, two by default) is saved and put away, and the screen goes back to the
start, so whoever comes next cannot read it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.content import SheetTemplate
from ..domain.errors import PinError, WorkshopError
from ..domain.voice import Channel
from ..services.container import Services
from ..services.settings import DEFAULT_KIOSK_IDLE_MINUTES, MAX_KIOSK_IDLE_MINUTES, KioskState
from . import appearance
from .dialogs import FormDialog
from .messages import show_error
from .sheet_form import SheetFormWidget

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400
ANONYMOUS = "__anonymous__"


def _blocked_sequences() -> list[QKeySequence]:
    """Keys that close windows or quit elsewhere; in the kiosk they do nothing (built once Qt runs)."""
    fixed = [QKeySequence(k) for k in ("Esc", "Alt+F4", "Ctrl+W", "Ctrl+Q", "Ctrl+F4")]
    platform = [
        seq
        for standard in (QKeySequence.StandardKey.Close, QKeySequence.StandardKey.Quit)
        for seq in QKeySequence.keyBindings(standard)
    ]
    return [seq for seq in fixed + platform if not seq.isEmpty()]


def _sequence(event: QKeyEvent) -> QKeySequence:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(event.key() | mods.value)


_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class _KeyGuard(QObject):
    """An application-wide filter that swallows closing shortcuts while the kiosk is open, and
    notices every key, click, touch or mouse movement (someone is still there)."""

    def __init__(self, parent: QObject | None = None, on_activity: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.blocked = _blocked_sequences()
        self.on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on_activity is not None and event.type() in _ACTIVITY:
            self.on_activity()
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            seq = _sequence(event)
            if any(seq.matches(b) == QKeySequence.SequenceMatch.ExactMatch for b in self.blocked):
                event.accept()
                return True
        if event.type() == QEvent.Type.ContextMenu:
            return True
        return False


def _enlarge_text(root: QWidget) -> None:
    """Kiosk text is larger than the rest of the app: labels 1.3 times the text size, answers 1.4 times.
    Widgets that already have their own relative size (headings, buttons) keep it."""
    for widget in root.findChildren(QWidget):
        if widget.property(appearance.FONT_SCALE_PROPERTY) is not None:
            continue
        if isinstance(widget, QLabel):
            appearance.set_relative_font(widget, 1.3)
        elif isinstance(widget, QPlainTextEdit | QRadioButton | QPushButton | QLineEdit):
            appearance.set_relative_font(widget, 1.4)


class KioskWindow(QWidget):
    """Pick your name (or anonymous), fill in the sheet, submit; the screen clears for the next person."""

    def __init__(
        self,
        services: Services,
        session_id: str,
        sheet_key: str,
        *,
        on_exit: Callable[[], None] | None = None,
        resume_submission: str | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        self.session = services.sessions.session(session_id)
        self.sheet: SheetTemplate = services.sheets.sheet(sheet_key)
        self.on_exit = on_exit
        self._unlocked = False
        self._submission_id: str | None = None
        self._dirty = False
        self.setWindowTitle(self.tr("Workshop Companion: reflection sheet"))
        self.setObjectName("kiosk")
        background = appearance.colour("#f7f7f4", "#000000")
        field = appearance.colour("white", "black")
        # a field given its own background loses the style's frame: the edge is drawn here (seen in
        # both themes: 4.5:1 grey on white, white on black); the focus ring lies over it
        edge = appearance.colour("#767676", "#ffffff")
        self.setStyleSheet(
            f"#kiosk {{ background: {background}; }}"
            f" QPlainTextEdit {{ background: {field}; border: 2px solid {edge}; }}"
        )

        self.pages = QStackedWidget()
        self.pick_page = self._build_pick_page()
        self.form_page = self._build_form_page()
        self.thanks_page = self._build_thanks_page()
        self.pin_page = self._build_pin_page()
        for page in (self.pick_page, self.form_page, self.thanks_page, self.pin_page):
            self.pages.addWidget(page)
            _enlarge_text(page)

        self.facilitator_button = QPushButton(self.tr("Facilitator"))
        self.facilitator_button.setFlat(True)
        self.facilitator_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.facilitator_button.setStyleSheet(f"color: {appearance.colour('#888888', '#e0e0e0')};")
        self.facilitator_button.clicked.connect(self.show_pin_page)
        header = QHBoxLayout()
        title = QLabel(f"<b>{self.sheet.title}</b><br><span style='color:#555'>{self.session.title}</span>")
        title.setTextFormat(Qt.TextFormat.RichText)
        appearance.set_relative_font(title, 1.75)
        header.addWidget(title, 1)
        header.addWidget(self.facilitator_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QWidget()
        column.setMaximumWidth(980)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(header)
        inner.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        layout.addWidget(column, 100)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_draft)
        # nobody has typed, clicked or touched for a while: save the sheet and put it away
        if idle_ms is None:
            try:
                idle_ms = services.settings.kiosk_idle_minutes() * 60_000
            except WorkshopError:
                idle_ms = DEFAULT_KIOSK_IDLE_MINUTES * 60_000
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self.lock_after_idle)
        self._guard = _KeyGuard(self, on_activity=self.idle_timer.start)
        QApplication.instance().installEventFilter(self._guard)  # type: ignore[union-attr]

        if resume_submission:
            self._resume(resume_submission)
        else:
            self.show_pick_page()

    # --- pages ---------------------------------------------------------------------------
    def _build_pick_page(self) -> QWidget:
        page = QWidget()
        self.name_combo = QComboBox()
        self.name_combo.setToolTip(self.tr("Your name, or Anonymous"))
        self.name_combo.setAccessibleName(self.tr("Your name"))
        self.name_combo.setMinimumWidth(420)
        self.name_combo.setStyleSheet("padding: 6px;")
        appearance.set_relative_font(self.name_combo, 1.55)
        self.start_button = QPushButton(self.tr("Start my sheet"))
        self.start_button.setToolTip(self.tr("Open a blank sheet for you"))
        self.start_button.setDefault(True)
        self.start_button.setStyleSheet("padding: 8px 24px;")
        appearance.set_relative_font(self.start_button, 1.55)
        self.start_button.clicked.connect(self.start_entry)
        self.pick_message = QLabel("")
        self.pick_message.setObjectName("kioskMessage")
        self.pick_message.setWordWrap(True)
        appearance.set_text_role(self.pick_message, "error")
        intro = QLabel(
            self.tr(
                "Choose your name, or <b>Anonymous</b> if you would rather your sheet were not linked to you. "
                "Nobody else's answers are shown on this screen."
            )
        )
        intro.setWordWrap(True)
        hint = appearance.hint_label(self.tr("Not on the list? Choose Anonymous, or ask the facilitator."), wrap=False)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.name_combo)
        row.addWidget(self.start_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(hint)
        box.addWidget(self.pick_message)
        box.addStretch(2)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        self.who_label = QLabel("")
        appearance.set_relative_font(self.who_label, 1.45)
        self.instructions = QLabel(self.sheet.instructions)
        self.instructions.setWordWrap(True)
        self.form = SheetFormWidget(self.sheet, large=True)
        self.form.changed.connect(self._changed)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Sheet questions"))
        scroll.setToolTip(self.tr("The sheet's questions; Tab moves between them"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.submit_button = QPushButton(self.tr("Submit my sheet"))
        self.submit_button.setToolTip(self.tr("Save your answers and hand over to the next person"))
        self.submit_button.setStyleSheet("padding: 8px 24px;")
        appearance.set_relative_font(self.submit_button, 1.55)
        self.submit_button.clicked.connect(self.submit_entry)
        self.cancel_button = QPushButton(self.tr("Cancel and clear"))
        self.cancel_button.setToolTip(self.tr("Throw away these answers and go back to the start"))
        self.cancel_button.clicked.connect(self.cancel_entry)
        self.save_status = appearance.hint_label(" ", wrap=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        box = QVBoxLayout(page)
        box.addWidget(self.who_label)
        box.addWidget(self.instructions)
        box.addWidget(scroll, 1)
        box.addLayout(buttons)
        return page

    def _build_thanks_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr("<h1>Thank you.</h1><p>Your sheet is saved. Please hand over to the next person.</p>"))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next person"))
        self.next_button.setToolTip(self.tr("Start a sheet for the next person"))
        self.next_button.setStyleSheet("padding: 8px 24px;")
        appearance.set_relative_font(self.next_button, 1.55)
        self.next_button.clicked.connect(self.show_pick_page)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(label)
        box.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        self.pin_edit = QLineEdit()
        self.pin_edit.setToolTip(self.tr("The facilitator's PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("Facilitator PIN"))
        self.pin_edit.setMaxLength(12)
        self.pin_edit.setFixedWidth(200)
        self.pin_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin_edit.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Leave kiosk"))
        self.unlock_button.setToolTip(self.tr("Close the kiosk and go back to the main window"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Go back to the sheet without leaving the kiosk"))
        self.back_button.clicked.connect(self._back_from_pin)
        self.pin_message = QLabel(" ")
        self.pin_message.setObjectName("pinMessage")
        appearance.set_text_role(self.pin_message, "error")
        form = QFormLayout()
        form.addRow(self.tr("Facilitator PIN"), self.pin_edit)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(QLabel(self.tr("Only the facilitator can leave this screen.")))
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(self.pin_message)
        box.addStretch(2)
        return page

    # --- flow ----------------------------------------------------------------------------
    def show_pick_page(self) -> None:
        """A clean screen for the next person: no earlier answers, an empty clipboard."""
        self._submission_id = None
        self._dirty = False
        self.form.clear()
        self.pick_message.setText("")
        QGuiApplication.clipboard().clear()
        programme = self.session.programme_id
        allowed = self.services.consent.consenting_ids(programme)
        people = [p for p in self.services.programmes.participants(programme) if p.id in allowed]
        self.name_combo.clear()
        self.name_combo.addItem(self.tr("Anonymous"), ANONYMOUS)
        for person in people:
            self.name_combo.addItem(person.name, person.id)
        self.name_combo.setCurrentIndex(-1 if people else 0)
        self.name_combo.setPlaceholderText(self.tr("Choose your name…"))
        self._save_state()
        self.pages.setCurrentWidget(self.pick_page)
        self.name_combo.setFocus()

    def start_entry(self) -> None:
        data = self.name_combo.currentData()
        if data is None:
            self.pick_message.setText(self.tr("Please choose your name, or Anonymous."))
            return
        person = None if data == ANONYMOUS else data
        try:
            result = self.services.sheets.start(self.session.id, self.sheet.key, person, Channel.KIOSK, resume=False)
        except WorkshopError as exc:
            self.pick_message.setText(exc.message)
            return
        self._open_form(result.value.id, self.tr("Anonymous") if person is None else self.name_combo.currentText())

    def _open_form(self, submission_id: str, who: str) -> None:
        self._submission_id = submission_id
        self._dirty = False
        self.name_combo.clear()  # the list of names leaves the screen while someone writes
        self.who_label.setText(self.tr("Filling in as: <b>{who}</b>").format(who=who))
        self._save_state()
        self.pages.setCurrentWidget(self.form_page)
        self.idle_timer.start()
        first = self.form.first_field()
        if first:
            first.setFocus()

    def _resume(self, submission_id: str) -> None:
        """After a crash: back to the half-filled sheet, exactly as typed."""
        try:
            submission = self.services.sheets.submission(submission_id)
        except WorkshopError:
            self.show_pick_page()
            return
        if submission.status != "draft":
            self.show_pick_page()
            return
        who = self.tr("Anonymous")
        if submission.participant_id:
            people = {p.id: p for p in self.services.programmes.participants(self.session.programme_id)}
            person = people.get(submission.participant_id)
            who = person.name if person else who
        self._open_form(submission.id, who)
        self.form.set_answers({a.item_key: (a.value if a.value is not None else a.text) for a in submission.answers})
        self.save_status.setText(self.tr("Your sheet was restored as you left it."))

    def _changed(self) -> None:
        self._dirty = True
        self.save_status.setText(self.tr("Saving…"))
        self._timer.start(AUTOSAVE_DELAY_MS)

    def save_draft(self) -> bool:
        self._timer.stop()
        if not self._dirty or self._submission_id is None:
            return True
        try:
            self.services.sheets.save(self._submission_id, self.form.answers())
        except WorkshopError as exc:
            self.save_status.setText(self.tr("Not saved yet: {message}").format(message=exc.message))
            return False
        self._dirty = False
        self.save_status.setText(self.tr("Saved as you type."))
        return True

    def submit_entry(self) -> None:
        if self._submission_id is None:
            return
        try:
            self.services.sheets.submit(self._submission_id, self.form.answers())
        except WorkshopError as exc:
            self.save_status.setText(exc.message)
            return
        self._submission_id = None
        self._dirty = False
        self.form.clear()
        self._save_state()
        QGuiApplication.clipboard().clear()
        self.pages.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()

    def cancel_entry(self) -> None:
        if self._submission_id is not None:
            try:
                self.services.sheets.discard(self._submission_id)
            except WorkshopError as exc:
                self.save_status.setText(exc.message)
                return
        self.show_pick_page()

    def lock_after_idle(self) -> None:
        """Nobody has used the kiosk for a while: save what is on the sheet and go back to the start
        screen, so the next person sees nothing of it. The sheet stays in the database as a draft
        (the facilitator can finish it from the paper screen). If it cannot be saved it stays on
        screen, never thrown away, and the next quiet period tries again."""
        page = self.pages.currentWidget()
        if page is self.pick_page:
            return
        if page is self.pin_page:
            self.pin_edit.clear()
        if self._submission_id is not None:
            self._dirty = True  # save whatever is there, even if the last autosave seemed to cover it
            if not self.save_draft():
                if page is self.pin_page:
                    self.pages.setCurrentWidget(self.form_page)
                self.idle_timer.start()
                return
        had_sheet = self._submission_id is not None
        self._return_to = self.pick_page
        self.show_pick_page()
        if had_sheet:
            self.pick_message.setText(
                self.tr(
                    "The sheet that was left open has been saved and put away because nobody typed for a while. "
                    "If it was yours, please ask the facilitator."
                )
            )
        log.info("kiosk: put away an idle sheet")

    def _save_state(self) -> None:
        try:
            self.services.settings.set_kiosk_state(KioskState(self.session.id, self.sheet.key, self._submission_id))
        except WorkshopError:
            pass  # the sheet itself is still saved as typed

    # --- leaving ---------------------------------------------------------------------------
    def show_pin_page(self) -> None:
        self.save_draft()
        self._return_to = self.pages.currentWidget()
        self.pin_edit.clear()
        self.pin_message.setText(" ")
        self.pages.setCurrentWidget(self.pin_page)
        self.pin_edit.setFocus()

    def _back_from_pin(self) -> None:
        self.pin_edit.clear()
        self.pages.setCurrentWidget(getattr(self, "_return_to", self.pick_page))

    def try_unlock(self) -> bool:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        try:
            ok = self.services.settings.unlock(pin)
        except PinError as exc:
            self.pin_message.setText(exc.message)
            return False
        if not ok:
            wait = self.services.settings.seconds_to_wait()
            self.pin_message.setText(
                self.tr("That PIN is not right.")
                + (
                    self.tr(" Wait {value} seconds before trying again.").format(value=int(wait + 0.999))
                    if wait
                    else ""
                )
            )
            return False
        self.leave()
        return True

    def leave(self) -> None:
        """Unlocked: keep any half-filled sheet as a draft, forget the kiosk, hand back to the facilitator."""
        self.save_draft()
        self.idle_timer.stop()
        self._unlocked = True
        self.services.settings.set_kiosk_state(None)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._guard)
        if self.on_exit:
            self.on_exit()
        self.close()
        self.deleteLater()

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            event.accept()
        else:
            event.ignore()  # the window's close button, Alt+F4 from the window manager ...

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.pages.currentWidget() is self.form_page
        ):
            self.submit_entry()
            return
        super().keyPressEvent(event)


# --- entering and leaving from the main window -----------------------------------------------

_open_windows: list[Any] = []  # windows made here are kept alive until they close


class StartKioskDialog(FormDialog):
    """Choose the sheet; set the facilitator PIN the first time."""

    def __init__(
        self,
        submit: Any,
        sheets: list[SheetTemplate],
        needs_pin: bool,
        parent: QWidget | None = None,
        idle_minutes: int = DEFAULT_KIOSK_IDLE_MINUTES,
    ) -> None:
        super().__init__(self.tr("Start kiosk"), submit, parent)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setToolTip(self.tr("The sheet people will fill in at the kiosk"))
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        for sheet in sheets:
            self.sheet_combo.addItem(f"{sheet.title} ({sheet.code})", sheet.key)
        self.form.addRow(self.tr("&Sheet"), self.sheet_combo)
        self.pin_edit = QLineEdit()
        self.pin_edit.setToolTip(self.tr("4 to 12 digits, needed to leave the kiosk"))
        self.pin_again = QLineEdit()
        self.pin_again.setToolTip(self.tr("Type the same PIN again to check it"))
        for edit, name in ((self.pin_edit, self.tr("New facilitator PIN")), (self.pin_again, self.tr("Repeat PIN"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.needs_pin = needs_pin
        if needs_pin:
            self.form.addRow(self.tr("Choose a &PIN"), self.pin_edit)
            self.form.addRow(self.tr("&Repeat it"), self.pin_again)
            hint = appearance.hint_label(
                self.tr("4 to 12 digits. You need it to leave the kiosk; it is stored only as a salted hash.")
            )
            self.form.addRow(hint)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, MAX_KIOSK_IDLE_MINUTES)
        self.idle_minutes.setValue(idle_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Put away an idle sheet after"))
        self.idle_minutes.setToolTip(
            self.tr("A sheet nobody has typed in for this long is saved and cleared from the screen")
        )
        self.form.addRow(self.tr("Put away an &idle sheet after"), self.idle_minutes)
        note = appearance.hint_label(
            self.tr("The main window closes while the kiosk runs, so no other entries stay on screen.")
        )
        self.form.addRow(note)

    def values(self) -> dict[str, Any]:
        return {
            "sheet_key": self.sheet_combo.currentData(),
            "pin": self.pin_edit.text(),
            "again": self.pin_again.text(),
            "idle_minutes": self.idle_minutes.value(),
        }


def ask_kiosk_choice(main: Any, services: Services, session_id: str) -> str | None:
    """The sheet to run (setting the PIN first if there is none). Tests replace this function."""
    session = services.sessions.session(session_id)
    programme = services.programmes.programme(session.programme_id)
    needs_pin = not services.settings.has_pin()

    def submit(values: dict[str, Any]) -> str:
        if needs_pin:
            if values["pin"] != values["again"]:
                raise PinError(QCoreApplication.translate("kiosk", "The two PINs are not the same."))
            services.settings.set_pin(values["pin"])
        if values["idle_minutes"] != idle_minutes:
            services.settings.set_kiosk_idle_minutes(values["idle_minutes"])
        return values["sheet_key"]

    idle_minutes = services.settings.kiosk_idle_minutes()
    dialog = StartKioskDialog(submit, services.sheets.sheets_for(programme), needs_pin, main, idle_minutes=idle_minutes)
    if dialog.exec() and dialog.result_value:
        return str(dialog.result_value)
    return None


def start_kiosk(main: Any, session_id: str, sheet_key: str) -> KioskWindow | None:
    """Close the main window (nothing of it stays in memory) and open the kiosk full screen."""
    services: Services = main.services
    if not services.settings.has_pin():
        show_error(
            main, PinError(QCoreApplication.translate("kiosk", "Set a facilitator PIN before starting the kiosk."))
        )
        return None
    if not main.reflection_editor.save_now():
        show_error(
            main,
            WorkshopError(
                QCoreApplication.translate(
                    "kiosk", "The last reflection could not be saved, so the kiosk was not started."
                )
            ),
        )
        return None
    runner = main.runner
    kiosk = KioskWindow(services, session_id, sheet_key, on_exit=lambda: reopen_main_window(services, runner))
    _show_full_screen(kiosk)
    _discard_main_window(main)
    return kiosk


def _show_full_screen(kiosk: KioskWindow) -> None:
    _keep(kiosk)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        kiosk.setGeometry(screen.geometry())  # also without a window manager to honour full screen
    kiosk.showFullScreen()
    kiosk.raise_()
    kiosk.activateWindow()


def resume_kiosk(main: Any) -> KioskWindow | None:
    """At start-up: if the kiosk was running when the app stopped, go straight back into it."""
    services: Services = main.services
    state = services.settings.kiosk_state()
    if state is None:
        return None
    try:
        kiosk = KioskWindow(
            services,
            state.session_id,
            state.sheet_key,
            on_exit=lambda: reopen_main_window(services, main.runner),
            resume_submission=state.submission_id,
        )
    except WorkshopError:
        services.settings.set_kiosk_state(None)  # the session or sheet is gone; nothing to resume
        return None
    _show_full_screen(kiosk)
    _discard_main_window(main)
    return kiosk


def reopen_main_window(services: Services, runner: Any) -> Any:
    from .main_window import MainWindow

    window = MainWindow(services, runner=runner)
    _keep(window)
    window.show()
    return window


def _keep(window: QWidget) -> None:
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)


def _discard_main_window(main: QWidget) -> None:
    main.hide()
    main.close()
    main.deleteLater()  # destroyed when control returns to the event loop
    for widget in QApplication.topLevelWidgets():
        if widget is not main and not isinstance(widget, KioskWindow) and widget.isVisible():
            widget.hide()
