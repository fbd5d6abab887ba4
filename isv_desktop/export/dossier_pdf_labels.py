"""Words of the dossier exports (PDF and workbook) in Dutch and English: fixed texts, values, dates.

Export has no Qt, so the texts live here by message id, as in
:mod:`.pdf_texts`. Values are filled in with ``str.format``; the result is
plain text that the writers escape like any other.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from babel.dates import format_date

from isv_desktop.domain.contract_kinds import KindBasis, KindSuggestion
from isv_desktop.domain.criteria import AcceptanceMode
from isv_desktop.domain.dossier import (
    ContractKind, Dossier, DossierStatus, IsvDecision, NonApplicationReason, ProcedureType,
)
from isv_desktop.domain.dossier_snapshot import ExportContext
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from isv_desktop.domain.risk.facts import CriticalInput
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.domain.thresholds import CentralGovernmentRule, ThresholdOutcome
from isv_desktop.export.dossier_pdf_messages import MESSAGES

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_VALUE_LABELS: tuple[tuple[Enum, tuple[str, str]], ...] = (
    (StepId.APPLICABILITY, ("Dossier en toepasbaarheid", "Dossier and applicability")),
    (StepId.RISK_SCAN, ("Risicoscan", "Risk scan")),
    (StepId.CRITERIA, ("Criteria", "Criteria")),
    (StepId.SUPPLIERS, ("Leveranciers", "Suppliers")),
    (StepId.MONITORING, ("Contractmonitoring", "Contract monitoring")),
    (ProcedureType.OPEN, ("Openbaar", "Open")),
    (ProcedureType.RESTRICTED, ("Niet-openbaar", "Restricted")),
    (ProcedureType.COMPETITIVE_DIALOGUE, ("Concurrentiegerichte dialoog", "Competitive dialogue")),
    (ProcedureType.NEGOTIATED, ("Onderhandelingsprocedure", "Negotiated procedure")),
    (ProcedureType.MULTIPLE_PRIVATE, ("Meervoudig onderhands", "Multiple private (invited tenders)")),
    (ProcedureType.SINGLE_PRIVATE, ("Enkelvoudig onderhands", "Single private (one invited tender)")),
    (ContractKind.SUPPLIES_SERVICES, ("Leveringen of diensten", "Supplies or services")),
    (ContractKind.WORKS, ("Werken", "Works")),
    (ContractKind.SOCIAL_SERVICES, ("Sociale en andere specifieke diensten (bijlage XIV)",
                                    "Social and other specific services (Annex XIV)")),
    (DossierStatus.ACTIVE, ("Actief", "Active")),
    (DossierStatus.ARCHIVED, ("Gearchiveerd", "Archived")),
    (DossierStatus.DELETED, ("Verwijderd", "Deleted")),
    (IsvDecision.UNDECIDED, ("Nog niet besloten", "Not decided yet")),
    (IsvDecision.APPLY, ("ISV toepassen", "Apply ISV")),
    (IsvDecision.NOT_APPLY, ("ISV niet toepassen", "Do not apply ISV")),
    (NonApplicationReason.BELOW_THRESHOLD_PROPORTIONATE, ("Onder de drempel en niet proportioneel",
                                                         "Below the threshold and not proportionate")),
    (NonApplicationReason.NO_RELEVANT_CHAIN_RISK, ("Geen relevant ketenrisico", "No relevant supply chain risk")),
    (NonApplicationReason.OTHER, ("Anders (zie toelichting)", "Other (see explanation)")),
    (ThresholdOutcome.ABOVE, ("Boven de Europese drempel", "Above the EU threshold")),
    (ThresholdOutcome.BELOW, ("Onder de Europese drempel", "Below the EU threshold")),
    (ThresholdOutcome.NO_KNOWN_PERIOD, ("Drempel voor vandaag onbekend", "Threshold for today not known")),
    (ThresholdOutcome.NO_VALUE, ("Geen geraamde waarde", "No estimated value")),
    (CentralGovernmentRule.REQUIRED, ("Voor de rijksoverheid verplicht", "Required for central government")),
    (CentralGovernmentRule.NOT_REQUIRED, ("Voor de rijksoverheid niet verplicht", "Not required for central government")),
    (CentralGovernmentRule.UNKNOWN, ("Nog niet te zeggen", "Cannot tell yet")),
    (AcceptanceMode.EXPLICIT, ("Uitdrukkelijk, met ondertekende verklaring", "Explicit, by a signed declaration")),
    (AcceptanceMode.IMPLICIT, ("Door het indienen van een inschrijving", "By submitting a tender")),
    (ProductionStage.RAW_MATERIAL, ("Grondstof", "Raw material")),
    (ProductionStage.PROCESSING, ("Verwerking", "Processing")),
    (ProductionStage.FINAL_ASSEMBLY, ("Eindproductie", "Final assembly")),
    (ProductionStage.UNKNOWN, ("Onbekend", "Unknown")),
    (StakeholderKind.NGO, ("Ngo", "NGO")),
    (StakeholderKind.TRADE_UNION, ("Vakbond", "Trade union")),
    (StakeholderKind.CERTIFICATION_BODY, ("Certificerende instelling", "Certification body")),
    (StakeholderKind.FRONTRUNNER_COMPANY, ("Koploperbedrijf", "Frontrunner company")),
    (StakeholderKind.SECTOR_INITIATIVE, ("Sectorinitiatief", "Sector initiative")),
    (StakeholderKind.OTHER, ("Anders", "Other")),
    (SupplierRole.BIDDER, ("Inschrijver", "Bidder")),
    (SupplierRole.AWARDED, ("Gegund", "Awarded")),
    (SupplierRole.SUBCONTRACTOR, ("Onderaannemer", "Subcontractor")),
    (SupplierRole.FACTORY, ("Fabriek of productielocatie", "Factory or production site")),
    (CredentialKind.INITIATIVE, ("Initiatief of convenant", "Initiative or agreement")),
    (CredentialKind.CERTIFICATE, ("Certificaat of keurmerk", "Certificate or label")),
    (PlanVerdict.INSUFFICIENT, ("onvoldoende", "insufficient")),
    (PlanVerdict.PARTLY, ("gedeeltelijk", "partly")),
    (PlanVerdict.SUFFICIENT, ("voldoende", "sufficient")),
    (PlanVerdict.GOOD, ("goed", "good")),
    (DueDiligencePoint.POLICY, ("Beleid", "Policy")),
    (DueDiligencePoint.RISK_IDENTIFICATION, ("Risico's in kaart", "Risks identified")),
    (DueDiligencePoint.PRIORITISED_RISKS, ("Prioriteiten", "Priorities")),
    (DueDiligencePoint.MEASURES, ("Maatregelen met eigenaar en datum", "Measures with owner and date")),
    (DueDiligencePoint.MONITORING, ("Monitoring", "Monitoring")),
    (DueDiligencePoint.GRIEVANCE_REMEDY, ("Klachtenmechanisme en herstel", "Grievance mechanism and remedy")),
    (DueDiligencePoint.STAKEHOLDER_ENGAGEMENT, ("Betrekken van belanghebbenden", "Stakeholder engagement")),
    (AuditKind.DESK_REVIEW, ("Documentenonderzoek (desk review)", "Desk review")),
    (AuditKind.HEAD_OFFICE_CHECK, ("Documentcontrole op het hoofdkantoor", "Head office check")),
    (AuditKind.FACTORY_AUDIT, ("Fabrieksaudit", "Factory audit")),
    (AuditKind.WORKER_DRIVEN, ("Monitoring door werknemers", "Worker-driven monitoring")),
    (ActionStatus.OPEN, ("Open", "Open")),
    (ActionStatus.IN_PROGRESS, ("In uitvoering", "In progress")),
    (ActionStatus.DONE, ("Afgerond", "Done")),
    (EscalationStep.DIALOGUE, ("Dialoog", "Dialogue")),
    (EscalationStep.EXTERNAL_ADVICE, ("Extern advies of onderzoek", "External advice or investigation")),
    (EscalationStep.NOTICE_OF_DEFAULT, ("Ingebrekestelling", "Notice of default")),
    (EscalationStep.PENALTY, ("Boete", "Penalty")),
    (EscalationStep.TERMINATION, ("Ontbinding", "Termination")),
    (SignalSourceKind.PRESS, ("Pers of nieuws", "Press or news")),
    (SignalSourceKind.NGO_REPORT, ("Rapport van een ngo", "NGO report")),
    (SignalSourceKind.UNION_REPORT, ("Rapport van een vakbond", "Trade union report")),
    (SignalSourceKind.WITHHOLD_RELEASE_ORDER, ("Withhold Release Order (VS-douane)", "Withhold Release Order (US customs)")),
    (SignalSourceKind.COURT_CASE, ("Rechtszaak", "Court case")),
    (SignalSourceKind.OTHER, ("Anders", "Other")),
)
#: Keyed by (enum class, value): str enums of different classes with one value ("open") are equal.
VALUE_LABELS: dict[tuple[type, str], tuple[str, str]] = {(type(k), k.value): v for k, v in _VALUE_LABELS}


def _language(language: str) -> str:
    return "en" if language.startswith("en") else "nl"


def text(message_id: str, language: str = "nl", **values: object) -> str:
    """The message in ``language`` (nl or en), with ``values`` filled in."""
    dutch, english = MESSAGES[message_id]
    template = english if _language(language) == "en" else dutch
    return template.format(**values) if values else template


def label(value: Enum, language: str = "nl") -> str:
    """A domain value in words: from the table above, or the value's own ``label``."""
    pair = VALUE_LABELS.get((type(value), value.value))
    if pair is not None:
        return pair[1] if _language(language) == "en" else pair[0]
    own = getattr(value, "label", None)
    return own(_language(language)) if callable(own) else str(value.value)


