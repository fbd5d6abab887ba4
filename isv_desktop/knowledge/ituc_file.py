"""The ITUC Global Rights Index as CSV: ``iso2, rating`` required (``country`` name optional, ignored)."""
from __future__ import annotations

from collections.abc import Container, Iterable
from pathlib import Path

from ..domain.risk.facts import ITUC_RATINGS, CountryRating
from .csv_reading import CsvRow, require
from .errors import KnowledgeFileError

REQUIRED = ("iso2", "rating")
OPTIONAL = ("country",)


def parse_ituc_rows(rows: Iterable[CsvRow], path: Path, countries: Container[str]) -> tuple[CountryRating, ...]:
    ratings: list[CountryRating] = []
    first_line: dict[str, int] = {}
    for row in rows:
        raw = require(row, "iso2", path)
        code = raw.upper()
        if code not in countries:
            raise KnowledgeFileError("knowledge.unknown_country", path=path, line=row.line, column="iso2", code=raw[:20])
        if code in first_line:
            raise KnowledgeFileError(
                "knowledge.duplicate_row", path=path, line=row.line, first=first_line[code], key=code
            )
        first_line[code] = row.line
        rating = require(row, "rating", path).replace(" ", "")
        if rating not in ITUC_RATINGS:
            raise KnowledgeFileError("knowledge.bad_rating", path=path, line=row.line, value=rating[:20])
        ratings.append(CountryRating(code, rating))
    return tuple(ratings)


def ituc_csv_text(ratings: Iterable[CountryRating]) -> str:
    lines = ["iso2,rating"] + [f"{r.country},{r.rating}" for r in ratings]
    return "\n".join(lines) + "\n"
