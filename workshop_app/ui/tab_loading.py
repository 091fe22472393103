"""Tabs that load their data only when shown: a hidden tab is marked stale and loads when it becomes current."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class TabLoader(QObject):
    """Keeps the pages of a tab widget up to date, loading only the one the user sees.

    Each page is registered with a function that brings it fully up to date with the window's
    current programme and session. `refresh(page)` runs it at once when the page is the current
    tab; otherwise the page is marked stale and the function runs when the page next becomes
    current. A change made while a page is hidden is therefore never missed, and a page that is
    never opened never reads the database.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._loaders: dict[QWidget, Callable[[], None]] = {}
        self._stale: set[QWidget] = set()
        tabs.currentChanged.connect(self._current_changed)

    def add(self, page: QWidget, load: Callable[[], None]) -> None:
        """Register a page (already added to the tabs); it loads when first shown."""
        self._loaders[page] = load
        self.refresh(page)

    def refresh(self, page: QWidget) -> None:
        """Bring the page up to date now if it is shown, otherwise as soon as it is."""
        if self.tabs.currentWidget() is page:
            self._stale.discard(page)
            self._loaders[page]()
        else:
            self._stale.add(page)

    def is_stale(self, page: QWidget) -> bool:
        return page in self._stale

    def _current_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            self._loaders[page]()
