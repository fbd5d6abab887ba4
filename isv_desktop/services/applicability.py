"""The applicability check of step 1: EU threshold of today and the ISV risk category."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Callable

from ..domain.dossier import Dossier
from ..domain.messages import UserError
from ..domain.thresholds import Applicability, ThresholdPeriod, assess_applicability, threshold_on
from ..storage.threshold_repository import ThresholdRepository


class ApplicabilityService:
    def __init__(
        self,
        shipped_periods: list[ThresholdPeriod],
        buyer_thresholds: ThresholdRepository,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._shipped = shipped_periods
        self._buyer = buyer_thresholds
        self._today = today

    def periods(self) -> list[ThresholdPeriod]:
        """Shipped periods first, then the buyer's entries (which win where they overlap)."""
        return [*self._shipped, *self._buyer.all()]

    def current_period(self) -> ThresholdPeriod | None:
        return threshold_on(self.periods(), self._today())

    def assess(self, dossier: Dossier) -> Applicability:
        return assess_applicability(
            dossier.estimated_value,
            dossier.contract_kind,
            dossier.risk_category,
            self.periods(),
            self._today(),
        )

    def enter_thresholds(
        self, start: date, end: date, supplies_services: Decimal, works: Decimal
    ) -> ThresholdPeriod:
        if end < start:
            raise UserError("threshold.invalid_period")
        period = ThresholdPeriod(start, end, supplies_services, works, source="buyer")
        self._buyer.add(period)
        return period
