"""Days in words, per language, the one way the dossier files, the yearly report and the screens that show
a day (not a field to type it in) write them: ``02-03-2026`` / ``02/03/2026``, ``2 maart 2026`` / ``2 March 2026``.
"""
from __future__ import annotations

from datetime import date, datetime

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
    """02-03-2026 in Dutch, 02/03/2026 in English: table cells and short mentions on the screens and in the files.

    The pattern is digits only (``dd``, ``MM``, ``yyyy``: no names, no locale data), so it is written here as
    CLDR writes it (babel's ``format_date`` with the same pattern gives the same text; a test compares them),
    without loading babel: the home screen's due list writes a day per row while the first window is painted.
    """
    separator = day_pattern(language)[2]  # "dd-MM-yyyy" / "dd/MM/yyyy": the character after dd
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year:04d}"


def format_long_day(day: date, language: str = "nl") -> str:
    """2 maart 2026 / 2 March 2026."""
    from babel.dates import format_date

    return format_date(day, format="long", locale=_locale(language))


def format_moment(moment: datetime, language: str = "nl") -> str:
    """02-03-2026 14:05 in Dutch, 02/03/2026 14:05 in English: when something was made, in a line of text."""
    from babel.dates import format_datetime

    return format_datetime(moment, format=f"{day_pattern(language)} HH:mm", locale=_locale(language))


def format_long_moment(moment: datetime, language: str = "nl") -> str:
    """2 maart 2026, 14:05 / 2 March 2026, 14:05."""
    from babel.dates import format_datetime

    time_of_day = format_datetime(moment, format="HH:mm", locale=_locale(language))
    return f"{format_long_day(moment.date(), language)}, {time_of_day}"


def format_published(published: str, language: str = "nl") -> str:
    """A source's date of publication as its file gives it (``2024``, ``2024-05`` or ``2024-05-01``), per language:
    ``2024``, ``mei 2024`` / ``May 2024``, ``01-05-2024`` / ``01/05/2024``; anything else unchanged."""
    from babel.dates import format_date

    parts = published.split("-")
    if len(parts) == 3:
        try:
            return format_day(date.fromisoformat(published), language)
        except ValueError:
            return published
    if len(parts) == 2 and all(part.isdigit() for part in parts) and 1 <= int(parts[1]) <= 12:
        return format_date(date(int(parts[0]), int(parts[1]), 1), format="LLLL yyyy", locale=_locale(language))
    return published
