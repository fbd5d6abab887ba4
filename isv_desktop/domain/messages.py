"""Messages the layers below the GUI give to a person, in Dutch and English.

Domain rules, storage and services raise ``UserError`` with a message id and
values; the GUI and the command line render it in the buyer's language with
``render``. Every id has both languages (a test checks it).
"""
from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "amount.empty": ("Vul een bedrag in.", "Enter an amount."),
    "amount.invalid": (
        "‘{text}’ is geen bedrag. Typ bijvoorbeeld 250.000 of € 250.000,00.",
        "‘{text}’ is not an amount. Type for example 250,000 or €250,000.00.",
    ),
    "amount.negative": ("Een bedrag kan niet negatief zijn.", "An amount cannot be negative."),
    "amount.too_large": (
        "Dat bedrag is onwaarschijnlijk groot (meer dan € 100 miljard).",
        "That amount is implausibly large (more than € 100 billion).",
    ),
    "amount.too_precise": (
        "Gebruik hoogstens twee cijfers achter de komma.",
        "Use at most two digits after the decimal comma.",
    ),
    "cpv.invalid": (
        "‘{text}’ is geen CPV-code. Een CPV-code heeft de vorm 12345678-9.",
        "‘{text}’ is not a CPV code. A CPV code looks like 12345678-9.",
    ),
    "text.too_long": (
        "Deze tekst is te lang (hoogstens {limit} tekens).",
        "This text is too long (at most {limit} characters).",
    ),
    "text.required": ("Dit veld is verplicht.", "This field is required."),
    "judgement.scale": ("Gebruik een waarde van 1 tot en met 3.", "Use a value from 1 to 3."),
    "attachment.too_large": (
        "Het bestand is te groot (hoogstens {limit_mb} MB).",
        "The file is too large (at most {limit_mb} MB).",
    ),
    "scan.no_group": (
        "Kies eerst een productgroep.",
        "Choose a product group first.",
    ),
    "criteria.weeks": (
        "Een termijn is een heel aantal weken van 1 tot en met 104.",
        "A deadline is a whole number of weeks from 1 to 104.",
    ),
    "criteria.weight": (
        "‘{text}’ is geen weging. Typ een percentage van 0 tot en met 100, bijvoorbeeld 15 of 12,5.",
        "‘{text}’ is not a weight. Type a percentage from 0 to 100, for example 15 or 12.5.",
    ),
    "criteria.unknown": (
        "Criterium {criterion_id} staat niet in de criteriabibliotheek.",
        "Criterion {criterion_id} is not in the criteria library.",
    ),
    "supplier.kvk": (
        "‘{text}’ is geen KvK-nummer: dat heeft acht cijfers. Gebruik voor een buitenlands bedrijf het veld buitenlandse registratie.",
        "‘{text}’ is not a KvK number: it has eight digits. For a foreign company use the foreign registration field.",
    ),
    "supplier.name": ("Een leverancier heeft een naam nodig.", "A supplier needs a name."),
    "supplier.not_found": ("Leverancier {supplier_id} bestaat niet in dit dossier.", "Supplier {supplier_id} does not exist in this dossier."),
    "escalation.reason": ("Geef de reden voor deze stap.", "Give the reason for this step."),
    "escalation.order": (
        "Deze stap is al gezet of ligt lager op de ladder. Escaleer naar een volgende stap.",
        "This step was already taken or is lower on the ladder. Escalate to a next step.",
    ),
    "escalation.date_order": (
        "De datum ligt vóór de vorige stap.",
        "The date lies before the previous step.",
    ),
    "escalation.skip_reason": (
        "U slaat een stap over. Leg uit waarom dat proportioneel is.",
        "You are skipping a step. Explain why that is proportionate.",
    ),
    "monitoring.not_found": ("Dit onderdeel bestaat niet (meer) in dit dossier.", "This item does not exist (any more) in this dossier."),
    "signal.country": ("‘{country}’ is geen bekende landcode (ISO 3166, twee letters).", "‘{country}’ is not a known country code (ISO 3166, two letters)."),
    "signal.group": ("Productgroep ‘{group}’ bestaat niet.", "Product group ‘{group}’ does not exist."),
    "due.within": ("Geef een aantal dagen van 0 tot en met 3650.", "Give a number of days from 0 to 3650."),
    "questionnaire.unknown": (
        "Deze vragenlijst (dossier {dossier_id}, leverancier {supplier_id}, versie {version}) is niet vanuit dit dossierbestand verstuurd.",
        "This questionnaire (dossier {dossier_id}, supplier {supplier_id}, version {version}) was not sent from this dossier file.",
    ),
    "questionnaire.already_imported": (
        "Versie {version} van deze vragenlijst is al ingelezen. Kies vervangen om de eerdere antwoorden te vervangen.",
        "Version {version} of this questionnaire was already imported. Choose replace to replace the earlier answers.",
    ),
    "credential.period": (
        "De einddatum ligt vóór de begindatum van het certificaat of lidmaatschap.",
        "The end date lies before the start date of the certificate or membership.",
    ),
    "title.empty": ("Een dossier heeft een titel nodig.", "A dossier needs a title."),
    "duration.invalid": (
        "De looptijd is een aantal maanden van 1 tot en met 600.",
        "The duration is a number of months from 1 to 600.",
    ),
    "date.invalid": (
        "‘{text}’ is geen datum. Gebruik dd-mm-jjjj.",
        "‘{text}’ is not a date. Use dd/mm/yyyy.",
    ),
    "date.out_of_range": (
        "Die datum ligt buiten 1990–2100.",
        "That date lies outside 1990–2100.",
    ),
    "risk_category.unknown": (
        "‘{value}’ is geen ISV-risicocategorie. Kies uit: {choices}.",
        "‘{value}’ is not an ISV risk category. Choose from: {choices}.",
    ),
    "threshold.invalid_period": (
        "De periode klopt niet: de einddatum ligt vóór de begindatum.",
        "The period is wrong: the end date lies before the start date.",
    ),
    "dossier.not_found": ("Dossier {dossier_id} bestaat niet.", "Dossier {dossier_id} does not exist."),
    "import.exists_reference": (
        "Dit dossier staat al in het bestand: ‘{title}’ met kenmerk {reference} (dossier {number}). Er is niets "
        "geïmporteerd. Importeer het als kopie als u een tweede exemplaar wilt; een kopie telt niet mee in de "
        "jaarrapportage.",
        "This dossier is already in the file: ‘{title}’ with reference {reference} (dossier {number}). Nothing was "
        "imported. Import it as a copy if you want a second one; a copy does not count in the yearly report.",
    ),
    "import.exists_title": (
        "Dit dossier staat al in het bestand: ‘{title}’, zonder kenmerk (dossier {number}). Er is niets "
        "geïmporteerd. Importeer het als kopie als u een tweede exemplaar wilt; een kopie telt niet mee in de "
        "jaarrapportage.",
        "This dossier is already in the file: ‘{title}’, without a reference (dossier {number}). Nothing was "
        "imported. Import it as a copy if you want a second one; a copy does not count in the yearly report.",
    ),
    "import.as_copy_hint": ("Gebruik --as-copy om het als kopie te importeren.", "Use --as-copy to import it as a copy."),
    "dossier.copy_suffix": (" (kopie)", " (copy)"),
    "report.copy_left_out": (
        "Kopie van dossier {number} (‘{title}’): telt niet mee naast het origineel.",
        "Copy of dossier {number} (‘{title}’): not counted beside the original.",
    ),
    "export.damaged_value": (
        "Dossier ‘{title}’ (nummer {dossier_id}) is niet geëxporteerd: in stap {step} is een opgeslagen waarde "
        "beschadigd (veld {column}). Het dossierbestand zelf is in orde; er is geen bestand geschreven. Open stap "
        "{step} van dit dossier en vul het beschadigde veld (te herkennen aan �) opnieuw in, of zet een "
        "reservekopie terug.",
        "Dossier ‘{title}’ (number {dossier_id}) was not exported: a stored value in step {step} is damaged "
        "(field {column}). The dossier file itself is intact; no file was written. Open step {step} of this "
        "dossier and fill in the damaged field (shown with �) again, or restore a backup.",
    ),
    "text.not_utf8": (
        "{option} bevat tekens die geen geldige UTF-8 zijn (bijvoorbeeld tekst uit een terminal met een andere "
        "tekenset). Er is niets opgeslagen. Stel de terminal in op UTF-8 en probeer het opnieuw.",
        "{option} contains characters that are not valid UTF-8 (text from a terminal with another character "
        "set, for example). Nothing was stored. Set the terminal to UTF-8 and try again.",
    ),
    "database.newer": (
        "Dit dossierbestand is gemaakt met een nieuwere versie van ISV Desktop "
        "(schema {found}, deze versie kent tot {known}). Het bestand is niet gewijzigd. "
        "Installeer de nieuwste versie of kies een ander bestand.",
        "This dossier file was made by a newer version of ISV Desktop "
        "(schema {found}, this version knows up to {known}). The file was not changed. "
        "Install the latest version or choose another file.",
    ),
    "database.damaged": (
        "Het dossierbestand {path} is beschadigd of geen ISV Desktop-bestand ({detail}). "
        "Het bestand is niet gewijzigd.",
        "The dossier file {path} is damaged or not an ISV Desktop file ({detail}). "
        "The file was not changed.",
    ),
    "database.damaged_while_open": (
        "De controle op de achtergrond vond het dossierbestand {path} beschadigd ({detail}). Bewaar geen nieuw "
        "werk meer: sluit ISV Desktop en start het opnieuw, dan kunt u een reservekopie terugzetten.",
        "The background check found the dossier file {path} damaged ({detail}). Do not store new work: close "
        "ISV Desktop and start it again, then you can restore a backup.",
    ),
    "database.in_use": (
        "Het dossierbestand {path} is al geopend in een ander venster van ISV Desktop. "
        "Sluit dat venster eerst, of kies een ander bestand.",
        "The dossier file {path} is already open in another ISV Desktop window. "
        "Close that window first, or choose another file.",
    ),
    "database.unreadable": (
        "Het dossierbestand {path} kan niet worden geopend: {detail}",
        "The dossier file {path} cannot be opened: {detail}",
    ),
    "database.read_only": (
        "Alleen lezen: {path} kan niet worden gewijzigd ({reason}). U kunt dossiers bekijken en exporteren; "
        "wijzigingen zijn uitgeschakeld. Kopieer het bestand naar een map waarin u mag schrijven om verder te werken.",
        "Read only: {path} cannot be changed ({reason}). You can view and export dossiers; editing is off. "
        "Copy the file to a folder you can write to in order to continue working.",
    ),
    "database.read_only.file": ("het bestand is alleen-lezen", "the file is read-only"),
    "database.read_only.folder": (
        "de map is alleen-lezen of staat op een alleen-lezen schijf",
        "the folder is read-only or on a read-only disk",
    ),
    "database.read_only.network": (
        "het staat op een netwerkschijf, waar ISV Desktop niet veilig kan schrijven",
        "it is on a network share, where ISV Desktop cannot write safely",
    ),
    "database.network_new": (
        "Een nieuw dossierbestand kan niet op een netwerkschijf worden gemaakt ({path}): ISV Desktop houdt "
        "tijdens het werk een index in gedeeld geheugen bij die alleen op één computer werkt. Kies een map op "
        "deze computer; deel dossiers met collega's via Exporteren.",
        "A new dossier file cannot be made on a network share ({path}): while it works, ISV Desktop keeps an "
        "index in shared memory that works on one computer only. Choose a folder on this computer; share dossiers "
        "with colleagues through Export.",
    ),
    "database.disk_full": (
        "Het dossierbestand {path} kan niet worden geopend: de schijf is vol. Maak ruimte vrij en start het "
        "programma opnieuw; er is niets verloren.",
        "The dossier file {path} cannot be opened: the disk is full. Free some space and start the program "
        "again; nothing was lost.",
    ),
    "report.damaged_target": (
        "Het doel voor ‘{figure}’ ({year}) is beschadigd opgeslagen: de tussenstappen kunnen niet worden gelezen. "
        "Er is niets gewijzigd. Verwijder dit doel onder Organisatie en doelen en voer het opnieuw in, of zet een "
        "reservekopie terug.",
        "The target for ‘{figure}’ ({year}) is stored damaged: its milestones cannot be read. Nothing was changed. "
        "Remove this target under Organisation and targets and enter it again, or restore a backup.",
    ),
    "database.read_only_write": (
        "Niet opgeslagen: het dossierbestand {path} is alleen te lezen. Er is niets gewijzigd.",
        "Not saved: the dossier file {path} can only be read. Nothing was changed.",
    ),
    "database.read_only_outdated": (
        "Het dossierbestand {path} is gemaakt met een oudere versie en moet worden bijgewerkt, maar het is "
        "alleen-lezen. Kopieer het naar een map waarin u mag schrijven en open de kopie.",
        "The dossier file {path} was made by an older version and must be updated, but it is read-only. "
        "Copy it to a folder you can write to and open the copy.",
    ),
    "database.write_failed": (
        "Niet opgeslagen in {path}: {detail}. Er is niets gewijzigd; wat al was opgeslagen is er nog. "
        "Maak ruimte vrij of sluit het andere programma dat het bestand gebruikt, en probeer het opnieuw.",
        "Not saved in {path}: {detail}. Nothing was changed; what was saved before is still there. "
        "Free some disk space or close the other program using the file, and try again.",
    ),
    "database.no_backup": (
        "Er is geen reservekopie van {path}.",
        "There is no backup copy of {path}.",
    ),
    # Writing a file: a full disk, a folder without permission, a read-only disk (see domain/file_errors.py).
    "file.disk_full": (
        "{path} is niet opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere map. "
        "Een bestaand bestand met die naam is niet gewijzigd.",
        "{path} was not saved: the disk is full. Free some space or choose another folder. "
        "An existing file of that name was not changed.",
    ),
    "file.no_permission": (
        "{path} is niet opgeslagen: u mag niet schrijven in die map, of het bestand is geopend in een ander "
        "programma (bijvoorbeeld Excel). Sluit het bestand of kies een andere map.",
        "{path} was not saved: you may not write in that folder, or the file is open in another program "
        "(Excel, for example). Close the file or choose another folder.",
    ),
    "file.read_only": (
        "{path} is niet opgeslagen: die schijf of map is alleen-lezen. Kies een andere map.",
        "{path} was not saved: that disk or folder is read-only. Choose another folder.",
    ),
    "file.folder_missing": (
        "{path} is niet opgeslagen: de map {folder} bestaat niet.",
        "{path} was not saved: the folder {folder} does not exist.",
    ),
    "file.is_folder": (
        "{path} is niet opgeslagen: er is al een map met die naam. Kies een andere bestandsnaam.",
        "{path} was not saved: a folder of that name exists. Choose another file name.",
    ),
    "file.write_failed": (
        "{path} is niet opgeslagen: {detail}. Een bestaand bestand met die naam is niet gewijzigd.",
        "{path} was not saved: {detail}. An existing file of that name was not changed.",
    ),
    "file.unusable": (
        "{path} kan niet worden gebruikt: {detail}.",
        "{path} cannot be used: {detail}.",
    ),
    "database.other_failure": (
        "Het dossierbestand {path} kon niet worden gelezen of bijgewerkt: {detail}. Wat al was opgeslagen, "
        "blijft bewaard. Is de schijf vol, maak dan ruimte vrij en probeer het opnieuw.",
        "The dossier file {path} could not be read or updated: {detail}. What was saved before is kept. "
        "If the disk is full, free some space and try again.",
    ),
}


class UserError(Exception):
    """Something the buyer can correct; carries a message id and its values."""

    def __init__(self, message_id: str, **values: object) -> None:
        if message_id not in CATALOG:
            raise KeyError(f"unknown message id {message_id!r}")
        super().__init__(message_id)
        self.message_id = message_id
        self.values = values

    def message(self, language: str = "nl") -> str:
        return render(self.message_id, language, **self.values)

    def __str__(self) -> str:  # shows Dutch in logs and tracebacks
        return self.message("nl")


def render(message_id: str, language: str = "nl", **values: object) -> str:
    dutch, english = CATALOG[message_id]
    return (dutch if language == "nl" else english).format(**values)
