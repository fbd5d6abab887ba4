"""Step 5: contract monitoring — the timeline of deliverables, dialogue, audits and corrective actions,
the escalation ladder, traceability, signals being followed up, and a chart of it all per contract year.

Each tab is a small section (``monitoring_*.py``) working on the same compiled form.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ...domain.monitoring_records import CorrectiveAction, ProgressReport
from ...domain.progress import contract_year_complete
from ...domain.steps import StepId
from ...domain.suppliers import PlanOfAction, Supplier, SupplierRole
from ...services.changes import Change
from ...services.monitoring import MonitoringService
from ...services.signals import SignalService
from ...services.suppliers import SupplierService
from ..due_labels import DONE_MARK, LATE_MARK, day_text
from ..forms.monitoring_page_ui import Ui_MonitoringPage
from ..narrowing import stored_id
from .monitoring_audits import AuditsSection
from .monitoring_chart import MonitoringChart, chart_data
from .monitoring_escalation import EscalationSection
from .monitoring_followups import FollowupsSection
from .monitoring_meetings import MeetingsSection
from .monitoring_report import ReportEditor
from .monitoring_timeline import TimelineSection
from .monitoring_traceability import TraceabilitySection
from .step_page import StepPage


@dataclass(frozen=True)
class _StepRows:
    """What the step's sections and its overview all show, read once per load (never kept between loads)."""
    suppliers: list[Supplier]
    awarded: list[Supplier]
    reports: list[ProgressReport]
    actions: list[CorrectiveAction]
    plans: dict[int, PlanOfAction]

OPEN_MARK = "○"


