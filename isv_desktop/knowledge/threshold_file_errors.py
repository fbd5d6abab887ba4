"""Errors of a threshold table the buyer imports, in Dutch and English (the knowledge file messages and one more)."""
from __future__ import annotations

from .errors import KNOWLEDGE_MESSAGES, KnowledgeFileError

THRESHOLD_MESSAGES: dict[str, tuple[str, str]] = {
    **KNOWLEDGE_MESSAGES,
    "thresholds.bad_table": (
        "dit is geen bruikbare drempeltabel ({detail}). Gebruik de opbouw van eu_thresholds.json: "
        "periodes met start, end, supplies_services, works en source.",
        "this is not a usable threshold table ({detail}). Use the layout of eu_thresholds.json: "
        "periods with start, end, supplies_services, works and source.",
    ),
}


class ThresholdFileError(KnowledgeFileError):
    """A threshold table the buyer tried to import does not fit; nothing was changed."""

    catalog = THRESHOLD_MESSAGES
