"""Dossiers in and out of the database, as domain objects (no dicts leak out)."""
from __future__ import annotations

from datetime import date, datetime

from ..domain.amounts import amount_to_cents, cents_to_amount
from ..domain.dossier import (
    ContractKind,
    Dossier,
    DossierStatus,
    IsvDecision,
    NonApplicationReason,
    ProcedureType,
)
from ..domain.dossier_query import DossierQuery, SortKey
from ..domain.messages import UserError
from ..domain.steps import StepId
from . import dossier_search
from .database import Database
from .dossier_keyset import Key, read_after
from .dossier_search import hits, search_clause, uses_index
from .row_ids import inserted_id, stored_id

_COLUMNS = (
    "title organisation reference subject cpv_code procedure contract_kind "
    "estimated_value_cents contract_start duration_months contract_manager risk_category "
    "decision non_application_reason non_application_text call_for_competition_date current_step status "
    "created_at updated_at next_due_date"
).split()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def dossier_to_row(dossier: Dossier) -> dict:
    return {
        "title": dossier.title,
        "organisation": dossier.organisation,
        "reference": dossier.reference,
        "subject": dossier.subject,
        "cpv_code": dossier.cpv_code,
        "procedure": dossier.procedure.value if dossier.procedure else None,
        "contract_kind": dossier.contract_kind.value,
        "estimated_value_cents": (
            amount_to_cents(dossier.estimated_value) if dossier.estimated_value is not None else None
        ),
        "contract_start": dossier.contract_start.isoformat() if dossier.contract_start else None,
        "duration_months": dossier.duration_months,
        "contract_manager": dossier.contract_manager,
        "risk_category": dossier.risk_category,
        "decision": dossier.decision.value,
        "non_application_reason": (
            dossier.non_application_reason.value if dossier.non_application_reason else None
        ),
        "non_application_text": dossier.non_application_text,
        "call_for_competition_date": (
            dossier.call_for_competition_date.isoformat() if dossier.call_for_competition_date else None
        ),
        "current_step": dossier.current_step.value,
        "status": dossier.status.value,
    }


