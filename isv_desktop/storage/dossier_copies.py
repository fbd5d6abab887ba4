"""Which dossier a dossier is a copy of, and the copies' place in the yearly report.

A dossier is "the same" as another when both carry the same reference (kenmerk, ignoring case
and surrounding spaces), or, when the new one has no reference, the same title. A copy names its
original in ``dossiers.copy_of`` and is left out of the yearly report (``report_exclusions``, with
a reason), so a tender is never counted twice; the buyer may count it again deliberately.
"""
from __future__ import annotations

from .database import Database


class DossierCopies:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def same_dossier(self, reference: str, title: str) -> int | None:
        """The id of the dossier in the file (not deleted) that is this one; originals before copies."""
        reference = reference.strip()
        if reference:
            where, value = "lower(trim(reference)) = lower(?)", reference
        else:
            where, value = "title = ?", title
        row = self._connection.execute(
            f"SELECT id FROM dossiers WHERE status != 'deleted' AND {where} ORDER BY copy_of IS NOT NULL, id LIMIT 1",
            (value,),
        ).fetchone()
        return row[0] if row else None

    def mark(self, copy_id: int, original_id: int, reason: str) -> None:
        """``copy_id`` is a copy of ``original_id``: marked, and left out of the report from the day it was made."""
        with self._database.transaction():
            self._connection.execute("UPDATE dossiers SET copy_of = ? WHERE id = ?", (original_id, copy_id))
            self._connection.execute(
                "INSERT INTO report_exclusions (dossier_id, reason, left_out_on) "
                "SELECT id, ?, substr(created_at, 1, 10) FROM dossiers WHERE id = ? "
                "ON CONFLICT (dossier_id) DO UPDATE SET reason = excluded.reason",
                (reason, copy_id),
            )

    def original(self, dossier_id: int) -> int | None:
        """The id of the dossier ``dossier_id`` is a copy of, or None."""
        row = self._connection.execute("SELECT copy_of FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        return row[0] if row else None


__all__ = ["DossierCopies"]
