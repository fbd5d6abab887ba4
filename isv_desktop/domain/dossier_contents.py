"""A whole dossier across its five steps: the domain records themselves, gathered in one :class:`DossierContents`.

The dossier PDF and workbook are written from a :class:`DossierContents`,
and an imported workbook is read back into one before anything is stored,
so "export then import gives an equal dossier" is a plain ``==``.

The records are the ones the steps keep (``Meeting``, ``Audit``, ``ThemeJudgement``,
…), without their database ids: a record's ``dossier_id`` is
:data:`NOT_STORED`, and links between parts use a part's *number* — its place
in the dossier's list, counted from 1 — never a database id: a supplier's
``id`` and ``parent_id``, the ``supplier_id`` of what belongs to a supplier
(credentials, plan, follow-up actions, questionnaires, reports, meetings, audits
…), an audit's ``id`` and its corrective actions' ``audit_id``. What the database derives (the
due list, the next due date) is not part of the contents; an import derives
it again.

Which fields are personal data is declared in one place,
:mod:`.personal_data`, whose :func:`~.personal_data.without_personal_data`
makes the contents to share; ``personal_data_included`` says which one a
dossier's contents are.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .contract_kinds import KindSuggestion
from .criteria import ChosenCriterion, CriteriaLibrary, CriteriaSettings
from .dossier import Dossier, DossierStatus
from .due import DueItem
from .monitoring import EscalationRecord
from .monitoring_records import Audit, CorrectiveAction, DeliveredProduct, Meeting, ProgressReport, SignalFollowUp
from .questionnaire import QuestionnaireRecord
from .questionnaire_score import QuestionnaireScore
from .risk.assessment import ScanResult
from .risk.facts import CriticalInput
from .risk.inputs import TracedInput
from .risk.levels import Priority, RiskLevel
from .risk_scan_record import OwnRisk, ProductionCountry, StakeholderConsultation, ThemeJudgement
from .steps import StepId
from .suppliers import Credential, FollowUpAction, PlanOfAction, Supplier, SupplierRole
from .themes import Theme
from .thresholds import Applicability

#: The ``dossier_id`` of a record in a dossier's contents: it belongs to no stored dossier (yet).
NOT_STORED = 0


@dataclass(frozen=True)
class StoredScan:
    """The scan as it was made (sources and editions of that day) and when."""

    result: ScanResult
    made_at: datetime


# ---------------------------------------------------------------- the whole dossier
@dataclass(frozen=True)
class DossierContents:
    """Step 1's facts (``dossier``, without id and timestamps) and the records of steps 2 to 5, in the steps' order."""

    dossier: Dossier
    # step 2: the risk scan
    groups: tuple[str, ...] = ()
    countries: tuple[ProductionCountry, ...] = ()
    scan: StoredScan | None = None
    judgements: tuple[ThemeJudgement, ...] = ()
    own_risks: tuple[OwnRisk, ...] = ()
    consultations: tuple[StakeholderConsultation, ...] = ()
    traced_inputs: tuple[TracedInput, ...] = ()
    """Where the buyer traced a critical input to come from (replaces the knowledge base's assumption)."""
    # step 3: the criteria
    criteria: CriteriaSettings = CriteriaSettings()
    chosen: tuple[ChosenCriterion, ...] = ()
    # step 4: the suppliers (a supplier's id and parent_id are numbers) and what belongs to each
    suppliers: tuple[Supplier, ...] = ()
    credentials: tuple[Credential, ...] = ()
    plans: tuple[PlanOfAction, ...] = ()  # of the suppliers that have one (not empty)
    follow_up_actions: tuple[FollowUpAction, ...] = ()
    questionnaires: tuple[QuestionnaireRecord, ...] = ()
    # step 5: contract monitoring
    progress_reports: tuple[ProgressReport, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    audits: tuple[Audit, ...] = ()
    corrective_actions: tuple[CorrectiveAction, ...] = ()
    escalations: tuple[EscalationRecord, ...] = ()
    delivered_products: tuple[DeliveredProduct, ...] = ()
    signal_followups: tuple[SignalFollowUp, ...] = ()
    personal_data_included: bool = field(default=True, compare=False)

    def supplier(self, number: int | None) -> Supplier | None:
        if number is None or not 1 <= number <= len(self.suppliers):
            return None
        return self.suppliers[number - 1]

    def supplier_name(self, number: int | None) -> str:
        supplier = self.supplier(number)
        return supplier.name if supplier else ""

    @property
    def awarded(self) -> tuple[Supplier, ...]:
        return tuple(s for s in self.suppliers if s.role is SupplierRole.AWARDED)

    def credentials_of(self, supplier: Supplier) -> tuple[Credential, ...]:
        return tuple(c for c in self.credentials if c.supplier_id == supplier.id)

    def plan_of(self, supplier: Supplier) -> PlanOfAction:
        """The supplier's plan of action; an empty one when there is none."""
        return next((p for p in self.plans if p.supplier_id == supplier.id), PlanOfAction(number_of(supplier)))

    def follow_up_actions_of(self, supplier: Supplier) -> tuple[FollowUpAction, ...]:
        return tuple(a for a in self.follow_up_actions if a.supplier_id == supplier.id)

    def questionnaires_of(self, supplier: Supplier) -> tuple[QuestionnaireRecord, ...]:
        return tuple(q for q in self.questionnaires if q.questionnaire.supplier_id == supplier.id)

    def actions_of(self, audit: Audit) -> tuple[CorrectiveAction, ...]:
        """The corrective actions an audit of these contents gave rise to."""
        return tuple(action for action in self.corrective_actions if action.audit_id == audit.id)


def number_of(supplier: Supplier) -> int:
    """A supplier's number in a dossier's contents (its place in the list, counted from 1; its id there)."""
    if supplier.id is None:
        raise ValueError(f"{supplier.name!r} is not part of a dossier's contents")
    return supplier.id


def dossier_facts(dossier: Dossier) -> Dossier:
    """Step 1 as the contents keep it: no id, no timestamps, no derived next due date."""
    status = DossierStatus.ACTIVE if dossier.status is DossierStatus.DELETED else dossier.status
    return dossier.with_changes(id=None, created_at=None, updated_at=None, next_due_date=None, status=status)


def theme_levels(contents: DossierContents) -> dict[Theme, RiskLevel]:
    """Per theme the level of the kept scan (empty without a scan)."""
    scan = contents.scan
    return {theme: a.level for theme, a in scan.result.themes.items()} if scan else {}


def high_priority_themes(contents: DossierContents) -> list[Theme]:
    """Themes the sources rate high or the buyer judged high priority, in theme order."""
    levels = theme_levels(contents)
    judged = {j.theme for j in contents.judgements if j.priority is Priority.HIGH}
    return [t for t in Theme if levels.get(t) is RiskLevel.HIGH or t in judged]


@dataclass(frozen=True)
class ExportContext:
    """What the exports show beside the contents: names, the library, states worked out by the services.

    Names are (Dutch, English) pairs by id; ``scores`` is keyed by
    (supplier number, questionnaire version). ``assumed_inputs`` holds, per
    (group, input) the buyer traced, the origin the knowledge base assumed;
    ``kind_suggestion`` the contract kind the CPV code points to.
    """

    exported_at: datetime
    app_version: str
    library: CriteriaLibrary
    group_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    country_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    good_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    assumed_inputs: Mapping[tuple[str, str], tuple[CriticalInput, ...]] = field(default_factory=dict)
    sources: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)  # id → (title, publisher, url)
    step_complete: Mapping[StepId, bool] = field(default_factory=dict)
    next_due: DueItem | None = None  # its title is rendered in the document's language
    applicability: Applicability | None = None
    scores: Mapping[tuple[int, int], QuestionnaireScore] = field(default_factory=dict)
    kind_suggestion: KindSuggestion | None = None

    def group_name(self, group_id: str, language: str = "nl") -> str:
        names = self.group_names.get(group_id)
        return group_id if names is None else names[0 if language == "nl" else 1]

    def good_name(self, good: str, language: str = "nl") -> str:
        names = self.good_names.get(good)
        return good if names is None else names[0 if language == "nl" else 1]

    def country_name(self, code: str | None, language: str = "nl") -> str:
        if not code:
            return ""
        names = self.country_names.get(code)
        return code if names is None else names[0 if language == "nl" else 1]


__all__ = [
    "NOT_STORED", "DossierContents", "ExportContext", "StoredScan", "dossier_facts", "high_priority_themes",
    "number_of", "theme_levels",
]
