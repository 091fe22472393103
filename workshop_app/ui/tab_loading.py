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


class LazyPages(QObject):
    """Tab pages whose widgets (and their modules) are built the first time they are shown or asked for.

    Each page starts as an empty placeholder under its title. Showing its tab, or calling
    `get(name)`, builds the real widget, puts it in the placeholder's place (same position and
    title, still current when it was) and registers it with the `TabLoader`, which loads its data
    when it is shown. A page never shown is never built, and its module never imported.
    """

    def __init__(self, tabs: QTabWidget, loader: TabLoader) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.loader = loader
        self._builders: dict[str, tuple[Callable[[], QWidget], Callable[[QWidget], None] | None]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(
        self,
        name: str,
        title: str,
        build: Callable[[], QWidget],
        load: Callable[[QWidget], None] | None = None,
    ) -> None:
        """A tab titled `title` whose page `build()` makes on first need; `load(page)` brings it up to date."""
        placeholder = QWidget()
        placeholder.setObjectName(f"{name}Placeholder")
        self._builders[name] = (build, load)
        self._placeholders[name] = placeholder
        self.tabs.addTab(placeholder, title)

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built, otherwise None (nothing is built)."""
        return self._pages.get(name)

    def get(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
        return page

    def refresh(self, name: str) -> None:
        """Bring a built page up to date (now if shown, else when next shown); an unbuilt one loads when built."""
        page = self._pages.get(name)
        if page is not None and self._builders[name][1] is not None:
            self.loader.refresh(page)

    def _build(self, name: str) -> QWidget:
        build, load = self._builders[name]
        page = build()
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex() == index
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)  # the page changes places, not the person's choice of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            if current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(False)
        # Given back to Python and dropped with its last reference (a deleteLater() behind the binding's
        # back left it a stale wrapper that later took another object with it).
        placeholder.setParent(None)
        del placeholder
        if load is not None:
            self.loader.add(page, lambda: load(page))
        return page

    def _current_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is page:
                self._build(name)
                return
