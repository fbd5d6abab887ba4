"""A dossier: one tender, followed from applicability to contract monitoring."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from .steps import StepId

MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 100_000


class ProcedureType(str, Enum):
    OPEN = "open"
    RESTRICTED = "restricted"
    COMPETITIVE_DIALOGUE = "competitive_dialogue"
    NEGOTIATED = "negotiated"
    MULTIPLE_PRIVATE = "multiple_private"  # meervoudig onderhands
    SINGLE_PRIVATE = "single_private"  # enkelvoudig onderhands


class ContractKind(str, Enum):
    SUPPLIES_SERVICES = "supplies_services"
    WORKS = "works"
    SOCIAL_SERVICES = "social_services"  # social and other specific services, Annex XIV of Directive 2014/24/EU


class IsvDecision(str, Enum):
    UNDECIDED = "undecided"
    APPLY = "apply"
    NOT_APPLY = "not_apply"


class NonApplicationReason(str, Enum):
    """Why ISV are not applied ("comply or explain")."""

    BELOW_THRESHOLD_PROPORTIONATE = "below_threshold_proportionate"
    NO_RELEVANT_CHAIN_RISK = "no_relevant_chain_risk"
    OTHER = "other"


class DossierStatus(str, Enum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    DELETED = "deleted"  # hidden at once, can be undone; purged when the file is next opened


@dataclass(frozen=True, slots=True)
class Dossier:
    """Step 1 facts of a tender plus its place in the workflow."""

    id: int | None = None
    title: str = ""
    organisation: str = ""
    reference: str = ""
    subject: str = ""
    cpv_code: str = ""
    procedure: ProcedureType | None = None
    contract_kind: ContractKind = ContractKind.SUPPLIES_SERVICES
    estimated_value: Decimal | None = None
    contract_start: date | None = None
    duration_months: int | None = None
    contract_manager: str = ""
    risk_category: str | None = None
    decision: IsvDecision = IsvDecision.UNDECIDED
    non_application_reason: NonApplicationReason | None = None
    non_application_text: str = ""
    call_for_competition_date: date | None = None  # planned or actual: the day the EU threshold is judged on
    current_step: StepId = StepId.APPLICABILITY
    status: DossierStatus = DossierStatus.ACTIVE
    created_at: datetime | None = None
    updated_at: datetime | None = None
    next_due_date: date | None = field(default=None, compare=False)

    def with_changes(self, **changes: Any) -> "Dossier":
        # Any: callers pass fields by name, some chosen at run time (dossier_edits); replace() checks the names.
        return replace(self, **changes)


def applicability_complete(dossier: Dossier) -> bool:
    """Step 1 is complete when the tender is described and the decision recorded."""
    described = all(
        (
            dossier.title.strip(),
            dossier.organisation.strip(),
            dossier.subject.strip(),
            dossier.cpv_code,
            dossier.procedure is not None,
            dossier.estimated_value is not None,
        )
    )
    if not described or dossier.decision is IsvDecision.UNDECIDED:
        return False
    if dossier.decision is IsvDecision.NOT_APPLY:
        if dossier.non_application_reason is None:
            return False
        if (
            dossier.non_application_reason is NonApplicationReason.OTHER
            and not dossier.non_application_text.strip()
        ):
            return False
    return True
