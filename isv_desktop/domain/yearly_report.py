"""The yearly ISV report (jaarrapportage): its figures, as plain dataclasses.

Which dossiers count
    Every dossier that is not deleted and not left out of the report by the
    buyer (``report_exclusions``); archived dossiers count. Left-out dossiers
    are listed in the notes with their reason.

Which year a figure belongs to
    - Tender figures (applicability, ISV applied by variant and ambition,
      comply-or-explain reasons, themes rated high, stakeholder
      consultations) cover the *tenders started* in the year: the dossiers
      *opened* (``created_at``) in it. Every dossier has that date; the
      contract start is often unknown while the tender runs and belongs to
      the contract, not to the decision to apply ISV.
    - Supplier follow-up and monitoring figures cover what *happened* in the
      year, for the dossiers that count whenever they were opened:
      questionnaires sent, plans of action and progress reports due,
      signals logged, audits held, corrective actions due, escalation steps
      taken in the year.

Above the threshold
    The dossier's estimated value against the EU threshold of the period
    covering the tender's date — the day the call for competition is sent,
    or the day the tender started when that is not filled in (the buyer's
    own threshold entries win where they overlap the shipped table, as in
    step 1), for its kind of contract (Annex XIV services: their own
    threshold). No value, or no known period: not above (counted apart).

Variants and ambition
    A tender "has" a variant when at least one chosen criterion is of that
    type in the criteria library (a criterion no longer in the library
    counts by the tender phase it was stored in). Ambition is the level set
    for the dossier in step 3 (basis when never set). Variant and ambition
    shares are out of the tenders where ISV were applied.

Shares are exact: a count out of a count, and the ratio as a Decimal in a
fixed context; only display rounds.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Context, Decimal, localcontext
from enum import Enum
from typing import TYPE_CHECKING

from .criteria import AmbitionLevel, CriterionType
from .deadlines import Deadlines
from .dossier import DossierStatus, IsvDecision, NonApplicationReason
from .monitoring import AuditKind, EscalationStep
from .percentages import format_percent
from .risk_scan_record import StakeholderKind
from .suppliers import PlanVerdict
from .themes import Theme

if TYPE_CHECKING:
    from .report_targets import TargetProgress

_EXACT = Context(prec=28)
MAX_LOGO_BYTES = 2 * 1024 * 1024
REPORT_LANGUAGES = ("nl", "en")


@dataclass(frozen=True, slots=True)
class Share:
    """``count`` out of ``of``; no value when there is nothing to count."""

    count: int
    of: int

    @property
    def value(self) -> Decimal | None:
        if self.of == 0:
            return None
        with localcontext(_EXACT):
            return Decimal(self.count) / Decimal(self.of)

    @property
    def percent(self) -> Decimal | None:
        if self.of == 0:
            return None
        with localcontext(_EXACT):
            return Decimal(self.count) * 100 / Decimal(self.of)

    def display(self, language: str = "nl", places: int = 1) -> str:
        """"66,7 %" / "66.7%"; a dash when there is nothing to count."""
        return format_percent(self.percent, language, places)


class FigureBlock(str, Enum):
    TENDERS = "tenders"
    SUPPLIERS = "suppliers"
    MONITORING = "monitoring"


@dataclass(frozen=True, slots=True)
class FigureDefinition:
    """A share of the report a target can be set on."""

    key: str
    block: FigureBlock
    label_nl: str
    label_en: str

    def label(self, language: str = "nl") -> str:
        return self.label_nl if language == "nl" else self.label_en


_T, _S, _M = FigureBlock.TENDERS, FigureBlock.SUPPLIERS, FigureBlock.MONITORING
FIGURES: tuple[FigureDefinition, ...] = (
    FigureDefinition("applied_required", _T, "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie",
                     "ISV applied in tenders above the threshold in a risk category"),
    FigureDefinition("applied_all", _T, "ISV toegepast bij alle gestarte aanbestedingen", "ISV applied in all tenders started"),
    FigureDefinition("variant_contract_condition", _T, "Met ISV als contractvoorwaarde", "With ISV as a contract condition"),
    FigureDefinition("variant_minimum_requirement", _T, "Met ISV als minimumeis", "With ISV as a minimum requirement"),
    FigureDefinition("variant_selection_criterion", _T, "Met ISV als geschiktheidseis", "With ISV as a selection criterion"),
    FigureDefinition("variant_award_criterion", _T, "Met ISV als gunningscriterium", "With ISV as an award criterion"),
    FigureDefinition("selection_or_award", _T, "Met ISV in selectie of gunning, niet alleen als contractvoorwaarde",
                     "With ISV in selection or award, not only as a contract condition"),
    FigureDefinition("ambition_basis", _T, "Op ambitieniveau basis", "At ambition level basic"),
    FigureDefinition("ambition_significant", _T, "Op ambitieniveau significant", "At ambition level significant"),
    FigureDefinition("ambition_ambitious", _T, "Op ambitieniveau ambitieus", "At ambition level ambitious"),
    FigureDefinition("ambition_significant_or_higher", _T, "Op ambitieniveau significant of ambitieus",
                     "At ambition level significant or ambitious"),
    FigureDefinition("stakeholder_consulted", _T, "Aanbestedingen met een raadpleging van stakeholders",
                     "Tenders with a stakeholder consultation"),
    FigureDefinition("questionnaires_returned", _S, "Vragenlijsten teruggekomen", "Questionnaires returned"),
    FigureDefinition("questionnaires_returned_on_time", _S, "Vragenlijsten op tijd teruggekomen",
                     "Questionnaires returned on time"),
    FigureDefinition("plans_received_on_time", _S, "Plannen van aanpak op tijd ontvangen", "Plans of action received on time"),
    FigureDefinition("plans_assessed", _S, "Plannen van aanpak beoordeeld", "Plans of action assessed"),
    FigureDefinition("reports_assessed", _M, "Voortgangsrapportages beoordeeld", "Progress reports assessed"),
    FigureDefinition("reports_assessed_on_time", _M, "Voortgangsrapportages op tijd beoordeeld",
                     "Progress reports assessed on time"),
    FigureDefinition("contracts_reports_assessed_on_time", _M, "Contracten waarvan de voortgangsrapportage op tijd is beoordeeld",
                     "Contracts whose progress report was assessed on time"),
    FigureDefinition("signals_handled", _M, "Signalen afgehandeld", "Signals handled"),
    FigureDefinition("actions_closed", _M, "Corrigerende maatregelen afgerond", "Corrective actions closed"),
    FigureDefinition("actions_closed_on_time", _M, "Corrigerende maatregelen op tijd afgerond",
                     "Corrective actions closed on time"),
)
FIGURES_BY_KEY: dict[str, FigureDefinition] = {f.key: f for f in FIGURES}


@dataclass(frozen=True, slots=True)
class OrganisationSettings:
    name: str = ""
    logo: bytes | None = field(default=None, repr=False)
    logo_name: str | None = None
    language: str = "nl"
    deadlines: Deadlines = Deadlines()


@dataclass(frozen=True)
class TenderFigures:
    """The tenders started in the year: applicability and how ISV were applied."""

    started: int = 0
    value_unknown: int = 0
    threshold_unknown: int = 0  # a value, but no threshold period known for the start date
    above_threshold: int = 0
    in_risk_category: int = 0
    category_unknown: int = 0  # the buyer has not said yet
    required: int = 0  # above the threshold and in a risk category
    applied: int = 0
    applied_required: int = 0
    not_applied: int = 0
    undecided: int = 0
    variants: Mapping[CriterionType, int] = field(default_factory=dict)  # applied tenders with the variant
    selection_or_award: int = 0
    no_criteria: int = 0  # applied, but no criterion chosen yet
    ambitions: Mapping[AmbitionLevel, int] = field(default_factory=dict)  # applied tenders at the level
    consulted: int = 0  # tenders with at least one stakeholder consultation

    def shares(self) -> dict[str, Share]:
        applied = self.applied
        shares = {
            "applied_required": Share(self.applied_required, self.required),
            "applied_all": Share(applied, self.started),
        }
        for kind in CriterionType:
            shares[f"variant_{kind.value}"] = Share(self.variants.get(kind, 0), applied)
        shares["selection_or_award"] = Share(self.selection_or_award, applied)
        for level in AmbitionLevel:
            shares[f"ambition_{level.value}"] = Share(self.ambitions.get(level, 0), applied)
        higher = self.ambitions.get(AmbitionLevel.SIGNIFICANT, 0) + self.ambitions.get(AmbitionLevel.AMBITIOUS, 0)
        shares["ambition_significant_or_higher"] = Share(higher, applied)
        shares["stakeholder_consulted"] = Share(self.consulted, self.started)
        return shares


@dataclass(frozen=True, slots=True)
class ReasonCount:
    """Comply or explain: tenders where ISV were not applied, for one reason (None: none given)."""

    reason: NonApplicationReason | None
    tenders: int
    required: int  # of which above the threshold and in a risk category


@dataclass(frozen=True, slots=True)
class ThemeCount:
    theme: Theme
    tenders: int  # tenders whose latest scan rates the theme high


@dataclass(frozen=True, slots=True)
class ConsultationCount:
    kind: StakeholderKind
    consultations: int
    tenders: int


@dataclass(frozen=True)
class SupplierFigures:
    questionnaires_sent: int = 0
    questionnaires_returned: int = 0
    questionnaires_on_time: int = 0
    plans_due: int = 0
    plans_received: int = 0
    plans_on_time: int = 0
    plans_assessed: int = 0
    plan_verdicts: Mapping[PlanVerdict, int] = field(default_factory=dict)

    def shares(self) -> dict[str, Share]:
        return {
            "questionnaires_returned": Share(self.questionnaires_returned, self.questionnaires_sent),
            "questionnaires_returned_on_time": Share(self.questionnaires_on_time, self.questionnaires_sent),
            "plans_received_on_time": Share(self.plans_on_time, self.plans_due),
            "plans_assessed": Share(self.plans_assessed, self.plans_due),
        }


@dataclass(frozen=True)
class MonitoringFigures:
    reports_due: int = 0
    reports_received: int = 0
    reports_received_on_time: int = 0
    reports_assessed: int = 0
    reports_assessed_on_time: int = 0  # assessed no later than the due date, as the due list counts it
    report_verdicts: Mapping[PlanVerdict, int] = field(default_factory=dict)
    contracts_with_reports: int = 0
    contracts_assessed_on_time: int = 0  # every report due in the year assessed on time
    signals_logged: int = 0
    signals_handled: int = 0
    followups_opened: int = 0
    followups_closed: int = 0
    audits: Mapping[AuditKind, int] = field(default_factory=dict)
    actions_due: int = 0
    actions_closed: int = 0
    actions_closed_on_time: int = 0
    escalations: Mapping[EscalationStep, int] = field(default_factory=dict)

    @property
    def actions_open(self) -> int:
        return self.actions_due - self.actions_closed

    def shares(self) -> dict[str, Share]:
        return {
            "reports_assessed": Share(self.reports_assessed, self.reports_due),
            "reports_assessed_on_time": Share(self.reports_assessed_on_time, self.reports_due),
            "contracts_reports_assessed_on_time": Share(self.contracts_assessed_on_time, self.contracts_with_reports),
            "signals_handled": Share(self.signals_handled, self.signals_logged),
            "actions_closed": Share(self.actions_closed, self.actions_due),
            "actions_closed_on_time": Share(self.actions_closed_on_time, self.actions_due),
        }


@dataclass(frozen=True, slots=True)
class DossierLine:
    """One tender behind the tender figures."""

    id: int
    title: str
    reference: str
    started: date
    status: DossierStatus
    estimated_value: Decimal | None
    threshold: Decimal | None
    risk_category: str | None
    decision: IsvDecision
    reason: NonApplicationReason | None
    reason_text: str
    ambition: AmbitionLevel
    variants: tuple[CriterionType, ...]
    consultations: int

    @property
    def above_threshold(self) -> bool | None:
        if self.estimated_value is None or self.threshold is None:
            return None
        return self.estimated_value >= self.threshold

    @property
    def required(self) -> bool:
        return bool(self.above_threshold) and bool(self.risk_category)


@dataclass(frozen=True, slots=True)
class LeftOutDossier:
    id: int
    title: str
    reference: str
    started: date
    reason: str
    left_out_on: date


@dataclass(frozen=True)
class YearlyReport:
    year: int
    organisation: OrganisationSettings
    library_edition: str
    tenders: TenderFigures
    reasons: tuple[ReasonCount, ...]
    scanned: int  # tenders with a scan
    themes: tuple[ThemeCount, ...]  # most often rated high first
    consultations: tuple[ConsultationCount, ...]
    suppliers: SupplierFigures
    monitoring: MonitoringFigures
    targets: tuple["TargetProgress", ...]
    dossiers: tuple[DossierLine, ...]
    left_out: tuple[LeftOutDossier, ...]

    def shares(self) -> dict[str, Share]:
        return {**self.tenders.shares(), **self.suppliers.shares(), **self.monitoring.shares()}

