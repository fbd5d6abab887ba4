"""The content of the tender annex (bijlage ISV), ready to lay out.

Everything here is already resolved: texts in one language with their
placeholders filled, criteria numbered and grouped in parts. The PDF, HTML
and plain-text writers in ``export`` only lay it out; ``build_annex_content``
in :mod:`isv_desktop.domain.annex_builder` makes it from a dossier.

The annex has a fixed outline: 1 introduction, 2 known risks, then one
chapter per part that has criteria (selection, minimum requirements, award,
contract conditions, escalation), then deliverables and deadlines, and for
explicit acceptance the supplier's declaration.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from isv_desktop.domain.criteria import AcceptanceMode, AmbitionLevel, CriterionType, Verification
from isv_desktop.domain.themes import Theme

INTRODUCTION_NUMBER = 1
RISKS_NUMBER = 2
FIRST_PART_NUMBER = 3

RISK_LEVELS = ("high", "medium", "low", "unknown")

_RISK_LEVEL_LABELS = {
    "high": ("hoog", "high"),
    "medium": ("gemiddeld", "medium"),
    "low": ("laag", "low"),
    "unknown": ("onbekend", "unknown"),
}


def risk_level_label(level: str, language: str = "nl") -> str:
    labels = _RISK_LEVEL_LABELS[level]
    return labels[0] if language == "nl" else labels[1]


class AnnexPart(str, Enum):
    """The chapters that hold criteria, in the order of the annex."""

    SELECTION = "selection"
    SPECIFICATION = "specification"
    AWARD = "award"
    CONTRACT = "contract"
    ESCALATION = "escalation"

    @property
    def order(self) -> int:
        return list(AnnexPart).index(self)


@dataclass(frozen=True)
class AnnexRisk:
    """One known risk: theme, level (high, medium, low, unknown) and its source."""

    theme: Theme
    level: str
    source: str

    def __post_init__(self) -> None:
        level = getattr(self.level, "value", self.level)  # accepts a str-valued enum too
        if level not in RISK_LEVELS:
            raise ValueError(f"unknown risk level {self.level!r}")
        object.__setattr__(self, "level", str(level))
        object.__setattr__(self, "theme", Theme(self.theme))


@dataclass(frozen=True)
class AnnexRubricRow:
    score: int
    description: str


@dataclass(frozen=True)
class AnnexCriterion:
    """A chosen criterion in its final wording, with its number in the annex."""

    number: str
    criterion_id: str
    title: str
    text: str
    type: CriterionType
    level: AmbitionLevel
    verification: tuple[Verification, ...]
    evidence: tuple[str, ...] = ()
    weight: Decimal | None = None
    rubric: tuple[AnnexRubricRow, ...] = ()
    legal_basis: tuple[str, ...] = ()  # labels of the further provisions it cites, e.g. "art. 2.116 …"

    @property
    def max_score(self) -> int | None:
        return max((row.score for row in self.rubric), default=None)


@dataclass(frozen=True)
class AnnexSection:
    """One chapter of criteria."""

    number: int
    part: AnnexPart
    criteria: tuple[AnnexCriterion, ...]


@dataclass(frozen=True)
class AnnexDeliverable:
    """What the supplier hands in, when, and under which criterion."""

    title: str
    due: str
    criterion_number: str


@dataclass(frozen=True)
class AnnexContent:
    """Everything the tender annex shows, in one language."""

    language: str
    dossier_title: str
    reference: str
    organisation: str
    risks: tuple[AnnexRisk, ...]
    sections: tuple[AnnexSection, ...]
    deliverables: tuple[AnnexDeliverable, ...]
    acceptance: AcceptanceMode
    other_weights_total: Decimal | None = None
    library_edition: str = ""

    def __post_init__(self) -> None:
        if self.language not in ("nl", "en"):
            raise ValueError(f"unsupported language {self.language!r}")

    @property
    def criteria(self) -> tuple[AnnexCriterion, ...]:
        return tuple(c for section in self.sections for c in section.criteria)

    @property
    def award_criteria(self) -> tuple[AnnexCriterion, ...]:
        return tuple(c for c in self.criteria if c.type is CriterionType.AWARD_CRITERION)

    @property
    def isv_weight_total(self) -> Decimal:
        return sum((c.weight or Decimal(0) for c in self.award_criteria), Decimal(0))

    def section(self, part: AnnexPart) -> AnnexSection | None:
        return next((s for s in self.sections if s.part is part), None)

    @property
    def deliverables_number(self) -> int:
        """The chapter number of "deliverables and deadlines"."""
        return FIRST_PART_NUMBER + len(self.sections)

    @property
    def declaration_number(self) -> int | None:
        """The chapter number of the supplier's declaration (explicit acceptance only)."""
        if self.acceptance is AcceptanceMode.EXPLICIT:
            return self.deliverables_number + 1
        return None
