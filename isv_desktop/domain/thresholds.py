"""EU procurement thresholds for municipalities and the ISV applicability check."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from .dossier import ContractKind


@dataclass(frozen=True, slots=True)
class ThresholdPeriod:
    """Thresholds for a sub-central authority, valid from ``start`` to ``end`` inclusive."""

    start: date
    end: date
    supplies_services: Decimal
    works: Decimal
    source: str

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def amount_for(self, kind: ContractKind) -> Decimal:
        return self.works if kind is ContractKind.WORKS else self.supplies_services


def threshold_on(periods: list[ThresholdPeriod], day: date) -> ThresholdPeriod | None:
    """The period covering ``day``; the buyer's own (later-listed) entries win."""
    found = None
    for period in periods:
        if period.covers(day):
            found = period
    return found


class ThresholdOutcome(str, Enum):
    ABOVE = "above"
    BELOW = "below"
    NO_KNOWN_PERIOD = "no_known_period"
    NO_VALUE = "no_value"


class CentralGovernmentRule(str, Enum):
    """What the central government's own ISV rule would say for this purchase."""

    REQUIRED = "required"  # above threshold and in a risk category
    NOT_REQUIRED = "not_required"
    UNKNOWN = "unknown"  # threshold or category not known yet


@dataclass(frozen=True, slots=True)
class Applicability:
    threshold: ThresholdOutcome
    threshold_amount: Decimal | None
    period: ThresholdPeriod | None
    in_risk_category: bool | None
    central_rule: CentralGovernmentRule


def assess_applicability(
    value: Decimal | None,
    kind: ContractKind,
    risk_category: str | None,
    periods: list[ThresholdPeriod],
    today: date,
) -> Applicability:
    """Compare the value with the threshold of today and combine with the category.

    ``risk_category`` is one of the ten category names, ``""`` for "none of
    them" and ``None`` when the buyer has not said yet.
    """
    period = threshold_on(periods, today)
    amount = period.amount_for(kind) if period else None
    if value is None:
        outcome = ThresholdOutcome.NO_VALUE
    elif period is None:
        outcome = ThresholdOutcome.NO_KNOWN_PERIOD
    else:
        outcome = ThresholdOutcome.ABOVE if value >= amount else ThresholdOutcome.BELOW
    in_category = None if risk_category is None else bool(risk_category)
    if outcome is ThresholdOutcome.BELOW or in_category is False:
        rule = CentralGovernmentRule.NOT_REQUIRED
    elif outcome is ThresholdOutcome.ABOVE and in_category:
        rule = CentralGovernmentRule.REQUIRED
    else:
        rule = CentralGovernmentRule.UNKNOWN
    return Applicability(outcome, amount, period, in_category, rule)
