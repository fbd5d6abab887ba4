"""The criteria library and the criteria a buyer chose for one dossier.

A *criterion* is a text from the project's library (``resources/criteria``)
that brings the ISV into one phase of a tender: a contract performance
condition (bijzondere uitvoeringsvoorwaarde), a minimum requirement
(technische specificatie), a selection criterion (geschiktheidseis) or an
award criterion (gunningscriterium). Variants of the same requirement at
different ambition levels share a *family*; the suggestion picks one variant
per family.

A *chosen criterion* is what a dossier keeps: which criterion and library
version, where it stands, the buyer's own wording (if any) and, for award
criteria, the weight.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.legal_basis import LegalProvision
from isv_desktop.domain.themes import Theme


def _pick(labels: tuple[str, str], language: str) -> str:
    return labels[0] if language == "nl" else labels[1]


class TenderPhase(str, Enum):
    """The phase of the tender in which a criterion takes effect, in tender order."""

    SELECTION = "selection"
    SPECIFICATION = "specification"
    AWARD = "award"
    CONTRACT = "contract"

    @property
    def order(self) -> int:
        return list(TenderPhase).index(self)

    def label(self, language: str = "nl") -> str:
        return _pick(_PHASE_LABELS[self], language)


_PHASE_LABELS = {
    TenderPhase.SELECTION: ("Geschiktheidseisen (selectie)", "Selection criteria"),
    TenderPhase.SPECIFICATION: ("Minimumeisen", "Minimum requirements"),
    TenderPhase.AWARD: ("Gunningscriteria", "Award criteria"),
    TenderPhase.CONTRACT: ("Contractvoorwaarden", "Contract performance conditions"),
}


class CriterionType(str, Enum):
    """How a criterion enters the tender, each with its Dutch legal basis."""

    CONTRACT_CONDITION = "contract_condition"
    MINIMUM_REQUIREMENT = "minimum_requirement"
    SELECTION_CRITERION = "selection_criterion"
    AWARD_CRITERION = "award_criterion"

    @property
    def phase(self) -> TenderPhase:
        """The phase a criterion of this type belongs to by default."""
        return _TYPE_PHASES[self]

    def label(self, language: str = "nl") -> str:
        return _pick(_TYPE_LABELS[self], language)

    def legal_basis(self, language: str = "nl") -> str:
        return _pick(_LEGAL_BASIS[self], language)


_TYPE_PHASES = {
    CriterionType.SELECTION_CRITERION: TenderPhase.SELECTION,
    CriterionType.MINIMUM_REQUIREMENT: TenderPhase.SPECIFICATION,
    CriterionType.AWARD_CRITERION: TenderPhase.AWARD,
    CriterionType.CONTRACT_CONDITION: TenderPhase.CONTRACT,
}

_TYPE_LABELS = {
    CriterionType.CONTRACT_CONDITION: ("Bijzondere uitvoeringsvoorwaarde", "Contract performance condition"),
    CriterionType.MINIMUM_REQUIREMENT: (
        "Minimumeis (technische specificatie)", "Minimum requirement (technical specification)"),
    CriterionType.SELECTION_CRITERION: (
        "Geschiktheidseis (technische bekwaamheid)", "Selection criterion (technical ability)"),
    CriterionType.AWARD_CRITERION: ("Gunningscriterium (kwaliteit)", "Award criterion (quality)"),
}

_ACT_NL, _ACT_EN = "Aanbestedingswet 2012", "Dutch Public Procurement Act 2012"
_LEGAL_BASIS = {
    CriterionType.CONTRACT_CONDITION: (f"art. 2.80 {_ACT_NL}", f"Article 2.80 {_ACT_EN}"),
    CriterionType.MINIMUM_REQUIREMENT: (f"art. 2.75 {_ACT_NL}", f"Article 2.75 {_ACT_EN}"),
    CriterionType.SELECTION_CRITERION: (f"art. 2.90 en 2.93 {_ACT_NL}", f"Articles 2.90 and 2.93 {_ACT_EN}"),
    CriterionType.AWARD_CRITERION: (f"art. 2.114 en 2.115 {_ACT_NL}", f"Articles 2.114 and 2.115 {_ACT_EN}"),
}


class AmbitionLevel(str, Enum):
    """The three ambition levels of the MVI criteria tool, ordered basis < ambitious."""

    BASIS = "basis"
    SIGNIFICANT = "significant"
    AMBITIOUS = "ambitious"

    @property
    def rank(self) -> int:
        return list(AmbitionLevel).index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, AmbitionLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, AmbitionLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, AmbitionLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, AmbitionLevel):
            return NotImplemented
        return self.rank >= other.rank

    def label(self, language: str = "nl") -> str:
        return _pick(_LEVEL_LABELS[self], language)


_LEVEL_LABELS = {
    AmbitionLevel.BASIS: ("basis", "basic"),
    AmbitionLevel.SIGNIFICANT: ("significant", "significant"),
    AmbitionLevel.AMBITIOUS: ("ambitieus", "ambitious"),
}


class Verification(str, Enum):
    """How the buyer checks that a criterion is met."""

    DECLARATION = "declaration"
    PLAN_OF_ACTION = "plan_of_action"
    CERTIFICATE_OR_MEMBERSHIP = "certificate_or_membership"
    AUDIT_REPORT = "audit_report"

    def label(self, language: str = "nl") -> str:
        return _pick(_VERIFICATION_LABELS[self], language)


_VERIFICATION_LABELS = {
    Verification.DECLARATION: ("eigen verklaring", "self-declaration"),
    Verification.PLAN_OF_ACTION: ("plan van aanpak", "plan of action"),
    Verification.CERTIFICATE_OR_MEMBERSHIP: ("certificaat of lidmaatschap", "certificate or membership"),
    Verification.AUDIT_REPORT: ("auditrapport", "audit report"),
}


class CriterionRole(str, Enum):
    """The special jobs some general criteria do; the annex and later steps look for them."""

    DUE_DILIGENCE = "due_diligence"
    PLAN_OF_ACTION = "plan_of_action"
    PROGRESS_REPORT = "progress_report"
    AUDIT = "audit"
    ESCALATION = "escalation"
    TRACEABILITY = "traceability"


class AcceptanceMode(str, Enum):
    """Explicit: the bidder signs a declaration in the annex. Implicit: bidding is accepting."""

    EXPLICIT = "explicit"
    IMPLICIT = "implicit"


ALL_PRODUCT_GROUPS = "all"


@dataclass(frozen=True)
class RubricLevel:
    """One row of an award criterion's scoring rubric: what earns this score."""

    score: int
    description_nl: str
    description_en: str

    def description(self, language: str = "nl") -> str:
        return self.description_nl if language == "nl" else self.description_en


