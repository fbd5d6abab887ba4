"""The steps of a dossier, in the order a buyer normally takes them."""
from __future__ import annotations

from enum import Enum


class StepId(str, Enum):
    APPLICABILITY = "applicability"
    RISK_SCAN = "risk_scan"
    CRITERIA = "criteria"
    SUPPLIERS = "suppliers"
    MONITORING = "monitoring"

    @property
    def number(self) -> int:
        return list(StepId).index(self) + 1
