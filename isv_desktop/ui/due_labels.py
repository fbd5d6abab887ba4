"""Words and marks for due items, shared by the home screen's due panel and step 5.

Kept apart from step 5's label tables so the home screen starts without
loading the monitoring and supplier domain (context "MonitoringLabels" in
the translations, as before).
"""
from __future__ import annotations

from datetime import date

LATE_MARK = "⚠"
DONE_MARK = "✓"


def day_text(day: date | None) -> str:
    """dd-mm-yyyy, as the buyer types dates elsewhere in the program; empty for no date."""
    return day.strftime("%d-%m-%Y") if day else ""
