"""In-app help: cards for every practice, PAR stage and lens with its source, and the shortcut sheet."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.content import ContentLibrary, Source
from . import appearance
from .models import Column, ListTableModel


@dataclass(frozen=True)
class HelpCard:
    kind: str  # "Practice", "PAR stage", "Lens", "PAR model"
    title: str
    html: str
    source: str  # the full citation


def _list(title: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    return f"<p><b>{title}</b></p><ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def _source_html(source: Source | None, note: str) -> str:
    text = html.escape(source.citation()) if source else QCoreApplication.translate("help", "No source recorded.")
    if note:
        text += f"<br><i>{html.escape(note)}</i>"
    label = QCoreApplication.translate("help", "Source.")
    return f"<p><b>{label}</b> {text}</p>"


def help_cards(library: ContentLibrary) -> list[HelpCard]:
    """Every practice, PAR model and stage, and lens the content ships, each with its source."""
    cards: list[HelpCard] = []
    for lens in library.lenses():
        source = library.sources.get(lens.source_key)
        body = f"<h2>{html.escape(lens.name)}</h2><p>{html.escape(lens.summary)}</p>"
        body += _list(QCoreApplication.translate("help", "Made up of"), lens.items) + _source_html(
            source, lens.source_note
        )
        cards.append(
            HelpCard(QCoreApplication.translate("help", "Lens"), lens.name, body, source.citation() if source else "")
        )
    for p in library.practices:
        source = library.sources.get(p.source_key)
        body = f"<h2>{p.number}. {html.escape(p.name)}</h2><p><b>{html.escape(p.summary)}</b></p>"
        body += f"<p>{html.escape(p.description)}</p>"
        body += _list(QCoreApplication.translate("help", "Facilitator moves"), p.facilitator_moves) + _list(
            QCoreApplication.translate("help", "Prompts"), p.prompts
        )
        body += _source_html(source, p.source_note)
        cards.append(
            HelpCard(
                QCoreApplication.translate("help", "Practice"),
                f"{p.number}. {p.name}",
                body,
                source.citation() if source else "",
            )
        )
    for model in library.par_models_in_order():
        source = library.sources.get(model.source_key)
        stages = tuple(s.name for s in model.stages)
        body = f"<h2>{html.escape(model.name)}</h2><p>{html.escape(model.description)}</p>"
        body += _list(QCoreApplication.translate("help", "Stages"), stages) + _source_html(source, model.source_note)
        cards.append(
            HelpCard(
                QCoreApplication.translate("help", "PAR model"), model.name, body, source.citation() if source else ""
            )
        )
        for stage in model.stages:
            body = f"<h2>{html.escape(stage.name)}</h2><p><i>{html.escape(model.name)}</i></p>"
            body += f"<p>{html.escape(stage.purpose)}</p>"
            body += _list(QCoreApplication.translate("help", "Prompts"), stage.prompts) + _list(
                QCoreApplication.translate("help", "What the group keeps"), stage.records
            )
            body += _source_html(source, model.source_note)
            cards.append(
                HelpCard(
                    QCoreApplication.translate("help", "PAR stage"),
                    stage.name,
                    body,
                    source.citation() if source else "",
                )
            )
    return cards


def card_columns() -> list[Column[HelpCard]]:
    return [
        Column(QCoreApplication.translate("help", "Kind"), lambda c: c.kind),
        Column(QCoreApplication.translate("help", "Title"), lambda c: c.title, tooltip=lambda c: c.title),
    ]


class HelpDialog(QDialog):
    """Help → Practices and models: a filterable list of cards and the chosen card."""

    def __init__(self, library: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practices and models"))
        self.model: ListTableModel[HelpCard] = ListTableModel(card_columns(), self)
        self.model.set_items(help_cards(library))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter, e.g. trust or reflect"))
        self.filter_edit.setAccessibleName(self.tr("Filter the cards"))
        self.filter_edit.setToolTip(self.tr("Show only the cards whose kind or title contains these letters"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list_view = appearance.table_view()
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Help cards"))
        self.list_view.setToolTip(self.tr("Choose a card to read it"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.card_view = QTextBrowser()
        self.card_view.setAccessibleName(self.tr("Card"))
        self.card_view.setToolTip(self.tr("The chosen card, with its source"))
        self.card_view.setOpenLinks(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.card_view)
        splitter.setSizes([420, 540])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close the help (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.list_view.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current))
        self.resize(appearance.scaled(960), appearance.scaled(640))
        self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
            self._show(self.proxy.index(0, 0))
        else:
            self.card_view.setHtml(self.tr("<p>No card matches the filter.</p>"))

    def _show(self, index: object) -> None:
        source_index = self.proxy.mapToSource(index)  # type: ignore[arg-type]
        card = self.model.item(source_index.row())
        if card is not None:
            self.card_view.setHtml(card.html)

    def cards(self) -> list[HelpCard]:
        return [
            self.model.item(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in range(self.proxy.rowCount())
        ]  # type: ignore[misc]


@dataclass(frozen=True)
class ShortcutLine:
    keys: str
    command: str
    menu: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def shortcut_lines(window: QWidget) -> list[ShortcutLine]:
    """Every action of the window that has a shortcut, read from the actions themselves."""
    menus: dict[int, str] = {}
    bar = getattr(window, "menuBar", None)
    if bar is not None:
        for top in bar().actions():
            if top.menu() is not None:
                for act in top.menu().actions():
                    menus.setdefault(id(act), _plain(top.text()))
    lines: list[ShortcutLine] = []
    seen: set[int] = set()
    for act in window.findChildren(QAction):
        if id(act) in seen or not act.shortcuts():
            continue
        seen.add(id(act))
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
        lines.append(ShortcutLine(keys, _plain(act.text()), menus.get(id(act), "")))
    order = [_plain(top.text()) for top in bar().actions()] if bar is not None else []
    return sorted(lines, key=lambda line: (order.index(line.menu) if line.menu in order else len(order), line.command))


def shortcut_columns() -> list[Column[ShortcutLine]]:
    return [
        Column(QCoreApplication.translate("help", "Keys"), lambda s: s.keys),
        Column(QCoreApplication.translate("help", "Command"), lambda s: s.command),
        Column(QCoreApplication.translate("help", "Menu"), lambda s: s.menu),
    ]


class ShortcutSheet(QDialog):
    """Help → Keyboard shortcuts (F1): generated from the window's actions, so it is never out of date."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model: ListTableModel[ShortcutLine] = ListTableModel(shortcut_columns(), self)
        self.model.set_items(shortcut_lines(window))
        self.view = appearance.table_view()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setToolTip(self.tr("Every command with a keyboard shortcut"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QTextBrowser()
        note.setMaximumHeight(note.fontMetrics().lineSpacing() * 4 + 12)
        note.setAccessibleName(self.tr("Moving around without a mouse"))
        note.setToolTip(self.tr("Moving around without a mouse"))
        note.setHtml(
            self.tr(
                "<p>Tab and Shift+Tab move between controls; Alt with an underlined letter jumps to a field or "
                "menu; Space ticks a box or presses a button; Esc closes a dialog.</p>"
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close the sheet (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.view)
        layout.addLayout(row, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(appearance.scaled(620), appearance.scaled(460))

    def lines(self) -> list[ShortcutLine]:
        return self.model.items()
