"""A target against its milestones, on screen: the figure per year as bars, the milestones and goal as marks.

The same picture as the PDF's chart (``export/report_chart.py``), drawn with
QtCharts: bars for the figure of each year up to the report year (the report
year darker), diamonds for the schedule points, 0–100 %. Each year's figure
is written under its bar and every number is repeated in the table beside
the chart, so the chart is never the only way to read them.
"""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QScatterSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..domain.report_targets import TargetProgress
from ..domain.yearly_report import FIGURES_BY_KEY, format_percent

REPORT_YEAR_COLOUR = QColor("#1F4E79")
EARLIER_COLOUR = QColor("#9DB7D5")
MARK_COLOUR = QColor("#C55A11")
CHART_HEIGHT = 250


class TargetChart(QChartView):
    """One target's chart; ``progress`` is what ``ReportService.compute`` worked out for the report year."""

    def __init__(self, progress: TargetProgress, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self._language = language
        self.setObjectName("targetChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT + 40)
        self.setChart(self._chart())

    def _chart(self) -> QChart:
        progress, language = self.progress, self._language
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

        earlier = QBarSet(self.tr("eerdere jaren"))
        current = QBarSet(self.tr("verslagjaar {year}").format(year=progress.report_year))
        for bar_set, colour in ((earlier, EARLIER_COLOUR), (current, REPORT_YEAR_COLOUR)):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        categories = []
        for year, share in progress.history:
            value = float(share.percent) if share is not None and share.percent is not None else 0.0
            earlier.append(value if year != progress.report_year else 0.0)
            current.append(value if year == progress.report_year else 0.0)
            shown = share.display(language) if share is not None else ""
            categories.append(f"{year}<br>{shown}" if shown else str(year))
        bars = QStackedBarSeries()
        bars.setBarWidth(0.55 * min(1.0, len(categories) / 4))  # a lone year gets a bar, not a wall
        bars.append(earlier)
        bars.append(current)
        chart.addSeries(bars)

        marks = QScatterSeries()
        marks.setName(self.tr("tussendoel of doel"))
        marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        marks.setMarkerSize(13)
        marks.setColor(MARK_COLOUR)
        marks.setBorderColor(MARK_COLOUR.darker(120))
        position = {year: index for index, (year, _share) in enumerate(progress.history)}
        for milestone in progress.milestones:
            if milestone.year in position:
                marks.append(position[milestone.year], float(milestone.percent))
        chart.addSeries(marks)

        years = QBarCategoryAxis()
        years.append(categories)
        chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        percent = QValueAxis()
        percent.setRange(0, 106)  # room above 100 % for a goal's mark
        percent.setTickType(QValueAxis.TickType.TicksDynamic)
        percent.setTickAnchor(0)
        percent.setTickInterval(25)
        percent.setLabelFormat("%d %%" if language == "nl" else "%d%%")
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, marks):
            series.attachAxis(years)
            series.attachAxis(percent)
        self.setAccessibleName(self.tr("Grafiek: {figure} per jaar tegen de tussendoelen").format(
            figure=self._figure_label()))
        return chart

    def _figure_label(self) -> str:
        definition = FIGURES_BY_KEY.get(self.progress.target.figure)
        return definition.label(self._language) if definition else self.progress.target.figure

    def summary_text(self) -> str:
        """The chart's numbers as a sentence (for screen readers and the tests)."""
        p, language = self.progress, self._language
        parts = [f"{year}: {share.display(language)}" for year, share in p.history if share is not None]
        goals = [f"{m.year}: {format_percent(m.percent, language)}" for m in p.milestones]
        return self.tr("Gerealiseerd — {actual}. Tussendoelen en doel — {goals}.").format(
            actual="; ".join(parts) or "\u2014", goals="; ".join(goals))
