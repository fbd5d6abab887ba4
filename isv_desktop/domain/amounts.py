"""Euro amounts as buyers type them: ``250.000``, ``€ 250.000,00`` or ``250000``."""
from __future__ import annotations

from decimal import Decimal

from .messages import UserError

LARGEST_PLAUSIBLE_AMOUNT = Decimal("100000000000")  # 100 billion euro


def parse_euro_amount(text: str) -> Decimal:
    """Read an amount the Dutch way or the plain way; refuse anything else."""
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
        value = parse_decimal(cleaned, locale="nl_NL", strict=True)
    except NumberFormatError:
        raise UserError("amount.invalid", text=text[:60]) from None
    if value.as_tuple().exponent < -2:
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

    locale = "nl_NL" if language == "nl" else "en_IE"
    if whole_euros:
        pattern = "¤ #,##0" if language == "nl" else "¤#,##0"
        return format_currency(value, "EUR", format=pattern, locale=locale, currency_digits=False)
    return format_currency(value, "EUR", locale=locale)
