"""What is due across all dossiers: overdue items and those falling due soon, in one indexed query."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from ..domain.due import DueItem, DueState
from ..domain.messages import UserError
from ..storage.due_repository import DueRepository

MAX_WITHIN_DAYS = 3650


@dataclass(frozen=True, slots=True)
class DueList:
    today: date
    overdue: list[DueItem]
    upcoming: list[DueItem]


class DueService:
    def __init__(self, repository: DueRepository, today: Callable[[], date] = date.today) -> None:
        self._repository = repository
        self._today = today

    def due_list(self, within_days: int = 30) -> DueList:
        if not 0 <= within_days <= MAX_WITHIN_DAYS:
            raise UserError("due.within")
        today = self._today()
        items = self._repository.open_items(until=today + timedelta(days=within_days))
        overdue = [i for i in items if i.state(today) is DueState.LATE]
        return DueList(today, overdue, [i for i in items if i.state(today) is not DueState.LATE])

    def for_dossier(self, dossier_id: int) -> list[DueItem]:
        return self._repository.open_items(dossier_id=dossier_id)
