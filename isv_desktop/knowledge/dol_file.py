"""The US DOL List of Goods as CSV: shipped edition and imported later editions share one format.

Columns (header names, any order, case-insensitive; other columns are ignored):
``good, iso2, child_labour, forced_labour`` required; ``forced_child_labour,
input_good, input_iso2, good_nl`` optional. Flags are yes/no (also ja/nee,
true/false, 1/0).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Container, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NamedTuple, overload

from ..domain.risk.facts import Country, GoodListing
from ..domain.risk.search import fold
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
        code = parse_country(row, "iso2", countries, path, required=True)
        key = (good, code)
        if key in first_line:
            raise KnowledgeFileError(
                "knowledge.duplicate_row", path=path, line=row.line, first=first_line[key], key=f"{good} / {code}"
            )
        first_line[key] = row.line
        child = parse_flag(row, "child_labour", path, required=True)
        forced = parse_flag(row, "forced_labour", path, required=True)
        forced_child = parse_flag(row, "forced_child_labour", path, required=False)
        if forced_child and not (child and forced):
            raise KnowledgeFileError("knowledge.forced_child_without_both", path=path, line=row.line)
        input_good = row["input_good"] or None
        input_country = parse_country(row, "input_iso2", countries, path, required=False)
        if (input_good is None) != (input_country is None):
            raise KnowledgeFileError("knowledge.input_incomplete", path=path, line=row.line)
        if not (child or forced or input_good):
            raise KnowledgeFileError("knowledge.nothing_listed", path=path, line=row.line)
        if row["good_nl"]:
            dutch[good] = row["good_nl"]
        listings.append(GoodListing(good, code, child, forced, forced_child, input_good, input_country))
    edition = DolEdition(tuple(listings), dutch)
    check_inputs(edition, path, first_line)
    return edition


def check_inputs(edition: DolEdition, path: Path, first_line: dict[tuple[str, str], int]) -> None:
    """Every exploited input a listing names is itself listed with child or forced labour."""
    by_key = {(l.good, l.country): l for l in edition.listings}
    for listing in edition.listings:
        if listing.input_good is None:
            continue
        source = by_key.get((listing.input_good, listing.input_country or ""))
        if source is None or not (source.child_labour or source.forced_labour):
            raise KnowledgeFileError(
                "knowledge.input_not_listed",
                path=path,
                line=first_line.get((listing.good, listing.country), 1),
                good=listing.input_good,
                code=listing.input_country,
            )


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


def parse_flag(row: CsvRow, column: str, path: Path, *, required: bool) -> bool:
    raw = row[column]
    if required and not raw:
        raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
    value = raw.casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise KnowledgeFileError("knowledge.bad_flag", path=path, line=row.line, column=column, value=raw[:30])


@overload
def parse_country(
    row: CsvRow, column: str, countries: Container[str], path: Path, *, required: Literal[True]
) -> str: ...
@overload
def parse_country(
    row: CsvRow, column: str, countries: Container[str], path: Path, *, required: bool
) -> str | None: ...
def parse_country(row: CsvRow, column: str, countries: Container[str], path: Path, *, required: bool) -> str | None:
    raw = row[column]
    if not raw:
        if required:
            raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
        return None
    code = raw.upper()
    if code not in countries:
        raise KnowledgeFileError("knowledge.unknown_country", path=path, line=row.line, column=column, code=raw[:20])
    return code


# -- the DOL's own layout -----------------------------------------------------

_HEADER_ALIASES = {
    "good": "good",
    "goods": "good",
    "iso2": "iso2",
    "iso code": "iso2",
    "country code": "iso2",
    "country": "country",
    "country/area": "country",
    "country / area": "country",
    "child labor": "child_labour",
    "child_labor": "child_labour",
    "child_labour": "child_labour",
    "forced labor": "forced_labour",
    "forced_labor": "forced_labour",
    "forced_labour": "forced_labour",
    "forced child labor": "forced_child_labour",
    "forced_child_labor": "forced_child_labour",
    "forced_child_labour": "forced_child_labour",
    "input_good": "input_good",
    "input good": "input_good",
    "exploited input": "input_good",
    "input_iso2": "input_iso2",
    "input country": "input_country",
    "made_with_exploited_inputs_from": "input_country",
    "made with exploited inputs from": "input_country",
    "good_nl": "good_nl",
}
_COUNTRY_ALIASES = {
    "burma": "MM",
    "congo, democratic republic of the": "CD",
    "democratic republic of the congo": "CD",
    "congo, republic of the": "CG",
    "kyrgyz republic": "KG",
    "turkey (turkiye)": "TR",
    "turkey": "TR",
    "turkiye": "TR",
    "north korea": "KP",
    "korea, north": "KP",
    "south korea": "KR",
    "korea, south": "KR",
    "cote d ivoire": "CI",
}
"""Names the DOL list uses that differ from CLDR's English names (Burma, Kyrgyz Republic …)."""


def read_dol_file(
    path: Path, countries: Mapping[str, Country], known_inputs: Mapping[tuple[str, str], str] = MappingProxyType({})
) -> DolEdition:
    """A DOL list in this project's layout or in the DOL's own (Good, Country/Area, Child Labor, Forced Labor …).

    Header names are matched case-insensitively, "labor" or "labour"; flags
    may be ``X`` or empty (the DOL's marks) as well as yes/no. Countries may
    be ISO codes or the list's English names. A row naming only the country
    of an exploited input takes the input good from ``known_inputs`` (the
    edition loaded now), or is refused with its line.
    """
    from .csv_reading import parse_csv_bytes, read_csv_file

    read_csv_file(path, (), ())  # size and encoding checks, with the file's own errors
    data = path.read_bytes()
    header_line = data.split(b"\n", 1)[0].decode("utf-8-sig", "replace")
    delimiter = next((d for d in (",", ";", "\t") if d in header_line), ",")
    raw_columns = [c.strip().strip('"').lower() for c in header_line.split(delimiter)]
    mapped = {raw: _HEADER_ALIASES[raw] for raw in raw_columns if raw in _HEADER_ALIASES}
    present = set(mapped.values())
    if "country" not in present or "iso2" in present:
        rows = read_csv_file(path, REQUIRED, OPTIONAL)
        return parse_dol_rows(rows, path, countries)
    missing = [c for c in ("good", "child_labour", "forced_labour") if c not in present]
    if missing:
        raise KnowledgeFileError(
            "knowledge.missing_columns", path=path, line=1, missing=", ".join(missing), required=", ".join(REQUIRED)
        )
    raw_rows = parse_csv_bytes(data, path, (), tuple(mapped))
    by_name = {fold(c.name_en): code for code, c in countries.items()} | _COUNTRY_ALIASES
    rows = []
    for raw in raw_rows:
        values = {mapped[column]: value for column, value in raw.items()}
        row = CsvRow(raw.line, values)
        for flag in ("child_labour", "forced_labour"):
            row[flag] = row[flag] or "no"  # the DOL marks a kind with X and leaves the others empty
        for name_column, code_column in (("country", "iso2"), ("input_country", "input_iso2")):
            name = row.pop(name_column, "")
            if name and not row[code_column]:
                code = name.upper() if name.upper() in countries else by_name.get(fold(name))
                if code is None:
                    raise KnowledgeFileError(
                        "knowledge.unknown_country", path=path, line=row.line, column=name_column, code=name[:20]
                    )
                row[code_column] = code
        if row["input_iso2"] and not row["input_good"]:
            row["input_good"] = known_inputs.get((row["good"], row["iso2"]), "")
        rows.append(row)
    return parse_dol_rows(rows, path, countries)
