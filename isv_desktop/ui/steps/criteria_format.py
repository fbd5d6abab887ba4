"""Weights as the buyer types them back into a field, and the annex chapter a choice goes in; weights as shown
are written by domain.percentages.format_percent (with WEIGHT_PLACES)."""
from __future__ import annotations

from decimal import Decimal

from ...domain.annex import AnnexPart
from ...domain.annex_builder import annex_part
from ...domain.criteria import ChosenCriterion, CriteriaLibrary


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
