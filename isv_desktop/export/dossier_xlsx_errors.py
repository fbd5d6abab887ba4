"""Why a dossier workbook is refused for import, in Dutch and English.

The checks of the file itself (size, zip, encryption, XML entities) are the
questionnaire's (:mod:`.questionnaire_xlsx_safety`); their refusals are
re-worded here for a dossier, with the same message ids.
"""
from __future__ import annotations

from isv_desktop.domain.messages import UserError

DOSSIER_FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "file.unreadable": ("Het bestand ‘{name}’ kan niet worden gelezen ({detail}).",
                        "The file '{name}' cannot be read ({detail})."),
    "file.empty": ("Het bestand is leeg.", "The file is empty."),
    "file.too_large": (
        "Het bestand is te groot om als dossier in te lezen ({size_mb} MB; hoogstens {limit_mb} MB).",
        "The file is too large to import as a dossier ({size_mb} MB; at most {limit_mb} MB)."),
    "file.unpacked_too_large": (
        "Het bestand pakt uit tot meer dan {limit_mb} MB; zo groot is een dossier nooit.",
        "The file unpacks to more than {limit_mb} MB; a dossier is never that large."),
    "file.encrypted": (
        "Het bestand is met een wachtwoord beveiligd, of het is een oud Excel-bestand (.xls). Sla het op als "
        "Excel-werkmap (.xlsx) zonder wachtwoord.",
        "The file is protected with a password, or it is an old Excel file (.xls). Save it as an Excel workbook "
        "(.xlsx) without a password."),
    "file.not_xlsx": ("Dit is geen Excel-werkmap (.xlsx).", "This is not an Excel workbook (.xlsx)."),
    "file.corrupt": ("Het bestand is beschadigd en kan niet worden gelezen ({detail}).",
                     "The file is damaged and cannot be read ({detail})."),
    "file.unsafe_xml": (
        "Het bestand bevat XML met een DOCTYPE of entiteitsdefinities (onderdeel {part}). Een gewone Excel-werkmap "
        "heeft die nooit; het bestand wordt uit veiligheidsoverwegingen niet gelezen.",
        "The file contains XML with a DOCTYPE or entity declarations (part {part}). A normal Excel workbook never "
        "has them; the file is not read, for safety."),
    "file.xml_entities": (
        "Het bestand bevat XML met entiteitsdefinities. Een gewone Excel-werkmap heeft die nooit; het bestand "
        "wordt uit veiligheidsoverwegingen niet gelezen.",
        "The file contains XML with entity declarations. A normal Excel workbook never has them; the file is not "
        "read, for safety."),
    "parser.unsafe": (
        "Dossiers kunnen niet veilig worden ingelezen: de beveiligde XML-lezer (defusedxml) ontbreekt of staat uit "
        "(OPENPYXL_DEFUSEDXML). Installeer ISV Desktop opnieuw.",
        "Dossiers cannot be read safely: the secure XML parser (defusedxml) is missing or switched off "
        "(OPENPYXL_DEFUSEDXML). Reinstall ISV Desktop."),
    "workbook.foreign": (
        "Deze werkmap is geen dossier van ISV Desktop (het blad ‘{sheet}’ met de identificatie ontbreekt of is "
        "anders). Alleen werkmappen die ISV Desktop als dossier heeft geëxporteerd, kunnen worden ingelezen.",
        "This workbook is not an ISV Desktop dossier (the identification sheet '{sheet}' is missing or different). "
        "Only workbooks that ISV Desktop exported as a dossier can be imported."),
    "workbook.questionnaire": (
        "Deze werkmap is een vragenlijst voor een leverancier, geen dossier. Lees een ingevulde vragenlijst in bij "
        "stap 4 (Leveranciers).",
        "This workbook is a supplier questionnaire, not a dossier. Import a completed questionnaire in step 4 "
        "(Suppliers)."),
    "workbook.newer": (
        "Deze werkmap is gemaakt met een nieuwere versie van ISV Desktop ({app_version}, dossierformaat {found}; "
        "deze versie kent tot formaat {known}). Installeer de nieuwste versie om hem in te lezen. Er is niets "
        "opgeslagen.",
        "This workbook was made by a newer version of ISV Desktop ({app_version}, dossier format {found}; this "
        "version knows up to format {known}). Install the latest version to import it. Nothing was stored."),
    "workbook.altered": (
        "De identificatie of de gegevens van deze werkmap zijn gewijzigd of beschadigd ({detail}). Vraag de "
        "afzender het dossier opnieuw te exporteren. Er is niets opgeslagen.",
        "The identification or the data of this workbook were changed or damaged ({detail}). Ask the sender to "
        "export the dossier again. Nothing was stored."),
    "data.invalid": (
        "De gegevens in deze werkmap passen niet in een dossier: {detail}. Er is niets opgeslagen.",
        "The data in this workbook do not fit in a dossier: {detail}. Nothing was stored."),
    "data.unknown_group": (
        "Het dossier gebruikt productgroep ‘{group}’, die deze versie van ISV Desktop niet kent. Installeer de "
        "nieuwste versie om het in te lezen. Er is niets opgeslagen.",
        "The dossier uses product group '{group}', which this version of ISV Desktop does not know. Install the "
        "latest version to import it. Nothing was stored."),
    "data.unknown_input": (
        "Het dossier legt de herkomst ‘{country}’ vast van grondstof ‘{good}’ van productgroep ‘{group}’, die deze "
        "versie van ISV Desktop niet als land of als kritische grondstof van die groep kent. Installeer de nieuwste "
        "versie om het in te lezen. Er is niets opgeslagen.",
        "The dossier records origin '{country}' for input '{good}' of product group '{group}', which this version of "
        "ISV Desktop does not know as a country or as a critical input of that group. Install the latest version to "
        "import it. Nothing was stored."),
}


class DossierFileError(UserError):
    """A dossier workbook that is refused; nothing has been stored."""

    catalog: dict[str, tuple[str, str]] = DOSSIER_FILE_MESSAGES

    def __init__(self, message_id: str, **values: object) -> None:
        if message_id not in self.catalog:
            raise KeyError(f"unknown message id {message_id!r}")
        Exception.__init__(self, message_id)
        self.message_id = message_id
        self.values = values

    def message(self, language: str = "nl") -> str:
        dutch, english = self.catalog[self.message_id]
        return (dutch if language == "nl" else english).format(**self.values)
