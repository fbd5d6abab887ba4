"""The dated EU threshold table shipped in ``resources/thresholds``."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain.thresholds import ThresholdPeriod


class ReferenceDataError(Exception):
    """A file shipped with the program is broken (a bug to fix, not a user error)."""


def load_threshold_table(resources_dir: Path) -> list[ThresholdPeriod]:
    path = resources_dir / "thresholds" / "eu_thresholds.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        periods = [
            ThresholdPeriod(
                start=date.fromisoformat(item["start"]),
                end=date.fromisoformat(item["end"]),
                supplies_services=Decimal(item["supplies_services"]),
                works=Decimal(item["works"]),
                source=item["source"],
            )
            for item in data["periods"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ReferenceDataError(f"{path}: {error}") from error
    for period in periods:
        if period.end < period.start:
            raise ReferenceDataError(f"{path}: period {period.start} ends before it starts")
    return sorted(periods, key=lambda p: p.start)
