"""Search across a programme's reflections and actions (Ctrl+F); double-click opens the entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import WorkshopError
from ..domain.research import SearchHit
from ..services.search import SearchService
from . import appearance
from .research_models import HtmlDelegate, SearchHitTableModel

SEARCH_DELAY_MS = 200


class SearchDialog(QDialog):
    """Type words; matching entries appear best first with the words highlighted."""

    open_hit = Signal(object)  # SearchHit

    def __init__(self, search: SearchService, programme_id: Callable[[], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.search_service = search
        self.programme_id = programme_id
        self.setWindowTitle(self.tr("Search entries"))
        self.resize(980, 520)
        self.query_edit = QLineEdit()
        self.query_edit.setToolTip(self.tr("Type words; results appear as you type"))
        self.query_edit.setAccessibleName(self.tr("Search words"))
        self.query_edit.setPlaceholderText(
            self.tr("Words to find in reflections and actions (the start of a word is enough)")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.model = SearchHitTableModel(self)
        self.view = appearance.table_view()
        self.view.setToolTip(self.tr("Reflections and actions containing the words; Enter opens the chosen one"))
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setItemDelegateForColumn(0, HtmlDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 220), (3, 220)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, width)
        self.status = QLabel(" ")
        self.status.setObjectName("searchStatus")
        self.open_button = QPushButton(self.tr("&Open entry"))
        self.open_button.setToolTip(self.tr("Go to the chosen entry in the main window"))
        self.open_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close the search window"))
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.query_edit.returnPressed.connect(self._enter)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.open_button.setEnabled(cur.isValid())
        )
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex().row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.view, activated=lambda: self._open(self.view.currentIndex().row())
        )

    def run_search(self) -> None:
        self._timer.stop()
        query = self.query_edit.text()
        try:
            found = self.search_service.find(query, self.programme_id())
        except WorkshopError as exc:
            self.status.setText(exc.message)
            return
        hits = list(found.hits)
        self.model.set_items(hits)
        self.view.resizeRowsToContents()
        if not query.strip():
            self.status.setText(" ")
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            more = self.tr(" (the best 50)") if len(hits) >= 50 else ""
            if found.newest_over:
                more = self.tr(" (the newest 50 of more than {count} matches: add a word to narrow them)").format(
                    count=f"{found.newest_over:,}"
                )
            self.status.setText(
                self.tr("{value} found{more}. Double-click or press Enter to open one.").format(
                    value=len(hits), more=more
                )
            )
        if hits:
            self.view.selectRow(0)

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run_search()
        else:
            self._open(self.view.currentIndex().row())

    def _open(self, row: int) -> None:
        hit: SearchHit | None = self.model.item(row)
        if hit is not None:
            self.open_hit.emit(hit)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.query_edit.setFocus()
        self.query_edit.selectAll()
