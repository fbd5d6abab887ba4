"""Step 5 use cases: the contract timeline, progress reports, meetings, audits, escalation, traceability."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Callable

from ..domain.due import DueKind
from ..domain.messages import UserError
from ..domain.monitoring import (
    ActionStatus,
    AuditKind,
    EscalationProposal,
    EscalationRecord,
    EscalationStep,
    check_escalation,
    contract_end,
    escalation_responses,
    next_escalation,
)
from ..domain.monitoring_records import (
    Audit,
    ComponentOrigin,
    CorrectiveAction,
    DeliveredProduct,
    Meeting,
    ProgressReport,
)
from ..domain.progress import contract_year_complete
from ..domain.risk_scan_record import validate_attachment, validate_text
from ..domain.suppliers import DueDiligencePoint, PlanVerdict, PointAssessment
from ..storage.database import Database
from ..storage.due_repository import DueRepository
from ..storage.monitoring_repository import MonitoringRepository
from ..storage.row_ids import stored_id
from .changes import Change
from .dossiers import DossierService
from .progress_planning import ProgressReportPlanner
from .suppliers import SupplierService
from .use_case import use_case

DUE_PROGRESS_REPORT = DueKind.PROGRESS_REPORT
DUE_CORRECTIVE_ACTION = DueKind.CORRECTIVE_ACTION
DUE_ESCALATION_RESPONSE = DueKind.ESCALATION_RESPONSE
REPORT_TEXT_FIELDS = ("measures_status", "new_risks", "incidents", "audit_results", "stakeholder_engagement", "next_steps")


class MonitoringService:
    changes = frozenset({Change.MONITORING, Change.DUE})  # what its use cases store (services.changes)

    def __init__(
        self,
        repository: MonitoringRepository,
        due: DueRepository,
        dossiers: DossierService,
        suppliers: SupplierService,
        planner: ProgressReportPlanner,
        database: Database,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._repository = repository
        self._planner = planner
        self._database = database
        self._due = due
        self._dossiers = dossiers
        self._suppliers = suppliers
        self._today = today

    def today(self) -> date:
        return self._today()

    # -- timeline ------------------------------------------------------------------------
    def contract_period(self, dossier_id: int) -> tuple[date, date] | None:
        dossier = self._dossiers.get(dossier_id)
        if dossier.contract_start is None or not dossier.duration_months:
            return None
        return dossier.contract_start, contract_end(dossier.contract_start, dossier.duration_months)

    @use_case
    def plan_progress_reports(self, dossier_id: int) -> list[ProgressReport]:
        """Make sure every awarded supplier has a report due for every contract year; returns them all.

        Editing the contract dates and awarding a supplier do this already; nothing needs to call it on reading.
        """
        return self._planner.plan(dossier_id)

    def progress_reports(self, dossier_id: int) -> list[ProgressReport]:
        return self._repository.progress_reports(dossier_id)

    @use_case
    def record_progress_report(
        self, dossier_id: int, report_id: int, received_on: date, texts: dict[str, str] | None = None,
        attachment_name: str | None = None, attachment: bytes | None = None,
    ) -> ProgressReport:
        report = self._report(dossier_id, report_id)
        validate_attachment(attachment_name, attachment)
        changes: dict[str, Any] = {"received_on": received_on}  # field name -> value, for replace()
        for field, text in (texts or {}).items():
            if field not in REPORT_TEXT_FIELDS:
                raise ValueError(f"unknown progress report field {field!r}")
            changes[field] = validate_text(text)
        if attachment is not None:
            changes.update(attachment_name=attachment_name, attachment=attachment)
        report = self._repository.save_progress_report(replace(report, **changes))
        self._sync_report_due(report)
        return report

    @use_case
    def assess_progress_report(
        self, dossier_id: int, report_id: int, points: dict[DueDiligencePoint, tuple[PlanVerdict, str]],
        verdict: PlanVerdict | None, reason: str = "",
    ) -> ProgressReport:
        report = self._report(dossier_id, report_id)
        report = replace(
            report,
            points=tuple(PointAssessment(DueDiligencePoint(p), PlanVerdict(v), validate_text(r, 5000)) for p, (v, r) in points.items()),
            verdict=PlanVerdict(verdict) if verdict else None,
            verdict_reason=validate_text(reason, 5000),
            assessed_on=self._today() if verdict else None,
        )
        report = self._repository.save_progress_report(report)
        self._sync_report_due(report)
        return report

    def _report(self, dossier_id: int, report_id: int) -> ProgressReport:
        for report in self._repository.progress_reports(dossier_id):
            if report.id == report_id:
                return report
        raise UserError("monitoring.not_found")

    def _sync_report_due(self, report: ProgressReport) -> None:
        self._planner.sync_due(report)

    def contract_year_complete(self, dossier_id: int, contract_year: int) -> bool:
        """Complete when the year's reports are assessed and no corrective action is overdue (the progress model's
        rule for step 5, ``domain.progress``)."""
        return contract_year_complete(self._repository.progress_reports(dossier_id),
                                      self._repository.corrective_actions(dossier_id), contract_year, self._today())

    # -- meetings -----------------------------------------------------------------------------
    def meetings(self, dossier_id: int) -> list[Meeting]:
        return self._repository.meetings(dossier_id)

    @use_case
    def log_meeting(self, dossier_id: int, held_on: date, participants: str, agreements: str,
                    supplier_id: int | None = None) -> int:
        return self._repository.add_meeting(Meeting(
            dossier_id, held_on, validate_text(participants, 2000, required=True), validate_text(agreements), supplier_id
        ))

    # -- audits and corrective actions ------------------------------------------------------------
    def audits(self, dossier_id: int) -> list[Audit]:
        return self._repository.audits(dossier_id)

    @use_case
    def record_audit(self, dossier_id: int, kind: AuditKind, held_on: date, auditor: str, findings: str,
                     supplier_id: int | None = None) -> int:
        return self._repository.add_audit(Audit(
            dossier_id, AuditKind(kind), held_on, validate_text(auditor, 500), validate_text(findings), supplier_id
        ))

    def corrective_actions(self, dossier_id: int) -> list[CorrectiveAction]:
        return self._repository.corrective_actions(dossier_id)

    @use_case
    def add_corrective_action(self, dossier_id: int, audit_id: int, description: str, owner: str, due_on: date) -> int:
        action = CorrectiveAction(audit_id, dossier_id, validate_text(description, 2000, required=True),
                                  validate_text(owner, 500), due_on)
        action_id = self._repository.save_corrective_action(action)
        self._due.set(dossier_id, DUE_CORRECTIVE_ACTION, action_id, due_on)
        return action_id

    @use_case
    def update_corrective_action(self, dossier_id: int, action_id: int, status: ActionStatus, evidence: str = "") -> None:
        action = next((a for a in self._repository.corrective_actions(dossier_id) if a.id == action_id), None)
        if action is None:
            raise UserError("monitoring.not_found")
        status = ActionStatus(status)
        closed = self._today() if status is ActionStatus.DONE else None
        action = replace(action, status=status, evidence=validate_text(evidence, 5000), closed_on=closed)
        self._repository.save_corrective_action(action)
        self._due.set(dossier_id, DUE_CORRECTIVE_ACTION, action_id, action.due_on, closed)

    # -- escalation ---------------------------------------------------------------------------------
    def escalations(self, dossier_id: int) -> list[EscalationRecord]:
        return self._repository.escalations(dossier_id)

    def proposed_escalation(self, dossier_id: int) -> EscalationProposal | None:
        return next_escalation(self.escalations(dossier_id), self._today())

    @use_case
    def escalate(self, dossier_id: int, step: EscalationStep, taken_on: date, reason: str, skip_reason: str = "",
                 supplier_id: int | None = None) -> int:
        record = EscalationRecord(EscalationStep(step), taken_on, validate_text(reason, 5000), validate_text(skip_reason, 5000))
        check_escalation(self.escalations(dossier_id), record)
        escalation_id = self._repository.add_escalation(dossier_id, record, supplier_id)
        # the new step awaits a response; the one before it is answered by taking this one
        for taken, by, answered_on in escalation_responses(self.escalations(dossier_id)):
            self._due.set(dossier_id, DUE_ESCALATION_RESPONSE, stored_id(taken.id), by, answered_on)
        return escalation_id

    # -- traceability -------------------------------------------------------------------------------------
    def delivered_products(self, dossier_id: int) -> list[DeliveredProduct]:
        return self._repository.delivered_products(dossier_id)

    @use_case
    def add_delivered_product(
        self, dossier_id: int, product: str, brand: str = "", model: str = "", site_name: str = "",
        site_address: str = "", site_country: str = "", components: tuple[tuple[str, str], ...] = (),
        open_supply_hub_id: str = "", supplier_id: int | None = None,
    ) -> int:
        return self._repository.add_delivered_product(DeliveredProduct(
            dossier_id, validate_text(product, 500, required=True), validate_text(brand, 500), validate_text(model, 500),
            validate_text(site_name, 500), validate_text(site_address, 2000), site_country.strip().upper()[:2],
            tuple(ComponentOrigin(validate_text(c, 200), k.strip().upper()[:2]) for c, k in components),
            validate_text(open_supply_hub_id, 100), supplier_id,
        ))

    @use_case
    def remove_delivered_product(self, dossier_id: int, product_id: int) -> None:
        self._repository.remove_delivered_product(dossier_id, product_id)
