"""The dossier list read by keyset: the next rows after a known row, never by counting rows from the top.

``LIMIT ? OFFSET ?`` makes SQLite step over every row before the page
(582 ms for a page near the end of 100,000 dossiers); reading on from the
last row shown (``(title, id) > (?, ?)``) starts in the sort column's index
where that row is. Each sort column has an index (migration 0012).

A row's key is ``(is_null, value, id)``: the sort column's value and the id
that breaks ties. A column that may be empty (estimated value, next due date)
lists its empty rows last in either direction; they are read as a second
segment (``value IS NULL``, by id), so both segments are plain index ranges.
"""
from __future__ import annotations

import sqlite3
from typing import Iterator

from ..domain.dossier_query import DossierQuery, SortKey

#: (is_null, value, id) of a row in the list's order.
Key = tuple

_NULLABLE = frozenset({SortKey.VALUE, SortKey.NEXT_DUE})
_NOCASE = frozenset({SortKey.TITLE, SortKey.REFERENCE, SortKey.SUBJECT})


def keyset_statements(query: DossierQuery, after: Key | None, backwards: bool,
                      where: str, params: tuple, columns: str, table: str = "dossiers") -> Iterator[tuple[str, tuple]]:
    """The statements that read on from ``after`` (None: from the start; backwards: from the end), in order.

    ``where`` is the list's filter ("WHERE ..."); each statement selects ``columns`` and the key from ``table``
    (``dossiers NOT INDEXED``: the rows found by id or by reading the table, then sorted), with ``LIMIT ?`` as its
    last parameter still to be bound.
    """
    column = query.sort.value
    collate = " COLLATE NOCASE" if query.sort in _NOCASE else ""
    descending = query.descending != backwards
    direction, beyond = ("DESC", "<") if descending else ("ASC", ">")
    segments: list[bool | None] = [False, True] if query.sort in _NULLABLE else [None]
    if backwards:
        segments.reverse()
    if after is not None and segments != [None]:
        segments = segments[segments.index(bool(after[0])):]  # the segments before the anchor's are behind it
    for is_null in segments:
        clauses = [where] if where else ["WHERE 1"]
        values = list(params)
        if is_null is not None:
            clauses.append(f"{column} IS NULL" if is_null else f"{column} IS NOT NULL")
        # the anchor when it lies in this segment, else None
        anchor = after if after is not None and (is_null is None or bool(after[0]) == is_null) else None
        if is_null:
            order = f"id {direction}"
            if anchor is not None:
                clauses.append(f"id {beyond} ?")
                values.append(anchor[2])
        else:
            order = f"{column}{collate} {direction}, id {direction}"
            if anchor is not None:
                clauses.append(f"({column}{collate}, id) {beyond} (?, ?)")
                values.extend((anchor[1], anchor[2]))
        key = f"{column} IS NULL, {column}, id"
        yield (f"SELECT {columns}, {key} FROM {table} {' AND '.join(clauses)} ORDER BY {order} LIMIT ?",
               tuple(values))


def read_after(connection: sqlite3.Connection, query: DossierQuery, after: Key | None, limit: int,
               backwards: bool, where: str, params: tuple, columns: str,
               table: str = "dossiers") -> list[tuple[Key, tuple]]:
    """Up to ``limit`` rows after ``after`` in the list's order (before it, nearest first, when backwards):
    each as (key, the selected columns)."""
    found: list[tuple[Key, tuple]] = []
    width = columns.count(",") + 1
    for sql, values in keyset_statements(query, after, backwards, where, params, columns, table):
        for row in connection.execute(sql, (*values, limit - len(found))):
            found.append((tuple(row[width:]), row[:width]))
        if len(found) >= limit:
            break
    return found