@dataclass(frozen=True)
class Deliverable:
    """A document the supplier hands in, with when (may hold placeholders)."""

    title_nl: str
    title_en: str
    due_nl: str
    due_en: str

    def title(self, language: str = "nl") -> str:
        return self.title_nl if language == "nl" else self.title_en

    def due(self, language: str = "nl") -> str:
        return self.due_nl if language == "nl" else self.due_en


@dataclass(frozen=True)
class Criterion:
    """One versioned text of the criteria library, in Dutch and English."""

    id: str
    version: int
    family: str
    type: CriterionType
    level: AmbitionLevel
    general: bool
    themes: frozenset[Theme]
    product_groups: frozenset[str] | None  # None: fits every product group
    title_nl: str
    title_en: str
    text_nl: str
    text_en: str
    verification: tuple[Verification, ...]
    evidence_nl: tuple[str, ...] = ()
    evidence_en: tuple[str, ...] = ()
    role: CriterionRole | None = None
    deliverable: Deliverable | None = None
    default_weight: Decimal | None = None
    rubric: tuple[RubricLevel, ...] = ()
    legal_basis: tuple[LegalProvision, ...] = ()  # what it relies on beyond its type's article

    def title(self, language: str = "nl") -> str:
        return self.title_nl if language == "nl" else self.title_en

    def text(self, language: str = "nl") -> str:
        return self.text_nl if language == "nl" else self.text_en

    def evidence(self, language: str = "nl") -> tuple[str, ...]:
        return self.evidence_nl if language == "nl" else self.evidence_en

    def fits(self, group_ids: Iterable[str]) -> bool:
        """True when the criterion fits at least one of the groups (or every group)."""
        if self.product_groups is None:
            return True
        return not self.product_groups.isdisjoint(group_ids)


class CriteriaLibrary:
    """The criteria of one library edition, in library order, looked up by id."""

    def __init__(self, edition: str, criteria: Sequence[Criterion]) -> None:
        self.edition = edition
        self._criteria = tuple(criteria)
        self._by_id = {c.id: c for c in self._criteria}
        if len(self._by_id) != len(self._criteria):
            raise ValueError("criterion ids must be unique")

    def __iter__(self) -> Iterator[Criterion]:
        return iter(self._criteria)

    def __len__(self) -> int:
        return len(self._criteria)

    def __contains__(self, criterion_id: object) -> bool:
        return criterion_id in self._by_id

    def get(self, criterion_id: str) -> Criterion | None:
        return self._by_id.get(criterion_id)

    def __getitem__(self, criterion_id: str) -> Criterion:
        return self._by_id[criterion_id]

    def family(self, family: str) -> tuple[Criterion, ...]:
        """The variants of one family, lowest ambition level first."""
        return tuple(sorted((c for c in self._criteria if c.family == family), key=lambda c: c.level.rank))


