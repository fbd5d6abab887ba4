"""Step 5: contract monitoring — the timeline of deliverables, dialogue, audits and corrective actions,
the escalation ladder, traceability, signals being followed up, and a chart of it all per contract year.

The page is a small form (the header and the tabs, forms/monitoring_page.ui); each tab has a form of its own
(forms/monitoring_*_tab.ui), built the first time the tab is shown or asked for (issue 15: building every tab
whole took about 100 ms at each first opening), and a small section (``monitoring_*.py``) working on it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

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
from ..forms.monitoring_audits_tab_ui import Ui_MonitoringAuditsTab
from ..forms.monitoring_chart_tab_ui import Ui_MonitoringChartTab
from ..forms.monitoring_escalation_tab_ui import Ui_MonitoringEscalationTab
from ..forms.monitoring_meetings_tab_ui import Ui_MonitoringMeetingsTab
from ..forms.monitoring_page_ui import Ui_MonitoringPage
from ..forms.monitoring_signals_tab_ui import Ui_MonitoringSignalsTab
from ..forms.monitoring_timeline_tab_ui import Ui_MonitoringTimelineTab
from ..forms.monitoring_trace_tab_ui import Ui_MonitoringTraceTab
from ..narrowing import stored_id
from .built_tabs import show_built_tab
from .monitoring_audits import AuditsSection
from .monitoring_chart import ChartData, MonitoringChart, chart_data
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
        self._signals = signals
        self._language = language
        self._dossier_id: int | None = None
        self.form = Ui_MonitoringPage()
        self.form.setupUi(self)
        f = self.form
        self._tab_titles = [f.tabs.tabText(i) for i in range(f.tabs.count())]
        self._build: dict[QWidget, Callable[[], Any]] = {
            f.timelineTab: self._build_timeline, f.meetingsTab: self._build_meetings, f.auditsTab: self._build_audits,
            f.escalationTab: self._build_escalation, f.traceTab: self._build_traceability,
            f.signalsTab: self._build_followups, f.chartTab: self._build_chart,
        }
        self._tab_forms: dict[QWidget, Any] = {}  # the tabs built so far, in the order they were built: their forms
        self._timeline: TimelineSection | None = None
        self._report: ReportEditor | None = None
        self._meetings: MeetingsSection | None = None
        self._audits: AuditsSection | None = None
        self._escalation: EscalationSection | None = None
        self._traceability: TraceabilitySection | None = None
        self._followups: FollowupsSection | None = None
        self._chart: MonitoringChart | None = None
        # the chart's figures for the last load, counted when its tab is built or shown (per item and contract year)
        self._chart_figures: Callable[[], ChartData] | None = None
        self._unfilled: set[QWidget] = set()  # built tabs that show an earlier load: filled when shown
        self._ready(f.tabs.currentWidget())
        f.tabs.currentChanged.connect(lambda _index: self._ready(self.form.tabs.currentWidget()))

    # -- the tabs, built when first shown or asked for ----------------------------------------------------
    def built_tabs(self) -> list[QWidget]:
        """The tabs whose form is built, in the order they were built."""
        return list(self._tab_forms)

    def tab_form(self, tab: QWidget) -> Any:
        """The form of ``tab`` (one of ``self.form``'s tabs): built now if it was not, and filled for the dossier."""
        self._ready(tab)
        return self._tab_forms[tab]

    def _ready(self, tab: QWidget) -> None:
        """``tab`` built, and filled for the loaded dossier if it was just built or shows an earlier load."""
        built_now = self._built(tab)
        if self._dossier_id is not None and (built_now or tab in self._unfilled):
            self._unfilled.discard(tab)
            self._fill(tab, self._dossier_id, None)

    def _built(self, tab: QWidget) -> bool:
        """Build ``tab``'s form and section if it has none yet: True when it was built now."""
        if tab in self._tab_forms:
            return False
        self._tab_forms[tab] = self._build[tab]()
        show_built_tab(tab)
        return True

    def _fill(self, tab: QWidget, dossier_id: int, rows: _StepRows | None) -> None:
        """Show the dossier in a built tab; ``rows`` is what the load read for all tabs (None: each reads its own)."""
        f = self.form
        if tab is f.timelineTab:
            self.timeline.refresh(dossier_id, *((rows.awarded, rows.reports, rows.plans) if rows else ()))
        elif tab is f.meetingsTab:
            self.meetings.refresh(dossier_id, rows.suppliers if rows else None)
        elif tab is f.auditsTab:
            self.audits.refresh(dossier_id, *((rows.suppliers, rows.actions) if rows else ()))
        elif tab is f.escalationTab:
            self.escalation.refresh(dossier_id)
        elif tab is f.traceTab:
            self.traceability.refresh(dossier_id, rows.suppliers if rows else None)
        elif tab is f.signalsTab:
            self.followups.refresh(dossier_id)
        elif tab is f.chartTab and self._chart_figures is not None:
            self._show_chart(self._chart_figures())

    def _build_timeline(self) -> Ui_MonitoringTimelineTab:
        form = Ui_MonitoringTimelineTab()
        form.setupUi(self.form.timelineTab)
        self._timeline = TimelineSection(form, self._monitoring, self._suppliers, self)
        self._report = ReportEditor(form, self._monitoring, self._language, self._after_store, self)
        self._timeline.report_chosen.connect(self._report_chosen)
        return form

    def _build_meetings(self) -> Ui_MonitoringMeetingsTab:
        form = Ui_MonitoringMeetingsTab()
        form.setupUi(self.form.meetingsTab)
        self._meetings = MeetingsSection(form, self._monitoring, self._suppliers, self._language, self._after_store,
                                         self)
        return form

    def _build_audits(self) -> Ui_MonitoringAuditsTab:
        form = Ui_MonitoringAuditsTab()
        form.setupUi(self.form.auditsTab)
        self._audits = AuditsSection(form, self._monitoring, self._suppliers, self._language, self._after_store, self)
        return form

    def _build_escalation(self) -> Ui_MonitoringEscalationTab:
        form = Ui_MonitoringEscalationTab()
        form.setupUi(self.form.escalationTab)
        self._escalation = EscalationSection(form, self._monitoring, self._suppliers, self._language,
                                             self._after_store, self)
        return form

    def _build_traceability(self) -> Ui_MonitoringTraceTab:
        form = Ui_MonitoringTraceTab()
        form.setupUi(self.form.traceTab)
        self._traceability = TraceabilitySection(form, self._monitoring, self._suppliers, self._language,
                                                 self._after_store, self)
        return form

    def _build_followups(self) -> Ui_MonitoringSignalsTab:
        form = Ui_MonitoringSignalsTab()
        form.setupUi(self.form.signalsTab)
        self._followups = FollowupsSection(form, self._signals, self._language, self._after_store, self)
        return form

    def _build_chart(self) -> Ui_MonitoringChartTab:
        form = Ui_MonitoringChartTab()
        form.setupUi(self.form.chartTab)
        self._chart = MonitoringChart(form.chartHolder)
        form.chartLayout.addWidget(self._chart)
        return form

    # The sections, each asked for through its tab: built (and filled) when it was not.
    @property
    def timeline(self) -> TimelineSection:
        self._ready(self.form.timelineTab)
        assert self._timeline is not None
        return self._timeline

    @property
    def report(self) -> ReportEditor:
        self._ready(self.form.timelineTab)
        assert self._report is not None
        return self._report

    @property
    def meetings(self) -> MeetingsSection:
        self._ready(self.form.meetingsTab)
        assert self._meetings is not None
        return self._meetings

    @property
    def audits(self) -> AuditsSection:
        self._ready(self.form.auditsTab)
        assert self._audits is not None
        return self._audits

    @property
    def escalation(self) -> EscalationSection:
        self._ready(self.form.escalationTab)
        assert self._escalation is not None
        return self._escalation

    @property
    def traceability(self) -> TraceabilitySection:
        self._ready(self.form.traceTab)
        assert self._traceability is not None
        return self._traceability

    @property
    def followups(self) -> FollowupsSection:
        self._ready(self.form.signalsTab)
        assert self._followups is not None
        return self._followups

    @property
    def chart(self) -> MonitoringChart:
        self._ready(self.form.chartTab)
        assert self._chart is not None
        return self._chart

    # -- loading ---------------------------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        if self._report is not None:
            self._report.flush()
        self._dossier_id = dossier_id  # the reports were planned when the contract dates or the award were stored
        if self._timeline is not None and self._report is not None:
            self._report.show(None, None, "")
            self._tab_forms[self.form.timelineTab].timelineTree.setCurrentItem(None)
        rows = self._read(dossier_id)  # read once per load and handed to the tabs, not read by each
        f = self.form
        shown = f.tabs.currentWidget()
        self._unfilled = set(self._tab_forms) - {shown, f.chartTab}  # the chart follows every load (below)
        self._built(shown)
        self._fill(shown, dossier_id, rows)
        if shown is not f.traceTab:
            # the step's only stored JSON: a damaged value must close the step when it opens, as it did
            self._monitoring.delivered_products(dossier_id)
        self._show_overview(rows)

    def unfilled_tabs(self) -> list[QWidget]:
        """The built tabs whose list shows an earlier load (or none): filled when shown."""
        return [tab for tab in self._tab_forms if tab in self._unfilled]

    def flush(self) -> None:
        if self._report is not None:
            self._report.flush()

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
        open_followups = self._open_followups(dossier_id)
        self._set_tab_mark(f.signalsTab, f" ({open_followups})" if open_followups else "")
        plans = [rows.plans[stored_id(s.id)] for s in awarded]
        self._chart_figures = partial(chart_data, period, reports, plans, actions, today)
        if self._chart is not None:
            self._show_chart(self._chart_figures())

    def _open_followups(self, dossier_id: int) -> int:
        """The follow-ups still open (their count is in the tab's title): the tab's, when it shows this load."""
        tab = self.form.signalsTab
        if self._followups is not None and tab not in self._unfilled:
            return self._followups.open_count()
        return sum(1 for *_signal, closed_on in self._signals.followups(dossier_id) if closed_on is None)

    def _show_chart(self, data: ChartData) -> None:
        assert self._chart is not None
        self._chart.show_data(data)
        self._tab_forms[self.form.chartTab].chartSummary.setText(self._chart.summary_text())

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
