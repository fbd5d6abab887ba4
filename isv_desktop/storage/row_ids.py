"""Ids of stored rows, typed as what they are: a row in the database always has one.

sqlite3 types ``Cursor.lastrowid`` as ``int | None`` (None before any INSERT) and the domain records carry
``id: int | None`` (None until stored); once a row is written or read, its id is an int.
"""
from __future__ import annotations

import sqlite3


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id the INSERT that ``cursor`` ran gave its row."""
    new_id = cursor.lastrowid
    assert new_id is not None, "lastrowid is only None before an INSERT"
    return new_id


def stored_id(record_id: int | None) -> int:
    """The id of a record that came from the database (or was just stored there)."""
    assert record_id is not None, "a stored record has an id"
    return record_id
