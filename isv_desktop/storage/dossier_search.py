"""The dossier list's search in an FTS5 index with the trigram tokenizer (migration 0015).

The search field finds a text anywhere in a dossier's title, reference, description (subject), CPV code or
organisation. ``LIKE '%text%'`` read every dossier twice (once to count, once for the page): 130 ms at 100,000
dossiers. ``dossier_search`` keeps every three-character piece of those five columns (an external-content index
over ``dossiers``, kept in step by triggers), so a text of three characters or more is a phrase of trigrams:
the rows holding it are found in the index, whatever their number.

Matching is the same as ``LIKE``: a substring of one column, ``%`` and ``_`` literal, case-insensitive (the
trigram tokenizer also folds the case of non-ASCII letters, where LIKE folds only A–Z). Accents are kept:
"geimporteerd" does not find "geïmporteerd", as before (trigram's ``remove_diacritics`` needs SQLite 3.45).

A text of one or two characters has no trigram: it is still matched by ``LIKE``; counting it reads the table
once (40 ms at 100,000 dossiers), and so does a page of few hits.

The page is read one of two ways (DossierRepository._reading; storage/dossier_keyset.py adds the order and the
anchor), chosen by the number of hits, counted once per search text:
- few hits (up to ``WALK_ABOVE``): the hits themselves, by id from the index (``id IN (SELECT rowid ... MATCH
  ?)``; a short text: the table read once, ``dossiers NOT INDEXED``), sorted in memory;
- many hits: the sort column's index is walked in order and each row tested: by LIKE for an ASCII text (each
  row is a hit, nearly, so the page stops after a few hundred rows), else against the hits (``+id IN (...)``, a
  hash set made once per statement), instead of sorting every hit. 100,000 dossiers, "perceel" in every one:
  a page in 2 ms, where sorting the hits took 80-120 ms (each hit read by its id).
The count of many hits is the index's (any status) less the hidden ones found by status (``count_many``).
"""
from __future__ import annotations

import sqlite3

#: The columns searched, as in the dossiers table.
SEARCHED = ("title", "reference", "subject", "cpv_code", "organisation")
TABLE = "dossier_search"
#: Above this many hits a page walks the sort column's index instead of sorting the hits.
WALK_ABOVE = 2_000
_MATCH = f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)"


def create_dossier_search(db) -> None:
    """Migration 0015: the index, its triggers, and every stored dossier in it (2 s at 100,000 dossiers)."""
    columns = ", ".join(SEARCHED)
    new = ", ".join(f"new.{c}" for c in SEARCHED)
    old = ", ".join(f"old.{c}" for c in SEARCHED)
    db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5({columns}, content='dossiers', content_rowid='id', "
               "tokenize='trigram')")
    remove = f"INSERT INTO {TABLE} ({TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {TABLE} (rowid, {columns}) VALUES (new.id, {new});"
    db.execute(f"CREATE TRIGGER dossiers_search_added AFTER INSERT ON dossiers BEGIN {add} END")
    db.execute(f"CREATE TRIGGER dossiers_search_removed AFTER DELETE ON dossiers BEGIN {remove} END")
    db.execute(f"CREATE TRIGGER dossiers_search_changed AFTER UPDATE OF id, {columns} ON dossiers "
               f"BEGIN {remove} {add} END")
    db.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")


def uses_index(text: str) -> bool:
    """Whether ``text`` (stripped) is found in the index: three characters or more."""
    return len(text) >= 3


def phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: every character literal."""
    return '"' + text.replace('"', '""') + '"'


def hits(connection: sqlite3.Connection, text: str) -> int:
    """How many dossiers (any status) hold ``text``, counted in the index alone."""
    return connection.execute(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ?", (phrase(text),)).fetchone()[0]


def search_clause(text: str, walk: bool = False) -> tuple[str, tuple]:
    """The filter for ``text`` (stripped, not empty): in the index, or LIKE for one or two characters.

    ``walk`` (many hits): a filter that lets SQLite read the sort column's index in order: LIKE for an ASCII text
    (each row read is a hit, nearly: the page stops after some hundred rows), else the hits tested by id
    (``+id``). For ASCII text LIKE and the index agree: both fold A-Z only where the text has letters."""
    if uses_index(text) and not (walk and text.isascii()):
        return f"{'+id' if walk else 'id'} IN {_MATCH}", (phrase(text),)
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return "(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in SEARCHED) + ")", (like,) * len(SEARCHED)


def count_many(connection: sqlite3.Connection, text: str, total: int, include_archived: bool) -> int:
    """The dossiers the list shows for an ASCII ``text`` with ``total`` hits in the index (any status): those hits
    less the deleted (and archived) ones, which are found in the status index. Testing the status of every hit
    by its id took as long again (50 ms for 90,000 hits)."""
    hidden = ("deleted",) if include_archived else ("archived", "deleted")
    clause, values = search_clause(text, walk=True)
    marks = ", ".join("?" for _ in hidden)
    return total - connection.execute(f"SELECT count(*) FROM dossiers WHERE status IN ({marks}) AND {clause}",
                                      (*hidden, *values)).fetchone()[0]
