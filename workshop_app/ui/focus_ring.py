"""The focus ring: a strong frame around whichever control has the keyboard focus.

Qt's own focus marks are faint in places (a dotted line, or a slightly darker frame). One small
widget, `FocusRing`, lies over the focused control: a child of it, above its own children, inside
its edges (so a control flush with its parent's edge is not cut off), ignoring the mouse, and
showing a 2 px frame in the theme's focus colour over the control's own frame. It moves to each
control as the focus moves (`QApplication.focusChanged`) and follows the control's size. On a tab
bar it frames the current tab; on a check box or a radio button, the box and its words rather
than the whole row the layout gave it.

This replaces an application-wide style sheet. With any style sheet set on the application, Qt
draws and measures every widget of every window through its style-sheet engine; that made the
first window about 20 ms slower to build and paint, for a frame only one control shows at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QRadioButton,
    QTabBar,
    QWidget,
)
from shiboken6 import Shiboken

WIDTH = 2


class FocusRing(QFocusFrame):
    """The frame itself: a widget cut down (its mask) to a band `WIDTH` pixels wide along its edges
    and filled with the focus colour, so what lies under it is untouched and takes the mouse.
    It is a `QFocusFrame` (placed by this module, not by Qt) because Qt's accessibility leaves
    focus frames out of the tree a screen reader walks: the control keeps no extra child there.

    It paints itself rather than asking Qt to fill it from its palette: a child takes its parent's
    background role (a button's is Button), and under a style sheet Qt's engine puts back a
    widget's earlier palette when it polishes it again (it left the ring blue in high contrast
    while the application still set a sheet there)."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.setObjectName("wcFocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colour = QColor(colour)

    def set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)  # the mask keeps it to the band
        painter.end()

    def place(self, rect: QRect) -> None:
        if rect != self.geometry():
            self.setGeometry(rect)
            inner = QRect(0, 0, rect.width(), rect.height())
            self.setMask(QRegion(inner).subtracted(QRegion(inner.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH))))


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control to frame when `widget` has the focus, or None (nothing, a window, a popup list)."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    # the text part of a spin box or an editable list: the whole control is framed
    if isinstance(parent, QAbstractSpinBox | QComboBox) and parent.focusProxy() in (None, widget):
        if not parent.isWindow():
            widget = parent
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    return widget


def ring_rect(target: QWidget) -> QRect:
    """Where the frame goes, in the target's own coordinates."""
    rect = target.rect()
    if isinstance(target, QTabBar):
        index = target.currentIndex()
        return target.tabRect(index).intersected(rect) if index >= 0 else rect
    if isinstance(target, QCheckBox | QRadioButton):
        width = min(rect.width(), target.sizeHint().width())
        if target.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return QRect(rect.right() - width + 1, 0, width, rect.height())
        return QRect(0, 0, width, rect.height())
    return rect


class FocusRings(QObject):
    """Keeps one ring on the application's focused control, in the colour of the present theme."""

    def __init__(self, app: QApplication, colour: str) -> None:
        super().__init__(app)
        self.colour = QColor(colour)
        self._ring: FocusRing | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        ring = self.ring()
        if ring is not None:
            ring.set_colour(self.colour)

    def ring(self) -> FocusRing | None:
        """The ring, if it still exists (it goes with a control that is deleted while holding it)."""
        if self._ring is not None and not Shiboken.isValid(self._ring):
            self._ring = None
        return self._ring

    def target(self) -> QWidget | None:
        """The control framed now, if any."""
        if self._target is not None and not Shiboken.isValid(self._target):
            self._target = None
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = ring_target(new)
        previous = self.target()
        if target is previous:
            return
        if previous is not None:
            previous.removeEventFilter(self)
        self._target = target
        ring = self.ring()
        if target is None:
            if ring is not None:
                ring.hide()
            return
        if ring is None:
            ring = self._ring = FocusRing(self.colour)
        ring.setParent(target)
        ring.place(ring_rect(target))
        ring.show()
        ring.raise_()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Paint, QEvent.Type.ChildAdded, QEvent.Type.LayoutDirectionChange):
            ring = self.ring()
            if ring is not None and watched is self.target():
                if kind == QEvent.Type.ChildAdded:
                    ring.raise_()
                elif kind != QEvent.Type.Paint or isinstance(watched, QTabBar | QCheckBox | QRadioButton):
                    ring.place(ring_rect(watched))  # type: ignore[arg-type]
        return False


_rings: list[FocusRings] = []  # the application's one keeper (QObject.findChild by a Python class costs 6-9 ms)


def show_focus(colour: str) -> FocusRings | None:
    """Frame the focused control in `colour` from now on (once per application; later calls recolour)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _rings and Shiboken.isValid(_rings[0]) and _rings[0].parent() is app:
        _rings[0].set_colour(colour)
        return _rings[0]
    _rings[:] = [FocusRings(app, colour)]
    return _rings[0]
