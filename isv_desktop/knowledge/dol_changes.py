"""The documented changes of a later DOL edition, laid over the shipped edition.

``us_dol_changes_2024.csv`` holds what public summaries document of the
2024 edition (5 September 2024) while its full tables are not at hand:
goods added (``added``), listings whose kinds changed (``changed``, the new
flags) and kinds taken off the list (``removed``: ``yes`` in a labour
column means that kind was removed). Each row cites its own source. The
rows of the shipped edition that no change touches keep their own source
and edition (2022). An imported full edition replaces the shipped one and
these changes alike.
"""
from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import replace
from pathlib import Path

from ..domain.risk.facts import GoodListing, Source
from .csv_reading import CsvRow, read_csv_file, require
from .dol_file import DolEdition, check_inputs, parse_country, parse_flag
from .errors import KnowledgeFileError

CHANGES_FILE = "us_dol_changes_2024.csv"
REQUIRED = ("change", "good", "iso2", "child_labour", "forced_labour", "source")
OPTIONAL = ("forced_child_labour", "input_good", "input_iso2", "good_nl", "note")
CHANGES = ("added", "changed", "removed")


def apply_changes(
    edition: DolEdition, path: Path, countries: Container[str], sources: Mapping[str, Source]
) -> DolEdition:
    """The shipped edition with the changes of ``path`` applied; a change that does not fit names its line."""
    rows = read_csv_file(path, REQUIRED, OPTIONAL)
    by_key: dict[tuple[str, str], GoodListing] = {(l.good, l.country): l for l in edition.listings}
    order = list(by_key)
    dutch = dict(edition.dutch_names)
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        change = require(row, "change", path)
        if change not in CHANGES:
            raise KnowledgeFileError(
                "knowledge.bad_value", path=path, line=row.line, column="change", value=change[:40],
                expected=", ".join(CHANGES),
            )
        good = require(row, "good", path)
        code = parse_country(row, "iso2", countries, path, required=True)
        key = (good, code)
        if key in seen:
            raise KnowledgeFileError("knowledge.duplicate_row", path=path, line=row.line, first=seen[key],
                                     key=f"{good} / {code}")
        seen[key] = row.line
        source_id = require(row, "source", path)
        if source_id not in sources:
            raise KnowledgeFileError("knowledge.unknown_reference", path=path, line=row.line, column="source",
                                     value=source_id[:40], target="sources.csv")
        known = by_key.get(key)
        if (change == "added") != (known is None):
            raise KnowledgeFileError("knowledge.bad_value", path=path, line=row.line, column="change",
                                     value=change, expected="added for a new listing, else changed or removed")
        if row["good_nl"]:
            dutch[good] = row["good_nl"]
        if change == "removed":
            assert known is not None  # checked above: only "added" may name a listing not there yet
            by_key[key] = _removed(known, row, path, source_id)
            continue
        listing = _listing(row, path, countries, good, code, source_id)
        by_key[key] = listing
        if known is None:
            order.append(key)
    changed = DolEdition(tuple(by_key[key] for key in order), dutch)
    check_inputs(changed, path, {key: line for key, line in seen.items()})
    return changed


def _listing(row: CsvRow, path: Path, countries: Container[str], good: str, code: str, source_id: str) -> GoodListing:
    child = parse_flag(row, "child_labour", path, required=True)
    forced = parse_flag(row, "forced_labour", path, required=True)
    forced_child = parse_flag(row, "forced_child_labour", path, required=False)
    input_good = row["input_good"] or None
    input_country = parse_country(row, "input_iso2", countries, path, required=False)
    if (input_good is None) != (input_country is None):
        raise KnowledgeFileError("knowledge.input_incomplete", path=path, line=row.line)
    if not (child or forced or input_good):
        raise KnowledgeFileError("knowledge.nothing_listed", path=path, line=row.line)
    return GoodListing(good, code, child, forced, forced_child, input_good, input_country, source_id)


def _removed(known: GoodListing, row: CsvRow, path: Path, source_id: str) -> GoodListing:
    kinds = tuple(k for k in ("child_labour", "forced_labour") if parse_flag(row, k, path, required=True))
    if not kinds or any(not getattr(known, kind) for kind in kinds):
        raise KnowledgeFileError("knowledge.nothing_listed", path=path, line=row.line)
    return replace(
        known,
        child_labour=known.child_labour and "child_labour" not in kinds,
        forced_labour=known.forced_labour and "forced_labour" not in kinds,
        forced_child_labour=False,
        removed=kinds,
        removal_source_id=source_id,
    )
