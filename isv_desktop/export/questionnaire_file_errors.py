"""Why a returned questionnaire file is refused, in Dutch and English.

Every refusal names the sheet and, where it can, the cell, so the buyer can
tell the supplier exactly what to fix. The errors are
:class:`~isv_desktop.domain.messages.UserError` s, so the GUI and the command
line show them like every other user error; their ids live in
:data:`QUESTIONNAIRE_FILE_MESSAGES` (the shared catalogue is not extended).
"""
from __future__ import annotations

from isv_desktop.domain.messages import UserError

QUESTIONNAIRE_FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "file.unreadable": (
        "Het bestand ‘{name}’ kan niet worden gelezen ({detail}).",
        "The file '{name}' cannot be read ({detail}).",
    ),
    "file.empty": ("Het bestand is leeg.", "The file is empty."),
    "file.too_large": (
        "Het bestand is te groot ({size_mb} MB; hoogstens {limit_mb} MB). Een ingevulde vragenlijst is veel "
        "kleiner: is dit het goede bestand?",
        "The file is too large ({size_mb} MB; at most {limit_mb} MB). A completed questionnaire is much "
        "smaller: is this the right file?",
    ),
    "file.unpacked_too_large": (
        "Het bestand pakt uit tot meer dan {limit_mb} MB; zo groot is een ingevulde vragenlijst nooit.",
        "The file unpacks to more than {limit_mb} MB; a completed questionnaire is never that large.",
    ),
    "file.encrypted": (
        "Het bestand is met een wachtwoord beveiligd, of het is een oud Excel-bestand (.xls). Vraag de "
        "leverancier het op te slaan als Excel-werkmap (.xlsx) zonder wachtwoord.",
        "The file is protected with a password, or it is an old Excel file (.xls). Ask the supplier to save "
        "it as an Excel workbook (.xlsx) without a password.",
    ),
    "file.not_xlsx": (
        "Dit is geen Excel-werkmap (.xlsx).",
        "This is not an Excel workbook (.xlsx).",
    ),
    "file.corrupt": (
        "Het bestand is beschadigd en kan niet worden gelezen ({detail}).",
        "The file is damaged and cannot be read ({detail}).",
    ),
    "file.unsafe_xml": (
        "Het bestand bevat XML met een DOCTYPE of entiteitsdefinities (onderdeel {part}). Een gewone Excel-werkmap "
        "heeft die nooit; het bestand wordt uit veiligheidsoverwegingen niet gelezen.",
        "The file contains XML with a DOCTYPE or entity declarations (part {part}). A normal Excel workbook "
        "never has them; the file is not read, for safety.",
    ),
    "file.xml_entities": (
        "Het bestand bevat XML met entiteitsdefinities. Een gewone Excel-werkmap heeft die nooit; het bestand "
        "wordt uit veiligheidsoverwegingen niet gelezen.",
        "The file contains XML with entity declarations. A normal Excel workbook never has them; the file is "
        "not read, for safety.",
    ),
    "parser.unsafe": (
        "Vragenlijsten kunnen niet veilig worden ingelezen: de beveiligde XML-lezer (defusedxml) ontbreekt of "
        "staat uit (OPENPYXL_DEFUSEDXML). Installeer ISV Desktop opnieuw.",
        "Questionnaires cannot be read safely: the secure XML parser (defusedxml) is missing or switched off "
        "(OPENPYXL_DEFUSEDXML). Reinstall ISV Desktop.",
    ),
    "sheet.missing": (
        "Het blad ‘{name}’ ontbreekt: dit is geen vragenlijst van ISV Desktop, of het blad is verwijderd of "
        "hernoemd.",
        "The sheet '{name}' is missing: this is not an ISV Desktop questionnaire, or the sheet was deleted or "
        "renamed.",
    ),
    "ident.altered": (
        "De identificatie van de vragenlijst is gewijzigd: verwacht ‘{expected}’, gevonden ‘{found}’.",
        "The questionnaire's identification was altered: expected '{expected}', found '{found}'.",
    ),
    "ident.extra": (
        "De identificatie van de vragenlijst is gewijzigd: na de laatste vraag staat nog ‘{found}’.",
        "The questionnaire's identification was altered: '{found}' follows the last question.",
    ),
    "ident.bad_value": (
        "De identificatie van de vragenlijst is gewijzigd: ‘{found}’ is geen geldige {field}.",
        "The questionnaire's identification was altered: '{found}' is not a valid {field}.",
    ),
    "ident.format": (
        "Dit bestand is een vragenlijst in een onbekend formaat (‘{found}’). Misschien is het gemaakt met een "
        "nieuwere versie van ISV Desktop.",
        "This file is a questionnaire in an unknown format ('{found}'). It may have been made by a newer "
        "version of ISV Desktop.",
    ),
    "ident.other_dossier": (
        "Deze vragenlijst hoort bij dossier {found}, niet bij dossier {expected}.",
        "This questionnaire belongs to dossier {found}, not to dossier {expected}.",
    ),
    "ident.other_supplier": (
        "Deze vragenlijst is naar een andere leverancier gestuurd (nummer {found}, verwacht {expected}).",
        "This questionnaire was sent to another supplier (number {found}, expected {expected}).",
    ),
    "ident.other_version": (
        "Dit is versie {found} van de vragenlijst; verwacht werd versie {expected}. Vraag de leverancier de "
        "laatst verstuurde vragenlijst in te vullen.",
        "This is version {found} of the questionnaire; version {expected} was expected. Ask the supplier to "
        "complete the questionnaire sent last.",
    ),
    "questions.checksum": (
        "De vragen in het bestand komen niet overeen met de verstuurde vragenlijst (het controlegetal wijkt af).",
        "The questions in the file do not match the questionnaire that was sent (the checksum differs).",
    ),
    "questions.reordered": (
        "De volgorde van de vragen is gewijzigd: op de plaats van vraag {number} staat nu vraag {found}.",
        "The order of the questions was changed: question {found} now stands in the place of question {number}.",
    ),
    "questions.added": (
        "Er is iets toegevoegd na de laatste vraag (vraag {count}); voeg geen vragen of regels toe.",
        "Something was added after the last question (question {count}); do not add questions or rows.",
    ),
    "questions.inserted": (
        "Er is een vraag of regel ingevoegd vóór vraag {number}; voeg geen vragen of regels toe.",
        "A question or row was inserted before question {number}; do not add questions or rows.",
    ),
    "questions.removed": (
        "Vraag {number} ontbreekt; het bestand moet {count} vragen bevatten.",
        "Question {number} is missing; the file must contain {count} questions.",
    ),
    "questions.changed": (
        "De tekst van vraag {number} is gewijzigd; alleen de kolommen antwoord, toelichting en bewijs mogen "
        "worden ingevuld.",
        "The text of question {number} was changed; only the columns answer, explanation and evidence may be "
        "filled in.",
    ),
    "answer.invalid": (
        "‘{value}’ is geen antwoord op vraag {number}. Kies uit: {choices}.",
        "'{value}' is not an answer to question {number}. Choose from: {choices}.",
    ),
    "answer.formula": (
        "Het antwoord op vraag {number} is een formule (‘{value}’); kies een antwoord uit de lijst.",
        "The answer to question {number} is a formula ('{value}'); choose an answer from the list.",
    ),
}

