"""The fixed texts of the exported documents, in Dutch and English.

Export has no Qt, so its labels live here keyed by message id, each with a
Dutch and an English text. Values are filled with ``str.format`` (a value is
inserted as it is, never re-read as a template); the result is plain text,
which the writers escape like any other text. Dutch is the default.
"""
from __future__ import annotations

LANGUAGES = ("nl", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # page furniture
    "page.x_of": ("pagina {page} van ", "page {page} of "),
    "page.reference": ("Kenmerk: {reference}", "Reference: {reference}"),
    "list.and": (" en ", " and "),
    "chapter": ("hoofdstuk {number}", "chapter {number}"),
    "chapters": ("hoofdstukken {numbers}", "chapters {numbers}"),
    # annex: title block
    "annex.title": ("Bijlage ISV", "ISV annex"),
    "annex.subtitle": ("Internationale Sociale Voorwaarden", "International Social Conditions"),
    "annex.header": ("Bijlage ISV — {title}", "ISV annex — {title}"),
    "annex.subject": ("Internationale Sociale Voorwaarden bij de opdracht {title}",
                      "International Social Conditions for the contract {title}"),
    "annex.keywords": ("ISV, Internationale Sociale Voorwaarden, aanbesteding, due diligence, IMVO",
                       "ISV, International Social Conditions, tender, due diligence, responsible business conduct"),
    "annex.fact.organisation": ("Aanbestedende dienst", "Contracting authority"),
    "annex.fact.tender": ("Opdracht", "Contract"),
    "annex.fact.reference": ("Kenmerk", "Reference"),
    "annex.fact.acceptance": ("Aanvaarding", "Acceptance"),
    "annex.fact.library": ("Criteriabibliotheek", "Criteria library"),
    "annex.library_edition": ("ISV-criteriabibliotheek, editie {edition}", "ISV criteria library, edition {edition}"),
    "acceptance.explicit": ("uitdrukkelijk, met ondertekende verklaring", "explicit, by a signed declaration"),
    "acceptance.implicit": ("door het indienen van een inschrijving", "by submitting a tender"),
    # annex: introduction
    "annex.intro.heading": ("Inleiding", "Introduction"),
    "annex.intro.purpose": (
        "{organisation} wil met haar inkoop bijdragen aan de naleving van mensenrechten, arbeidsrechten en "
        "milieunormen in internationale productieketens. Daarom past {organisation} bij de opdracht "
        "\u201c{title}\u201d de Internationale Sociale Voorwaarden (ISV) toe. Deze bijlage beschrijft welke eisen "
        "en voorwaarden daaruit voortvloeien, in welke fase van de aanbesteding zij gelden en hoe de naleving "
        "wordt getoetst.",
        "Through its purchasing, {organisation} wants to contribute to respect for human rights, labour rights "
        "and environmental standards in international supply chains. {organisation} therefore applies the "
        "International Social Conditions (ISV) to the contract \u201c{title}\u201d. This annex sets out the "
        "requirements and conditions that follow from them, the phase of the tender in which each applies and "
        "how compliance is verified."),
    "annex.intro.effort": (
        "De ISV vragen geen garantie dat er nergens in de keten misstanden voorkomen, maar een redelijke en "
        "aantoonbare inspanning om risico's te onderkennen, te voorkomen en aan te pakken (gepaste "
        "zorgvuldigheid), in verhouding tot de ernst van de risico's en de omvang van de opdracht.",
        "The ISV do not ask for a guarantee that no abuses occur anywhere in the supply chain, but for a "
        "reasonable and demonstrable effort to identify, prevent and address risks (due diligence), in "
        "proportion to the severity of the risks and the size of the contract."),
    "annex.intro.explicit": (
        "Inschrijver aanvaardt deze voorwaarden uitdrukkelijk door de verklaring in {chapter} ingevuld en "
        "ondertekend bij de inschrijving te voegen. Een inschrijving zonder deze verklaring kan ongeldig "
        "worden verklaard.",
        "The Tenderer accepts these conditions explicitly by completing and signing the declaration in "
        "{chapter} and enclosing it with the tender. A tender without this declaration may be declared invalid."),
    "annex.intro.implicit": (
        "Door een inschrijving in te dienen aanvaardt Inschrijver de voorwaarden in deze bijlage; een "
        "afzonderlijke verklaring is niet vereist.",
        "By submitting a tender the Tenderer accepts the conditions in this annex; no separate declaration "
        "is required."),
    "annex.intro.terms": (
        "In deze bijlage wordt met \u201cInschrijver\u201d de onderneming bedoeld die een inschrijving indient, "
        "en met \u201cOpdrachtnemer\u201d de Inschrijver aan wie de opdracht is gegund.",
        "In this annex \u201cTenderer\u201d means the company submitting a tender, and \u201cContractor\u201d "
        "the Tenderer to whom the contract is awarded."),
    # annex: risks
    "annex.risks.heading": ("Bekende risico's", "Known risks"),
    "annex.risks.intro": (
        "Op basis van een risicoanalyse heeft {organisation} voor deze opdracht de volgende risico's "
        "vastgesteld. Deze analyse is een startpunt: Inschrijver blijft verantwoordelijk voor een eigen "
        "risicoanalyse van zijn keten.",
        "Based on a risk analysis, {organisation} has identified the following risks for this contract. This "
        "analysis is a starting point: the Tenderer remains responsible for its own risk analysis of its "
        "supply chain."),
    "annex.risks.none": (
        "Bij de risicoanalyse zijn geen specifieke risico's vastgesteld.",
        "The risk analysis did not identify specific risks."),
    "annex.risks.note": (
        "Het ontbreken van een vermelding in een bron betekent niet dat er geen risico is.",
        "The absence of a listing in a source does not mean that there is no risk."),
    "annex.risks.theme": ("Thema", "Theme"),
    "annex.risks.level": ("Niveau", "Level"),
    "annex.risks.source": ("Bron", "Source"),
    # annex: parts
    "part.selection": ("Geschiktheidseisen", "Selection criteria"),
    "part.specification": ("Minimumeisen", "Minimum requirements"),
    "part.award": ("Gunningscriteria", "Award criteria"),
    "part.contract": ("Contractvoorwaarden", "Contract performance conditions"),
    "part.escalation": ("Escalatie", "Escalation"),
    "part.selection.intro": (
        "Inschrijver moet aan de volgende geschiktheidseisen voldoen (technische bekwaamheid, art. 2.90 en "
        "2.93 Aanbestedingswet 2012). Inschrijver verklaart dit in het Uniform Europees Aanbestedingsdocument; "
        "de bewijsstukken legt hij op verzoek over.",
        "The Tenderer must meet the following selection criteria (technical ability, Articles 2.90 and 2.93 "
        "Dutch Public Procurement Act 2012). The Tenderer declares this in the European Single Procurement "
        "Document and provides the evidence on request."),
    "part.specification.intro": (
        "De aangeboden producten of diensten moeten aan de volgende minimumeisen voldoen (technische "
        "specificaties, art. 2.75 Aanbestedingswet 2012). Een inschrijving die daar niet aan voldoet, wordt "
        "niet verder beoordeeld.",
        "The products or services offered must meet the following minimum requirements (technical "
        "specifications, Article 2.75 Dutch Public Procurement Act 2012). A tender that does not meet them is "
        "not assessed further."),
    "part.award.intro": (
        "De volgende kwalitatieve criteria maken deel uit van de beoordeling op de beste prijs-"
        "kwaliteitverhouding (art. 2.114 en 2.115 Aanbestedingswet 2012). Per criterium kent de "
        "beoordelingscommissie een score toe volgens de beoordelingstabel; de score wordt naar rato van de "
        "weging omgerekend naar punten.",
        "The following qualitative criteria form part of the assessment on the best price-quality ratio "
        "(Articles 2.114 and 2.115 Dutch Public Procurement Act 2012). For each criterion the evaluation "
        "committee awards a score according to the scoring table; the score is converted into points in "
        "proportion to the weight."),
    "part.contract.intro": (
        "De volgende bijzondere uitvoeringsvoorwaarden (art. 2.80 Aanbestedingswet 2012) maken deel uit van "
        "de Overeenkomst en gelden gedurende de gehele looptijd.",
        "The following contract performance conditions (Article 2.80 Dutch Public Procurement Act 2012) form "
        "part of the Agreement and apply throughout its term."),
    "part.escalation.intro": (
        "Bij tekortkomingen in de naleving van deze bijlage geldt de volgende regeling, die deel uitmaakt van "
        "de Overeenkomst.",
        "In case of shortcomings in complying with this annex the following arrangement applies, which forms "
        "part of the Agreement."),
    # annex: one criterion
    "criterion.level": ("ambitieniveau {level}", "ambition level {level}"),
    "criterion.verification": ("toetsing: {items}", "verified by: {items}"),
    "criterion.legal_context": ("wettelijk kader: {items}", "legal context: {items}"),
    "criterion.evidence": ("Bewijsmiddelen (telkens of gelijkwaardig):", "Means of proof (in each case or equivalent):"),
    "criterion.weight": ("Weging: {weight}", "Weight: {weight}"),
    "criterion.max_score": ("maximale score {score}", "maximum score {score}"),
    "rubric.score": ("Score", "Score"),
    "rubric.description": ("Beoordeling", "Assessment"),
    # annex: weights
    "weights.heading": ("Overzicht van de weging", "Weighting overview"),
    "weights.criterion": ("Criterium", "Criterion"),
    "weights.weight": ("Weging", "Weight"),
    "weights.isv_total": ("Totaal ISV-criteria", "Total ISV criteria"),
    "weights.other": ("Overige gunningscriteria, waaronder prijs", "Other award criteria, including price"),
    "weights.total": ("Totaal", "Total"),
    "weights.other_elsewhere": (
        "De weging van de overige gunningscriteria staat in de aanbestedingsleidraad.",
        "The weights of the other award criteria are set out in the tender guidelines."),
    # annex: deliverables
    "deliverables.heading": ("Op te leveren documenten en termijnen", "Deliverables and deadlines"),
    "deliverables.intro": (
        "Opdrachtnemer levert de volgende documenten aan binnen de genoemde termijnen.",
        "The Contractor submits the following documents within the deadlines stated."),
    "deliverables.document": ("Document", "Document"),
    "deliverables.due": ("Termijn", "Deadline"),
    "deliverables.criterion": ("Artikel", "Article"),
    "deliverables.none": ("Er zijn geen afzonderlijke documenten aan te leveren.", "There are no separate documents to submit."),
    "deliverables.declaration": ("Ondertekende verklaring van de inschrijver ({chapter})", "Signed declaration of the tenderer ({chapter})"),
    "deliverables.with_tender": ("bij de inschrijving", "with the tender"),
    # annex: declaration
    "declaration.heading": ("Verklaring van de inschrijver", "Declaration of the tenderer"),
    "declaration.instruction": (
        "Kruis elke verklaring aan, vul de gegevens in, onderteken en voeg deze verklaring bij de inschrijving.",
        "Tick each statement, fill in the details, sign and enclose this declaration with the tender."),
    "declaration.read": (
        "Inschrijver heeft kennisgenomen van deze bijlage ISV bij de opdracht \u201c{title}\u201d (kenmerk {reference}).",
        "The Tenderer has taken note of this ISV annex to the contract \u201c{title}\u201d (reference {reference})."),
    "declaration.selection": (
        "Inschrijver voldoet aan de geschiktheidseisen in {chapter} en legt de bewijsstukken op verzoek over.",
        "The Tenderer meets the selection criteria in {chapter} and provides the evidence on request."),
    "declaration.specification": (
        "De aangeboden producten of diensten voldoen aan de minimumeisen in {chapter}.",
        "The products or services offered meet the minimum requirements in {chapter}."),
    "declaration.contract": (
        "Inschrijver aanvaardt de voorwaarden in {chapters} en zal deze bij gunning naleven.",
        "The Tenderer accepts the conditions in {chapters} and will comply with them if awarded the contract."),
    "declaration.deliverables": (
        "Inschrijver zal bij gunning de documenten in {chapter} binnen de daar genoemde termijnen aanleveren.",
        "If awarded the contract, the Tenderer will submit the documents in {chapter} within the deadlines stated there."),
    "declaration.truth": (
        "Deze verklaring is naar waarheid ingevuld en ondertekend door een daartoe bevoegde persoon.",
        "This declaration has been completed truthfully and signed by an authorised person."),
    "declaration.company": ("Naam inschrijver", "Name of tenderer"),
    "declaration.name": ("Naam", "Name"),
    "declaration.function": ("Functie", "Function"),
    "declaration.place": ("Plaats", "Place"),
    "declaration.date": ("Datum", "Date"),
    "declaration.signature": ("Handtekening", "Signature"),
}


def text(message_id: str, language: str = "nl", **values: object) -> str:
    """The message in ``language`` (nl or en), with ``values`` filled in."""
    nl, en = MESSAGES[message_id]
    template = en if language.startswith("en") else nl
    return template.format(**values) if values else template


def join_list(items: list[str], language: str = "nl") -> str:
    """"a, b en c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + text("list.and", language) + items[-1]
