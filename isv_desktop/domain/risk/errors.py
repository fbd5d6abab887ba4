"""Errors of the risk scan a buyer can cause, in Dutch and English.

They are :class:`~isv_desktop.domain.messages.UserError` s, so the GUI and
the command line show them like every other user error; their message ids
live in :data:`RISK_MESSAGES` (the shared catalogue is not extended).
"""
from __future__ import annotations

from ..messages import UserError

RISK_MESSAGES: dict[str, tuple[str, str]] = {
    "risk.no_group": (
        "Kies ten minste één productgroep.",
        "Choose at least one product group.",
    ),
    "risk.unknown_group": (
        "‘{group_id}’ is geen bekende productgroep.",
        "‘{group_id}’ is not a known product group.",
    ),
    "risk.unknown_country": (
        "‘{code}’ is geen bekende landcode (ISO 3166, twee letters, bijvoorbeeld MY).",
        "‘{code}’ is not a known country code (ISO 3166, two letters, for example MY).",
    ),
    "risk.not_a_critical_input": (
        "‘{good}’ is geen kritische grondstof van de productgroep ‘{group_id}’ in deze scan.",
        "‘{good}’ is not a critical input of the product group ‘{group_id}’ in this scan.",
    ),
    "risk.cpv_without_group": (
        "Bij CPV-code {code} hoort geen productgroep uit de kennisbank.",
        "CPV code {code} belongs to no product group of the knowledge base.",
    ),
}


class RiskError(UserError):
    """A user error of the risk scan, rendered from :data:`RISK_MESSAGES`."""

    catalog: dict[str, tuple[str, str]] = RISK_MESSAGES

    def __init__(self, message_id: str, **values: object) -> None:
        if message_id not in self.catalog:
            raise KeyError(f"unknown message id {message_id!r}")
        Exception.__init__(self, message_id)
        self.message_id = message_id
        self.values = values

    def message(self, language: str = "nl") -> str:
        dutch, english = self.catalog[self.message_id]
        return (dutch if language == "nl" else english).format(**self.values)


class NoProductGroupChosenError(RiskError):
    def __init__(self) -> None:
        super().__init__("risk.no_group")


class UnknownProductGroupError(RiskError):
    def __init__(self, group_id: str) -> None:
        super().__init__("risk.unknown_group", group_id=str(group_id)[:60])
        self.group_id = group_id


class UnknownCountryError(RiskError):
    def __init__(self, code: str) -> None:
        super().__init__("risk.unknown_country", code=str(code)[:20])
        self.code = code


class CpvWithoutGroupError(RiskError):
    def __init__(self, code: str) -> None:
        super().__init__("risk.cpv_without_group", code=code)
        self.code = code


class NotACriticalInputError(RiskError):
    def __init__(self, group_id: str, good: str) -> None:
        super().__init__("risk.not_a_critical_input", group_id=str(group_id)[:60], good=str(good)[:60])
