"""What is due across all dossiers: overdue items and those falling due soon, in one indexed query."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterator

from ..domain.due import DueItem, DueState
from ..domain.messages import UserError
from ..storage.due_repository import DuePosition, DueRepository

MAX_WITHIN_DAYS = 3650


@dataclass(frozen=True, slots=True)
class DueList:
    today: date
    overdue: list[DueItem]
    upcoming: list[DueItem]


@dataclass(frozen=True, slots=True)
class DueCounts:
    today: date
    late: int  # open and past its date
    soon: int  # open and due from today to ``within_days`` ahead


@dataclass(frozen=True, slots=True)
class DuePage:
    today: date
    items: list[DueItem]
    last: DuePosition | None  # where the next page starts; None when the page is empty
    first: bool = False  # the first page of ``DueService.pages``


class DueService:
    def __init__(self, repository: DueRepository, today: Callable[[], date] = date.today) -> None:
        self._repository = repository
        self._today = today

    def due_list(self, within_days: int = 30) -> DueList:
        """Every open item overdue or due within ``within_days``, all in memory (small files and tests; a list
        of any size is read with ``pages``)."""
        if not 0 <= within_days <= MAX_WITHIN_DAYS:
            raise UserError("due.within")
        today = self._today()
        items = self._repository.open_items(until=today + timedelta(days=within_days))
        overdue = [i for i in items if i.state(today) is DueState.LATE]
        return DueList(today, overdue, [i for i in items if i.state(today) is not DueState.LATE])

    def counts(self, within_days: int = 30) -> DueCounts:
        """How many open items are late and how many fall due within ``within_days``, counted in SQL."""
        self._check(within_days)
        today = self._today()
        late, soon = self._repository.count_open(today, today + timedelta(days=within_days))
        return DueCounts(today, late, soon)

    def page(self, within_days: int | None, after: DuePosition | None, limit: int) -> DuePage:
        """Up to ``limit`` open items by date after position ``after`` (None: from the first), overdue ones and
        those due within ``within_days`` (None: every open item, however far ahead)."""
        if within_days is not None:
            self._check(within_days)
        today = self._today()
        until = None if within_days is None else today + timedelta(days=within_days)
        rows = self._repository.open_page(until, after, limit)
        return DuePage(today, [item for _, item in rows], rows[-1][0] if rows else None)

    def pages(self, within_days: int, size: int = 500) -> Iterator[DuePage]:
        """The open items overdue or due within ``within_days``, by date, ``size`` at a time (keyset, as the due
        panel reads them): a list of any length in bounded memory. Today is read once, for every page; the first
        page comes even when it is empty."""
        self._check(within_days)
        today = self._today()
        until = today + timedelta(days=within_days)
        after: DuePosition | None = None
        first = True
        while first or after is not None:
            rows = self._repository.open_page(until, after, size)
            last = rows[-1][0] if rows else None
            yield DuePage(today, [item for _, item in rows], last, first)
            first, after = False, last if len(rows) == size else None

    @staticmethod
    def _check(within_days: int) -> None:
        if not 0 <= within_days <= MAX_WITHIN_DAYS:
            raise UserError("due.within")

    def for_dossier(self, dossier_id: int) -> list[DueItem]:
        return self._repository.open_items(dossier_id=dossier_id)
