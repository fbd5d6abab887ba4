"""A chart per dossier: deliverables and corrective actions per contract year — on time, late or open.

The counting is plain Python (``chart_data``); the widget draws two stacked bar
charts with QtCharts and repeats the numbers as text below them, so the chart
is not the only way to read them (screen readers, black and white print).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.monitoring import add_months
from ...domain.monitoring_records import CorrectiveAction, ProgressReport
from ...domain.suppliers import PlanOfAction
from .monitoring_labels import LATE, ON_TIME, OPEN, STATE_COLOURS, state_label, state_of

STATES = (ON_TIME, LATE, OPEN)
MAX_TICKS = 10


@dataclass
class ChartData:
    years: list[str]
    deliverables: list[dict[str, int]] = field(default_factory=list)  # per year: state → count
    actions: list[dict[str, int]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(sum(c.values()) for c in self.deliverables + self.actions)


def contract_year_of(start: date, day: date) -> int:
    """1 for the first twelve months from ``start`` (and before it), 2 for the next twelve, …"""
    year = 1
    while add_months(start, 12 * year) <= day:
        year += 1
    return year


def chart_data(period: tuple[date, date] | None, reports: list[ProgressReport], plans: list[PlanOfAction],
               actions: list[CorrectiveAction], today: date) -> ChartData:
    """Count every deliverable (plans, reports) and corrective action per contract year and state."""
    items: list[tuple[int | date, str, str]] = []  # (when, kind, state)
    for plan in plans:
        if plan.due_on is not None:
            items.append((plan.due_on, "deliverable", state_of(plan.due_on, plan.received_on, today)))
    for action in actions:
        items.append((action.due_on, "action", state_of(action.due_on, action.closed_on, today)))
    if period is not None:
        start, end = period
        count = contract_year_of(start, end)
        keyed = [(min(contract_year_of(start, when), count), kind, state) for when, kind, state in items]
        keyed += [(min(max(r.contract_year, 1), count), "deliverable", state_of(r.due_on, r.received_on, today))
                  for r in reports]
        keys = list(range(1, count + 1))
        years = [QCoreApplication.translate("MonitoringChart", "Jaar {number} ({year})").format(
            number=n, year=add_months(start, 12 * (n - 1)).year) for n in keys]
    else:
        keyed = [(when.year, kind, state) for when, kind, state in items]
        keyed += [(r.due_on.year, "deliverable", state_of(r.due_on, r.received_on, today)) for r in reports]
        keys = sorted({key for key, _kind, _state in keyed})
        years = [str(key) for key in keys]
    data = ChartData(years, [dict.fromkeys(STATES, 0) for _ in keys], [dict.fromkeys(STATES, 0) for _ in keys])
    position = {key: i for i, key in enumerate(keys)}
    for key, kind, state in keyed:
        counts = data.deliverables if kind == "deliverable" else data.actions
        counts[position[key]][state] += 1
    return data


class MonitoringChart(QWidget):
    """Two stacked bar charts side by side: deliverables, corrective actions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringChart")
        self.deliverables_view = self._view("deliverablesChart")
        self.actions_view = self._view("actionsChart")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.deliverables_view)
        layout.addWidget(self.actions_view)
        self.show_data(ChartData([]))

    def _view(self, name: str) -> QChartView:
        view = QChartView(self)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(320, 260)
        return view

    def show_data(self, data: ChartData) -> None:
        self.data = data
        self._replace(self.deliverables_view, self._chart(
            self.tr("Plan van aanpak en voortgangsrapportages"), data.years, data.deliverables))
        self._replace(self.actions_view, self._chart(self.tr("Corrigerende maatregelen"), data.years, data.actions))
        self.deliverables_view.setAccessibleName(self.tr("Grafiek: plan van aanpak en voortgangsrapportages per jaar"))
        self.actions_view.setAccessibleName(self.tr("Grafiek: corrigerende maatregelen per jaar"))

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        """Show ``chart``; the view does not delete the chart it showed before, so that is done here."""
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _chart(self, title: str, years: list[str], counts: list[dict[str, int]]) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QStackedBarSeries()
        for state in STATES:
            bar_set = QBarSet(state_label(state))
            bar_set.setColor(STATE_COLOURS[state])
            bar_set.setBorderColor(STATE_COLOURS[state].darker(130))
            bar_set.append([float(c[state]) for c in counts])
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([year.replace(" (", "<br>(") for year in years] or [self.tr("Geen termijnen")])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        highest = max((sum(c.values()) for c in counts), default=0)
        values = QValueAxis()
        values.setRange(0, max(highest, 1))
        values.setTickCount(min(max(highest, 1), MAX_TICKS) + 1)
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        return chart

    def summary_text(self) -> str:
        """The numbers of the chart as sentences."""
        data = self.data
        if data.empty:
            return self.tr("Nog geen termijnen: de grafiek vult zich zodra er een opdrachtnemer is met een "
                           "contractperiode, of corrigerende maatregelen.")
        lines = []
        for title, counts in ((self.tr("Plan van aanpak en voortgangsrapportages"), data.deliverables),
                              (self.tr("Corrigerende maatregelen"), data.actions)):
            parts = [self.tr("{year}: {on_time} op tijd, {late} te laat, {open} open").format(
                year=year, on_time=c[ON_TIME], late=c[LATE], open=c[OPEN]) for year, c in zip(data.years, counts)]
            lines.append(f"{title} — " + "; ".join(parts) + ".")
        return "\n".join(lines)
