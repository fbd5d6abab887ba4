"""The signals inbox: log a public sign of risk and see at once which dossiers it touches."""
from __future__ import annotations

from datetime import date
from typing import Callable

from ..domain.due import DueKind, signal_follow_up_due
from ..domain.messages import UserError
from ..domain.monitoring import SignalSourceKind
from ..domain.monitoring_records import Signal
from ..domain.risk_scan_record import validate_attachment, validate_text
from ..domain.signals import Touch
from ..storage.database import Database
from ..storage.due_repository import DueRepository
from ..storage.signal_repository import SignalRepository
from .changes import Change
from .use_case import use_case


class SignalService:
    changes = frozenset({Change.SIGNALS, Change.DUE})  # what its use cases store (services.changes)

    def __init__(self, repository: SignalRepository, database: Database, country_exists: Callable[[str], bool],
                 group_exists: Callable[[str], bool], today: Callable[[], date] = date.today,
                 due: DueRepository | None = None) -> None:
        self._repository = repository
        self._due = due or DueRepository(database)
        self._database = database
        self._country_exists = country_exists
        self._group_exists = group_exists
        self._today = today

    @use_case
    def log(
        self, text: str, signal_date: date | None = None, source_kind: SignalSourceKind = SignalSourceKind.OTHER,
        country: str | None = None, group_id: str | None = None, supplier_name: str = "", brand: str = "",
        link: str = "", attachment_name: str | None = None, attachment: bytes | None = None, *, match: bool = True,
    ) -> tuple[int, list[Touch]]:
        """Store the signal and return it with the dossiers it touches (none with ``match=False``: the signals window
        matches in the background, ui/signal_matching.py)."""
        country = country.strip().upper() if country else None
        if country and not self._country_exists(country):
            raise UserError("signal.country", country=country)
        if group_id and not self._group_exists(group_id):
            raise UserError("signal.group", group=group_id)
        validate_attachment(attachment_name, attachment)
        signal = Signal(
            signal_date or self._today(), SignalSourceKind(source_kind), validate_text(text, 20_000, required=True),
            validate_text(link, 2000), group_id or None, country, validate_text(supplier_name, 500),
            validate_text(brand, 500), attachment_name, attachment,
        )
        signal_id = self._repository.add(signal, self._today())
        return signal_id, self.touched(signal) if match else []

    def today(self) -> date:
        return self._today()

    @property
    def database_path(self):
        """The dossier file: a background matcher opens its own connection to it (SQLite: one thread each)."""
        return self._database.path

    def touched(self, signal: Signal, progress: Callable[[int, int], None] | None = None) -> list[Touch]:
        """The dossiers ``signal`` touches (domain.signals' rule, matched in SQL over names folded when stored);
        ``progress(done, total)`` after each of the few queries."""
        return self._repository.touches(signal, progress)

    def signals(self) -> list[Signal]:
        return self._repository.all()

    def signals_page(self, after: Signal | None = None, limit: int = 200) -> list[Signal]:
        """The next ``limit`` signals, newest first, after ``after`` (None: from the newest)."""
        return self._repository.page(None if after is None else (after.signal_date, after.id or 0), limit)

    def signal_count(self) -> int:
        return self._repository.count()

    @use_case
    def open_followup(self, signal_id: int, dossier_id: int, note: str = "") -> int:
        followup_id = self._repository.open_followup(signal_id, dossier_id, self._today(), validate_text(note, 5000))
        self._sync_due(followup_id)
        return followup_id

    def followups(self, dossier_id: int):
        return self._repository.followups(dossier_id)

    def followed_dossiers(self, signal_id: int) -> set[int]:
        """The dossiers where a follow-up of the signal was opened (one query, however many it touches)."""
        return self._repository.followed_dossiers(signal_id)

    @use_case
    def close_followup(self, followup_id: int, note: str) -> None:
        self._repository.close_followup(followup_id, self._today(), validate_text(note, 5000))
        self._sync_due(followup_id)

    def _sync_due(self, followup_id: int) -> None:
        """The follow-up is due some weeks after it was opened, done when closed."""
        dossier_id, opened_on, closed_on = self._repository.followup_dates(followup_id)
        self._due.set(dossier_id, DueKind.SIGNAL_FOLLOW_UP, followup_id, signal_follow_up_due(opened_on), closed_on)
