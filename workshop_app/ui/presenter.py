"""What the room sees on the projector: block title, participant prompts and the timer; never the notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..domain.timer import Alert

MIN_TIMER_PX_AT_1080 = 96
BACKGROUND = "#101418"
TIMER_SHARE = 0.26  # of the screen's height
TITLE_SHARE = 0.075
PROMPT_SHARE = 0.05

ALERT_COLOURS = {
    Alert.NONE: "#ffffff",
    Alert.WARN: "#ffc400",
    Alert.URGENT: "#ff7a1a",
    Alert.OVER: "#ff4d4d",
}


@dataclass(frozen=True)
class RoomView:
    """Everything the projector may show. It has no field for facilitator notes, by design."""

    title: str = ""
    prompts: tuple[str, ...] = ()
    timer: str = ""
    alert: Alert = Alert.NONE
    caption: str = ""  # e.g. "Back at 11:15" during a break, "Paused"
    blank: bool = False


class PresenterWidget(QWidget):
    """The room's view at any size: type scales with the height (the facilitator's preview is small)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("roomTitle")
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("roomPrompt")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("roomTimer")
        self.caption_label = QLabel()
        self.caption_label.setObjectName("roomCaption")
        for label in (self.title_label, self.prompt_label, self.timer_label, self.caption_label):
            label.setStyleSheet("color: #ffffff; background: transparent;")
        for label in (self.title_label, self.prompt_label, self.caption_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prompt_label, 3)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self.room = RoomView()
        self._fit()

    def show_room(self, room: RoomView) -> None:
        self.room = room
        for label in (self.title_label, self.prompt_label, self.timer_label, self.caption_label):
            label.setVisible(not room.blank)
        if room.blank:
            return
        self.title_label.setText(room.title)
        self.prompt_label.setText("\n\n".join(room.prompts))
        self.prompt_label.setVisible(bool(room.prompts))
        self.timer_label.setText(room.timer)
        self.timer_label.setStyleSheet(f"color: {ALERT_COLOURS[room.alert]}; background: transparent;")
        self.caption_label.setText(room.caption)
        self.caption_label.setVisible(bool(room.caption))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = max(90, self.height())
        margin = max(4, height // 30)
        self.layout().setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.layout().setSpacing(margin)
        for label, share, bold in (
            (self.title_label, TITLE_SHARE, True),
            (self.prompt_label, PROMPT_SHARE, False),
            (self.timer_label, TIMER_SHARE, True),
            (self.caption_label, PROMPT_SHARE, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(6, int(height * share)))
            font.setBold(bold)
            if label is self.timer_label:
                font.setStyleHint(QFont.StyleHint.Monospace)
                font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
            label.setFont(font)


class RoomPreview(QLabel):
    """A small picture of the room view, drawn from a full-size copy so it matches the projector exactly."""

    def __init__(self, width: int = 384, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = PresenterWidget()
        self.canvas.resize(1280, 720)
        self.setFixedSize(width, width * 9 // 16)
        self.setScaledContents(True)

    @property
    def title_label(self) -> QLabel:
        return self.canvas.title_label

    def findChildren(self, kind: object) -> list:  # type: ignore[override]
        return self.canvas.findChildren(kind)  # the labels the preview shows

    def show_room(self, room: RoomView) -> None:
        self.canvas.show_room(room)
        self.canvas.layout().activate()
        self.setPixmap(self.canvas.grab())


class PresenterWindow(QWidget):
    """The projector window: full screen on a second screen when there is one, else an ordinary window.

    B blanks it; the run view's keys (Space, arrows, + and −) work here too; Esc leaves full screen.
    """

    def __init__(self, on_key: Callable[[QKeyEvent], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Workshop Companion: room view"))
        self.on_key = on_key
        self.view = PresenterWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setStyleSheet(f"background: {BACKGROUND};")

    def open(self) -> None:
        """Show on the second screen, full screen, when there is one; otherwise as a 16:9 window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = screens[1]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(960, 540)
            self.showNormal()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if not self.on_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