def format_day(day: date, language: str = "nl") -> str:
    """02-03-2026 in Dutch, 02/03/2026 in English."""
    return format_date(day, format="short", locale=_LOCALES[_language(language)])


def format_long_day(day: date, language: str = "nl") -> str:
    """2 maart 2026 / 2 March 2026."""
    return format_date(day, format="long", locale=_LOCALES[_language(language)])


def format_moment(moment: datetime, language: str = "nl") -> str:
    return f"{format_long_day(moment.date(), language)}, {moment.strftime('%H:%M')}"


def contract_kind_text(dossier: Dossier, suggestion: KindSuggestion | None, language: str = "nl") -> str:
    """The dossier's kind of contract and where it comes from: derived from the CPV code, or chosen against it."""
    kind = label(dossier.contract_kind, language)
    if suggestion is None:
        return kind
    if suggestion.basis is KindBasis.NO_CPV:
        return text("kind.no_cpv", language, kind=kind)
    if suggestion.basis is KindBasis.ANNEX_XIV and suggestion.annex_point is not None:
        point = suggestion.annex_point
        reason = text("kind.annex_xiv", language, number=point.number, heading=point.heading(_language(language)))
    else:
        reason = text("kind.works" if suggestion.basis is KindBasis.WORKS_DIVISION else "kind.other", language)
    if suggestion.kind is dossier.contract_kind:
        return text("kind.derived", language, kind=kind, code=suggestion.cpv_code, reason=reason)
    return text("kind.differs", language, kind=kind, code=suggestion.cpv_code, reason=reason,
                suggested=label(suggestion.kind, language))


def call_date_text(dossier: Dossier, judged_on: date | None, language: str = "nl") -> str:
    """The tender's date (datum oproep tot mededinging), or the day the threshold was judged on without it."""
    if dossier.call_for_competition_date is not None:
        return format_day(dossier.call_for_competition_date, language)
    if judged_on is None:
        return text("call_date.missing", language)
    return text("call_date.none", language, day=format_day(judged_on, language))


def assumed_origin(item: CriticalInput, context: ExportContext, language: str = "nl") -> str:
    """CN 24 % (2022/23; source): the origin of a critical input the knowledge base assumes, with its source."""
    source = context.sources.get(item.source_id)
    return text("input.share", language, country=context.country_name(item.country, language),
                share=item.share_percent, year=item.year, source=source[0] if source else item.source_id)


def recorded_day(value: str) -> date | None:
    """The day of an ISO date text (a traced origin's ``recorded_on``); None when it is not one."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
