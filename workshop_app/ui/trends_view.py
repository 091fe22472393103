"""The Trends tab: each rated item's mean across PAR cycles as a chart, overall or by group."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.research import ItemTrend
from ..services.trends import TrendService
from . import appearance
from .research_models import TrendTableModel

# Colour-blind-safe (Okabe–Ito) line colours
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


class TrendsWidget(QWidget):
    def __init__(self, trends: TrendService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trends_service = trends
        self.programme_id: str | None = None
        self.trends: list[ItemTrend] = []

        self.item_combo = QComboBox()
        self.item_combo.setToolTip(self.tr("The rating item whose trend is shown"))
        self.item_combo.setAccessibleName(self.tr("Rated item"))
        self.item_combo.setMinimumContentsLength(30)
        self.by_combo = QComboBox()
        self.by_combo.setToolTip(self.tr("Show everyone together, or one line per organisation or sector"))
        self.by_combo.setAccessibleName(self.tr("Show"))
        for label, key in (
            (self.tr("All participants"), "overall"),
            (self.tr("By organisation"), "organisation"),
            (self.tr("By sector"), "sector"),
        ):
            self.by_combo.addItem(label, key)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(6, 6, 6, 6))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setToolTip(self.tr("The mean rating of the chosen item in each cycle"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Trend chart"))
        self.chart_view.setMinimumHeight(260)
        self.table_model = TrendTableModel(self)
        self.table_view = appearance.table_view()
        self.table_view.setToolTip(self.tr("The chart's figures: mean rating and number of raters per cycle"))
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(self.tr("Trend figures"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        self.note = QLabel(" ")
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Item:")))
        top.itemAt(0).widget().setBuddy(self.item_combo)
        top.addWidget(self.item_combo, 1)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.by_combo)
        top.addWidget(show)
        top.addWidget(self.by_combo)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.table_view)
        split.setSizes([380, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

        self.by_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.item_combo.currentIndexChanged.connect(lambda _i: self._show())

    def set_programme(self, programme_id: str | None) -> None:
        if programme_id != self.programme_id:
            self.programme_id = programme_id
            self.reload()

    def show_programme(self, programme_id: str | None) -> None:
        """Bring the tab up to date for this programme: switch to it, or reload it if it is already shown."""
        if programme_id == self.programme_id:
            self.reload()
        else:
            self.set_programme(programme_id)

    def concerns(self, changes: r.Changes, _initiator: object) -> bool:
        """Whether a change alters what this tab shows."""
        return bool(changes.ratings or changes.participants or changes.sessions)

    def on_data_changed(self, changes: r.Changes, initiator: object) -> None:
        if self.concerns(changes, initiator):
            self.reload()

    def reload(self) -> None:
        by = self.by_combo.currentData()
        self.trends = self.trends_service.item_trends(self.programme_id, by) if self.programme_id else []
        current = self.item_combo.currentData()
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for trend in self.trends:
            self.item_combo.addItem(trend.item_name, trend.item_key)
        index = self.item_combo.findData(current)
        self.item_combo.setCurrentIndex(index if index >= 0 else (0 if self.trends else -1))
        self.item_combo.blockSignals(False)
        self._show()

    def current_trend(self) -> ItemTrend | None:
        key = self.item_combo.currentData()
        return next((t for t in self.trends if t.item_key == key), None)

    def _show(self) -> None:
        trend = self.current_trend()
        self.table_model.set_trend(trend)
        self.table_view.resizeColumnsToContents()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if trend is None or not trend.series or not trend.series[0].points:
            self.chart.setTitle(self.tr("No ratings in numbered cycles yet."))
            self.note.setText(" ")
            return
        self.chart.setTitle(
            self.tr("{item_name}: mean rating per cycle (1 = not at all, 5 = fully)").format(item_name=trend.item_name)
        )
        cycles = [p.cycle_number for p in trend.series[0].points]
        x_axis = QValueAxis()
        x_axis.setTitleText(self.tr("PAR cycle"))
        x_axis.setLabelFormat("%d")
        x_axis.setRange(min(cycles) - 0.25, max(cycles) + 0.25)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(min(cycles))
        x_axis.setTickInterval(1)
        y_axis = QValueAxis()
        y_axis.setRange(1, 5)
        y_axis.setTickCount(5)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Mean rating"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for i, series in enumerate(trend.series):
            line = QLineSeries()
            line.setName(series.label)
            line.setPointsVisible(True)
            pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
            pen.setWidth(3)
            line.setPen(pen)
            for point in series.points:
                if point.mean is not None:
                    line.append(point.cycle_number, point.mean)
            self.chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        hidden_points = sum(1 for s in trend.series for p in s.points if p.mean is None and p.raters)
        notes = []
        if trend.hidden_groups:
            notes.append(f"{trend.hidden_groups} group(s) with fewer than 3 people are not shown on their own.")
        if hidden_points:
            notes.append(f"{hidden_points} point(s) where fewer than 3 people rated are left out.")
        self.note.setText(" ".join(notes) or " ")
