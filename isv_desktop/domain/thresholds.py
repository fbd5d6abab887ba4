"""EU procurement thresholds for municipalities and the ISV applicability check.

The threshold is judged on the tender's own date — the day the call for
competition is sent, planned or actual — not on the day the dossier is
opened: a 2025 dossier reopened in 2027 keeps its 2025 verdict. When the
buyer has not filled in that date yet, today stands in and the verdict says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from .dossier import ContractKind

WARN_DAYS_BEFORE_TABLE_ENDS = 90


@dataclass(frozen=True, slots=True)
class CentralGovernmentThresholds:
    """The thresholds of central government authorities, kept beside the municipal ones for reference."""

    supplies_services: Decimal
    works: Decimal
    social_services: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ThresholdPeriod:
    """Thresholds for a sub-central authority, valid from ``start`` to ``end`` inclusive.

    ``source`` is the regulation that set the supplies/services and works
    amounts; ``social_services`` (Annex XIV services) is fixed by the directive
    itself, named in ``social_source``. A buyer's own entry has no social amount.
    """

    start: date
    end: date
    supplies_services: Decimal
    works: Decimal
    source: str
    social_services: Decimal | None = None
    social_source: str = ""
    central_government: CentralGovernmentThresholds | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def amount_for(self, kind: ContractKind) -> Decimal | None:
        if kind is ContractKind.WORKS:
            return self.works
        if kind is ContractKind.SOCIAL_SERVICES:
            return self.social_services
        return self.supplies_services

    def source_for(self, kind: ContractKind) -> str:
        return (self.social_source or self.source) if kind is ContractKind.SOCIAL_SERVICES else self.source


def threshold_on(periods: list[ThresholdPeriod], day: date) -> ThresholdPeriod | None:
    """The period covering ``day``; the buyer's own (later-listed) entries win."""
    found = None
    for period in periods:
        if period.covers(day):
            found = period
    return found


def period_with_amount(
    periods: list[ThresholdPeriod], day: date, kind: ContractKind
) -> ThresholdPeriod | None:
    """The last-listed period covering ``day`` that has an amount for ``kind``."""
    found = None
    for period in periods:
        if period.covers(day) and period.amount_for(kind) is not None:
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


class ThresholdWarning(str, Enum):
    DATE_IS_TODAY = "date_is_today"  # no tender date filled in: judged on today
    OUTSIDE_EVERY_PERIOD = "outside_every_period"  # no known period covers the date
    TABLE_ENDS_SOON = "table_ends_soon"  # the date is within 90 days of the end of the last known period


@dataclass(frozen=True, slots=True)
class Applicability:
    threshold: ThresholdOutcome
    threshold_amount: Decimal | None
    period: ThresholdPeriod | None
    in_risk_category: bool | None
    central_rule: CentralGovernmentRule
    judged_on: date | None = None
    warnings: tuple[ThresholdWarning, ...] = ()
    known_until: date | None = None  # the end of the last known period
    source: str = ""  # the regulation (or directive article) that sets the amount used

    @property
    def above_threshold(self) -> bool | None:
        if self.threshold is ThresholdOutcome.ABOVE:
            return True
        return False if self.threshold is ThresholdOutcome.BELOW else None


def threshold_warnings(periods: list[ThresholdPeriod], day: date, date_is_today: bool) -> tuple[ThresholdWarning, ...]:
    warnings = [ThresholdWarning.DATE_IS_TODAY] if date_is_today else []
    if threshold_on(periods, day) is None:
        warnings.append(ThresholdWarning.OUTSIDE_EVERY_PERIOD)
    elif periods:
        last_end = max(period.end for period in periods)
        if (last_end - day).days <= WARN_DAYS_BEFORE_TABLE_ENDS:
            warnings.append(ThresholdWarning.TABLE_ENDS_SOON)
    return tuple(warnings)


def assess_applicability(
    value: Decimal | None,
    kind: ContractKind,
    risk_category: str | None,
    periods: list[ThresholdPeriod],
    day: date,
    date_is_today: bool = False,
) -> Applicability:
    """Compare the value with the threshold in force on ``day`` and combine with the category.

    ``day`` is the tender's date (``date_is_today``: none was given, today
    stands in). ``risk_category`` is one of the ten category ids, ``""`` for
    "none of them" and ``None`` when the buyer has not said yet.
    """
    period = period_with_amount(periods, day, kind)
    amount = period.amount_for(kind) if period else None
    if value is None:
        outcome = ThresholdOutcome.NO_VALUE
    elif period is None or amount is None:
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
    return Applicability(
        threshold=outcome,
        threshold_amount=amount,
        period=period,
        in_risk_category=in_category,
        central_rule=rule,
        judged_on=day,
        warnings=threshold_warnings(periods, day, date_is_today),
        known_until=max((p.end for p in periods), default=None),
        source=period.source_for(kind) if period else "",
    )
