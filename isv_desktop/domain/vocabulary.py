"""One word per domain value, in Dutch and English: the screens, the PDFs, the workbooks and the yearly report
all name a value with :func:`label`, so a verdict reads the same in step 4, step 5 and the report.

Values whose enum carries its own ``label(language)`` (themes, risk levels, priorities, criteria types, …)
keep it; :func:`label` answers for those too. The words here start with a capital: they stand alone in a
list, a table cell or after a colon.
"""
from __future__ import annotations

from enum import Enum

#: By enum class name, then value. Names, not the classes: the home screen names steps and statuses without
#: loading the modules of the later steps (tests/domain/test_vocabulary.py checks every name and value).
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "StepId": {
        "applicability": ("Dossier en toepasbaarheid", "Dossier and applicability"),
        "risk_scan": ("Risicoscan", "Risk scan"),
        "criteria": ("Criteria", "Criteria"),
        "suppliers": ("Leveranciers", "Suppliers"),
        "monitoring": ("Contractmonitoring", "Contract monitoring"),
    },
    "ProcedureType": {
        "open": ("Openbaar", "Open"),
        "restricted": ("Niet-openbaar", "Restricted"),
        "competitive_dialogue": ("Concurrentiegerichte dialoog", "Competitive dialogue"),
        "negotiated": ("Onderhandelingsprocedure", "Negotiated procedure"),
        "multiple_private": ("Meervoudig onderhands", "Multiple private (invited tenders)"),
        "single_private": ("Enkelvoudig onderhands", "Single private (one invited tender)"),
    },
    "ContractKind": {
        "supplies_services": ("Leveringen of diensten", "Supplies or services"),
        "works": ("Werken", "Works"),
        "social_services": ("Sociale en andere specifieke diensten (bijlage XIV)",
                            "Social and other specific services (Annex XIV)"),
    },
    "DossierStatus": {
        "active": ("Actief", "Active"),
        "archived": ("Gearchiveerd", "Archived"),
        "deleted": ("Verwijderd", "Deleted"),
    },
    "IsvDecision": {
        "undecided": ("Nog niet besloten", "Not decided yet"),
        "apply": ("ISV toepassen", "Apply ISV"),
        "not_apply": ("ISV niet toepassen", "Do not apply ISV"),
    },
    "NonApplicationReason": {
        "below_threshold_proportionate": ("Onder de drempel en niet proportioneel",
                                          "Below the threshold and not proportionate"),
        "no_relevant_chain_risk": ("Geen relevant ketenrisico", "No relevant supply chain risk"),
        "other": ("Anders (zie toelichting)", "Other (see explanation)"),
    },
    "ThresholdOutcome": {
        "above": ("Boven de Europese drempel", "Above the EU threshold"),
        "below": ("Onder de Europese drempel", "Below the EU threshold"),
        "no_known_period": ("Drempel voor vandaag onbekend", "Threshold for today not known"),
        "no_value": ("Geen geraamde waarde", "No estimated value"),
    },
    "CentralGovernmentRule": {
        "required": ("Voor de rijksoverheid verplicht", "Required for central government"),
        "not_required": ("Voor de rijksoverheid niet verplicht", "Not required for central government"),
        "unknown": ("Nog niet te zeggen", "Cannot tell yet"),
    },
    "AcceptanceMode": {
        "explicit": ("Uitdrukkelijk, met ondertekende verklaring", "Explicit, by a signed declaration"),
        "implicit": ("Door het indienen van een inschrijving", "By submitting a tender"),
    },
    "ProductionStage": {
        "raw_material": ("Grondstof", "Raw material"),
        "processing": ("Verwerking", "Processing"),
        "final_assembly": ("Eindassemblage", "Final assembly"),
        "unknown": ("Onbekend", "Unknown"),
    },
    "StakeholderKind": {
        "ngo": ("Ngo", "NGO"),
        "trade_union": ("Vakbond", "Trade union"),
        "certification_body": ("Certificerende instelling", "Certification body"),
        "frontrunner_company": ("Koploperbedrijf", "Frontrunner company"),
        "sector_initiative": ("Sectorinitiatief", "Sector initiative"),
        "other": ("Anders", "Other"),
    },
    "SupplierRole": {
        "bidder": ("Inschrijver", "Bidder"),
        "awarded": ("Opdrachtnemer", "Contractor"),
        "subcontractor": ("Onderaannemer", "Subcontractor"),
        "factory": ("Fabriek of productielocatie", "Factory or production site"),
    },
    "CredentialKind": {
        "initiative": ("Initiatief of convenant", "Initiative or agreement"),
        "certificate": ("Certificaat of keurmerk", "Certificate or label"),
    },
    "PlanVerdict": {
        "insufficient": ("Onvoldoende", "Insufficient"),
        "partly": ("Deels voldoende", "Partly sufficient"),
        "sufficient": ("Voldoende", "Sufficient"),
        "good": ("Goed", "Good"),
    },
    "DueDiligencePoint": {
        "policy": ("Beleid voor verantwoord ondernemen", "Responsible business conduct policy"),
        "risk_identification": ("Risico's in kaart gebracht", "Risks identified"),
        "prioritised_risks": ("Risico's geprioriteerd", "Risks prioritised"),
        "measures": ("Maatregelen met eigenaar en datum", "Measures with owner and date"),
        "monitoring": ("Monitoring van de uitvoering", "Monitoring of implementation"),
        "grievance_remedy": ("Klachtenmechanisme en herstel", "Grievance mechanism and remedy"),
        "stakeholder_engagement": ("Betrekken van belanghebbenden", "Stakeholder engagement"),
    },
    "AuditKind": {
        "desk_review": ("Documentenonderzoek (desk review)", "Desk review"),
        "head_office_check": ("Documentcontrole op het hoofdkantoor", "Head office check"),
        "factory_audit": ("Fabrieksaudit", "Factory audit"),
        "worker_driven": ("Monitoring door werknemers", "Worker-driven monitoring"),
    },
    "ActionStatus": {
        "open": ("Open", "Open"),
        "in_progress": ("In uitvoering", "In progress"),
        "done": ("Afgerond", "Done"),
    },
    "EscalationStep": {
        "dialogue": ("Dialoog", "Dialogue"),
        "external_advice": ("Extern advies of onderzoek", "External advice or investigation"),
        "notice_of_default": ("Ingebrekestelling", "Notice of default"),
        "penalty": ("Boete", "Penalty"),
        "termination": ("Ontbinding", "Termination"),
    },
    "SignalSourceKind": {
        "press": ("Persbericht of nieuwsartikel", "Press release or news article"),
        "ngo_report": ("Rapport van een ngo", "NGO report"),
        "union_report": ("Rapport van een vakbond", "Trade union report"),
        "withhold_release_order": ("Withhold Release Order (VS-douane)", "Withhold Release Order (US customs)"),
        "court_case": ("Rechtszaak", "Court case"),
        "other": ("Anders", "Other"),
    },
    "MilestoneStatus": {
        "met": ("Gehaald", "Met"),
        "behind": ("Achter op schema", "Behind"),
        "not_yet_due": ("Nog niet aan de orde", "Not yet due"),
        "no_data": ("Geen gegevens", "No data"),
    },
}

