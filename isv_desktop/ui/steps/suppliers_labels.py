"""Step 4 words for domain values (roles, verdicts, OECD steps), dates and countries, in the interface language."""
from __future__ import annotations

import unicodedata
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from PySide6.QtCore import QCoreApplication

from ...domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole
from ..labels import value_label

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# Two-letter codes babel knows that are no country a supplier sits in.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"})


def role_label(role: SupplierRole) -> str:
    return value_label(role)


def kind_label(kind: CredentialKind) -> str:
    return value_label(kind)


def verdict_label(verdict: PlanVerdict) -> str:
    return value_label(verdict)


def point_label(point: DueDiligencePoint) -> str:
    return value_label(point)


def point_question(point: DueDiligencePoint) -> str:
    """What the buyer looks for in the plan at this step (shown as a tooltip and placeholder)."""
    return {
        DueDiligencePoint.POLICY: QCoreApplication.translate(
            "SupplierLabels", "Heeft de leverancier een beleid voor maatschappelijk verantwoord ondernemen, door de "
            "directie vastgesteld en bekendgemaakt aan de keten?"),
        DueDiligencePoint.RISK_IDENTIFICATION: QCoreApplication.translate(
            "SupplierLabels", "Zijn de risico's van deze opdracht in kaart gebracht, per product en per land van "
            "productie, tot in de keten?"),
        DueDiligencePoint.PRIORITISED_RISKS: QCoreApplication.translate(
            "SupplierLabels", "Zijn de ernstigste risico's benoemd en is uitgelegd waarom die eerst worden aangepakt?"),
        DueDiligencePoint.MEASURES: QCoreApplication.translate(
            "SupplierLabels", "Zijn er maatregelen per risico, elk met een eigenaar en een datum?"),
        DueDiligencePoint.MONITORING: QCoreApplication.translate(
            "SupplierLabels", "Hoe volgt de leverancier of de maatregelen werken (audits, gesprekken, cijfers)?"),
        DueDiligencePoint.GRIEVANCE_REMEDY: QCoreApplication.translate(
            "SupplierLabels", "Kunnen werknemers in de keten veilig klagen, en hoe wordt schade hersteld?"),
        DueDiligencePoint.STAKEHOLDER_ENGAGEMENT: QCoreApplication.translate(
            "SupplierLabels", "Worden werknemers, vakbonden en lokale organisaties betrokken?"),
    }[point]


def date_text(day: date | None, language: str) -> str:
    """``2 mrt 2026`` in Dutch, ``2 Mar 2026`` in English; empty for no date."""
    if day is None:
        return ""
    return format_date(day, format="medium", locale=_LOCALES.get(language, "nl_NL"))


@lru_cache(maxsize=4)
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, sorted by name as a reader of ``language`` expects."""
    territories = Locale.parse(_LOCALES.get(language, "nl_NL")).territories
    found = [
        (code, name) for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(found, key=lambda pair: _sort_key(pair[1])))


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    names = Locale.parse(_LOCALES.get(language, "nl_NL")).territories
    return names.get(code, code)


def _sort_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()
