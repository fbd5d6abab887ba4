"""The applicability check of step 1: the EU threshold on the tender's own date, the kind, the ISV risk category."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Callable

from ..domain.contract_kinds import AnnexXiv, KindSuggestion, suggest_contract_kind
from ..domain.dossier import ContractKind, Dossier
from ..domain.messages import UserError
from ..domain.risk_category_suggestion import CategoryRule, CategoryTable, suggest_risk_category
from ..domain.thresholds import Applicability, ThresholdPeriod, assess_applicability, threshold_on
from ..knowledge.thresholds import ThresholdTable
from ..storage.database import Database
from ..storage.threshold_repository import ThresholdRepository
from .changes import Change
from .use_case import use_case


class ApplicabilityService:
    changes = frozenset({Change.THRESHOLDS})  # what its use cases store (services.changes)

    def __init__(
        self,
        thresholds: ThresholdTable,
        buyer_thresholds: ThresholdRepository,
        database: Database,
        today: Callable[[], date] = date.today,
        annex_xiv: AnnexXiv | None = None,
        categories: CategoryTable | None = None,
    ) -> None:
        self._database = database
        self.thresholds = thresholds
        self._buyer = buyer_thresholds
        self._today = today
        self.annex_xiv = annex_xiv or AnnexXiv((), "", "")
        self.categories = categories or CategoryTable((), "", "")

    def periods(self) -> list[ThresholdPeriod]:
        """Shipped (or imported) periods first, then the buyer's entries (which win where they overlap)."""
        return [*self.thresholds.periods, *self._buyer.all()]

    def current_period(self) -> ThresholdPeriod | None:
        return threshold_on(self.periods(), self._today())

    def assess(self, dossier: Dossier) -> Applicability:
        """The verdict on the dossier's call-for-competition date; today (said so) when it has none."""
        day = dossier.call_for_competition_date
        return assess_applicability(
            dossier.estimated_value,
            dossier.contract_kind,
            dossier.risk_category,
            self.periods(),
            day or self._today(),
            date_is_today=day is None,
        )

    def assess_purchase(
        self, cpv_code: str, value: Decimal | None, day: date | None, risk_category: str | None,
        kind: ContractKind | None = None,
    ) -> tuple[Applicability, KindSuggestion]:
        """A purchase not (yet) in a dossier, e.g. from the command line; the kind follows the CPV code unless given."""
        suggestion = self.suggest_kind(cpv_code)
        result = assess_applicability(
            value, kind or suggestion.kind, risk_category, self.periods(), day or self._today(),
            date_is_today=day is None,
        )
        return result, suggestion

    def suggest_kind(self, cpv_code: str) -> KindSuggestion:
        return suggest_contract_kind(cpv_code, self.annex_xiv)

    def suggest_category(self, cpv_code: str) -> CategoryRule | None:
        return suggest_risk_category(cpv_code, self.categories)

    @use_case
    def enter_thresholds(
        self, start: date, end: date, supplies_services: Decimal, works: Decimal
    ) -> ThresholdPeriod:
        if end < start:
            raise UserError("threshold.invalid_period")
        period = ThresholdPeriod(start, end, supplies_services, works, source="buyer")
        self._buyer.add(period)
        return period
