"""Typing a participant's reflection for one prompt, saved as it is typed (no Save button)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.errors import WorkshopError
from .tasks import WriterLane
from .wrapping import WrappedLabel

if TYPE_CHECKING:
    from ..services.entries import EntryService

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400
RETRY_DELAY_MS = 3000
DRAFT_DELAY_MS = 100  # text typed is kept as a draft within this long, so a crash loses almost nothing
SAVE_WAIT_MS = 30_000  # the longest closing (or work that reads the text) waits for saves under way


class ReflectionEditorWidget(QGroupBox):
    """Pick a participant and a prompt, type; the text is saved shortly after each pause."""

    saved = Signal(object)  # Changes

    def __init__(self, entries: EntryService, parent: QWidget | None = None, *, lane: WriterLane | None = None) -> None:
        super().__init__(self.tr("Reflections"), parent)
        self.entries = entries
        self.lane = lane or WriterLane(self)
        self._session: r.Session | None = None
        self._loaded_key: tuple[str, str | None, str] | None = None
        self._dirty = False  # typed since the text was last handed to the lane
        self._loading = False
        self._unsaved: dict[tuple[str, str | None, str], str] = {}  # handed over, not yet written
        self._failed_keys: set[tuple[str, str | None, str]] = set()
        self._showing_no_consent = False  # the status says the chosen person has not consented

        self.participant_combo = QComboBox()
        self.participant_combo.setAccessibleName(self.tr("Participant"))
        self.participant_combo.setMinimumContentsLength(18)
        self.prompt_combo = QComboBox()
        self.prompt_combo.setAccessibleName(self.tr("Prompt"))
        self.prompt_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompt_combo.setMinimumContentsLength(20)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Reflection text"))
        self.editor.setPlaceholderText(self.tr("Type what the participant reflects. It is saved as you type."))
        self.editor.setTabChangesFocus(True)
        # wraps (on one line the longest message, no consent, made the editor 800 px wide at least,
        # and the block details beside it were squeezed to a column of single words)
        self.status = WrappedLabel(" ")
        self.status.setObjectName("saveStatus")
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        form = QFormLayout()
        form.addRow(self.tr("&Participant"), self.participant_combo)
        form.addRow(self.tr("P&rompt"), self.prompt_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        # takes the room only while the text box is hidden (no consent), so the message stands
        # under the prompt rather than at the foot of an empty box
        layout.addStretch(0)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry)

        self.participant_combo.currentIndexChanged.connect(self._context_changed)
        self.prompt_combo.currentIndexChanged.connect(self._context_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.setEnabled(False)

    # --- context -------------------------------------------------------------------------
    def set_context(
        self,
        session: r.Session | None,
        participants: Sequence[r.Participant],
        prompts: Sequence[str],
        *,
        allowed: set[str] | None = None,
    ) -> None:
        """Show a session's participants and prompts; unsaved text is handed to the writer lane first.

        `allowed` holds the people who consent to take part; for anyone else the text is read-only.
        """
        if not self._hand_over():
            return  # a save is failing: keep the text on screen; the retry timer keeps trying
        self._allowed = allowed
        self._loading = True
        try:
            self._session = session
            current_person = self.participant_combo.currentData()
            current_prompt = self.prompt_combo.currentData()
            self.participant_combo.clear()
            for person in participants:
                self.participant_combo.addItem(f"{person.name} ({person.code})", person.id)
            self.prompt_combo.clear()
            for prompt in prompts:
                self.prompt_combo.addItem(prompt, prompt)
                self.prompt_combo.setItemData(self.prompt_combo.count() - 1, prompt, Qt.ItemDataRole.ToolTipRole)
            for combo, value in ((self.participant_combo, current_person), (self.prompt_combo, current_prompt)):
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
        finally:
            self._loading = False
        usable = session is not None and bool(participants) and bool(prompts)
        self.setEnabled(usable)
        if session is None:
            self.status.setText(self.tr("Choose a session."))
        elif not participants:
            self.status.setText(self.tr("Add participants to the programme to record their reflections."))
        elif not prompts:
            self.status.setText(self.tr("This session's agenda has no participant prompts."))
        else:
            self.status.setText(" ")
        self._load()

    def select_prompt(self, prompt: str) -> None:
        """Follow the agenda: show the prompt of the block being discussed (if it is on the sheet)."""
        index = self.prompt_combo.findData(prompt)
        if index >= 0:
            self.prompt_combo.setCurrentIndex(index)

    def select_entry(self, participant_id: str | None, prompt: str) -> None:
        """Show one person's reflection for one prompt (e.g. a search result)."""
        index = self.participant_combo.findData(participant_id)
        if index >= 0:
            self.participant_combo.setCurrentIndex(index)
        self.select_prompt(prompt)

    def current_key(self) -> tuple[str, str | None, str] | None:
        if self._session is None or self.participant_combo.currentIndex() < 0 or self.prompt_combo.currentIndex() < 0:
            return None
        return self._session.id, self.participant_combo.currentData(), self.prompt_combo.currentData()

    def _context_changed(self) -> None:
        if self._loading:
            return
        if not self._hand_over():
            self._select(self._loaded_key)  # a save is failing: stay on the text rather than move on
            return
        self._load()

    def _select(self, key: tuple[str, str | None, str] | None) -> None:
        if key is None:
            return
        self._loading = True
        try:
            self.participant_combo.setCurrentIndex(self.participant_combo.findData(key[1]))
            self.prompt_combo.setCurrentIndex(self.prompt_combo.findData(key[2]))
        finally:
            self._loading = False

    def _load(self) -> None:
        key = self.current_key()
        self._loading = True
        try:
            pending = self._unsaved.get(key) if key else None  # on its way to the database
            text = pending if pending is not None else self.entries.reflection_text(*key) if key else ""
            self.editor.setPlainText(text)
        except WorkshopError as exc:
            self.editor.setPlainText("")
            self.status.setText(self.tr("Could not load this reflection: {message}").format(message=exc.message))
        finally:
            self._loading = False
        self._loaded_key = key
        self._dirty = False
        allowed = getattr(self, "_allowed", None)
        blocked = key is not None and allowed is not None and key[1] is not None and key[1] not in allowed
        self.editor.setReadOnly(blocked)
        # Nothing can be typed for them, so the message takes the text box's place: beside it, at
        # large text sizes on a projector laptop's screen, the message was cut off top and bottom.
        self.editor.setHidden(blocked)
        if blocked:
            self.status.setText(
                self.tr("They have not consented, so nothing is stored. Record consent in Programme > Consent.")
            )
        elif self._showing_no_consent:
            self.status.setText(" ")
        self._showing_no_consent = blocked

    # --- saving --------------------------------------------------------------------------
    # Saves and drafts run on the writer lane, never on the GUI thread: a commit waits for the
    # disk (and, while a backup copies the database, behind its writes). Text handed to the lane
    # stays in `_unsaved` until the lane reports it written, so a key loaded meanwhile shows the
    # text on its way rather than the older stored one, and nothing is reported saved too early.
    def _text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start(AUTOSAVE_DELAY_MS)
        if not self._draft_timer.isActive():
            self._draft_timer.start(DRAFT_DELAY_MS)

    def keep_draft(self) -> None:
        """Keep the unsaved text as a draft (recovered after a crash); a failure here is not shown."""
        self._draft_timer.stop()
        if not self._dirty or self._loaded_key is None:
            return
        key, text, entries = self._loaded_key, self.editor.toPlainText(), self.entries
        self.lane.submit(("draft", key), lambda: entries.save_draft(*key, text), on_error=_draft_not_kept)

    @property
    def has_unsaved_text(self) -> bool:
        """True while typed text is not yet known to be in the database."""
        return self._dirty or bool(self._unsaved)

    def _hand_over(self) -> bool:
        """Give the text typed to the writer lane without waiting; False while saves are failing."""
        self._timer.stop()
        self._draft_timer.stop()
        if self._dirty and self._loaded_key is not None:
            self._submit(self._loaded_key, self.editor.toPlainText())
        return not self._failed_keys

    def _autosave(self) -> None:
        self._hand_over()

    def _submit(self, key: tuple[str, str | None, str], text: str) -> None:
        if key == self._loaded_key:
            self._dirty = False
        self._unsaved[key] = text
        if not self._failed_keys:
            self.status.setText(self.tr("Saving…"))
        entries = self.entries
        self.lane.submit(
            ("save", key),
            lambda: entries.save_reflection(*key, text),
            value=text,
            on_done=lambda result: self._written(key, text, result),
            on_error=lambda exc: self._not_written(key, exc),
            drop=[("draft", key)],
        )

    def _written(self, key: tuple[str, str | None, str], text: str, result: object) -> None:
        if self._unsaved.get(key) == text:
            del self._unsaved[key]
        self._failed_keys.discard(key)
        if not self._failed_keys:
            self._retry_timer.stop()
            if not self._dirty and not self._unsaved:
                self.status.setText(self.tr("Saved {time:%H:%M:%S}").format(time=datetime.now()))
        self.saved.emit(result.changes)  # type: ignore[attr-defined]

    def _not_written(self, key: tuple[str, str | None, str], exc: BaseException) -> None:
        if isinstance(exc, WorkshopError):
            message = exc.message
        else:
            log.warning("a reflection was not saved: %s", type(exc).__name__)
            message = self.tr("The database could not be used ({kind}).").format(kind=type(exc).__name__)
        self._failed_keys.add(key)
        self.status.setText(
            self.tr("Not saved: {message} Your text is kept here; retrying shortly.").format(message=message)
        )
        self._retry_timer.start(RETRY_DELAY_MS)

    def _retry(self) -> None:
        """Hand over again every text whose save failed (the newest text of each)."""
        self._retry_timer.stop()
        for key in list(self._failed_keys):
            text = self._unsaved.get(key)
            if text is None:
                self._failed_keys.discard(key)
            elif self.lane.pending_value(("save", key)) is None:
                self._submit(key, text)

    def save_now(self, wait_ms: int = SAVE_WAIT_MS) -> bool:
        """Save pending text at once and wait until it is written (before work that reads it, on close).

        True when nothing is left unsaved; False when a save failed (the text is kept and retried).
        """
        self._hand_over()
        self._retry()
        self.lane.wait(wait_ms)
        return not self._unsaved and not self._dirty


