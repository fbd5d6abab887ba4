"""The dated records of contract monitoring (step 5)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .due import DueState, due_state
from .monitoring import ActionStatus, AuditKind, SignalSourceKind
from .suppliers import PlanVerdict, PointAssessment


@dataclass(frozen=True, slots=True)
class Meeting:
    dossier_id: int
    held_on: date
    participants: str
    agreements: str
    supplier_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """Voortgangsrapportage for one contract year, and the buyer's assessment of it."""

    dossier_id: int
    supplier_id: int
    contract_year: int
    due_on: date
    received_on: date | None = None
    measures_status: str = ""
    new_risks: str = ""
    incidents: str = ""
    audit_results: str = ""
    stakeholder_engagement: str = ""
    next_steps: str = ""
    attachment_name: str | None = None
    attachment: bytes | None = None
    verdict: PlanVerdict | None = None
    verdict_reason: str = ""
    assessed_on: date | None = None
    points: tuple[PointAssessment, ...] = ()
    id: int | None = None

    @property
    def is_assessed(self) -> bool:
        return self.verdict is not None

    def is_late(self, today: date) -> bool:
        """Received after its due date, or not received and the date has passed."""
        return due_state(self.due_on, self.received_on, today).is_late


@dataclass(frozen=True, slots=True)
class Audit:
    dossier_id: int
    kind: AuditKind
    held_on: date
    auditor: str
    findings: str
    supplier_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CorrectiveAction:
    audit_id: int
    dossier_id: int
    description: str
    owner: str
    due_on: date
    status: ActionStatus = ActionStatus.OPEN
    evidence: str = ""
    closed_on: date | None = None
    id: int | None = None

    def is_overdue(self, today: date) -> bool:
        done_on = (self.closed_on or self.due_on) if self.status is ActionStatus.DONE else None
        return due_state(self.due_on, done_on, today) is DueState.LATE


@dataclass(frozen=True, slots=True)
class ComponentOrigin:
    component: str  # e.g. polysilicon, cotton, rubber, cobalt
    country: str


@dataclass(frozen=True, slots=True)
class DeliveredProduct:
    """Traceability: what was delivered, by which brand, from which production site."""

    dossier_id: int
    product: str
    brand: str = ""
    model: str = ""
    site_name: str = ""
    site_address: str = ""
    site_country: str = ""
    components: tuple[ComponentOrigin, ...] = ()
    open_supply_hub_id: str = ""
    supplier_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    """A public sign of risk: press, NGO or union report, Withhold Release Order, court case."""

    signal_date: date
    source_kind: SignalSourceKind
    text: str
    link: str = ""
    group_id: str | None = None
    country: str | None = None
    supplier_name: str = ""
    brand: str = ""
    attachment_name: str | None = None
    attachment: bytes | None = None
    logged_on: date | None = None
    handled_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SignalFollowUp:
    """A public signal as one dossier followed it up: opened on a day, the buyer's note, closed (or not yet)."""

    signal: Signal
    opened_on: date
    note: str = ""
    closed_on: date | None = None
    id: int | None = None
