"""A target against its milestones, on screen: the very chart the yearly report's PDF prints.

The drawing is made by the PDF's own code (``export/report_chart.py``: bars for
the figure of each year up to the report year, the report year darker,
diamonds for the schedule points, 0–100 %), written as SVG and painted with
QtSvg on a white sheet, as on paper — so screen and PDF show the same data
the same way, and no QtCharts (deprecated, a 160 MB add-on) is needed. Each
year's figure is written under its bar and every number is repeated in the
table beside the chart and in the chart's accessible description, so the
chart is never the only way to read them.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from ..domain.percentages import format_percent
from ..domain.report_targets import TargetProgress
from ..domain.yearly_report import FIGURES_BY_KEY

CHART_HEIGHT = 250
DRAWING_WIDTH = 400  # points; the drawing is scaled to the widget, keeping its proportions
SHEET = Qt.GlobalColor.white  # the PDF's paper: the drawing's colours were chosen for it


def target_chart_svg(progress: TargetProgress, language: str) -> str:
    """The PDF's chart of ``progress`` as SVG text."""
    from reportlab.graphics import renderSVG  # reportlab loads when a report is shown, not at start-up

    from ..export.report_chart import target_chart

    svg = renderSVG.drawToString(target_chart(progress, DRAWING_WIDTH, language))
    # The clip to the drawing's own frame clips nothing; QtSvg would paint its rectangle black.
    return re.sub(r"<clipPath .*?</clipPath>", "", svg, flags=re.S).replace(' style="clip-path: url(#clip)"', "")


class TargetChart(QWidget):
    """One target's chart; ``progress`` is what ``ReportService.compute`` worked out for the report year."""

    def __init__(self, progress: TargetProgress, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self._language = language
        self.setObjectName("targetChart")
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT + 40)
        self.svg = target_chart_svg(progress, language)
        self._renderer = QSvgRenderer(QByteArray(self.svg.encode("utf-8")), self)
        self.setAccessibleName(self.tr("Grafiek: {figure} per jaar tegen de tussendoelen").format(
            figure=self._figure_label()))
        self.setAccessibleDescription(self.summary_text())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self._renderer.defaultSize()
        scale = min(self.width() / size.width(), self.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.fillRect(target, SHEET)
        self._renderer.render(painter, target)
        painter.end()

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
