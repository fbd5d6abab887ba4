"""The nine ISV risk themes, with the ids used in code, JSON and exports."""
from __future__ import annotations

from enum import Enum


class Theme(str, Enum):
    CHILD_LABOUR = "child_labour"
    FORCED_LABOUR = "forced_labour"
    DISCRIMINATION = "discrimination"
    FREEDOM_OF_ASSOCIATION = "freedom_of_association"
    HEALTH_SAFETY = "health_safety"
    LIVING_WAGE = "living_wage"
    WORKING_HOURS = "working_hours"
    ENVIRONMENT = "environment"
    LAND_RIGHTS = "land_rights"

    def label(self, language: str = "nl") -> str:
        return THEME_LABELS[self][0 if language == "nl" else 1]


THEME_LABELS: dict[Theme, tuple[str, str]] = {
    Theme.CHILD_LABOUR: ("kinderarbeid", "child labour"),
    Theme.FORCED_LABOUR: ("dwangarbeid", "forced labour"),
    Theme.DISCRIMINATION: ("discriminatie", "discrimination"),
    Theme.FREEDOM_OF_ASSOCIATION: (
        "vrijheid van vakvereniging en collectief onderhandelen",
        "freedom of association and collective bargaining",
    ),
    Theme.HEALTH_SAFETY: ("gezondheid en veiligheid", "health and safety"),
    Theme.LIVING_WAGE: ("leefbaar loon", "living wage"),
    Theme.WORKING_HOURS: ("werktijden", "working hours"),
    Theme.ENVIRONMENT: ("milieu", "environment"),
    Theme.LAND_RIGHTS: ("land- en gebruiksrechten", "land and tenure rights"),
}