#: Short words where a list of values shares one table cell (the report's "Ambitie en varianten": "Basis:
#: contract, gunning"); by enum class name, then value, like LABELS.
SHORT_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "CriterionType": {
        "contract_condition": ("contract", "contract"),
        "minimum_requirement": ("minimumeis", "minimum"),
        "selection_criterion": ("selectie", "selection"),
        "award_criterion": ("gunning", "award"),
    },
}


def language_of(language: str) -> str:
    """``nl`` or ``en`` for any language tag (``en_GB`` → ``en``); Dutch when in doubt."""
    return "en" if language.startswith("en") else "nl"


def label(value: Enum, language: str = "nl") -> str:
    """The word for a domain value in ``language``: from the table above, or the enum's own ``label``."""
    pair = LABELS.get(type(value).__name__, {}).get(value.value)
    if pair is not None:
        return pair[1] if language_of(language) == "en" else pair[0]
    own = getattr(value, "label", None)
    if callable(own):
        return own(language_of(language))
    raise KeyError(f"no label for {type(value).__name__}.{value.name}")


def short_label(value: Enum, language: str = "nl") -> str:
    """The short word for a domain value in a shared cell; its :func:`label` when it has no short one."""
    pair = SHORT_LABELS.get(type(value).__name__, {}).get(value.value)
    if pair is None:
        return label(value, language)
    return pair[1] if language_of(language) == "en" else pair[0]
