"""The contract timeline: per awarded supplier the plan of action and a progress report for every contract year."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ...domain.monitoring_records import ProgressReport
from ...domain.suppliers import PlanOfAction, Supplier
from ...services.monitoring import MonitoringService
from ...services.suppliers import SupplierService
from ..due_labels import DONE_MARK, LATE_MARK, day_text
from ..forms.monitoring_timeline_tab_ui import Ui_MonitoringTimelineTab
from ..narrowing import stored_id
from ..palette_colours import ERROR, text_colour
from .monitoring_labels import LATE, ON_TIME, state_of, verdict_label

ROW_ROLE = Qt.ItemDataRole.UserRole
REPORT, PLAN, SUPPLIER = "report", "plan", "supplier"
STATUS_COLUMN = 4


class TimelineSection(QObject):
    """Fills the tree; tells which progress report the buyer chose (None for any other row)."""

    report_chosen = Signal(object)  # ProgressReport | None

    def __init__(self, form: Ui_MonitoringTimelineTab, monitoring: MonitoringService, suppliers: SupplierService,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._reports: dict[int, ProgressReport] = {}
        self._names: dict[int, str] = {}
        tree = form.timelineTree
        tree.setRootIsDecorated(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.setAccessibleName(self.tr("Tijdlijn van het contract"))
        tree.currentItemChanged.connect(self._current_changed)

    # -- filling -------------------------------------------------------------------
    def refresh(self, dossier_id: int, awarded: list[Supplier] | None = None, reports: list[ProgressReport] | None = None,
                plans: dict[int, PlanOfAction] | None = None) -> None:
        """Show the timeline; the page passes what it read once for the whole step (each read here otherwise)."""
        tree = self._form.timelineTree
        chosen = tree.currentItem().data(0, ROW_ROLE) if tree.currentItem() else None
        today = self._monitoring.today()
        awarded = self._suppliers.awarded(dossier_id) if awarded is None else awarded
        reports = self._monitoring.progress_reports(dossier_id) if reports is None else reports
        self._reports = {stored_id(r.id): r for r in reports}
        self._names = {stored_id(s.id): s.name for s in awarded}
        if plans is None:
            plans = self._suppliers.plans(dossier_id) if awarded else {}  # one query, not one per supplier
        tree.blockSignals(True)
        tree.clear()
        for supplier in awarded:
            top = self._supplier_item(supplier)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            self._add_plan(top, supplier, plans[stored_id(supplier.id)], today)
            for report in sorted((r for r in reports if r.supplier_id == supplier.id), key=lambda r: r.contract_year):
                self._add_report(top, report, today)
            top.setExpanded(True)
        tree.blockSignals(False)
        if chosen is None or not self._select(chosen):
            self.report_chosen.emit(self.current_report())

    def _supplier_item(self, supplier: Supplier) -> QTreeWidgetItem:
        if supplier.award_date:
            text = self.tr("{name} — opdrachtnemer, gegund op {day}").format(
                name=supplier.name, day=day_text(supplier.award_date))
        else:
            text = self.tr("{name} — opdrachtnemer").format(name=supplier.name)
        item = QTreeWidgetItem([text])
        item.setData(0, ROW_ROLE, (SUPPLIER, supplier.id))
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _add_plan(self, parent: QTreeWidgetItem, supplier: Supplier, plan: PlanOfAction, today: date) -> None:
        if plan.overall_verdict is not None:  # plan.is_assessed
            assessment = f"{verdict_label(plan.overall_verdict)} ({day_text(plan.assessed_on)})"
        elif plan.received_on:
            assessment = self.tr("nog te beoordelen (stap 4)")
        else:
            assessment = ""
        status = self._status(plan.due_on, plan.received_on, today) if plan.due_on else self.tr("geen termijn")
        item = QTreeWidgetItem([self.tr("Plan van aanpak"), day_text(plan.due_on), day_text(plan.received_on),
                                assessment, status])
        item.setData(0, ROW_ROLE, (PLAN, supplier.id))
        item.setToolTip(0, self.tr("Het plan van aanpak legt u vast en beoordeelt u in stap 4, Leveranciers."))
        self._mark(item, plan.due_on, plan.received_on, today)
        parent.addChild(item)

    def _add_report(self, parent: QTreeWidgetItem, report: ProgressReport, today: date) -> None:
        if report.verdict is not None:  # report.is_assessed
            assessment = f"{verdict_label(report.verdict)} ({day_text(report.assessed_on)})"
        elif report.received_on:
            assessment = self.tr("nog te beoordelen")
        else:
            assessment = ""
        item = QTreeWidgetItem([
            self.tr("Voortgangsrapportage jaar {year}").format(year=report.contract_year),
            day_text(report.due_on), day_text(report.received_on), assessment,
            self._status(report.due_on, report.received_on, today),
        ])
        item.setData(0, ROW_ROLE, (REPORT, report.id))
        self._mark(item, report.due_on, report.received_on, today)
        parent.addChild(item)

    def _status(self, due_on: date, received_on: date | None, today: date) -> str:
        state = state_of(due_on, received_on, today)
        if state == ON_TIME:
            return f"{DONE_MARK} " + self.tr("op tijd ontvangen")
        if state == LATE and received_on is not None:
            return f"{LATE_MARK} " + self.tr("te laat ontvangen ({days} dagen)").format(days=(received_on - due_on).days)
        if state == LATE:
            return f"{LATE_MARK} " + self.tr("te laat: nog niet ontvangen ({days} dagen)").format(
                days=(today - due_on).days)
        if due_on == today:
            return self.tr("open: vandaag uiterlijk")
        return self.tr("open: nog {days} dagen").format(days=(due_on - today).days)

    @staticmethod
    def _mark(item: QTreeWidgetItem, due_on: date | None, received_on: date | None, today: date) -> None:
        if due_on is not None and state_of(due_on, received_on, today) == LATE:
            item.setForeground(STATUS_COLUMN, text_colour(ERROR))
            font = QFont(item.font(STATUS_COLUMN))
            font.setBold(True)
            item.setFont(STATUS_COLUMN, font)

    # -- choosing ------------------------------------------------------------------------
    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self.report_chosen.emit(self.current_report())

    def current_report(self) -> ProgressReport | None:
        item = self._form.timelineTree.currentItem()
        data = item.data(0, ROW_ROLE) if item else None
        if data and data[0] == REPORT:
            return self._reports.get(data[1])
        return None

    def supplier_name(self, supplier_id: int) -> str:
        return self._names.get(supplier_id, "")

    def select_report(self, report_id: int) -> bool:
        return self._select((REPORT, report_id))

    def _select(self, data) -> bool:
        tree = self._form.timelineTree
        for top in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(top)
            candidates = [parent] + [parent.child(i) for i in range(parent.childCount())]
            for item in candidates:
                if item.data(0, ROW_ROLE) == data:
                    tree.setCurrentItem(item)
                    self.report_chosen.emit(self.current_report())
                    return True
        return False

    def rows(self) -> list[list[str]]:
        """What the tree shows, row by row (children under their supplier): for tests and the summary."""
        tree = self._form.timelineTree
        rows = []
        for top in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(top)
            rows.append([parent.text(0)])
            for i in range(parent.childCount()):
                child = parent.child(i)
                rows.append([child.text(c) for c in range(tree.columnCount())])
        return rows
