"""Percentages per language, the one way the screens, the yearly report, the annex and the dossier files write
them: ``12,5 %`` in Dutch, ``12.5%`` in English; rounded half up to ``places`` decimals, trailing zeros dropped."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
DASH = "\u2014"
WEIGHT_PLACES = 2  # weights of award criteria are typed to the hundredth


def format_percent(percent: Decimal | int | None, language: str = "nl", places: int = 1) -> str:
    """``12,5 %`` / ``12.5%``; a dash for a share of nothing (None)."""
    if percent is None:
        return DASH
    number = format_points(percent, language, places)
    return f"{number}%" if language.startswith("en") else f"{number} %"


def format_points(points: Decimal | int, language: str = "nl", places: int = 1) -> str:
    """Percentage points, the number alone: ``12,5`` / ``12.5`` (the sentence around it names the unit)."""
    from babel.numbers import format_decimal  # on first use: babel takes ~25 ms to load

    rounded = Decimal(points).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    pattern = "#,##0." + "#" * places if places > 0 else "#,##0"
    return format_decimal(rounded, format=pattern, locale=_LOCALES["en" if language.startswith("en") else "nl"])
