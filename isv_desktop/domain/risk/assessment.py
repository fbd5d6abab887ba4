"""What a scan gives: per theme and country a level with its reasons."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..themes import Theme
from .levels import RiskLevel

THEMES: tuple[Theme, ...] = tuple(Theme)

NO_LISTING_NOTE = (
    "Geen bron noemt dit risico. Dat een land of product niet op een lijst staat, "
    "betekent niet dat het risico er niet is.",
    "No source names this risk. That a country or product is not listed does not "
    "mean the risk is absent.",
)
DEPENDS_ON_ORIGIN_NOTE = (
    "Hangt af van de herkomst: het hoogste niveau over de landen waar de goederen "
    "van deze productgroep met kinder- of dwangarbeid worden gemaakt.",
    "Depends on origin: the highest level over the countries where this product "
    "group's goods are made with child or forced labour.",
)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a theme has its level, with the source and edition it comes from.

    ``level`` is what this reason contributes; ``None`` for context that is
    shown but does not set the level. ``country`` is None for reasons that
    hold whatever the country (sector risks).
    """

    source_id: str
    source_title: str
    edition: str
    text_nl: str
    text_en: str
    level: RiskLevel | None
    country: str | None = None

    def text(self, language: str = "nl") -> str:
        return self.text_nl if language == "nl" else self.text_en

    def cited(self, language: str = "nl") -> str:
        """The text with its source, e.g. "… — dwangarbeid (US DOL List of Goods, 2022)"."""
        return f"{self.text(language)} ({self.source_title}, {self.edition})"

    @property
    def identity(self) -> tuple[str, str | None, str, RiskLevel | None]:
        """What the reason says, apart from the edition (to compare scans)."""
        return (self.source_id, self.country, self.text_en, self.level)


@dataclass(frozen=True, slots=True)
class ThemeAssessment:
    """One cell of the risk table."""

    theme: Theme
    level: RiskLevel
    reasons: tuple[Reason, ...]
    depends_on_origin: bool = False

    def notes(self, language: str = "nl") -> tuple[str, ...]:
        """Unsourced remarks to show with the level."""
        index = 0 if language == "nl" else 1
        notes = []
        if self.level is RiskLevel.UNKNOWN:
            notes.append(NO_LISTING_NOTE[index])
        if self.depends_on_origin:
            notes.append(DEPENDS_ON_ORIGIN_NOTE[index])
        return tuple(notes)


@dataclass(frozen=True, slots=True)
class Origin:
    """A country where the groups' goods are known to be made with child or forced labour."""

    country: str
    goods: tuple[str, ...]
    child_labour: bool
    forced_labour: bool


UNKNOWN_ORIGIN: None = None
"""Column key of "origin unknown" in :attr:`ScanResult.cells`."""


@dataclass(frozen=True, slots=True)
class ScanResult:
    """A scan of product groups against countries of production.

    ``columns`` are the given countries, followed by ``None`` (origin
    unknown) when that column was asked for. ``themes`` is per theme the
    highest level over the given countries, or over the known origins
    when no country was given. ``editions`` records the edition of every
    source the scan consulted.
    """

    group_ids: tuple[str, ...]
    countries: tuple[str, ...]
    columns: tuple[str | None, ...]
    cells: Mapping[tuple[Theme, str | None], ThemeAssessment]
    themes: Mapping[Theme, ThemeAssessment]
    origins: tuple[Origin, ...]
    editions: Mapping[str, str]

    def cell(self, theme: Theme | str, column: str | None) -> ThemeAssessment:
        return self.cells[(Theme(theme), column)]

    def level(self, theme: Theme | str) -> RiskLevel:
        return self.themes[Theme(theme)].level

    @property
    def origin_countries(self) -> tuple[str, ...]:
        return tuple(origin.country for origin in self.origins)
