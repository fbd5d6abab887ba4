"""Which of the ten ISV risk categories a CPV code suggests, with the reason; the buyer decides.

The table (resources/applicability/risk_category_cpv.csv) ties a CPV code and
everything below it to a category; the most specific code that covers the
buyer's code wins, so printing paper (30197630-1) can suggest "paper and
printing" while other office supplies (3019…) suggest "office supplies".
"""
from __future__ import annotations

from dataclasses import dataclass

from .cpv import is_within, significant_digits
from .risk_categories import ISV_RISK_CATEGORIES


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """CPV code ``cpv_code`` and its subtree suggest ``category_id``; the reason says why, in both languages."""

    cpv_code: str
    category_id: str
    reason_nl: str
    reason_en: str

    def __post_init__(self) -> None:
        if self.category_id not in ISV_RISK_CATEGORIES:
            raise ValueError(f"unknown ISV risk category {self.category_id!r}")

    def reason(self, language: str) -> str:
        return self.reason_nl if language == "nl" else self.reason_en


@dataclass(frozen=True, slots=True)
class CategoryTable:
    rules: tuple[CategoryRule, ...]
    source: str
    edition: str


def suggest_risk_category(cpv_code: str, table: CategoryTable) -> CategoryRule | None:
    """The most specific rule covering ``cpv_code``; None: no category suggested (the buyer still decides)."""
    if not cpv_code:
        return None
    covering = [rule for rule in table.rules if is_within(cpv_code, rule.cpv_code)]
    if not covering:
        return None
    return max(covering, key=lambda rule: len(significant_digits(rule.cpv_code)))
