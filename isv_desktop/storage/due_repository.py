"""Dated obligations of every dossier in one indexed table, and each dossier's next due date.

Steps 4 and 5 keep their deadlines here (questionnaire returned, plan of action,
follow-up actions, expiring certificates, progress reports, corrective actions,
responses to escalation steps, signal follow-ups) so that "what is due across
all dossiers" is one query by date, not a loop over dossiers. A row holds the
kind, the subject's id and the dates; the names that make its title (the
supplier's current name, the report's year …) are read with it from the
subject's own row, so a title never goes stale.
"""
from __future__ import annotations

from datetime import date

from ..domain.due import DueItem, DueKind, DueSubject
from .database import Database

_COLUMNS = """d.dossier_id, d.kind, d.subject_id, d.title, d.due_on, d.done_on, o.title,
           s.id, s.name, r.contract_year, q.version,
           COALESCE(f.description, c.name, ca.description, sig.text, d.title), e.step"""
_FROM = """
    FROM due_items d
    JOIN dossiers o ON o.id = d.dossier_id
    LEFT JOIN questionnaires q ON d.kind = 'questionnaire' AND q.id = d.subject_id
    LEFT JOIN follow_up_actions f ON d.kind = 'follow_up_action' AND f.id = d.subject_id
    LEFT JOIN supplier_credentials c ON d.kind = 'credential_expiry' AND c.id = d.subject_id
    LEFT JOIN progress_reports r ON d.kind = 'progress_report' AND r.id = d.subject_id
    LEFT JOIN corrective_actions ca ON d.kind = 'corrective_action' AND ca.id = d.subject_id
    LEFT JOIN audits au ON au.id = ca.audit_id
    LEFT JOIN escalations e ON d.kind = 'escalation_response' AND e.id = d.subject_id
    LEFT JOIN signal_followups sf ON d.kind = 'signal_follow_up' AND sf.id = d.subject_id
    LEFT JOIN signals sig ON sig.id = sf.signal_id
    LEFT JOIN suppliers s ON s.id = CASE d.kind WHEN 'plan_of_action' THEN d.subject_id
        ELSE COALESCE(q.supplier_id, f.supplier_id, c.supplier_id, r.supplier_id, au.supplier_id, e.supplier_id) END
"""
_SELECT = f"SELECT {_COLUMNS} {_FROM}"
# A page of open items after a (due_on, id) position: keyset paging on the (done_on, due_on) index, whose
# entries end in the rowid (id), so the order needs no sort and a deep page costs what the first does.
_PAGE = f"SELECT d.id, {_COLUMNS} {_FROM}"

DuePosition = tuple[date, int]  # (due_on, id) of the last item of a page


def page_query(until: date | None, after: DuePosition | None, limit: int) -> tuple[str, list[object]]:
    """The SQL and parameters of a page of open items (``DueRepository.open_page``); ``limit`` -1 reads to the end."""
    clauses = ["d.done_on IS NULL", "o.status != 'deleted'"]
    params: list[object] = []
    if until is not None:
        clauses.append("d.due_on <= ?")
        params.append(until.isoformat())
    if after is not None:
        clauses.append("(d.due_on, d.id) > (?, ?)")
        params += [after[0].isoformat(), after[1]]
    return f"{_PAGE} WHERE {' AND '.join(clauses)} ORDER BY d.due_on, d.id LIMIT ?", [*params, limit]


def _item(row) -> DueItem:
    (dossier_id, kind, subject_id, title, due_on, done_on, dossier_title,
     supplier_id, supplier_name, year, version, text, step) = row
    try:
        due_kind = DueKind(kind)
    except ValueError:  # written by a newer version: shown as what it says
        due_kind, text = DueKind.FREE, title or kind
    subject = DueSubject(subject_id, supplier_id, supplier_name or "", year, version, text or "", step)
    return DueItem(dossier_id, due_kind, subject, date.fromisoformat(due_on),
                   date.fromisoformat(done_on) if done_on else None, dossier_title)


class DueRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def set(self, dossier_id: int, kind: DueKind, subject_id: int, due_on: date | None,
            done_on: date | None = None) -> None:
        """Create, change or (with ``due_on=None``) drop one obligation, and update the dossier's next date."""
        kind = DueKind(kind)
        if kind is DueKind.FREE:
            raise ValueError("free items are only made by the migration")
        with self._database.transaction():
            if due_on is None:
                self._connection.execute("DELETE FROM due_items WHERE kind = ? AND subject_id = ?",
                                         (kind.value, subject_id))
            else:
                self._connection.execute(
                    "INSERT INTO due_items (dossier_id, kind, subject_id, due_on, done_on) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (kind, subject_id) DO UPDATE SET due_on = excluded.due_on, "
                    "done_on = excluded.done_on, dossier_id = excluded.dossier_id",
                    (dossier_id, kind.value, subject_id, due_on.isoformat(), done_on.isoformat() if done_on else None),
                )
            self.refresh_next_due(dossier_id)

    def drop_subject(self, kinds: tuple[DueKind, ...], subject_ids: list[int], dossier_id: int) -> None:
        with self._database.transaction():
            for kind in kinds:
                self._connection.executemany(
                    "DELETE FROM due_items WHERE kind = ? AND subject_id = ?",
                    [(DueKind(kind).value, s) for s in subject_ids],
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
        return self._items(["d.done_on IS NULL"], until, dossier_id)

    def open_page(self, until: date | None, after: DuePosition | None, limit: int,
                  ) -> list[tuple[DuePosition, DueItem]]:
        """Up to ``limit`` open obligations by date (up to ``until`` if given) after position ``after``,
        each with its position; keyset paging, no OFFSET."""
        sql, params = page_query(until, after, limit)
        rows = self._connection.execute(sql, params).fetchall()
        return [((date.fromisoformat(row[5]), row[0]), _item(row[1:])) for row in rows]

    def count_open(self, today: date, until: date) -> tuple[int, int]:
        """How many open obligations are late (before ``today``) and how many fall due from today to ``until``.

        Counted in the (done_on, due_on) index alone, by bucket (no table row, no join to the dossiers: with a
        million items a join costs a row lookup per item), less the open items of deleted dossiers, which are
        found from those dossiers (status index) through the (dossier_id, done_on, due_on) index."""
        params = {"today": today.isoformat(), "until": until.isoformat()}
        late, soon = self._connection.execute(
            "SELECT (SELECT count(*) FROM due_items WHERE done_on IS NULL AND due_on < :today), "
            "(SELECT count(*) FROM due_items WHERE done_on IS NULL AND due_on >= :today AND due_on <= :until)",
            params).fetchone()
        deleted_late, deleted_soon = self._connection.execute(  # CROSS JOIN: the few deleted dossiers lead
            "SELECT count(CASE WHEN d.due_on < :today THEN 1 END), count(CASE WHEN d.due_on >= :today THEN 1 END) "
            "FROM dossiers o CROSS JOIN due_items d ON d.dossier_id = o.id "
            "WHERE o.status = 'deleted' AND d.done_on IS NULL AND d.due_on <= :until", params).fetchone()
        return late - deleted_late, soon - deleted_soon

    def items(self, dossier_id: int) -> list[DueItem]:
        """All of one dossier's obligations, done ones too, by date."""
        return self._items([], None, dossier_id)

    def _items(self, clauses: list[str], until: date | None, dossier_id: int | None) -> list[DueItem]:
        clauses = [*clauses, "o.status != 'deleted'"]
        params: list[object] = []
        if until is not None:
            clauses.append("d.due_on <= ?")
            params.append(until.isoformat())
        if dossier_id is not None:
            clauses.append("d.dossier_id = ?")
            params.append(dossier_id)
        rows = self._connection.execute(
            f"{_SELECT} WHERE {' AND '.join(clauses)} ORDER BY d.due_on, d.id", params).fetchall()
        return [_item(row) for row in rows]


__all__ = ["DueItem", "DuePosition", "DueRepository"]
