"""Step 4 use cases: suppliers, credentials, the plan of action and its assessment, follow-up actions.

Every dated obligation is also kept in the due list (``DueRepository``), so the
dossier list's next due date and the home screen's due list stay one query.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Callable

from ..domain.due import DueKind
from ..domain.messages import UserError
from ..domain.risk_scan_record import MAX_ATTACHMENT_BYTES, validate_attachment, validate_text
from ..domain.suppliers import (
    Credential,
    CredentialKind,
    DueDiligencePoint,
    FollowUpAction,
    PlanOfAction,
    PlanVerdict,
    PointAssessment,
    Supplier,
    SupplierRole,
    validate_kvk,
    validate_name,
)
from ..storage.database import Database
from ..storage.due_repository import DueRepository
from ..storage.row_ids import stored_id
from ..storage.supplier_repository import SupplierRepository
from .changes import Change
from .criteria import CriteriaService
from .progress_planning import ProgressReportPlanner
from .use_case import use_case

DUE_PLAN = DueKind.PLAN_OF_ACTION
DUE_FOLLOW_UP = DueKind.FOLLOW_UP_ACTION
DUE_CREDENTIAL = DueKind.CREDENTIAL_EXPIRY
DUE_QUESTIONNAIRE = DueKind.QUESTIONNAIRE

__all__ = ["SupplierService", "MAX_ATTACHMENT_BYTES"]


class SupplierService:
    changes = frozenset({Change.SUPPLIERS, Change.DUE})  # what its use cases store (services.changes)

    def __init__(
        self,
        repository: SupplierRepository,
        due: DueRepository,
        criteria: CriteriaService,
        planner: ProgressReportPlanner,
        database: Database,
        today: Callable[[], date] = date.today,
        country_exists: Callable[[str], bool] = lambda code: len(code) == 2 and code.isalpha(),
    ) -> None:
        self._repository = repository
        self._planner = planner
        self._database = database
        self._due = due
        self._criteria = criteria
        self._today = today
        self._country_exists = country_exists

    def _country(self, text: object) -> str:
        """An ISO 3166 alpha-2 code, or '' when not known; anything else is refused."""
        code = str(text or "").strip().upper()
        if code and not self._country_exists(code):
            raise UserError("signal.country", country=str(text)[:40])
        return code

    # -- suppliers ---------------------------------------------------------------
    def suppliers(self, dossier_id: int) -> list[Supplier]:
        return self._repository.suppliers(dossier_id)

    def supplier(self, dossier_id: int, supplier_id: int) -> Supplier:
        return self._repository.supplier(dossier_id, supplier_id)

    @use_case
    def add_supplier(
        self, dossier_id: int, name: str, role: SupplierRole = SupplierRole.BIDDER, kvk_number: str = "",
        foreign_registration: str = "", country: str = "", contact_person: str = "", parent_id: int | None = None,
    ) -> Supplier:
        supplier = Supplier(
            dossier_id, validate_name(name), SupplierRole(role), validate_kvk(kvk_number),
            validate_text(foreign_registration, 200), self._country(country), validate_text(contact_person, 200),
            parent_id=parent_id,
        )
        return self._repository.save_supplier(supplier)

    @use_case
    def update_supplier(self, dossier_id: int, supplier_id: int, **changes: object) -> Supplier:
        current = self._repository.supplier(dossier_id, supplier_id)
        checked: dict[str, Any] = {}  # field name -> checked value, for replace()
        for field, value in changes.items():
            if field == "name":
                checked[field] = validate_name(str(value))
            elif field == "kvk_number":
                checked[field] = validate_kvk(str(value))
            elif field in ("foreign_registration", "contact_person"):
                checked[field] = validate_text(str(value), 200)
            elif field == "country":
                checked[field] = self._country(value)
            elif field == "role":
                checked[field] = SupplierRole(value)
            else:
                raise ValueError(f"unknown supplier field {field!r}")
        supplier = self._repository.save_supplier(replace(current, **checked))
        if supplier.role is not current.role:  # a rename needs nothing: due titles use the current name
            self._planner.plan(dossier_id)
        return supplier

    @use_case
    def mark_awarded(self, dossier_id: int, supplier_id: int, award_date: date) -> Supplier:
        """Award the contract: the plan of action falls due N weeks later (step 3's deadline)."""
        supplier = self._repository.supplier(dossier_id, supplier_id)
        supplier = self._repository.save_supplier(replace(supplier, role=SupplierRole.AWARDED, award_date=award_date))
        deadlines = self._criteria.settings(dossier_id).deadlines
        plan = self._repository.plan(supplier_id)
        due_on = deadlines.plan_of_action_due(award_date)
        self._repository.save_plan(replace(plan, due_on=due_on))
        self._sync_plan_due(dossier_id, supplier, replace(plan, due_on=due_on))
        self._planner.plan(dossier_id)
        return supplier

    @use_case
    def remove_supplier(self, dossier_id: int, supplier_id: int) -> None:
        credential_ids = [stored_id(c.id) for c in self._repository.credentials(supplier_id)]
        action_ids = [stored_id(a.id) for a in self._repository.actions(supplier_id)]
        questionnaire_ids = self._repository.questionnaire_ids(supplier_id)
        self._repository.delete_supplier(dossier_id, supplier_id)
        self._due.drop_subject((DUE_QUESTIONNAIRE,), questionnaire_ids, dossier_id)
        self._due.drop_subject((DUE_PLAN,), [supplier_id], dossier_id)
        self._due.drop_subject((DUE_CREDENTIAL,), credential_ids, dossier_id)
        self._due.drop_subject((DUE_FOLLOW_UP,), action_ids, dossier_id)

    def awarded(self, dossier_id: int) -> list[Supplier]:
        return [s for s in self.suppliers(dossier_id) if s.role is SupplierRole.AWARDED]

    # -- credentials --------------------------------------------------------------
    def credentials(self, supplier_id: int) -> list[Credential]:
        return self._repository.credentials(supplier_id)

    @use_case
    def add_credential(
        self, dossier_id: int, supplier_id: int, kind: CredentialKind, name: str,
        valid_from: date | None = None, valid_until: date | None = None,
    ) -> int:
        self._repository.supplier(dossier_id, supplier_id)  # the supplier is in this dossier
        if valid_from and valid_until and valid_until < valid_from:
            raise UserError("credential.period")
        credential = Credential(supplier_id, CredentialKind(kind), validate_name(name), valid_from, valid_until)
        credential_id = self._repository.add_credential(credential)
        if valid_until is not None:
            self._due.set(dossier_id, DUE_CREDENTIAL, credential_id, valid_until)
        return credential_id

    @use_case
    def remove_credential(self, dossier_id: int, supplier_id: int, credential_id: int) -> None:
        self._repository.remove_credential(supplier_id, credential_id)
        self._due.drop_subject((DUE_CREDENTIAL,), [credential_id], dossier_id)

    def expiring_credentials(self, dossier_id: int, suppliers: list[Supplier] | None = None,
                             credentials: dict[int, list[Credential]] | None = None) -> list[tuple[Supplier, Credential]]:
        """Credentials whose reminder date has come (or that have expired). A caller that has just read the
        dossier's suppliers and credentials_by_supplier passes them, so they are not read again."""
        today = self._today()
        if credentials is None:
            credentials = self._repository.credentials_in_dossier(dossier_id)  # one query, not one per supplier
        return [
            (supplier, credential)
            for supplier in (self.suppliers(dossier_id) if suppliers is None else suppliers)
            for credential in credentials.get(stored_id(supplier.id), ())
            if (reminder := credential.reminder_date()) is not None and reminder <= today
        ]

    def credentials_by_supplier(self, dossier_id: int) -> dict[int, list[Credential]]:
        """Every supplier's credentials, by supplier id, in one query (a supplier without any is left out)."""
        return self._repository.credentials_in_dossier(dossier_id)

    # -- plan of action --------------------------------------------------------------
    def plan(self, supplier_id: int) -> PlanOfAction:
        return self._repository.plan(supplier_id)

    def plans(self, dossier_id: int) -> dict[int, PlanOfAction]:
        """Every supplier's plan of action, by supplier id (an empty plan for one without), not one query each."""
        return self._repository.plans_in_dossier(dossier_id)

    @use_case
    def record_plan_received(
        self, dossier_id: int, supplier_id: int, received_on: date,
        attachment_name: str | None = None, attachment: bytes | None = None,
    ) -> PlanOfAction:
        supplier = self._repository.supplier(dossier_id, supplier_id)
        validate_attachment(attachment_name, attachment)
        plan = self._repository.plan(supplier_id)
        plan = replace(plan, received_on=received_on)
        if attachment is not None:
            plan = replace(plan, attachment_name=attachment_name, attachment=attachment)
        self._repository.save_plan(plan)
        self._sync_plan_due(dossier_id, supplier, plan)
        return plan

    @use_case
    def assess_plan(
        self, dossier_id: int, supplier_id: int, points: dict[DueDiligencePoint, tuple[PlanVerdict, str]],
        overall: PlanVerdict | None, overall_reason: str = "",
    ) -> PlanOfAction:
        supplier = self._repository.supplier(dossier_id, supplier_id)
        assessments = tuple(
            PointAssessment(DueDiligencePoint(point), PlanVerdict(verdict), validate_text(reason, 5000))
            for point, (verdict, reason) in points.items()
        )
        plan = replace(
            self._repository.plan(supplier_id),
            points=assessments,
            overall_verdict=PlanVerdict(overall) if overall else None,
            overall_reason=validate_text(overall_reason, 5000),
            assessed_on=self._today() if overall else None,
        )
        self._repository.save_plan(plan)
        self._sync_plan_due(dossier_id, supplier, plan)
        return plan

    def _sync_plan_due(self, dossier_id: int, supplier: Supplier, plan: PlanOfAction) -> None:
        self._due.set(dossier_id, DUE_PLAN, stored_id(supplier.id), plan.due_on, plan.done_on)

    # -- follow-up actions -----------------------------------------------------------
    def actions(self, supplier_id: int) -> list[FollowUpAction]:
        return self._repository.actions(supplier_id)

    def actions_by_supplier(self, dossier_id: int) -> dict[int, list[FollowUpAction]]:
        """Every supplier's follow-up actions, by supplier id, in one query (one without any is left out)."""
        return self._repository.actions_in_dossier(dossier_id)

    @use_case
    def add_action(self, dossier_id: int, supplier_id: int, description: str, due_on: date) -> int:
        self._repository.supplier(dossier_id, supplier_id)  # the supplier is in this dossier
        action = FollowUpAction(supplier_id, validate_text(description, 2000, required=True), due_on)
        action_id = self._repository.save_action(action)
        self._due.set(dossier_id, DUE_FOLLOW_UP, action_id, due_on)
        return action_id

    @use_case
    def complete_action(self, dossier_id: int, supplier_id: int, action_id: int, done_on: date | None = None) -> None:
        self._repository.supplier(dossier_id, supplier_id)  # the supplier is in this dossier
        action = next(a for a in self._repository.actions(supplier_id) if a.id == action_id)
        action = replace(action, done_on=done_on or self._today())
        self._repository.save_action(action)
        self._due.set(dossier_id, DUE_FOLLOW_UP, action_id, action.due_on, action.done_on)
