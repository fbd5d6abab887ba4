"""Inputs across borders: a product carries the risk of its critical inputs from where they come.

The knowledge base names, per product group, critical inputs that mostly
come from one country, with a sourced share (polysilicon: China). Until the
buyer records where a dossier's input really comes from (a traced origin),
the scan assumes that country; a traced origin replaces the assumption.
"""
from __future__ import annotations

from dataclasses import dataclass

TRACED_SOURCE = "dossier"
"""Source id of a reason that comes from the buyer's own record in the dossier."""


@dataclass(frozen=True, slots=True)
class TracedInput:
    """The buyer traced where a critical input of a product group comes from (one country)."""

    group_id: str
    good: str
    country: str
    recorded_on: str
    """ISO date the buyer recorded it."""
