"""A chart per dossier: deliverables and corrective actions per contract year — on time, late or open.

The counting is plain Python (``chart_data``); the widget draws two stacked bar
charts with QPainter (no QtCharts: deprecated, and a 160 MB add-on) and repeats
the numbers as text below them and in each chart's accessible description, so
the chart is not the only way to read them (screen readers, black and white print).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.monitoring import add_months
from ...domain.monitoring_records import CorrectiveAction, ProgressReport
from ...domain.suppliers import PlanOfAction
from ..palette_colours import ERROR, MUTED, OK, text_colour
from .monitoring_labels import LATE, ON_TIME, OPEN, state_label, state_of

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
    items: list[tuple[date, str, str]] = []  # (when, kind, state)
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


class StackedBarChart(QWidget):
    """One stacked bar chart drawn with QPainter: a bar per year, a segment per state, a legend below.

    Text and axes take the palette's colours, the segments the state colours
    derived from it (``palette_colours``), so the chart reads in a light and a
    dark palette alike.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(320, 260)
        self.title = ""
        self.years: list[str] = []
        self.counts: list[dict[str, int]] = []

    def show_counts(self, title: str, years: list[str], counts: list[dict[str, int]]) -> None:
        self.title, self.years, self.counts = title, years, counts
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 4, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setFont(self.font())
        highest = max(1, max((sum(c.values()) for c in self.counts), default=0))
        step = max(1, -(-highest // MAX_TICKS))  # at most MAX_TICKS steps, whole numbers
        top_value = -(-highest // step) * step
        left = metrics.horizontalAdvance(str(top_value)) + 10
        plot = QRectF(left, 8 + line * 1.5, self.width() - left - 8, self.height() - 8 - line * 5.5)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 5, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        years = self.years or [QCoreApplication.translate("MonitoringChart", "Geen termijnen")]
        slot = plot.width() / len(years)
        colours = state_colours(palette)
        for index, year in enumerate(years):
            centre = plot.left() + slot * (index + 0.5)
            width = min(slot * 0.6, 60.0)
            bottom = plot.bottom()
            for state in STATES:
                count = self.counts[index][state] if index < len(self.counts) else 0
                height = plot.height() * count / top_value
                if count:
                    painter.fillRect(QRectF(centre - width / 2, bottom - height, width, height), colours[state])
                bottom -= height
            painter.setPen(text)
            painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 3, slot, line * 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             year.replace(" (", "\n("))
        self._legend(painter, colours, text, self.height() - line - 4, metrics)
        painter.end()

    def _legend(self, painter: QPainter, colours: dict[str, QColor], text: QColor, y: float,
                metrics: QFontMetrics) -> None:
        box = metrics.ascent()
        labels = [state_label(state) for state in STATES]
        total = sum(box + 4 + metrics.horizontalAdvance(label) + 14 for label in labels) - 14
        x = max(0.0, (self.width() - total) / 2)
        for state, label in zip(STATES, labels, strict=True):
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colours[state])
            x += box + 4
            painter.setPen(text)
            painter.drawText(QPointF(x, y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 14


def state_colours(palette: QPalette) -> dict[str, QColor]:
    """On time, late and open in colours with 4.5:1 against the palette's base (so also 3:1 for the bars)."""
    return {ON_TIME: text_colour(OK, palette), LATE: text_colour(ERROR, palette), OPEN: text_colour(MUTED, palette)}


class MonitoringChart(QWidget):
    """Two stacked bar charts side by side: deliverables, corrective actions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringChart")
        self.deliverables_view = StackedBarChart("deliverablesChart", self)
        self.actions_view = StackedBarChart("actionsChart", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.deliverables_view)
        layout.addWidget(self.actions_view)
        self.show_data(ChartData([]))

    def show_data(self, data: ChartData) -> None:
        self.data = data
        self.deliverables_view.show_counts(
            self.tr("Plan van aanpak en voortgangsrapportages"), data.years, data.deliverables)
        self.actions_view.show_counts(self.tr("Corrigerende maatregelen"), data.years, data.actions)
        self.deliverables_view.setAccessibleName(self.tr("Grafiek: plan van aanpak en voortgangsrapportages per jaar"))
        self.actions_view.setAccessibleName(self.tr("Grafiek: corrigerende maatregelen per jaar"))
        summary = self.summary_text().split("\n")
        self.deliverables_view.setAccessibleDescription(summary[0])
        self.actions_view.setAccessibleDescription(summary[-1])

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
                year=year, on_time=c[ON_TIME], late=c[LATE], open=c[OPEN]) for year, c in zip(data.years, counts, strict=True)]
            lines.append(f"{title} — " + "; ".join(parts) + ".")
        return "\n".join(lines)
