"""Step 4: bidders and awarded suppliers, their memberships and certificates, the plan of action."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .due import DueState, due_state
from .messages import UserError

KVK_PATTERN = re.compile(r"^\d{8}$")
CREDENTIAL_REMINDER_DAYS = 60


class SupplierRole(str, Enum):
    BIDDER = "bidder"
    AWARDED = "awarded"
    SUBCONTRACTOR = "subcontractor"
    FACTORY = "factory"


class CredentialKind(str, Enum):
    INITIATIVE = "initiative"  # multi-stakeholder or sector initiative, IMVO sector agreement
    CERTIFICATE = "certificate"  # certificate or label


class PlanVerdict(str, Enum):
    INSUFFICIENT = "insufficient"
    PARTLY = "partly"
    SUFFICIENT = "sufficient"
    GOOD = "good"


class DueDiligencePoint(str, Enum):
    """The OECD due-diligence steps against which "reasonable effort" is judged."""

    POLICY = "policy"
    RISK_IDENTIFICATION = "risk_identification"
    PRIORITISED_RISKS = "prioritised_risks"
    MEASURES = "measures"
    MONITORING = "monitoring"
    GRIEVANCE_REMEDY = "grievance_remedy"
    STAKEHOLDER_ENGAGEMENT = "stakeholder_engagement"


@dataclass(frozen=True, slots=True)
class Supplier:
    dossier_id: int
    name: str
    role: SupplierRole
    kvk_number: str = ""
    foreign_registration: str = ""
    country: str = ""
    contact_person: str = ""  # personal data: see personal_data.PERSONAL_DATA
    award_date: date | None = None
    parent_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Credential:
    supplier_id: int
    kind: CredentialKind
    name: str
    valid_from: date | None = None
    valid_until: date | None = None
    id: int | None = None

    def reminder_date(self) -> date | None:
        """When to remind the buyer: some weeks before the credential expires."""
        if self.valid_until is None:
            return None
        return self.valid_until - timedelta(days=CREDENTIAL_REMINDER_DAYS)


@dataclass(frozen=True, slots=True)
class PointAssessment:
    point: DueDiligencePoint
    verdict: PlanVerdict
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PlanOfAction:
    supplier_id: int
    due_on: date | None = None
    received_on: date | None = None
    attachment_name: str | None = None
    attachment: bytes | None = None
    overall_verdict: PlanVerdict | None = None
    overall_reason: str = ""
    assessed_on: date | None = None
    points: tuple[PointAssessment, ...] = ()

    @property
    def is_assessed(self) -> bool:
        return self.overall_verdict is not None

    @property
    def done_on(self) -> date | None:
        """Done once assessed: the day of the assessment (the day received, for a record without it)."""
        return (self.assessed_on or self.received_on) if self.is_assessed else None

    def is_overdue(self, today: date) -> bool:
        return self.due_on is not None and due_state(self.due_on, self.done_on, today) is DueState.LATE


@dataclass(frozen=True, slots=True)
class FollowUpAction:
    supplier_id: int
    description: str
    due_on: date
    done_on: date | None = None
    id: int | None = None

    def is_overdue(self, today: date) -> bool:
        return due_state(self.due_on, self.done_on, today) is DueState.LATE


def validate_kvk(text: str) -> str:
    """A KvK number has eight digits; spaces and dots are allowed while typing."""
    digits = re.sub(r"[\s.]", "", text or "")
    if digits and not KVK_PATTERN.match(digits):
        raise UserError("supplier.kvk", text=text[:30])
    return digits


def validate_name(text: str) -> str:
    name = (text or "").replace("\x00", "").strip()
    if not name:
        raise UserError("supplier.name")
    if len(name) > 500:
        raise UserError("text.too_long", limit=500)
    return name
