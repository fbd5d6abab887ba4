"""Thresholds the buyer entered in the settings, dated."""
from __future__ import annotations

from datetime import date, datetime

from ..domain.amounts import amount_to_cents, cents_to_amount
from ..domain.thresholds import ThresholdPeriod
from .database import Database

BUYER_SOURCE = "buyer"


class ThresholdRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def add(self, period: ThresholdPeriod) -> None:
        with self._database.transaction():
            self._database.connection.execute(
                "INSERT INTO threshold_entries (valid_from, valid_until, supplies_services_cents, works_cents, entered_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (period.start.isoformat(), period.end.isoformat(), amount_to_cents(period.supplies_services),
                 amount_to_cents(period.works), datetime.now().isoformat(timespec="seconds")),
            )

    def all(self) -> list[ThresholdPeriod]:
        """The buyer's entries, oldest entry first (later entries win where they overlap)."""
        rows = self._database.connection.execute(
            "SELECT valid_from, valid_until, supplies_services_cents, works_cents, entered_at "
            "FROM threshold_entries ORDER BY id"
        ).fetchall()
        return [
            ThresholdPeriod(
                start=date.fromisoformat(start),
                end=date.fromisoformat(end),
                supplies_services=cents_to_amount(supplies),
                works=cents_to_amount(works),
                source=f"{BUYER_SOURCE}:{entered}",
            )
            for start, end, supplies, works, entered in rows
        ]
