"""Countries with Dutch and English names from CLDR (via Babel), ISO 3166 alpha-2 underneath."""
from __future__ import annotations

from babel import Locale

from ..domain.risk.facts import Country
from ..domain.risk.search import search_countries

__all__ = ["NOT_COUNTRIES", "load_countries", "search_countries"]

NOT_COUNTRIES = frozenset(
    {
        "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB",  # groupings, pseudo-locales, unknown
        "AC", "CP", "CQ", "DG", "EA", "IC", "TA",  # ISO "exceptionally reserved", not assigned
    }
)
"""CLDR territory codes that are not countries a good is made in. XK (Kosovo) stays."""


def load_countries() -> tuple[Country, ...]:
    """Every country and territory with a two-letter code, sorted by code."""
    dutch = Locale("nl").territories
    english = Locale("en").territories
    return tuple(
        Country(code, dutch[code], english[code])
        for code in sorted(dutch)
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code in english
    )
