"""A scan as plain JSON-ready data and back, so a dossier keeps it exactly as it was made."""
from __future__ import annotations

from typing import Any

from ..themes import Theme
from .assessment import Origin, Reason, ScanResult, ThemeAssessment
from .levels import RiskLevel

RECORD_FORMAT = 1
_UNKNOWN_ORIGIN_KEY = ""


class BadScanRecordError(ValueError):
    """A stored scan that cannot be read back."""


def scan_to_record(result: ScanResult) -> dict[str, Any]:
    """Lists, strings and booleans only; the origin-unknown column is keyed ``""``."""
    return {
        "format": RECORD_FORMAT,
        "groups": list(result.group_ids),
        "countries": list(result.countries),
        "columns": [_UNKNOWN_ORIGIN_KEY if c is None else c for c in result.columns],
        "cells": [
            {"column": _UNKNOWN_ORIGIN_KEY if column is None else column, **_assessment(a)}
            for (_, column), a in result.cells.items()
        ],
        "themes": [_assessment(a) for a in result.themes.values()],
        "origins": [
            {
                "country": o.country,
                "goods": list(o.goods),
                "child_labour": o.child_labour,
                "forced_labour": o.forced_labour,
            }
            for o in result.origins
        ],
        "editions": dict(result.editions),
    }


def scan_from_record(record: dict[str, Any]) -> ScanResult:
    try:
        if record["format"] != RECORD_FORMAT:
            raise BadScanRecordError(f"unknown scan record format {record['format']!r}")
        cells = {}
        for item in record["cells"]:
            column = item["column"] or None
            assessment = _read_assessment(item)
            cells[(assessment.theme, column)] = assessment
        themes = {a.theme: a for a in map(_read_assessment, record["themes"])}
        return ScanResult(
            group_ids=tuple(record["groups"]),
            countries=tuple(record["countries"]),
            columns=tuple(c or None for c in record["columns"]),
            cells=cells,
            themes=themes,
            origins=tuple(
                Origin(o["country"], tuple(o["goods"]), bool(o["child_labour"]), bool(o["forced_labour"]))
                for o in record["origins"]
            ),
            editions=dict(record["editions"]),
        )
    except BadScanRecordError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise BadScanRecordError(f"stored scan cannot be read: {error!r}") from error


def _assessment(a: ThemeAssessment) -> dict[str, Any]:
    return {
        "theme": a.theme.value,
        "level": a.level.value,
        "depends_on_origin": a.depends_on_origin,
        "reasons": [
            {
                "source_id": r.source_id,
                "source_title": r.source_title,
                "edition": r.edition,
                "text_nl": r.text_nl,
                "text_en": r.text_en,
                "level": None if r.level is None else r.level.value,
                "country": r.country,
            }
            for r in a.reasons
        ],
    }


def _read_assessment(item: dict[str, Any]) -> ThemeAssessment:
    reasons = tuple(
        Reason(
            r["source_id"],
            r["source_title"],
            r["edition"],
            r["text_nl"],
            r["text_en"],
            None if r["level"] is None else RiskLevel(r["level"]),
            r["country"],
        )
        for r in item["reasons"]
    )
    return ThemeAssessment(Theme(item["theme"]), RiskLevel(item["level"]), reasons, bool(item["depends_on_origin"]))