#: How much of a value from the file a message quotes.
QUOTE_LIMIT = 60


def quote(value: object) -> str:
    """A value from the file, shortened for a message."""
    text = " ".join(str(value).split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


class QuestionnaireFileError(UserError):
    """A returned questionnaire that is refused; ``sheet`` and ``cell`` say where, when known."""

    catalog: dict[str, tuple[str, str]] = QUESTIONNAIRE_FILE_MESSAGES

    def __init__(self, message_id: str, sheet: str | None = None, cell: str | None = None,
                 **values: object) -> None:
        if message_id not in self.catalog:
            raise KeyError(f"unknown message id {message_id!r}")
        Exception.__init__(self, message_id)
        self.message_id = message_id
        self.sheet = sheet
        self.cell = cell
        self.values = values

    def message(self, language: str = "nl") -> str:
        dutch, english = self.catalog[self.message_id]
        text = (dutch if language == "nl" else english).format(**self.values)
        return text + self.location(language)

    def location(self, language: str = "nl") -> str:
        """" (blad ‘Vragen’, cel D5)", or "" when the whole file is at fault."""
        if self.sheet is None:
            return ""
        if language == "nl":
            where = f"blad ‘{self.sheet}’" + (f", cel {self.cell}" if self.cell else "")
        else:
            where = f"sheet '{self.sheet}'" + (f", cell {self.cell}" if self.cell else "")
        return f" ({where})"
