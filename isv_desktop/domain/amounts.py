"""Euro amounts as buyers type them: ``250.000``, ``€ 250.000,00`` or ``250000``."""
from __future__ import annotations

from decimal import Decimal

from .messages import UserError

LARGEST_PLAUSIBLE_AMOUNT = Decimal("100000000000")  # 100 billion euro
_LOCALES = {"nl": "nl_NL", "en": "en_IE"}  # en_IE: English words with the euro sign in front, as in the eurozone


def _language(language: str) -> str:
    return "en" if language.startswith("en") else "nl"


def parse_euro_amount(text: str, language: str = "nl") -> Decimal:
    """Read an amount the way ``language`` writes it (``250.000,00`` in Dutch, ``250,000.00`` in English) or the
    plain way (``250000``); refuse anything else."""
    cleaned = text.replace("€", "").replace("\u00a0", " ").strip()
    cleaned = cleaned.replace("EUR", "").replace(" ", "")
    if cleaned.endswith(",-"):
        cleaned = cleaned[:-2]
    if not cleaned:
        raise UserError("amount.empty")
    if cleaned.startswith("-"):
        raise UserError("amount.negative")
    if len(cleaned) > 40 or not all(ch.isdigit() or ch in ".," for ch in cleaned):
        raise UserError("amount.invalid", text=text[:60])
    from babel.numbers import NumberFormatError, parse_decimal  # on first use: babel takes ~25 ms to load

    try:
        value = parse_decimal(cleaned, locale=_LOCALES[_language(language)], strict=True)
    except NumberFormatError:
        raise UserError("amount.invalid", text=text[:60]) from None
    return checked_euro_amount(value)


def checked_euro_amount(value: Decimal) -> Decimal:
    """An amount as stored: not negative, whole cents, not beyond the plausible; to the cent."""
    if value < 0:
        raise UserError("amount.negative")
    exponent = value.as_tuple().exponent  # a letter for Infinity, which the next check refuses as too large
    if isinstance(exponent, int) and exponent < -2:
        raise UserError("amount.too_precise")
    if value > LARGEST_PLAUSIBLE_AMOUNT:
        raise UserError("amount.too_large")
    return value.quantize(Decimal("0.01"))


def amount_to_cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


def cents_to_amount(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_euro(value: Decimal, language: str = "nl", whole_euros: bool = False) -> str:
    """``€ 250.000,00`` in Dutch, ``€250,000.00`` in English; ``whole_euros`` drops the cents."""
    from babel.numbers import format_currency  # on first use: babel takes ~25 ms to load

    language = _language(language)
    locale = _LOCALES[language]
    if whole_euros:
        pattern = "¤ #,##0" if language == "nl" else "¤#,##0"
        return format_currency(value, "EUR", format=pattern, locale=locale, currency_digits=False)
    return format_currency(value, "EUR", locale=locale)
