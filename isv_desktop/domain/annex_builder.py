"""Build the annex content from the library, the dossier's choices and its facts (pure)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from isv_desktop.domain.annex import (
    FIRST_PART_NUMBER,
    AnnexContent,
    AnnexCriterion,
    AnnexDeliverable,
    AnnexPart,
    AnnexRisk,
    AnnexRubricRow,
    AnnexSection,
    risk_level_label,
)
from isv_desktop.domain.criteria import (
    AcceptanceMode,
    ChosenCriterion,
    CriteriaLibrary,
    Criterion,
    CriterionRole,
    CriterionType,
    TenderPhase,
)
from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.placeholders import fill_placeholders
from isv_desktop.domain.themes import Theme
from isv_desktop.domain.weights import as_weight

_PHASE_PARTS = {
    TenderPhase.SELECTION: AnnexPart.SELECTION,
    TenderPhase.SPECIFICATION: AnnexPart.SPECIFICATION,
    TenderPhase.AWARD: AnnexPart.AWARD,
    TenderPhase.CONTRACT: AnnexPart.CONTRACT,
}

_NO_RISKS = (
    "geen risico's met een hoge of gemiddelde prioriteit; dit betekent niet dat er geen risico's zijn",
    "no risks of high or medium priority; this does not mean that there are no risks",
)
_AND = (" en ", " and ")


class UnknownCriterionError(KeyError):
    """A dossier chose a criterion the library does not hold."""

    def __init__(self, criterion_id: str) -> None:
        super().__init__(criterion_id)
        self.criterion_id = criterion_id

    def __str__(self) -> str:
        return f"criterion {self.criterion_id!r} is not in the criteria library"


@dataclass(frozen=True)
class DossierFacts:
    """The dossier's own values that fill the texts."""

    title: str
    reference: str
    organisation: str


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language == "nl" else pair[1]


def risks_summary(risks: Iterable[AnnexRisk], language: str = "nl") -> str:
    """The themes with a high or medium risk, highest level first, e.g. "dwangarbeid (hoog) en …"."""
    rank = {"high": 0, "medium": 1}
    best: dict[Theme, str] = {}
    for risk in risks:
        if risk.level in rank and (risk.theme not in best or rank[risk.level] < rank[best[risk.theme]]):
            best[risk.theme] = risk.level
    if not best:
        return _pick(_NO_RISKS, language)
    themes = list(Theme)
    ordered = sorted(best.items(), key=lambda item: (rank[item[1]], themes.index(item[0])))
    parts = [f"{theme.label(language)} ({risk_level_label(level, language)})" for theme, level in ordered]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + _pick(_AND, language) + parts[-1]


def placeholder_values(
    facts: DossierFacts, risks: Iterable[AnnexRisk], deadlines: Deadlines, language: str = "nl"
) -> dict[str, str]:
    """The value of every known placeholder for this dossier, in one language."""
    return {
        "organisation": facts.organisation,
        "dossier_title": facts.title,
        "reference": facts.reference,
        "risks": risks_summary(risks, language),
        "plan_weeks": str(deadlines.plan_of_action_weeks),
        "questionnaire_weeks": str(deadlines.questionnaire_weeks),
        "report_weeks": str(deadlines.progress_report_weeks),
    }


def final_text(chosen: ChosenCriterion, criterion: Criterion, values: Mapping[str, str], language: str) -> str:
    """The text as it goes into the tender: the buyer's wording or the library's, filled in.

    The buyer's wording is filled leniently: braces that are no known
    placeholder stay as typed.
    """
    custom = chosen.custom_text(language)
    if custom is not None:
        return fill_placeholders(custom, values, strict=False)
    return fill_placeholders(criterion.text(language), values)


def annex_part(chosen: ChosenCriterion, criterion: Criterion) -> AnnexPart:
    """The chapter a choice goes in: the escalation clause has its own."""
    if criterion.role is CriterionRole.ESCALATION and chosen.phase is TenderPhase.CONTRACT:
        return AnnexPart.ESCALATION
    return _PHASE_PARTS[chosen.phase]


def _weight(chosen: ChosenCriterion, criterion: Criterion) -> Decimal | None:
    if criterion.type is not CriterionType.AWARD_CRITERION:
        return None
    weight = chosen.weight if chosen.weight is not None else criterion.default_weight
    return None if weight is None else as_weight(weight)


def _annex_criterion(
    number: str, chosen: ChosenCriterion, criterion: Criterion, values: Mapping[str, str], language: str
) -> AnnexCriterion:
    rubric = tuple(
        AnnexRubricRow(level.score, fill_placeholders(level.description(language), values))
        for level in criterion.rubric
    )
    return AnnexCriterion(
        number=number,
        criterion_id=criterion.id,
        title=criterion.title(language),
        text=final_text(chosen, criterion, values, language),
        type=criterion.type,
        level=criterion.level,
        verification=criterion.verification,
        evidence=criterion.evidence(language),
        weight=_weight(chosen, criterion),
        rubric=rubric,
        legal_basis=tuple(provision.label(language) for provision in criterion.legal_basis),
    )


def build_annex_content(
    library: CriteriaLibrary,
    chosen: Sequence[ChosenCriterion],
    facts: DossierFacts,
    risks: Sequence[AnnexRisk],
    *,
    deadlines: Deadlines | None = None,
    acceptance: AcceptanceMode = AcceptanceMode.EXPLICIT,
    language: str = "nl",
    other_weights: Iterable[Decimal | int | str] | None = None,
) -> AnnexContent:
    """Resolve a dossier's choices into the annex: texts filled, grouped by part, numbered.

    Within a part the buyer's order (``position``) holds. Raises
    :class:`UnknownCriterionError` for a choice the library lacks.
    """
    deadlines = deadlines or Deadlines()
    values = placeholder_values(facts, risks, deadlines, language)
    grouped: dict[AnnexPart, list[tuple[ChosenCriterion, Criterion]]] = {}
    for choice in sorted(chosen, key=lambda c: c.position):
        criterion = library.get(choice.criterion_id)
        if criterion is None:
            raise UnknownCriterionError(choice.criterion_id)
        grouped.setdefault(annex_part(choice, criterion), []).append((choice, criterion))

    sections: list[AnnexSection] = []
    deliverables: list[AnnexDeliverable] = []
    for part in sorted(grouped, key=lambda p: p.order):
        section_number = FIRST_PART_NUMBER + len(sections)
        items = []
        for index, (choice, criterion) in enumerate(grouped[part], start=1):
            number = f"{section_number}.{index}"
            items.append(_annex_criterion(number, choice, criterion, values, language))
            if criterion.deliverable is not None:
                deliverables.append(AnnexDeliverable(
                    fill_placeholders(criterion.deliverable.title(language), values),
                    fill_placeholders(criterion.deliverable.due(language), values),
                    number,
                ))
        sections.append(AnnexSection(section_number, part, tuple(items)))

    other_total = None
    if other_weights is not None:
        other_total = sum((as_weight(w) for w in other_weights), Decimal(0))
    return AnnexContent(
        language=language,
        dossier_title=facts.title,
        reference=facts.reference,
        organisation=facts.organisation,
        risks=tuple(risks),
        sections=tuple(sections),
        deliverables=tuple(deliverables),
        acceptance=acceptance,
        other_weights_total=other_total,
        library_edition=library.edition,
    )
