"""The fixed texts of the yearly report (PDF and xlsx), in Dutch and English.

Like ``pdf_texts``: keyed by message id, filled with ``str.format``, the result
is plain text that the writers escape like any other text.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from isv_desktop.domain import vocabulary
from isv_desktop.domain.amounts import format_euro
from isv_desktop.domain.day_format import format_day
from isv_desktop.domain.risk_categories import ISV_RISK_CATEGORIES, category_label

MESSAGES: dict[str, tuple[str, str]] = {
    "title": ("Jaarrapportage ISV {year}", "Yearly ISV report {year}"),
    "subtitle": ("Toepassing van de Internationale Sociale Voorwaarden in de praktijk",
                 "How the International Social Conditions were applied in practice"),
    "subject": ("Jaarrapportage over de toepassing van de Internationale Sociale Voorwaarden in {year}",
                "Yearly report on applying the International Social Conditions in {year}"),
    "keywords": ("ISV, Internationale Sociale Voorwaarden, jaarrapportage, inkoop, IMVO",
                 "ISV, International Social Conditions, yearly report, procurement, responsible business conduct"),
    "fact.organisation": ("Organisatie", "Organisation"),
    "fact.year": ("Verslagjaar", "Reporting year"),
    "fact.tenders": ("Aanbestedingen gestart", "Tenders started"),
    "fact.left_out": ("Dossiers buiten de rapportage", "Dossiers left out"),
    "fact.library": ("Criteriabibliotheek", "Criteria library"),
    "no_organisation": ("(naam organisatie niet ingesteld)", "(organisation name not set)"),
    "intro": (
        "Deze rapportage laat zien hoe de Internationale Sociale Voorwaarden (ISV) in {year} zijn toegepast: bij "
        "welke aanbestedingen, in welke vorm en op welk ambitieniveau, waar niet en waarom, en hoe leveranciers en "
        "contracten daarna zijn gevolgd. Alle cijfers komen uit de dossiers in ISV Desktop; de toelichting achterin "
        "zegt precies wat er is geteld.",
        "This report shows how the International Social Conditions (ISV) were applied in {year}: in which tenders, "
        "in which form and at which ambition level, where not and why, and how suppliers and contracts were followed "
        "up afterwards. Every figure comes from the dossiers in ISV Desktop; the notes at the end say exactly what "
        "was counted."),
    # column headers
    "col.figure": ("Cijfer", "Figure"),
    "col.count": ("Aantal", "Count"),
    "col.of": ("Van", "Of"),
    "col.share": ("Aandeel", "Share"),
    "col.section": ("Onderdeel", "Section"),
    "col.key": ("Sleutel", "Key"),
    # sections
    "section.tenders": ("Aanbestedingen gestart in {year}", "Tenders started in {year}"),
    "section.applied": ("Toepassing van de ISV", "Application of the ISV"),
    "section.variants": ("ISV per variant (van de aanbestedingen met ISV)", "ISV by variant (of the tenders with ISV)"),
    "section.ambition": ("ISV per ambitieniveau (van de aanbestedingen met ISV)",
                         "ISV by ambition level (of the tenders with ISV)"),
    "section.explain": ("Pas toe of leg uit: waarom geen ISV", "Comply or explain: why no ISV"),
    "section.themes": ("Thema's het vaakst hoog (van de aanbestedingen met een risicoscan)",
                       "Themes most often rated high (of the tenders with a risk scan)"),
    "section.stakeholders": ("Raadpleging van stakeholders", "Stakeholder consultation"),
    "section.suppliers": ("Opvolging van leveranciers", "Supplier follow-up"),
    "section.monitoring": ("Contractmonitoring", "Contract monitoring"),
    "section.targets": ("Doelen en tussendoelen", "Targets and milestones"),
    "section.dossiers": ("Dossiers achter de cijfers", "Dossiers behind the figures"),
    "section.notes": ("Toelichting", "Notes"),
    # tender rows
    "row.started": ("Gestarte aanbestedingen", "Tenders started"),
    "row.above": ("Boven de Europese drempel", "Above the EU threshold"),
    "row.in_category": ("In een ISV-risicocategorie", "In an ISV risk category"),
    "row.required": ("Boven de drempel én in een risicocategorie", "Above the threshold and in a risk category"),
    "row.value_unknown": ("Geraamde waarde nog niet bekend", "Estimated value not known yet"),
    "row.threshold_unknown": ("Geen drempel bekend voor de startdatum", "No threshold known for the start date"),
    "row.category_unknown": ("Risicocategorie nog niet beantwoord", "Risk category not answered yet"),
    "row.not_applied": ("ISV niet toegepast", "ISV not applied"),
    "row.undecided": ("Nog niet besloten", "Not decided yet"),
    "row.no_criteria": ("Nog geen criteria gekozen", "No criteria chosen yet"),
    "row.not_applied_required": ("Niet toegepast terwijl boven de drempel in een risicocategorie",
                                 "Not applied although above the threshold in a risk category"),
    "row.no_reason": ("Geen reden vastgelegd", "No reason recorded"),
    "row.consultations": ("Raadplegingen: {kind}", "Consultations: {kind}"),
    "row.questionnaires_sent": ("Vragenlijsten verstuurd", "Questionnaires sent"),
    "row.plans_due": ("Plannen van aanpak met termijn in {year}", "Plans of action due in {year}"),
    "row.plans_received": ("Plannen van aanpak ontvangen", "Plans of action received"),
    "row.plan_verdict": ("Oordeel plan: {verdict}", "Plan verdict: {verdict}"),
    "row.reports_due": ("Voortgangsrapportages met termijn in {year}", "Progress reports due in {year}"),
    "row.reports_received": ("Voortgangsrapportages ontvangen", "Progress reports received"),
    "row.reports_received_on_time": ("Voortgangsrapportages op tijd ontvangen", "Progress reports received on time"),
    "row.report_verdict": ("Oordeel rapportage: {verdict}", "Report verdict: {verdict}"),
    "row.contracts": ("Contracten met een voortgangsrapportage in {year}", "Contracts with a progress report in {year}"),
    "row.signals": ("Signalen vastgelegd", "Signals logged"),
    "row.followups_opened": ("Opvolgingen van signalen in dossiers geopend", "Signal follow-ups opened in dossiers"),
    "row.followups_closed": ("Opvolgingen van signalen afgesloten", "Signal follow-ups closed"),
    "row.audits": ("Audits gehouden", "Audits held"),
    "row.audit_kind": ("Audit: {kind}", "Audit: {kind}"),
    "row.actions_due": ("Corrigerende maatregelen met termijn in {year}", "Corrective actions due in {year}"),
    "row.actions_open": ("Corrigerende maatregelen nog open", "Corrective actions still open"),
    "row.escalation": ("Escalatiestap: {step}", "Escalation step: {step}"),
    # targets
    "target.figure": ("Doel", "Target"),
    "target.goal": ("Doel (jaar)", "Goal (year)"),
    "target.achieved": ("Gerealiseerd", "Achieved"),
    "target.expected": ("Verwacht in {year}", "Due by {year}"),
    "target.actual": ("Stand {year}", "Actual {year}"),
    "target.status": ("Stand van zaken", "Status"),
    "target.milestone": ("Tussendoel", "Milestone"),
    "target.year": ("Jaar", "Year"),
    "target.none": ("Er zijn geen doelen ingesteld.", "No targets have been set."),
    "target.caption": ("{figure}: doel {goal} in {year}", "{figure}: goal {goal} in {year}"),
    "chart.actual": ("gerealiseerd", "achieved"),
    "chart.milestone": ("(tussen)doel", "milestone or goal"),
    # dossier list
    "dossier.number": ("Nr.", "No."),
    "dossier.reference": ("Kenmerk", "Reference"),
    "dossier.title": ("Dossier", "Dossier"),
    "dossier.started": ("Gestart", "Started"),
    "dossier.value": ("Geraamde waarde", "Estimated value"),
    "dossier.threshold": ("Drempel", "Threshold"),
    "dossier.above": ("Boven drempel", "Above threshold"),
    "dossier.category": ("Risicocategorie", "Risk category"),
    "dossier.decision": ("ISV", "ISV"),
    "dossier.reason": ("Reden geen ISV", "Reason no ISV"),
    "dossier.explanation": ("Toelichting", "Explanation"),
    "dossier.ambition": ("Ambitie", "Ambition"),
    "dossier.variants": ("Varianten", "Variants"),
    "dossier.consultations": ("Raadplegingen", "Consultations"),
    "dossier.status": ("Status", "Status"),
    "dossier.none": ("Er zijn in {year} geen aanbestedingen gestart.", "No tenders were started in {year}."),
    "dossier.left_out_on": ("Buiten de rapportage sinds", "Left out since"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "unknown": ("onbekend", "unknown"),
    "none_category": ("geen", "none"),
    # notes
    "notes.left_out": ("Dossiers buiten de rapportage", "Dossiers left out of the report"),
    "notes.left_out_intro": ("Deze dossiers tellen in geen enkel cijfer mee, op verzoek van de inkoper:",
                             "These dossiers count in no figure, at the buyer's request:"),
    "notes.no_left_out": ("Alle dossiers tellen mee; er is er geen buiten de rapportage gelaten.",
                          "Every dossier counts; none was left out of the report."),
    "notes.definitions": (
        "Wat is geteld. Een aanbesteding telt mee in het jaar waarin haar dossier is aangemaakt. Verwijderde dossiers "
        "en dossiers die de inkoper buiten de rapportage liet tellen niet mee; gearchiveerde wel. \u2018Boven de "
        "drempel\u2019 vergelijkt de geraamde waarde met de Europese drempel die gold op de startdatum, voor het soort "
        "opdracht. Varianten komen uit de gekozen criteria; het ambitieniveau is het niveau dat in stap 3 is gekozen. "
        "Aandelen per variant en ambitieniveau zijn aandelen van de aanbestedingen waarin de ISV zijn toegepast.",
        "What was counted. A tender counts in the year its dossier was created. Deleted dossiers and dossiers the "
        "buyer left out of the report do not count; archived ones do. \u2018Above the threshold\u2019 compares the "
        "estimated value with the EU threshold in force on the start date, for the kind of contract. Variants come "
        "from the chosen criteria; the ambition level is the one chosen in step 3. Shares by variant and ambition "
        "level are shares of the tenders in which the ISV were applied."),
    "notes.activity": (
        "Opvolging en monitoring tellen wat er in {year} gebeurde, in alle dossiers die meetellen: vragenlijsten "
        "verstuurd, plannen van aanpak en voortgangsrapportages met een termijn, signalen vastgelegd, audits gehouden, "
        "corrigerende maatregelen met een termijn en escalatiestappen gezet in {year}. \u2018Op tijd beoordeeld\u2019 "
        "betekent beoordeeld uiterlijk op de termijn, zoals de lijst met termijnen dat telt.",
        "Follow-up and monitoring count what happened in {year}, in every dossier that counts: questionnaires sent, "
        "plans of action and progress reports due, signals logged, audits held, corrective actions due and escalation "
        "steps taken in {year}. \u2018Assessed on time\u2019 means assessed no later than the due date, as the list "
        "of due items counts it."),
    "notes.reason": ("Reden", "Reason"),
    "notes.rounding": ("Aandelen zijn afgerond op één decimaal; de aantallen zijn exact.",
                       "Shares are rounded to one decimal; the counts are exact."),
    "sheet.figures": ("Cijfers", "Figures"),
    "sheet.dossiers": ("Dossiers", "Dossiers"),
    "sheet.targets": ("Doelen", "Targets"),
    "sheet.notes": ("Toelichting", "Notes"),
}

# Per enum, because str-valued members of different enums compare equal ("other" is a reason and a kind).
def text(message_id: str, language: str = "nl", **values: object) -> str:
    nl, en = MESSAGES[message_id]
    template = en if language.startswith("en") else nl
    return template.format(**values) if values else template


def label(value: Enum, language: str = "nl") -> str:
    """The label of a report value (reason, decision, kind, verdict, step, status): the domain's one vocabulary."""
    return vocabulary.label(value, language)


def risk_category_text(category: str | None, language: str = "nl") -> str:
    if category is None:
        return text("unknown", language)
    if not category:
        return text("none_category", language)
    return category_label(category, language) if category in ISV_RISK_CATEGORIES else category


def day_text(day: date, language: str = "nl") -> str:
    """A day as the dossier files write it (``domain.day_format``)."""
    return format_day(day, language)


def euro_text(amount: Decimal | None, language: str = "nl") -> str:
    return "\u2014" if amount is None else format_euro(amount, language, whole_euros=True)


def yes_no(value: bool | None, language: str = "nl") -> str:
    if value is None:
        return text("unknown", language)
    return text("yes" if value else "no", language)