@dataclass(frozen=True)
class ChosenCriterion:
    """A criterion as chosen for one dossier, with the buyer's own wording if any."""

    criterion_id: str
    library_version: int
    position: int
    phase: TenderPhase
    custom_text_nl: str | None = None
    custom_text_en: str | None = None
    weight: Decimal | None = None

    @classmethod
    def from_criterion(cls, criterion: Criterion, position: int) -> ChosenCriterion:
        return cls(criterion.id, criterion.version, position, criterion.type.phase,
                   weight=criterion.default_weight)

    def custom_text(self, language: str = "nl") -> str | None:
        return self.custom_text_nl if language == "nl" else self.custom_text_en

    def with_text(self, language: str, text: str | None) -> ChosenCriterion:
        """The same choice with the buyer's wording in one language (None: the library's)."""
        if language == "nl":
            return replace(self, custom_text_nl=text)
        return replace(self, custom_text_en=text)


def text_differs(chosen: ChosenCriterion, library: CriteriaLibrary, language: str) -> bool:
    """True when the dossier's text in this language is not the library's current text."""
    criterion = library.get(chosen.criterion_id)
    if criterion is None:
        return True
    custom = chosen.custom_text(language)
    return custom is not None and custom != criterion.text(language)


def differs_from_library(chosen: ChosenCriterion, library: CriteriaLibrary) -> bool:
    """True when the buyer reworded the text (in either language), or it left the library."""
    return any(text_differs(chosen, library, language) for language in ("nl", "en"))


def has_newer_version(chosen: ChosenCriterion, library: CriteriaLibrary) -> bool:
    """True when the library now holds a later version than the one chosen."""
    criterion = library.get(chosen.criterion_id)
    return criterion is not None and criterion.version > chosen.library_version


def revert_to_library(chosen: ChosenCriterion, library: CriteriaLibrary) -> ChosenCriterion:
    """Drop the buyer's wording and take the library's current version."""
    criterion = library[chosen.criterion_id]
    return replace(chosen, custom_text_nl=None, custom_text_en=None, library_version=criterion.version)


def renumber(chosen: Iterable[ChosenCriterion]) -> tuple[ChosenCriterion, ...]:
    """The choices in their current order, with positions 0, 1, 2, …"""
    ordered = sorted(chosen, key=lambda c: c.position)
    return tuple(replace(c, position=index) for index, c in enumerate(ordered))


def suggest_criteria(
    library: CriteriaLibrary,
    high_priority_themes: Iterable[Theme],
    ambition: AmbitionLevel,
    group_ids: Iterable[str],
) -> tuple[Criterion, ...]:
    """The criteria the scan brings forward, one variant per family.

    General criteria are always suggested; the others when they address a
    high-priority theme. Only criteria that fit one of the dossier's product
    groups count (with no groups, only those that fit every group). Per
    family the variant with the highest level not above ``ambition`` wins,
    so choosing *ambitious* brings the ambitious variant where there is one.
    Ordered by tender phase, general ones first, then library order.
    """
    themes = frozenset(high_priority_themes)
    groups = frozenset(group_ids)
    best: dict[str, Criterion] = {}
    for criterion in library:
        if criterion.level > ambition or not criterion.fits(groups):
            continue
        if not criterion.general and criterion.themes.isdisjoint(themes):
            continue
        current = best.get(criterion.family)
        if current is None or criterion.level > current.level:
            best[criterion.family] = criterion
    order = {c.id: index for index, c in enumerate(library)}
    return tuple(sorted(best.values(), key=lambda c: (c.type.phase.order, not c.general, order[c.id])))


def choose_suggestions(criteria: Iterable[Criterion]) -> tuple[ChosenCriterion, ...]:
    """Turn suggested criteria into a dossier's choices, numbered in order."""
    return tuple(ChosenCriterion.from_criterion(c, index) for index, c in enumerate(criteria))



@dataclass(frozen=True)
class CriteriaSettings:
    """A dossier's step-3 settings beside its chosen criteria."""

    ambition: AmbitionLevel = AmbitionLevel.BASIS
    acceptance: AcceptanceMode = AcceptanceMode.EXPLICIT
    deadlines: Deadlines = Deadlines()
    other_weights: Decimal | None = None  # the dossier's non-ISV award weights, in percent
