"""Risk levels of the scan and the priority of the buyer's own judgement."""
from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

_LEVEL_LABELS = {
    "high": ("hoog", "high"),
    "medium": ("gemiddeld", "medium"),
    "low": ("laag", "low"),
    "unknown": ("onbekend", "unknown"),
}

# Order of concern: a sourced "low" worries least, then "unknown" (nobody
# looked, or nobody says), then a sourced "medium", then "high". So the
# highest of low (NL) and unknown (a country no source covers) is unknown,
# never a reassuring low.
_CONCERN = {"low": 0, "unknown": 1, "medium": 2, "high": 3}


class RiskLevel(str, Enum):
    """Level of one theme in one cell of the risk table.

    Compares by concern: ``LOW < UNKNOWN < MEDIUM < HIGH``.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNKNOWN = "unknown"

    @property
    def concern(self) -> int:
        return _CONCERN[self.value]

    def label(self, language: str = "nl") -> str:
        dutch, english = _LEVEL_LABELS[self.value]
        return dutch if language == "nl" else english

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.concern < other.concern

    def __le__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.concern <= other.concern

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.concern > other.concern

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.concern >= other.concern

    __hash__ = str.__hash__


def highest_level(levels: Iterable[RiskLevel]) -> RiskLevel:
    """The level of most concern; UNKNOWN when there is none."""
    best = None
    for level in levels:
        if best is None or level.concern > best.concern:
            best = level
    return RiskLevel.UNKNOWN if best is None else best


class Priority(str, Enum):
    """Priority from the buyer's judgement of severity and likelihood."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def label(self, language: str = "nl") -> str:
        dutch, english = _LEVEL_LABELS[self.value]
        return dutch if language == "nl" else english


JUDGEMENT_SCALE = (1, 2, 3)


def judgement_priority(severity: int, likelihood: int) -> Priority:
    """Priority of a theme from severity (1–3) and likelihood (1–3).

    The rule: severity × likelihood ≥ 6 is high (3×2, 2×3, 3×3), 3 or 4 is
    medium (2×2, 3×1, 1×3), below 3 is low. So a grave risk (severity 3) is
    never low, however unlikely, and a likely one is never low either.
    """
    for name, value in (("severity", severity), ("likelihood", likelihood)):
        if isinstance(value, bool) or value not in JUDGEMENT_SCALE:
            raise ValueError(f"{name} must be 1, 2 or 3, not {value!r}")
    score = severity * likelihood
    if score >= 6:
        return Priority.HIGH
    if score >= 3:
        return Priority.MEDIUM
    return Priority.LOW
