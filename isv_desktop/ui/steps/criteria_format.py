"""Weights as the buyer reads and types them: "12,5 %" in Dutch, "12.5%" in English."""
from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal

from ...domain.annex import AnnexPart
from ...domain.annex_builder import annex_part
from ...domain.criteria import ChosenCriterion, CriteriaLibrary

_LOCALES = {"nl": "nl_NL", "en": "en_IE"}


def number_text(value: Decimal, language: str) -> str:
    return format_decimal(value, format="#,##0.##", locale=_LOCALES.get(language, "nl_NL"))


def percent_text(value: Decimal, language: str) -> str:
    """``20 %`` in Dutch, ``20%`` in English."""
    number = number_text(value, language)
    return f"{number}\u00a0%" if language == "nl" else f"{number}%"


def weight_input_text(value: Decimal | None, language: str) -> str:
    """A stored weight as it goes back into the field (no thousands separator, local decimal mark)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if language == "nl" else text


def part_of(chosen: ChosenCriterion, library: CriteriaLibrary) -> AnnexPart:
    """The annex chapter a choice goes in (the escalation clause has its own)."""
    criterion = library.get(chosen.criterion_id)
    if criterion is None:
        return AnnexPart(chosen.phase.value)
    return annex_part(chosen, criterion)
