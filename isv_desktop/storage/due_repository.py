"""Dated obligations of every dossier in one indexed table, and each dossier's next due date.

Steps 4 and 5 keep their deadlines here (questionnaire returned, plan of action,
follow-up actions, expiring certificates, progress reports …) so that "what is
due across all dossiers" is one query, not a loop over dossiers.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .database import Database


@dataclass(frozen=True, slots=True)
class DueItem:
    dossier_id: int
    kind: str
    subject_id: int
    title: str
    due_on: date
    done_on: date | None = None
    dossier_title: str = ""


class DueRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def set(self, dossier_id: int, kind: str, subject_id: int, title: str, due_on: date | None,
            done_on: date | None = None) -> None:
        """Create, change or (with ``due_on=None``) drop one obligation, and update the dossier's next date."""
        with self._database.transaction():
            if due_on is None:
                self._connection.execute("DELETE FROM due_items WHERE kind = ? AND subject_id = ?", (kind, subject_id))
            else:
                self._connection.execute(
                    "INSERT INTO due_items (dossier_id, kind, subject_id, title, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (kind, subject_id) DO UPDATE SET title = excluded.title, due_on = excluded.due_on, "
                    "done_on = excluded.done_on, dossier_id = excluded.dossier_id",
                    (dossier_id, kind, subject_id, title, due_on.isoformat(), done_on.isoformat() if done_on else None),
                )
            self.refresh_next_due(dossier_id)

    def drop_subject(self, kinds: tuple[str, ...], subject_ids: list[int], dossier_id: int) -> None:
        with self._database.transaction():
            for kind in kinds:
                self._connection.executemany(
                    "DELETE FROM due_items WHERE kind = ? AND subject_id = ?", [(kind, s) for s in subject_ids]
                )
            self.refresh_next_due(dossier_id)

    def refresh_next_due(self, dossier_id: int) -> None:
        self._connection.execute(
            "UPDATE dossiers SET next_due_date = (SELECT min(due_on) FROM due_items "
            "WHERE dossier_id = ? AND done_on IS NULL) WHERE id = ?",
            (dossier_id, dossier_id),
        )

    def open_items(self, until: date | None = None, dossier_id: int | None = None) -> list[DueItem]:
        """Open obligations (overdue first, by date), optionally up to ``until`` and for one dossier."""
        clauses = ["d.done_on IS NULL", "o.status != 'deleted'"]
        params: list[object] = []
        if until is not None:
            clauses.append("d.due_on <= ?")
            params.append(until.isoformat())
        if dossier_id is not None:
            clauses.append("d.dossier_id = ?")
            params.append(dossier_id)
        rows = self._connection.execute(
            "SELECT d.dossier_id, d.kind, d.subject_id, d.title, d.due_on, d.done_on, o.title "
            "FROM due_items d JOIN dossiers o ON o.id = d.dossier_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY d.due_on, d.id",
            params,
        ).fetchall()
        return [
            DueItem(dossier, kind, subject, title, date.fromisoformat(due), None, dossier_title)
            for dossier, kind, subject, title, due, _done, dossier_title in rows
        ]
