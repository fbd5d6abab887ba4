"""Signals and their follow-ups, and the facts of every dossier a signal is matched against."""
from __future__ import annotations

from datetime import date

from ..domain.monitoring import SignalSourceKind
from ..domain.monitoring_records import Signal
from ..domain.signals import DossierScope, Touch
from .database import Database
from .row_ids import inserted_id
from .signal_matching import touches
from .stored_json import readable_or


class SignalRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def add(self, signal: Signal, logged_on: date) -> int:
        with self._database.transaction():
            return inserted_id(self._connection.execute(
                "INSERT INTO signals (logged_on, signal_date, source_kind, text, link, attachment_name, attachment, "
                "group_id, country, supplier_name, brand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (logged_on.isoformat(), signal.signal_date.isoformat(), signal.source_kind.value, signal.text, signal.link,
                 signal.attachment_name, signal.attachment, signal.group_id, signal.country, signal.supplier_name,
                 signal.brand),
            ))

    def _signals(self, where: str = "", params: tuple = ()) -> list[Signal]:
        return self._signals_limited(where, params, None)

    def _signals_limited(self, where: str, params: tuple, limit: int | None) -> list[Signal]:
        rows = self._connection.execute(
            "SELECT id, logged_on, signal_date, source_kind, text, link, attachment_name, group_id, country, "
            f"supplier_name, brand, handled_on FROM signals {where} ORDER BY signal_date DESC, id DESC"
            + ("" if limit is None else f" LIMIT {int(limit)}"),
            params,
        ).fetchall()
        return [
            Signal(date.fromisoformat(sd), SignalSourceKind(kind), text, link, group, country, supplier, brand,
                   attachment_name=name, logged_on=date.fromisoformat(logged), handled_on=date.fromisoformat(h) if h else None,
                   id=i)
            for i, logged, sd, kind, text, link, name, group, country, supplier, brand, h in rows
        ]

    def all(self) -> list[Signal]:
        return self._signals()

    def page(self, after: tuple[date, int] | None, limit: int) -> list[Signal]:
        """Up to ``limit`` signals, newest first, after ``after`` (the last one shown: its date and id): keyset
        paging, so a later page costs what the first does (no OFFSET)."""
        if after is None:
            return self._signals_limited("", (), limit)
        return self._signals_limited("WHERE (signal_date, id) < (?, ?)", (after[0].isoformat(), after[1]), limit)

    def count(self) -> int:
        return self._connection.execute("SELECT count(*) FROM signals").fetchone()[0]

    def get(self, signal_id: int) -> Signal:
        return self._signals("WHERE id = ?", (signal_id,))[0]

    def open_followup(self, signal_id: int, dossier_id: int, opened_on: date, note: str = "") -> int:
        with self._database.transaction():
            self._connection.execute(
                "INSERT OR IGNORE INTO signal_followups (signal_id, dossier_id, opened_on, note) VALUES (?, ?, ?, ?)",
                (signal_id, dossier_id, opened_on.isoformat(), note),
            )
            return self._connection.execute(
                "SELECT id FROM signal_followups WHERE signal_id = ? AND dossier_id = ?", (signal_id, dossier_id)
            ).fetchone()[0]

    def followups(self, dossier_id: int) -> list[tuple[int, Signal, date, str, date | None]]:
        rows = self._connection.execute(
            "SELECT f.id, f.signal_id, f.opened_on, f.note, f.closed_on FROM signal_followups f "
            "WHERE f.dossier_id = ? ORDER BY f.opened_on, f.id",
            (dossier_id,),
        ).fetchall()
        signals = {
            signal.id: signal
            for signal in self._signals(
                "WHERE id IN (SELECT signal_id FROM signal_followups WHERE dossier_id = ?)", (dossier_id,)
            )
        }
        return [(i, signals[s], date.fromisoformat(o), n, date.fromisoformat(c) if c else None) for i, s, o, n, c in rows]

    def followed_dossiers(self, signal_id: int) -> set[int]:
        """The dossiers where a follow-up of the signal was opened, in one query."""
        return {row[0] for row in self._connection.execute(
            "SELECT dossier_id FROM signal_followups WHERE signal_id = ?", (signal_id,))}

    def followup_dates(self, followup_id: int) -> tuple[int, date, date | None]:
        """(dossier id, opened on, closed on) of one follow-up."""
        row = self._connection.execute(
            "SELECT dossier_id, opened_on, closed_on FROM signal_followups WHERE id = ?", (followup_id,)).fetchone()
        if row is None:
            raise KeyError(followup_id)
        dossier_id, opened_on, closed_on = row
        return dossier_id, date.fromisoformat(opened_on), date.fromisoformat(closed_on) if closed_on else None

    def close_followup(self, followup_id: int, closed_on: date, note: str) -> None:
        with self._database.transaction():
            self._connection.execute(
                "UPDATE signal_followups SET closed_on = ?, note = ? WHERE id = ?", (closed_on.isoformat(), note, followup_id)
            )
            self._connection.execute(
                "UPDATE signals SET handled_on = ? WHERE id = (SELECT signal_id FROM signal_followups WHERE id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM signal_followups WHERE signal_id = signals.id AND closed_on IS NULL)",
                (closed_on.isoformat(), followup_id),
            )

    def touches(self, signal: Signal, progress=None) -> list[Touch]:
        """The dossiers ``signal`` touches, matched in SQL over the names folded when stored."""
        return touches(self._connection, signal, progress)

    def scopes(self) -> list[DossierScope]:
        """For every dossier not deleted: groups, countries, suppliers, brands and sites."""
        scopes = {
            i: DossierScope(i, title)
            for i, title in self._connection.execute("SELECT id, title FROM dossiers WHERE status != 'deleted'")
        }

        def each(sql: str):
            for dossier_id, value in self._connection.execute(sql):
                if dossier_id in scopes and value:
                    yield scopes[dossier_id], value

        for scope, value in each("SELECT dossier_id, group_id FROM scan_groups"):
            scope.group_ids.add(value)
        for scope, value in each("SELECT dossier_id, country FROM scan_countries"):
            scope.countries.add(value)
        for scope, value in each("SELECT dossier_id, country FROM suppliers"):
            scope.countries.add(value)
        for scope, value in each("SELECT dossier_id, name FROM suppliers"):
            scope.supplier_names.add(value)
        for scope, value in each("SELECT dossier_id, site_country FROM delivered_products"):
            scope.countries.add(value)
        for scope, value in each("SELECT dossier_id, brand FROM delivered_products"):
            scope.brands.add(value)
        for scope, value in each("SELECT dossier_id, site_name FROM delivered_products"):
            scope.site_names.add(value)
        for scope, value in each("SELECT dossier_id, components_json FROM delivered_products"):
            scope.countries.update(readable_or(set[str](), value, _component_countries))
        return list(scopes.values())


def _component_countries(components) -> set[str]:
    return {c["country"] for c in components if c.get("country")}