def _draft_not_kept(exc: BaseException) -> None:
    # The save itself reports problems; the text is still on screen.
    log.info("a draft was not kept: %s", type(exc).__name__)


def ask_recover(parent: QWidget | None, draft: r.Draft, who: str) -> bool:
    """Offer a crashed editor's text back (tests replace this function)."""
    newer = draft.saved_at is not None and draft.saved_at > draft.updated_at
    text = (
        f"Workshop Companion closed before this text was saved ({who}, prompt: {draft.prompt[:80]}).\n\n"
        f"Recover the unsaved text from {draft.updated_at:%H:%M on %d %b}?"
    )
    if newer:
        text += "\n\nA newer version was saved since; recovering replaces it."
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved text", text, parent=parent)
    box.setDetailedText(draft.text)
    box.addButton("&Recover", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is not discard


def recover_drafts(parent: QWidget | None, entries: EntryService, names: dict[str | None, str]) -> r.Changes | None:
    """Offer each draft a crash left behind, once; recovered text is saved as the reflection."""
    changes = None
    for draft in entries.drafts():
        who = names.get(draft.participant_id, "a participant")
        try:
            if ask_recover(parent, draft, who):
                result = entries.save_reflection(draft.session_id, draft.participant_id, draft.prompt, draft.text)
                changes = result.changes if changes is None else changes | result.changes
            entries.discard_draft(draft.id)
        except WorkshopError:
            continue
    return changes
