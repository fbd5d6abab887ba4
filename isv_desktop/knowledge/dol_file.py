"""The US DOL List of Goods as CSV: shipped edition and imported later editions share one format.

Columns (header names, any order, case-insensitive; other columns are ignored):
``good, iso2, child_labour, forced_labour`` required; ``forced_child_labour,
input_good, input_iso2, good_nl`` optional. Flags are yes/no (also ja/nee,
true/false, 1/0).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Container, Iterable
from typing import NamedTuple
from pathlib import Path

from ..domain.risk.facts import GoodListing
from .csv_reading import CsvRow, require
from .errors import KnowledgeFileError

REQUIRED = ("good", "iso2", "child_labour", "forced_labour")
OPTIONAL = ("forced_child_labour", "input_good", "input_iso2", "good_nl")

_YES = {"yes", "y", "ja", "j", "true", "1", "x"}
_NO = {"no", "n", "nee", "false", "0", ""}


class DolEdition(NamedTuple):
    """The listings of one edition, and Dutch good names the file itself gave."""

    listings: tuple[GoodListing, ...]
    dutch_names: dict[str, str]


def parse_dol_rows(rows: Iterable[CsvRow], path: Path, countries: Container[str]) -> DolEdition:
    listings: list[GoodListing] = []
    first_line: dict[tuple[str, str], int] = {}
    dutch: dict[str, str] = {}
    for row in rows:
        good = require(row, "good", path)
        code = _country(row, "iso2", countries, path, required=True)
        key = (good, code)
        if key in first_line:
            raise KnowledgeFileError(
                "knowledge.duplicate_row", path=path, line=row.line, first=first_line[key], key=f"{good} / {code}"
            )
        first_line[key] = row.line
        child = _flag(row, "child_labour", path, required=True)
        forced = _flag(row, "forced_labour", path, required=True)
        forced_child = _flag(row, "forced_child_labour", path, required=False)
        if forced_child and not (child and forced):
            raise KnowledgeFileError("knowledge.forced_child_without_both", path=path, line=row.line)
        input_good = row["input_good"] or None
        input_country = _country(row, "input_iso2", countries, path, required=False)
        if (input_good is None) != (input_country is None):
            raise KnowledgeFileError("knowledge.input_incomplete", path=path, line=row.line)
        if not (child or forced or input_good):
            raise KnowledgeFileError("knowledge.nothing_listed", path=path, line=row.line)
        if row["good_nl"]:
            dutch[good] = row["good_nl"]
        listings.append(GoodListing(good, code, child, forced, forced_child, input_good, input_country))
    by_key = {(l.good, l.country): l for l in listings}
    for listing in listings:
        if listing.input_good is None:
            continue
        source = by_key.get((listing.input_good, listing.input_country or ""))
        if source is None or not (source.child_labour or source.forced_labour):
            raise KnowledgeFileError(
                "knowledge.input_not_listed",
                path=path,
                line=first_line[(listing.good, listing.country)],
                good=listing.input_good,
                code=listing.input_country,
            )
    return DolEdition(tuple(listings), dutch)


def dol_csv_text(edition: DolEdition) -> str:
    """The canonical CSV of an edition (what an import stores)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REQUIRED + OPTIONAL)
    yes_no = {True: "yes", False: "no"}
    for l in edition.listings:
        writer.writerow(
            [
                l.good,
                l.country,
                yes_no[l.child_labour],
                yes_no[l.forced_labour],
                yes_no[l.forced_child_labour],
                l.input_good or "",
                l.input_country or "",
                edition.dutch_names.get(l.good, ""),
            ]
        )
    return out.getvalue()


def _flag(row: CsvRow, column: str, path: Path, *, required: bool) -> bool:
    raw = row[column]
    if required and not raw:
        raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
    value = raw.casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise KnowledgeFileError("knowledge.bad_flag", path=path, line=row.line, column=column, value=raw[:30])


def _country(row: CsvRow, column: str, countries: Container[str], path: Path, *, required: bool) -> str | None:
    raw = row[column]
    if not raw:
        if required:
            raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
        return None
    code = raw.upper()
    if code not in countries:
        raise KnowledgeFileError("knowledge.unknown_country", path=path, line=row.line, column=column, code=raw[:20])
    return code
