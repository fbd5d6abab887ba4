"""Which dossiers a signal touches, in SQL over the names folded when stored (migration 0014).

The rule is ``domain.signals.touched_dossiers``: a supplier's name, a delivered product's brand or production site
that holds the signal's name as whole words (or is held by it), or a country where the dossier's goods are made,
with the signal's product group scanned when it names one. Names are folded once when stored; only the signal's
two names are folded here. A row whose folded name is missing (written by a path that does not fold) is folded and
compared in Python, so it is never passed over.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..domain.monitoring_records import Signal
from ..domain.signals import Touch, fold, names_match

REASON_ORDER = ("supplier", "brand", "site", "country", "group_country")

# one name held by the other as whole words: both sides padded with spaces
_HOLDS = "(instr(' ' || {col} || ' ', ' ' || :{name} || ' ') > 0 OR instr(' ' || :{name} || ' ', ' ' || {col} || ' ') > 0)"

_NAMES = (  # reason, table, folded column, the name's own column, the signal's name
    ("supplier", "suppliers", "name_folded", "name", "supplier"),
    ("brand", "delivered_products", "brand_folded", "brand", "brand"),
    ("site", "delivered_products", "site_name_folded", "site_name", "brand"),
)

_COUNTRY_DOSSIERS = (
    "SELECT dossier_id FROM scan_countries WHERE country = :country "
    "UNION SELECT dossier_id FROM suppliers WHERE country = :country "
    "UNION SELECT dossier_id FROM delivered_products WHERE site_country = :country "
    "UNION SELECT d.dossier_id FROM delivered_products d, "
    "json_each(CASE WHEN json_valid(d.components_json) THEN d.components_json ELSE '[]' END) c "
    "WHERE json_extract(c.value, '$.country') = :country"
)


def touches(connection: sqlite3.Connection, signal: Signal,
            progress: Callable[[int, int], None] | None = None) -> list[Touch]:
    """The dossiers (not deleted) ``signal`` touches, by dossier id, each with its reasons in a fixed order;
    ``progress(done, total)`` after each query."""
    folded = {"supplier": fold(signal.supplier_name or ""), "brand": fold(signal.brand or ""),
              "country": signal.country or "", "group": signal.group_id}
    queries = []  # one per reason: the dossiers (not deleted) it finds, by id
    for reason, table, column, _name_column, name in _NAMES:
        if folded[name]:
            queries.append((reason, f"SELECT dossier_id FROM {table} WHERE {column} != '' AND "
                                    + _HOLDS.format(col=column, name=name)))
    if folded["country"]:
        if folded["group"] is None:
            queries.append(("country", _COUNTRY_DOSSIERS))
        else:
            queries.append(("group_country", f"SELECT dossier_id FROM ({_COUNTRY_DOSSIERS}) WHERE dossier_id IN "
                                             "(SELECT dossier_id FROM scan_groups WHERE group_id = :group)"))
    # A country signal touches thousands of dossiers: rows are taken whole into dicts (in C), not sorted into
    # per-dossier lists one row at a time in Python (a third of the matching's time, issue 15).
    found_by_reason: list[tuple[str, dict[int, str]]] = []  # in the order of the queries, which is REASON_ORDER's
    for done, (reason, query) in enumerate(queries, start=1):
        found_by_reason.append((reason, dict(connection.execute(
            f"SELECT id, title FROM dossiers WHERE status != 'deleted' AND id IN ({query})", folded,
        ).fetchall())))
        if progress is not None:
            progress(done, len(queries) + 1)
    titles: dict[int, str] = {}
    reasons_of: dict[int, tuple[str, ...]] = {}
    for reason, found_here in reversed(found_by_reason):  # the last (countries) finds the most: taken whole
        titles.update(found_here)
        if not reasons_of:
            reasons_of = dict.fromkeys(found_here, (reason,))
        else:
            for dossier_id in found_here:
                reasons_of[dossier_id] = (reason, *reasons_of.get(dossier_id, ()))
    found: dict[int, set[str]] = {}
    for reason, table, column, name_column, name in _NAMES:  # rows stored without their folded name
        signal_name = folded[name]
        if signal_name:
            for dossier_id, value in connection.execute(
                f"SELECT dossier_id, {name_column} FROM {table} WHERE {column} IS NULL AND {name_column} != ''"
            ):
                if names_match(value, signal_name):
                    found.setdefault(dossier_id, set()).add(reason)
    if progress is not None:
        progress(len(queries) + 1, len(queries) + 1)
    if not found:  # as it should be: every row was folded when stored (reasons are in REASON_ORDER already)
        return [Touch(dossier_id, titles[dossier_id], reasons_of[dossier_id]) for dossier_id in sorted(titles)]
    for dossier_id, reasons in reasons_of.items():
        found.setdefault(dossier_id, set()).update(reasons)
    unnamed = [dossier_id for dossier_id in found if dossier_id not in titles]  # touched by a name folded here
    if unnamed:
        titles.update(connection.execute(
            f"SELECT id, title FROM dossiers WHERE status != 'deleted' AND id IN ({','.join('?' * len(unnamed))})",
            unnamed))
    return [Touch(dossier_id, titles[dossier_id], tuple(r for r in REASON_ORDER if r in found[dossier_id]))
            for dossier_id in sorted(found) if dossier_id in titles]
