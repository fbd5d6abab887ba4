"""The reference facts the risk scan works from, each traceable to a source."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..themes import Theme
from .levels import RiskLevel

ITUC_RATINGS = ("1", "2", "3", "4", "5", "5+")

_ITUC_LABELS = {
    "1": ("incidentele schendingen van rechten", "sporadic violations of rights"),
    "2": ("herhaalde schendingen van rechten", "repeated violations of rights"),
    "3": ("regelmatige schendingen van rechten", "regular violations of rights"),
    "4": ("systematische schendingen van rechten", "systematic violations of rights"),
    "5": ("geen garantie van rechten", "no guarantee of rights"),
    "5+": (
        "geen garantie van rechten door het wegvallen van de rechtsstaat",
        "no guarantee of rights due to the breakdown of the rule of law",
    ),
}

DOL_SOURCE = "us_dol_goods"
"""Source id of the US DOL List of Goods Produced by Child Labor or Forced Labor."""
ITUC_SOURCE = "ituc_gri"
"""Source id of the ITUC Global Rights Index."""

NOTES_SOURCE = "isv_desktop_notes"
"""Source id of the project's own assessment (sector notes, "no known chain risk")."""

ALL_GROUPS = "*"
"""Group id of a sector risk that holds for every product group."""


def _pick(dutch: str, english: str, language: str) -> str:
    return dutch if language == "nl" else english


@dataclass(frozen=True, slots=True)
class Source:
    """A publication the knowledge base cites, in one edition."""

    id: str
    short_title: str
    title: str
    publisher: str
    edition: str
    published: str
    url: str
    licence_nl: str
    licence_en: str

    def licence(self, language: str = "nl") -> str:
        return _pick(self.licence_nl, self.licence_en, language)

    def with_edition(self, edition: str, published: str) -> Source:
        return replace(self, edition=edition, published=published)


@dataclass(frozen=True, slots=True)
class Country:
    """A country by its ISO 3166 alpha-2 code, with Dutch and English names."""

    code: str
    name_nl: str
    name_en: str

    def name(self, language: str = "nl") -> str:
        return _pick(self.name_nl, self.name_en, language)


@dataclass(frozen=True, slots=True)
class Good:
    """A good of the US DOL list; ``name`` is the list's English name."""

    name: str
    name_nl: str

    def label(self, language: str = "nl") -> str:
        return _pick(self.name_nl, self.name, language)


@dataclass(frozen=True, slots=True)
class GoodListing:
    """One entry of the DOL list: a good from a country.

    ``input_good``/``input_country`` name an input made with exploited
    labour (solar modules from CN are made with polysilicon from CN).
    """

    good: str
    country: str
    child_labour: bool
    forced_labour: bool
    forced_child_labour: bool = False
    input_good: str | None = None
    input_country: str | None = None
    source_id: str = DOL_SOURCE
    """The source (and so the edition) the flags above come from."""
    removed: tuple[str, ...] = ()
    """Kinds (``child_labour``, ``forced_labour``) a later edition took off the list, per ``removal_source_id``."""
    removal_source_id: str | None = None

    @property
    def has_exploited_input(self) -> bool:
        return self.input_good is not None


@dataclass(frozen=True, slots=True)
class CountryRating:
    """ITUC Global Rights Index rating of one country: 1 … 5, 5+."""

    country: str
    rating: str

    def __post_init__(self) -> None:
        if self.rating not in ITUC_RATINGS:
            raise ValueError(f"ITUC rating must be one of {ITUC_RATINGS}, not {self.rating!r}")

    @property
    def freedom_of_association_level(self) -> RiskLevel:
        """5 and 5+ high, 3 and 4 medium, 1 and 2 low."""
        if self.rating in ("5", "5+"):
            return RiskLevel.HIGH
        if self.rating in ("3", "4"):
            return RiskLevel.MEDIUM
        return RiskLevel.LOW

    @property
    def no_guarantee(self) -> bool:
        return self.rating in ("5", "5+")

    def description(self, language: str = "nl") -> str:
        return _pick(*_ITUC_LABELS[self.rating], language)


@dataclass(frozen=True, slots=True)
class ProductGroup:
    """What a buyer buys, with its CPV codes and the DOL goods that enter it.

    ``includes`` names groups whose goods and sector risks this group takes
    over (catering services include the food groups). A group with a
    ``no_chain_risk`` text is an explicit "no known chain risk" group: the
    text says why, and the scan shows it instead of staying silent.
    """

    id: str
    name_nl: str
    name_en: str
    cpv_codes: tuple[str, ...]
    goods: tuple[str, ...]
    isv_categories: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    no_chain_risk_nl: str = ""
    no_chain_risk_en: str = ""

    def name(self, language: str = "nl") -> str:
        return _pick(self.name_nl, self.name_en, language)

    @property
    def has_no_known_chain_risk(self) -> bool:
        return bool(self.no_chain_risk_nl)

    def no_chain_risk(self, language: str = "nl") -> str:
        return _pick(self.no_chain_risk_nl, self.no_chain_risk_en, language)


@dataclass(frozen=True, slots=True)
class SectorRisk:
    """A theme inherently at risk in a product group's sector, whatever the country (or in the ``countries`` named)."""

    group_id: str
    theme: Theme
    level: RiskLevel
    source_id: str
    text_nl: str
    text_en: str
    countries: tuple[str, ...] = ()
    """Only in these countries (ISO alpha-2) when given: silicosis in Indian and Chinese quarries,
    the minerals guidance in conflict-affected and high-risk areas."""

    def __post_init__(self) -> None:
        if self.level not in (RiskLevel.HIGH, RiskLevel.MEDIUM):
            raise ValueError("a sector risk is high or medium")

    def text(self, language: str = "nl") -> str:
        return _pick(self.text_nl, self.text_en, language)


@dataclass(frozen=True, slots=True)
class CriticalInput:
    """An input of a product group that mostly comes from one country, with its sourced share.

    Solar modules assembled anywhere carry the polysilicon risk of China
    (79 % of world production), unless the buyer traced the input's origin.
    """

    group_id: str
    good: str
    country: str
    share_percent: int
    year: str
    source_id: str
