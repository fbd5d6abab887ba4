"""The report's targets on screen: an overview, then per target its chart and its milestones as a table.

Texts of the figures and statuses are the report's own (``export/report_texts``),
so the screen says exactly what the PDF and the workbook say.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.percentages import format_percent, format_points
from ..domain.report_targets import MilestoneStatus, TargetProgress
from ..domain.yearly_report import FIGURES_BY_KEY, YearlyReport
from ..export.report_texts import label, text
from .palette_colours import ERROR, OK, text_colour
from .report_target_chart import TargetChart

STATUS_ROLES = {MilestoneStatus.MET: OK, MilestoneStatus.BEHIND: ERROR}
DASH = "\u2014"


def figure_label(figure: str, language: str) -> str:
    definition = FIGURES_BY_KEY.get(figure)
    return definition.label(language) if definition else figure


def read_only_table(headers: list[str], rows: list[list[str]], statuses: Sequence[MilestoneStatus | None],
                    name: str, first_column_stretches: bool = False) -> QTableWidget:
    """A table that shows every row without scrolling (it sits in a scroll area); the last column coloured."""
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if first_column_stretches:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    for row, (texts, status) in enumerate(zip(rows, statuses, strict=True)):
        for column, value in enumerate(texts):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column and value and (value[0].isdigit() or value == DASH):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == len(texts) - 1 and status in STATUS_ROLES:
                item.setForeground(text_colour(STATUS_ROLES[status]))
            table.setItem(row, column, item)
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height)
    return table


class ReportTargetsView(QWidget):
    """Everything about the targets of one report; ``show_report`` rebuilds it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTargets")
        self._language = language
        self.charts: list[TargetChart] = []
        self.overview: QTableWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_report(self, report: YearlyReport) -> None:
        while self._layout.count():
            taken = self._layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts = []
        self.overview = None
        language = self._language
        if not report.targets:
            empty = QLabel(text("target.none", language) + " " + self.tr(
                "Doelen stelt u in bij ‘Organisatie en doelen…’; kies daar een aandeel uit de jaarrapportage, "
                "het doel en de tussendoelen per jaar."), self)
            empty.setObjectName("noTargetsLabel")
            empty.setWordWrap(True)
            self._layout.addWidget(empty)
            self._layout.addStretch(1)
            return
        self.overview = self._overview(report)
        self._layout.addWidget(self.overview)
        for progress in report.targets:
            self._layout.addWidget(self._target_group(progress))
        self._layout.addStretch(1)

    def _overview(self, report: YearlyReport) -> QTableWidget:
        language, year = self._language, report.year
        headers = [text("target.figure", language), text("target.goal", language),
                   text("target.expected", language, year=year), text("target.actual", language, year=year),
                   text("target.status", language)]
        rows, statuses = [], []
        for p in report.targets:
            rows.append([
                figure_label(p.target.figure, language),
                f"{format_percent(p.target.goal, language)} ({p.target.year})",
                format_percent(p.expected, language) if p.expected is not None else DASH,
                self._actual_text(p),
                label(p.status, language),
            ])
            statuses.append(p.status)
        table = read_only_table(headers, rows, statuses, "targetsOverview", first_column_stretches=True)
        table.setAccessibleName(self.tr("Overzicht van de doelen"))
        return table

    def _actual_text(self, p: TargetProgress) -> str:
        if p.actual.of == 0:
            return DASH
        return self.tr("{share} ({count} van {of})").format(
            share=p.actual.display(self._language), count=p.actual.count, of=p.actual.of)

    def _target_group(self, p: TargetProgress) -> QGroupBox:
        language = self._language
        group = QGroupBox(text("target.caption", language, figure=figure_label(p.target.figure, language),
                               goal=format_percent(p.target.goal, language), year=p.target.year), self)
        group.setObjectName("targetGroup")
        layout = QHBoxLayout(group)
        chart = TargetChart(p, language, group)
        self.charts.append(chart)
        layout.addWidget(chart, 3)
        side = QVBoxLayout()
        headers = [text("target.year", language), text("target.milestone", language),
                   text("target.achieved", language), text("target.status", language)]
        rows = [[str(m.year), format_percent(m.percent, language),
                 m.actual.display(language) if m.actual is not None else DASH, label(m.status, language)]
                for m in p.milestones]
        milestones = read_only_table(headers, rows, [m.status for m in p.milestones], "milestonesTable")
        milestones.setAccessibleName(self.tr("Tussendoelen: {figure}").format(figure=figure_label(p.target.figure, language)))
        side.addWidget(milestones)
        gap = QLabel(self._gap_text(p), group)
        gap.setObjectName("gapLabel")
        gap.setWordWrap(True)
        side.addWidget(gap)
        side.addStretch(1)
        layout.addLayout(side, 2)
        return group

    def _gap_text(self, p: TargetProgress) -> str:
        gap = p.gap_to_goal
        if gap is None:
            return self.tr("In {year} is er voor dit cijfer nog niets te tellen.").format(year=p.report_year)
        if gap == 0:
            return self.tr("Het doel van {goal} is in {year} bereikt.").format(
                goal=format_percent(p.target.goal, self._language), year=p.report_year)
        points = format_points(gap, self._language)
        return self.tr("Nog {points} procentpunt tot het doel van {goal} in {year}.").format(
            points=points, goal=format_percent(p.target.goal, self._language), year=p.target.year)
