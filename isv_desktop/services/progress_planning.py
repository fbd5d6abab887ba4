"""Planning the yearly progress reports when what decides them changes, never when a dossier is read.

A report falls due per the dossier's deadlines (step 3): some weeks (default 6)
after the end of each contract year, as the annex promises, for every awarded
supplier. So the plan follows the contract's start and duration (step 1), the
deadlines (step 3) and the award (step 4): the use cases that change those call
``plan`` inside their own transaction, and the due list holds the reports from
then on — the home screen shows them without the dossier ever being opened.
"""
from __future__ import annotations

from dataclasses import replace

from ..domain.due import DueKind
from ..domain.monitoring import progress_report_due_dates
from ..domain.monitoring_records import ProgressReport
from ..domain.suppliers import Supplier, SupplierRole
from ..storage.criteria_repository import CriteriaRepository
from ..storage.database import Database
from ..storage.dossier_repository import DossierRepository
from ..storage.due_repository import DueRepository
from ..storage.monitoring_repository import MonitoringRepository
from ..storage.row_ids import stored_id
from ..storage.supplier_repository import SupplierRepository
from .changes import Change
from .use_case import use_case

DUE_PROGRESS_REPORT = DueKind.PROGRESS_REPORT


class ProgressReportPlanner:
    changes = frozenset({Change.MONITORING, Change.DUE})  # what its use cases store (services.changes)

    def __init__(
        self,
        database: Database,
        dossiers: DossierRepository,
        suppliers: SupplierRepository,
        reports: MonitoringRepository,
        due: DueRepository,
        criteria: CriteriaRepository,
    ) -> None:
        self._database = database
        self._dossiers = dossiers
        self._suppliers = suppliers
        self._reports = reports
        self._due = due
        self._criteria = criteria

    @use_case
    def plan(self, dossier_id: int) -> list[ProgressReport]:
        """Give every awarded supplier a report for every contract year; returns the dossier's reports.

        Only what differs is written: a report that is missing, or one not assessed yet whose date moved
        (with its due item). Reports already stored stay, also when the contract got shorter.
        """
        dossier = self._dossiers.get(dossier_id)
        if dossier.contract_start is not None and dossier.duration_months:
            wanted = progress_report_due_dates(dossier.contract_start, dossier.duration_months,
                                               self._criteria.settings(dossier_id).deadlines)
            for supplier in self._suppliers.suppliers(dossier_id):
                if supplier.role is SupplierRole.AWARDED:
                    self._plan_supplier(supplier, wanted)
        return self._reports.progress_reports(dossier_id)

    def _plan_supplier(self, supplier: Supplier, wanted: list) -> None:
        existing = {r.contract_year: r for r in self._reports.progress_reports(supplier.dossier_id, supplier.id)}
        for year, due_on in wanted:
            report = existing.get(year)
            if report is None:
                report = ProgressReport(supplier.dossier_id, stored_id(supplier.id), year, due_on)
            elif report.due_on == due_on or report.is_assessed:
                continue
            else:
                report = replace(report, due_on=due_on)
            self.sync_due(self._reports.save_progress_report(report))

    def sync_due(self, report: ProgressReport) -> None:
        """The report's due item: open until the report is assessed."""
        done = report.assessed_on if report.is_assessed else None
        self._due.set(report.dossier_id, DUE_PROGRESS_REPORT, stored_id(report.id), report.due_on, done)


__all__ = ["ProgressReportPlanner", "DUE_PROGRESS_REPORT", "progress_report_due_dates"]
