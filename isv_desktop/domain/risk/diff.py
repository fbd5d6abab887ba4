"""What changed between two scans (e.g. after a newer edition of a source was loaded)."""
from __future__ import annotations

from dataclasses import dataclass

from ..themes import Theme
from .assessment import THEMES, Reason, ScanResult, ThemeAssessment
from .levels import RiskLevel


@dataclass(frozen=True, slots=True)
class CellChange:
    """A cell whose level or reasons differ; ``None`` where the column is absent on one side."""

    theme: Theme
    column: str | None
    level_before: RiskLevel | None
    level_after: RiskLevel | None
    reasons_added: tuple[Reason, ...]
    reasons_removed: tuple[Reason, ...]

    @property
    def level_changed(self) -> bool:
        return self.level_before != self.level_after


@dataclass(frozen=True, slots=True)
class EditionChange:
    source_id: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class ScanDiff:
    cells: tuple[CellChange, ...]
    themes: tuple[CellChange, ...]
    editions: tuple[EditionChange, ...]
    origins_added: tuple[str, ...]
    origins_removed: tuple[str, ...]

    @property
    def unchanged(self) -> bool:
        return not (self.cells or self.themes or self.origins_added or self.origins_removed)


def diff_scans(before: ScanResult, after: ScanResult) -> ScanDiff:
    """Cells, overall themes, editions and origins that differ.

    Reasons are compared on what they say, not on their edition, so a newer
    edition that repeats a listing shows no change for it.
    """
    columns = list(dict.fromkeys(before.columns + after.columns))
    cells = tuple(
        change
        for column in columns
        for theme in THEMES
        if (change := _compare(theme, column, before.cells.get((theme, column)), after.cells.get((theme, column))))
    )
    themes = tuple(
        change
        for theme in THEMES
        if (change := _compare(theme, None, before.themes.get(theme), after.themes.get(theme)))
    )
    sources = sorted(set(before.editions) | set(after.editions))
    editions = tuple(
        EditionChange(s, before.editions.get(s), after.editions.get(s))
        for s in sources
        if before.editions.get(s) != after.editions.get(s)
    )
    old, new = set(before.origin_countries), set(after.origin_countries)
    return ScanDiff(cells, themes, editions, tuple(sorted(new - old)), tuple(sorted(old - new)))


def _compare(
    theme: Theme, column: str | None, old: ThemeAssessment | None, new: ThemeAssessment | None
) -> CellChange | None:
    old_reasons = {r.identity: r for r in (old.reasons if old else ())}
    new_reasons = {r.identity: r for r in (new.reasons if new else ())}
    added = tuple(r for key, r in new_reasons.items() if key not in old_reasons)
    removed = tuple(r for key, r in old_reasons.items() if key not in new_reasons)
    old_level = old.level if old else None
    new_level = new.level if new else None
    if old_level == new_level and not added and not removed:
        return None
    return CellChange(theme, column, old_level, new_level, added, removed)
