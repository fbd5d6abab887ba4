"""How far a dossier is: per step whether it is complete, what is still missing, and the next action.

The flow of the five steps without Qt (electrum's ``wizard.py`` is the example): the rules take plain domain data
(:class:`ProgressFacts`, gathered read-only by ``services.progress``) and return a :class:`DossierProgress`. The step
list's marks, the command line (``isv-desktop dossier status``) and anything else that says "complete" render it.
A step is complete when nothing is missing; each missing thing is a message id with the field or item it concerns,
rendered in Dutch or English when shown. When step 1 decided not to apply the ISV, steps 2 to 5 are *not needed*
(a state of its own, with its reason): nothing in them can make the tender apply the ISV, so none is ever incomplete.
The model also says which step follows and precedes a step (Next and Back skip the steps not needed).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Iterable

from .day_format import format_day
from .dossier import Dossier, IsvDecision, NonApplicationReason
from .monitoring_records import CorrectiveAction, ProgressReport
from .risk.levels import RiskLevel
from .risk_scan_record import ThemeJudgement, themes_needing_judgement
from .steps import StepId
from .themes import Theme

PROGRESS_MESSAGES: dict[str, tuple[str, str]] = {
    "progress.field": ("Vul ‘{field}’ in.", "Fill in ‘{field}’."),
    "progress.decision": (
        "Leg vast of ISV worden toegepast.", "Record whether the ISV are applied."),
    "progress.non_application_reason": (
        "Kies waarom ISV niet worden toegepast.", "Choose why the ISV are not applied."),
    "progress.non_application_text": (
        "Licht de andere reden toe waarom ISV niet worden toegepast.",
        "Explain the other reason why the ISV are not applied."),
    "progress.scan_damaged": (
        "De opgeslagen risicoscan kan niet worden gelezen: scan opnieuw.",
        "The stored risk scan cannot be read: scan again."),
    "progress.scan": (
        "Kies een productgroep en maak de risicoscan.", "Choose a product group and make the risk scan."),
    "progress.judgement": (
        "Geef uw oordeel (ernst en waarschijnlijkheid) over het hoge risico {theme}.",
        "Give your judgement (severity and likelihood) of the high risk {theme}."),
    "progress.criterion": (
        "Kies ten minste één criterium.", "Choose at least one criterion."),
    "progress.award": (
        "Gun de opdracht aan een leverancier.", "Award the contract to a supplier."),
    "progress.questionnaire_or_plan": (
        "Verwerk de teruggestuurde vragenlijst of beoordeel het plan van aanpak van {supplier}.",
        "Process the returned questionnaire or assess the plan of action of {supplier}."),
    "progress.reports_planned": (
        "Er zijn nog geen voortgangsrapportages gepland: vul in stap 1 de contractstart en looptijd in en gun in "
        "stap 4 de opdracht.",
        "No progress reports are planned yet: fill in the contract start and duration in step 1 and award the "
        "contract in step 4."),
    "progress.first_year": (
        "Het eerste contractjaar is nog niet begonnen: de eerste voortgangsrapportage valt op {due_on}.",
        "The first contract year has not begun yet: the first progress report falls due on {due_on}."),
    "progress.report_assessment": (
        "Beoordeel de voortgangsrapportage van {supplier} over contractjaar {year}.",
        "Assess the progress report of {supplier} for contract year {year}."),
    "progress.not_needed": (
        "Niet nodig: in stap 1 is besloten ISV niet toe te passen ({reason}).",
        "Not needed: step 1 decided not to apply the ISV ({reason})."),
    "progress.action_overdue": (
        "Corrigerende maatregel ‘{action}’ is over de termijn ({due_on}): rond hem af.",
        "Corrective action ‘{action}’ is overdue ({due_on}): complete it."),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "title": ("titel", "title"),
    "organisation": ("organisatie", "organisation"),
    "subject": ("onderwerp", "subject"),
    "cpv_code": ("CPV-code", "CPV code"),
    "procedure": ("aanbestedingsprocedure", "procedure"),
    "estimated_value": ("geraamde waarde", "estimated value"),
}


@dataclass(frozen=True, slots=True)
class Missing:
    """One thing a step still needs: a message id, what it concerns (``kind`` and ``key``: a field's name, a theme,
    a supplier's, report's or action's id) and the values its text shows."""

    message_id: str
    kind: str | None = None  # "field", "theme", "supplier", "report", "action"
    key: str | int | None = None
    values: tuple[tuple[str, object], ...] = ()

    def text(self, language: str = "nl") -> str:
        dutch, english = PROGRESS_MESSAGES[self.message_id]
        values = {name: _shown(value, language) for name, value in self.values}
        return (dutch if language == "nl" else english).format(**values)


def _shown(value: object, language: str) -> str:
    if isinstance(value, Theme):
        return value.label(language)
    if isinstance(value, date):
        return format_day(value, language)
    if isinstance(value, FieldName):
        return FIELD_LABELS[value.name][0 if language == "nl" else 1]
    if isinstance(value, NotAppliedReason):
        return NOT_APPLIED_REASONS[value.reason][0 if language == "nl" else 1]
    return str(value)


NOT_APPLIED_REASONS: dict[NonApplicationReason | None, tuple[str, str]] = {
    NonApplicationReason.BELOW_THRESHOLD_PROPORTIONATE: (
        "onder de drempel, niet proportioneel", "below the threshold, not proportionate"),
    NonApplicationReason.NO_RELEVANT_CHAIN_RISK: ("geen relevant ketenrisico", "no relevant chain risk"),
    NonApplicationReason.OTHER: ("andere reden", "another reason"),
    None: ("reden nog niet gekozen", "reason not chosen yet"),
}


@dataclass(frozen=True, slots=True)
class NotAppliedReason:
    """Why step 1 decided not to apply the ISV, shown in the language shown."""

    reason: NonApplicationReason | None


class StepState(Enum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    NOT_NEEDED = "not_needed"


@dataclass(frozen=True, slots=True)
class FieldName:
    """A step-1 field, shown by its label in the language shown."""

    name: str


@dataclass(frozen=True, slots=True)
class AwardedSupplier:
    """What step 4 asks of an awarded supplier."""

    id: int
    name: str
    questionnaire_returned: bool
    plan_assessed: bool


@dataclass(frozen=True, slots=True)
class ProgressFacts:
    """The plain data the rules read. ``scanned_groups`` is 0 when nothing is scanned now."""

    dossier: Dossier
    today: date
    scanned_groups: int = 0
    scan_levels: dict[Theme, RiskLevel] = field(default_factory=dict)
    scan_damaged: bool = False
    judgements: dict[Theme, ThemeJudgement] = field(default_factory=dict)
    chosen_criteria: int = 0
    awarded: tuple[AwardedSupplier, ...] = ()
    progress_reports: tuple[ProgressReport, ...] = ()
    corrective_actions: tuple[CorrectiveAction, ...] = ()
    supplier_names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StepProgress:
    step: StepId
    missing: tuple[Missing, ...]
    not_needed: Missing | None = None  # why the step is not needed; None when it is

    @property
    def state(self) -> StepState:
        if self.not_needed is not None:
            return StepState.NOT_NEEDED
        return StepState.INCOMPLETE if self.missing else StepState.COMPLETE

    @property
    def complete(self) -> bool:
        return self.state is StepState.COMPLETE

    @property
    def done(self) -> bool:
        """Nothing left to do: complete, or not needed."""
        return self.state is not StepState.INCOMPLETE


@dataclass(frozen=True, slots=True)
class NextAction:
    step: StepId
    missing: Missing


@dataclass(frozen=True, slots=True)
class DossierProgress:
    steps: tuple[StepProgress, ...]

    def step(self, step: StepId) -> StepProgress:
        return next(s for s in self.steps if s.step is step)

    def following(self, step: StepId, among: Iterable[StepId] | None = None) -> StepId | None:
        """The step Next goes to: the first after ``step`` (of ``among``, default all five) that is needed."""
        return next(iter(self._needed_after(step, among, reverse=False)), None)

    def preceding(self, step: StepId, among: Iterable[StepId] | None = None) -> StepId | None:
        """The step Back goes to: the last before ``step`` (of ``among``) that is needed."""
        return next(iter(self._needed_after(step, among, reverse=True)), None)

    def _needed_after(self, step: StepId, among: Iterable[StepId] | None, reverse: bool) -> list[StepId]:
        shown = set(StepId if among is None else among)
        order = [s.step for s in self.steps if s.step in shown and s.state is not StepState.NOT_NEEDED]
        if reverse:
            return [s for s in reversed(order) if s.number < step.number]
        return [s for s in order if s.number > step.number]

    @property
    def next_action(self) -> NextAction | None:
        """The first thing missing in the first step that is not complete; None when every step is complete."""
        for step in self.steps:
            if step.missing:
                return NextAction(step.step, step.missing[0])
        return None


def applicability_missing(dossier: Dossier) -> list[Missing]:
    """Step 1: the tender is described and the decision recorded (with its reason when ISV are not applied)."""
    filled = {
        "title": bool(dossier.title.strip()),
        "organisation": bool(dossier.organisation.strip()),
        "subject": bool(dossier.subject.strip()),
        "cpv_code": bool(dossier.cpv_code),
        "procedure": dossier.procedure is not None,
        "estimated_value": dossier.estimated_value is not None,
    }
    missing = [Missing("progress.field", "field", name, (("field", FieldName(name)),))
               for name, ok in filled.items() if not ok]
    if dossier.decision is IsvDecision.UNDECIDED:
        missing.append(Missing("progress.decision", "field", "decision"))
    elif dossier.decision is IsvDecision.NOT_APPLY:
        if dossier.non_application_reason is None:
            missing.append(Missing("progress.non_application_reason", "field", "non_application_reason"))
        elif (dossier.non_application_reason is NonApplicationReason.OTHER
              and not dossier.non_application_text.strip()):
            missing.append(Missing("progress.non_application_text", "field", "non_application_text"))
    return missing


def risk_scan_missing(facts: ProgressFacts) -> list[Missing]:
    """Step 2: a scan of at least one product group, and the buyer's judgement of every theme it rates high."""
    if facts.scan_damaged:
        return [Missing("progress.scan_damaged")]
    if facts.scanned_groups == 0:
        return [Missing("progress.scan")]
    return [Missing("progress.judgement", "theme", theme.value, (("theme", theme),))
            for theme in themes_needing_judgement(facts.scan_levels)
            if not (theme in facts.judgements and facts.judgements[theme].is_given)]


def criteria_missing(facts: ProgressFacts) -> list[Missing]:
    """Step 3: at least one criterion chosen (not needed when step 1 decided not to apply ISV)."""
    if facts.chosen_criteria > 0:
        return []
    return [Missing("progress.criterion")]


def suppliers_missing(facts: ProgressFacts) -> list[Missing]:
    """Step 4: an awarded supplier returned a questionnaire or has an assessed plan of action."""
    if not facts.awarded:
        return [Missing("progress.award")]
    if any(s.questionnaire_returned or s.plan_assessed for s in facts.awarded):
        return []
    return [Missing("progress.questionnaire_or_plan", "supplier", s.id, (("supplier", s.name),))
            for s in facts.awarded]


def contract_year_complete(reports: Iterable[ProgressReport], actions: Iterable[CorrectiveAction], year: int,
                           today: date) -> bool:
    """A contract year is complete when it has reports, all assessed, and no corrective action is overdue: what
    step 5 asks of every year that has begun (``monitoring_missing``)."""
    of_year = [r for r in reports if r.contract_year == year]
    return bool(of_year) and all(r.is_assessed for r in of_year) and not any(a.is_overdue(today) for a in actions)


def monitoring_missing(facts: ProgressFacts) -> list[Missing]:
    """Step 5: every contract year that has begun (a report of it is due) has all its reports assessed, and no
    corrective action is overdue."""
    reports = facts.progress_reports
    if not reports:
        return [Missing("progress.reports_planned")]
    missing = []
    begun = {r.contract_year for r in reports if r.due_on <= facts.today}
    if not begun:
        missing.append(Missing("progress.first_year", values=(("due_on", min(r.due_on for r in reports)),)))
    for report in sorted(reports, key=lambda r: (r.contract_year, r.due_on, r.supplier_id)):
        if report.contract_year in begun and not report.is_assessed:
            name = facts.supplier_names.get(report.supplier_id, str(report.supplier_id))
            missing.append(Missing("progress.report_assessment", "report", report.id,
                                   (("supplier", name), ("year", report.contract_year))))
    for action in sorted(facts.corrective_actions, key=lambda a: a.due_on):
        if action.is_overdue(facts.today):
            missing.append(Missing("progress.action_overdue", "action", action.id,
                                   (("action", action.description), ("due_on", action.due_on))))
    return missing


RULES = {
    StepId.APPLICABILITY: lambda facts: applicability_missing(facts.dossier),
    StepId.RISK_SCAN: risk_scan_missing,
    StepId.CRITERIA: criteria_missing,
    StepId.SUPPLIERS: suppliers_missing,
    StepId.MONITORING: monitoring_missing,
}


def not_needed_reason(dossier: Dossier, step: StepId) -> Missing | None:
    """Why ``step`` is not needed: step 1 decided not to apply the ISV (steps 2 to 5); None when it is needed."""
    if step is StepId.APPLICABILITY or dossier.decision is not IsvDecision.NOT_APPLY:
        return None
    return Missing("progress.not_needed", "field", "decision",
                   (("reason", NotAppliedReason(dossier.non_application_reason)),))


def dossier_progress(facts: ProgressFacts) -> DossierProgress:
    steps = []
    for step in StepId:
        reason = not_needed_reason(facts.dossier, step)
        steps.append(StepProgress(step, () if reason else tuple(RULES[step](facts)), reason))
    return DossierProgress(tuple(steps))


__all__ = [
    "AwardedSupplier", "DossierProgress", "FIELD_LABELS", "FieldName", "Missing", "NextAction", "NOT_APPLIED_REASONS",
    "NotAppliedReason", "PROGRESS_MESSAGES", "ProgressFacts", "StepProgress", "StepState", "applicability_missing",
    "contract_year_complete", "criteria_missing", "dossier_progress", "monitoring_missing", "not_needed_reason",
    "risk_scan_missing", "suppliers_missing",
]
