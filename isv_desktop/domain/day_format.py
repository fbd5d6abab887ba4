"""Days in words, per language, the one way the dossier files, the yearly report and the screens that show
a day (not a field to type it in) write them: ``02-03-2026`` / ``02/03/2026``, ``2 maart 2026`` / ``2 March 2026``.
"""
from __future__ import annotations

from datetime import date

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
#: The short day as a pattern both babel (CLDR) and Qt read: what format_day writes, and what the list on the
#: home screen (Qt's own locale formatting, no babel at start) and the date fields show.
DAY_PATTERNS = {"nl": "dd-MM-yyyy", "en": "dd/MM/yyyy"}


def _locale(language: str) -> str:
    return _LOCALES["en" if language.startswith("en") else "nl"]


def day_pattern(language: str = "nl") -> str:
    """``dd-MM-yyyy`` in Dutch, ``dd/MM/yyyy`` in English."""
    return DAY_PATTERNS["en" if language.startswith("en") else "nl"]


def format_day(day: date, language: str = "nl") -> str:
    """02-03-2026 in Dutch, 02/03/2026 in English: table cells and short mentions on the screens and in the files."""
    from babel.dates import format_date  # on first use: babel takes ~25 ms to load

    return format_date(day, format=day_pattern(language), locale=_locale(language))


def format_long_day(day: date, language: str = "nl") -> str:
    """2 maart 2026 / 2 March 2026."""
    from babel.dates import format_date

    return format_date(day, format="long", locale=_locale(language))
