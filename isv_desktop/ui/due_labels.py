"""Words and marks for due items, shared by the home screen's due panel and step 5.

Kept apart from step 5's label tables so the home screen starts without
loading the monitoring and supplier domain (context "MonitoringLabels" in
the translations, as before).
"""
from __future__ import annotations

from datetime import date

from ..domain.day_format import format_day
from .labels import interface_language

LATE_MARK = "⚠"
DONE_MARK = "✓"


def day_text(day: date | None, language: str | None = None) -> str:
    """A day as the screens show it, in the interface language (``domain.day_format``: 02-03-2026 / 02/03/2026,
    as the date fields and the dossier files write it); empty for no date."""
    return format_day(day, language or interface_language()) if day else ""