def row_to_dossier(row) -> Dossier:
    return Dossier(
        id=row["id"],
        title=row["title"],
        organisation=row["organisation"],
        reference=row["reference"],
        subject=row["subject"],
        cpv_code=row["cpv_code"],
        procedure=ProcedureType(row["procedure"]) if row["procedure"] else None,
        contract_kind=ContractKind(row["contract_kind"]),
        estimated_value=(
            cents_to_amount(row["estimated_value_cents"])
            if row["estimated_value_cents"] is not None
            else None
        ),
        contract_start=date.fromisoformat(row["contract_start"]) if row["contract_start"] else None,
        duration_months=row["duration_months"],
        contract_manager=row["contract_manager"],
        risk_category=row["risk_category"],
        decision=IsvDecision(row["decision"]),
        non_application_reason=(
            NonApplicationReason(row["non_application_reason"])
            if row["non_application_reason"]
            else None
        ),
        non_application_text=row["non_application_text"],
        call_for_competition_date=(
            date.fromisoformat(row["call_for_competition_date"]) if row["call_for_competition_date"] else None
        ),
        current_step=StepId(row["current_step"]),
        status=DossierStatus(row["status"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        next_due_date=date.fromisoformat(row["next_due_date"]) if row["next_due_date"] else None,
    )


class DossierRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection
        self._hits: tuple[str, int] | None = None  # the last search text and its hits in the index (any status)

    def _fetch(self, sql: str, params=()) -> list[dict]:
        cursor = self._connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def add(self, dossier: Dossier) -> Dossier:
        row = dossier_to_row(dossier)
        stamp = _now()
        row["created_at"] = row["updated_at"] = stamp
        columns = ", ".join(row)
        with self._database.transaction():
            new_id = inserted_id(self._connection.execute(
                f"INSERT INTO dossiers ({columns}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values())
            ))
        return self.get(new_id)

    def get(self, dossier_id: int) -> Dossier:
        rows = self._fetch(f"SELECT id, {', '.join(_COLUMNS)} FROM dossiers WHERE id = ?", (dossier_id,))
        if not rows:
            raise UserError("dossier.not_found", dossier_id=dossier_id)
        return row_to_dossier(rows[0])

    def save(self, dossier: Dossier) -> Dossier:
        """Store every step-1 field of ``dossier`` in one transaction."""
        row = dossier_to_row(dossier)
        row["updated_at"] = _now()
        assignments = ", ".join(f"{name} = ?" for name in row)
        with self._database.transaction():
            cursor = self._connection.execute(
                f"UPDATE dossiers SET {assignments} WHERE id = ?", (*row.values(), dossier.id)
            )
            if cursor.rowcount == 0:
                raise UserError("dossier.not_found", dossier_id=dossier.id)
        return self.get(stored_id(dossier.id))  # None updated no row: refused above

    def delete(self, dossier_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM dossiers WHERE id = ?", (dossier_id,))

    def purge_deleted(self) -> int:
        """Remove for good the dossiers deleted in an earlier session (their steps go with them)."""
        with self._database.transaction():
            return self._connection.execute("DELETE FROM dossiers WHERE status = 'deleted'").rowcount

    def count(self, query: DossierQuery = DossierQuery()) -> int:
        text = query.search.strip()
        if uses_index(text):
            self._hits = (text, hits(self._connection, text))  # how the pages of this search are read (_reading)
            if self._hits[1] > dossier_search.WALK_ABOVE and text.isascii():
                return dossier_search.count_many(self._connection, text, self._hits[1], query.include_archived)
        where, params = _where(query)
        found = self._connection.execute(f"SELECT count(*) FROM dossiers {where}", params).fetchone()[0]
        if text and not uses_index(text):
            self._hits = (text, found)
        return found

    def page(self, query: DossierQuery, offset: int, limit: int) -> list[Dossier]:
        where, params = _where(query)
        direction = "DESC" if query.descending else "ASC"
        collate = " COLLATE NOCASE" if query.sort in (SortKey.TITLE, SortKey.REFERENCE, SortKey.SUBJECT) else ""
        nulls = f"{query.sort.value} IS NULL, " if query.sort in (SortKey.NEXT_DUE, SortKey.VALUE) else ""
        sql = (
            f"SELECT id, {', '.join(_COLUMNS)} FROM dossiers {where} "
            f"ORDER BY {nulls}{query.sort.value}{collate} {direction}, id {direction} LIMIT ? OFFSET ?"
        )
        return [row_to_dossier(r) for r in self._fetch(sql, (*params, limit, offset))]

    def page_after(self, query: DossierQuery, after: Key | None, limit: int,
                   backwards: bool = False) -> list[tuple[Key, Dossier]]:
        """Up to ``limit`` dossiers after the row with key ``after`` in the list's order, read in the sort column's
        index (keyset, no OFFSET); ``backwards``: those before it, nearest first (None: from the end)."""
        where, params, table = self._reading(query)
        found = read_after(self._connection, query, after, limit, backwards, where, params,
                           f"id, {', '.join(_COLUMNS)}", table)
        names = ("id", *_COLUMNS)
        return [(key, row_to_dossier(dict(zip(names, values, strict=True)))) for key, values in found]

    def keys_after(self, query: DossierQuery, after: Key | None, limit: int, backwards: bool = False) -> list[Key]:
        """Only the keys of the rows ``page_after`` would read: to jump far down (or up) the list."""
        where, params, table = self._reading(query)
        return [key for key, _ in read_after(self._connection, query, after, limit, backwards, where, params, "id",
                                             table)]

    def _reading(self, query: DossierQuery) -> tuple[str, tuple, str]:
        """How a page of ``query`` is read: its filter, parameters and table (storage/dossier_search.py).

        No search, or a search with many hits: in the sort column's index, in order, stopping after the page.
        A search with few hits: the hits themselves (by id from the search index, or the table read once for a
        text of one or two characters), then sorted: walking the sort index would read every dossier to find them.
        The hits are counted once per search text (the list counts first): a count a few edits old still chooses
        well.
        """
        text = query.search.strip()
        if not text:
            return (*_where(query, by_index=True), "dossiers")
        if self._hits is None or self._hits[0] != text:
            self._hits = (text, hits(self._connection, text) if uses_index(text) else self.count(query))
        if self._hits[1] > dossier_search.WALK_ABOVE:
            return (*_where(query, by_index=True, walk=True), "dossiers")
        return (*_where(query, by_index=True), "dossiers NOT INDEXED")

    def all(self, include_archived: bool = True) -> list[Dossier]:
        query = DossierQuery(sort=SortKey.TITLE, descending=False, include_archived=include_archived)
        return self.page(query, 0, -1)


def _where(query: DossierQuery, by_index: bool = False, walk: bool = False) -> tuple[str, tuple]:
    """The list's filter; ``by_index``: the status terms kept from choosing the status index (``+status``),
    so SQLite reads the sort column's index in order instead of sorting the active dossiers; ``walk``: the same
    for the search (storage/dossier_search.py)."""
    status = "+status" if by_index else "status"
    clauses: list[str] = [f"{status} != 'deleted'"]
    params: list[object] = []
    if not query.include_archived:
        clauses.append(f"{status} = 'active'")
    text = query.search.strip()
    if text:
        clause, values = search_clause(text, walk)
        clauses.append(clause)
        params.extend(values)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)
