"""The one place a dossier's JSON columns are decoded: a damaged value names its dossier and part.

A JSON column can be damaged while the file around it is intact (another
program wrote ``'{broken'``, or valid JSON of another shape). Decoding
through :func:`decoded` turns every such failure — not JSON, nested too
deep, or not the shape the reader expects — into
:class:`~..domain.damaged_parts.DamagedPartError` with the dossier's title,
so the window can say which step is damaged and the export which field,
instead of a traceback. Nothing is written.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from ..domain.damaged_parts import DamagedPart, DamagedPartError

T = TypeVar("T")

#: What reading a damaged value raises: JSONDecodeError and BadScanRecordError are ValueErrors; a dict where a list
#: was expected gives KeyError/TypeError/AttributeError; a value nested too deep RecursionError.
_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def decoded(connection: sqlite3.Connection, text: Any, dossier_id: int, part: DamagedPart, column: str,
            read: Callable[[Any], T]) -> T:
    """``read(json.loads(text))``, or ``DamagedPartError`` naming the dossier and the part."""
    try:
        return read(json.loads(text))
    except _DAMAGE as error:
        raise DamagedPartError(dossier_id, _title(connection, dossier_id), part, column) from error


def readable_or(default: T, text: Any, read: Callable[[Any], T]) -> T:
    """``read(json.loads(text))``, or ``default`` for a damaged value where one value must not stop the rest
    (matching a signal against every dossier): the value's own step still says it is damaged."""
    try:
        return read(json.loads(text))
    except _DAMAGE:
        return default


def _title(connection: sqlite3.Connection, dossier_id: int) -> str:
    row = connection.execute("SELECT title FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    return row[0] if row else str(dossier_id)


__all__ = ["decoded", "readable_or"]
