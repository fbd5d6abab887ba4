"""Award weights: do the ISV criteria and the dossier's other criteria make 100 %?"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

HUNDRED = Decimal(100)


class WeightStatus(str, Enum):
    NOT_CHECKED = "not_checked"  # the buyer has not entered the other weights
    ADDS_UP = "adds_up"
    TOO_LOW = "too_low"
    TOO_HIGH = "too_high"


@dataclass(frozen=True)
class WeightCheck:
    """The totals in percent and what they mean."""

    isv_total: Decimal
    other_total: Decimal | None
    status: WeightStatus

    @property
    def total(self) -> Decimal:
        return self.isv_total + (self.other_total or Decimal(0))

    @property
    def difference(self) -> Decimal:
        """What is missing to 100 % (negative when there is too much)."""
        return HUNDRED - self.total

    @property
    def adds_up(self) -> bool:
        return self.status is WeightStatus.ADDS_UP


def as_weight(value: Decimal | int | str | float) -> Decimal:
    """A weight in percent as an exact Decimal; refuses negatives, NaN and infinities."""
    try:
        weight = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation as error:
        raise ValueError(f"not a weight: {value!r}") from error
    if not weight.is_finite() or weight < 0 or weight > HUNDRED:
        raise ValueError(f"a weight is a percentage from 0 to 100, not {value!r}")
    return weight


def check_weights(
    isv_weights: Iterable[Decimal | int | str | float],
    other_weights: Iterable[Decimal | int | str | float] | None,
) -> WeightCheck:
    """Add the ISV award weights and the other weights and compare with 100 %.

    ``other_weights`` is None when the buyer has not entered them; then only
    an ISV total above 100 % is reported (as too high).
    """
    isv_total = sum((as_weight(w) for w in isv_weights), Decimal(0))
    other_total = None if other_weights is None else sum((as_weight(w) for w in other_weights), Decimal(0))
    total = isv_total + (other_total or Decimal(0))
    if total > HUNDRED:
        status = WeightStatus.TOO_HIGH
    elif other_total is None:
        status = WeightStatus.NOT_CHECKED
    elif total < HUNDRED:
        status = WeightStatus.TOO_LOW
    else:
        status = WeightStatus.ADDS_UP
    return WeightCheck(isv_total, other_total, status)