class MonitoringPage(StepPage):
    step_id = StepId.MONITORING
    help_topic = "monitoring"
    shows = frozenset({Change.DOSSIER, Change.SUPPLIERS, Change.MONITORING, Change.SIGNALS})

    def __init__(self, monitoring: MonitoringService, suppliers: SupplierService, signals: SignalService,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._language = language
        self._dossier_id: int | None = None
        self.form = Ui_MonitoringPage()
        self.form.setupUi(self)
        f = self.form
        self._tab_titles = [f.tabs.tabText(i) for i in range(f.tabs.count())]
        self.timeline = TimelineSection(f, monitoring, suppliers, self)
        self.report = ReportEditor(f, monitoring, language, self._after_store, self)
        self.meetings = MeetingsSection(f, monitoring, suppliers, language, self._after_store, self)
        self.audits = AuditsSection(f, monitoring, suppliers, language, self._after_store, self)
        self.escalation = EscalationSection(f, monitoring, suppliers, language, self._after_store, self)
        self.traceability = TraceabilitySection(f, monitoring, suppliers, language, self._after_store, self)
        self.followups = FollowupsSection(f, signals, language, self._after_store, self)
        self.chart = MonitoringChart(f.chartHolder)
        f.chartLayout.addWidget(self.chart)
        self.timeline.report_chosen.connect(self._report_chosen)
        # the tab's list is filled when the tab is shown (issue 15): a load fills the tab shown, and marks the others
        # to be filled when shown. Always filled: the signals tab (its count is in the tab title) and traceability
        # (the step's only stored JSON: a damaged value must close the step when it opens, as it did)
        self._fill_on_showing: dict[QWidget, Callable[[int], None]] = {
            f.timelineTab: lambda dossier_id: self.timeline.refresh(dossier_id),
            f.meetingsTab: lambda dossier_id: self.meetings.refresh(dossier_id),
            f.auditsTab: lambda dossier_id: self.audits.refresh(dossier_id),
            f.escalationTab: lambda dossier_id: self.escalation.refresh(dossier_id),
        }
        self._unfilled: set[QWidget] = set()  # tabs that show an earlier load: filled when shown
        f.tabs.currentChanged.connect(self._tab_shown)

    # -- loading ---------------------------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        self.report.flush()
        self._dossier_id = dossier_id  # the reports were planned when the contract dates or the award were stored
        self.report.show(None, None, "")
        self.form.timelineTree.setCurrentItem(None)
        rows = self._read(dossier_id)  # read once per load and handed to the sections, not read by each
        f = self.form
        self._unfilled = set(self._fill_on_showing) - {f.tabs.currentWidget()}
        shown = f.tabs.currentWidget()
        if shown is f.timelineTab:
            self.timeline.refresh(dossier_id, rows.awarded, rows.reports, rows.plans)
        elif shown is f.meetingsTab:
            self.meetings.refresh(dossier_id, rows.suppliers)
        elif shown is f.auditsTab:
            self.audits.refresh(dossier_id, rows.suppliers, rows.actions)
        elif shown in self._fill_on_showing:
            self._fill_on_showing[shown](dossier_id)
        self.traceability.refresh(dossier_id, rows.suppliers)
        self.followups.refresh(dossier_id)
        self._show_overview(rows)

    def unfilled_tabs(self) -> list[QWidget]:
        """The tabs whose list shows an earlier load (or none): filled when shown."""
        return [tab for tab in self._fill_on_showing if tab in self._unfilled]

    def _tab_shown(self, _index: int) -> None:
        tab = self.form.tabs.currentWidget()
        if tab in self._unfilled and self._dossier_id is not None:
            self._unfilled.discard(tab)
            self._fill_on_showing[tab](self._dossier_id)

    def flush(self) -> None:
        self.report.flush()

    @property
    def dossier_id(self) -> int | None:
        return self._dossier_id

    def _report_chosen(self, report: ProgressReport | None) -> None:
        name = self.timeline.supplier_name(report.supplier_id) if report else ""
        self.report.show(self._dossier_id, report, name)

    def _after_store(self, changes_timeline: bool) -> None:
        """A section stored something: what depends on it follows, then the dossier view is told."""
        if self._dossier_id is None:
            return
        rows = self._read(self._dossier_id)
        if changes_timeline:
            if self.form.tabs.currentWidget() is self.form.timelineTab:
                self.timeline.refresh(self._dossier_id, rows.awarded, rows.reports, rows.plans)
            else:
                self._unfilled.add(self.form.timelineTab)  # filled when shown
        self._show_overview(rows)
        self.stored.emit()

    # -- the header, the tab titles and the chart -------------------------------------------------------
    def _read(self, dossier_id: int) -> _StepRows:
        suppliers = self._suppliers.suppliers(dossier_id)
        return _StepRows(suppliers, [s for s in suppliers if s.role is SupplierRole.AWARDED],  # as SupplierService.awarded
                         self._monitoring.progress_reports(dossier_id), self._monitoring.corrective_actions(dossier_id),
                         self._suppliers.plans(dossier_id))

    def _show_overview(self, rows: _StepRows) -> None:
        dossier_id = self._dossier_id
        if dossier_id is None:
            return
        f = self.form
        today = self._monitoring.today()
        period = self._monitoring.contract_period(dossier_id)
        awarded, reports, actions = rows.awarded, rows.reports, rows.actions
        if period is None:
            f.contractLabel.setText(self.tr("Contractperiode nog niet bekend."))
        else:
            f.contractLabel.setText(self.tr("Contract van {start} tot en met {end}.").format(
                start=day_text(period[0]), end=day_text(period[1])))
        f.hintLabel.setText(self._hint(period is not None, bool(awarded), reports, actions))
        late_reports = any(r.is_late(today) and r.received_on is None for r in reports)
        late_actions = any(a.is_overdue(today) for a in actions)
        self._set_tab_mark(f.timelineTab, f"  {LATE_MARK}" if late_reports else "")
        self._set_tab_mark(f.auditsTab, f"  {LATE_MARK}" if late_actions else "")
        open_followups = self.followups.open_count()
        self._set_tab_mark(f.signalsTab, f" ({open_followups})" if open_followups else "")
        plans = [rows.plans[stored_id(s.id)] for s in awarded]
        self.chart.show_data(chart_data(period, reports, plans, actions, today))
        f.chartSummary.setText(self.chart.summary_text())

    def _hint(self, has_period: bool, has_awarded: bool, reports: list[ProgressReport],
              actions: list[CorrectiveAction]) -> str:
        if not has_period:
            return self.tr("Vul in stap 1 de startdatum en de looptijd van het contract in; dan plant het programma "
                           "een voortgangsrapportage op elke verjaardag van het contract.")
        if not has_awarded:
            return self.tr("Nog geen opdrachtnemer: wijs in stap 4 de winnende inschrijver aan. Dan verschijnen "
                           "het plan van aanpak en de voortgangsrapportages hier.")
        today = self._monitoring.today()
        begun = sorted({r.contract_year for r in reports if r.due_on <= today})
        if not begun:
            first = min((r.due_on for r in reports), default=None)
            return self.tr("De eerste voortgangsrapportage is uiterlijk {day} nodig.").format(day=day_text(first))
        parts = []
        for year in begun:
            if contract_year_complete(reports, actions, year, today):  # what was read above, not a query per year
                parts.append(self.tr("jaar {year} {mark} compleet").format(year=year, mark=DONE_MARK))
            else:
                parts.append(self.tr("jaar {year} {mark} nog niet compleet").format(year=year, mark=OPEN_MARK))
        return self.tr("Contractjaren: {years}. Een jaar is compleet als de rapportage is beoordeeld en geen "
                       "corrigerende maatregel te laat is.").format(years="; ".join(parts))

    def _set_tab_mark(self, tab: QWidget, mark: str) -> None:
        index = self.form.tabs.indexOf(tab)
        self.form.tabs.setTabText(index, self._tab_titles[index] + mark)
