"""Errors in a knowledge file (shipped or imported), with file, line and a Dutch and English message."""
from __future__ import annotations

from pathlib import Path

from ..domain.risk.errors import RiskError

KNOWLEDGE_MESSAGES: dict[str, tuple[str, str]] = {
    "knowledge.unreadable": ("het bestand kan niet worden gelezen ({detail}).", "the file cannot be read ({detail})."),
    "knowledge.too_large": (
        "het bestand is te groot (meer dan {limit} MB).",
        "the file is too large (more than {limit} MB).",
    ),
    "knowledge.empty": ("het bestand is leeg.", "the file is empty."),
    "knowledge.utf16": (
        "het bestand is opgeslagen als UTF-16 (Unicode-tekst). Sla het op als ‘CSV UTF-8’.",
        "the file is saved as UTF-16 (Unicode text). Save it as ‘CSV UTF-8’.",
    ),
    "knowledge.not_utf8": (
        "deze regel is geen UTF-8 (waarschijnlijk opgeslagen als ANSI of Latin-1). "
        "Sla het bestand op als ‘CSV UTF-8’.",
        "this line is not UTF-8 (probably saved as ANSI or Latin-1). Save the file as ‘CSV UTF-8’.",
    ),
    "knowledge.binary": (
        "deze regel bevat stuurtekens; dit is geen tekstbestand (CSV).",
        "this line contains control characters; this is not a text (CSV) file.",
    ),
    "knowledge.csv_syntax": ("de CSV-opmaak klopt niet ({detail}).", "the CSV layout is wrong ({detail})."),
    "knowledge.missing_columns": (
        "kolommen ontbreken: {missing}. Verplichte kolommen: {required}.",
        "columns are missing: {missing}. Required columns: {required}.",
    ),
    "knowledge.duplicate_column": ("kolom ‘{column}’ staat er twee keer.", "column ‘{column}’ appears twice."),
    "knowledge.field_count": (
        "deze regel heeft {found} velden, de kopregel heeft er {expected}.",
        "this line has {found} fields, the header has {expected}.",
    ),
    "knowledge.no_rows": ("het bestand heeft geen gegevensregels.", "the file has no data rows."),
    "knowledge.missing_value": ("kolom ‘{column}’ is leeg.", "column ‘{column}’ is empty."),
    "knowledge.value_too_long": (
        "de waarde in kolom ‘{column}’ is te lang (hoogstens {limit} tekens).",
        "the value in column ‘{column}’ is too long (at most {limit} characters).",
    ),
    "knowledge.unknown_country": (
        "onbekende landcode ‘{code}’ in kolom ‘{column}’ (ISO 3166, twee letters).",
        "unknown country code ‘{code}’ in column ‘{column}’ (ISO 3166, two letters).",
    ),
    "knowledge.bad_flag": (
        "‘{value}’ in kolom ‘{column}’ is geen ja of nee (yes/no).",
        "‘{value}’ in column ‘{column}’ is not yes or no.",
    ),
    "knowledge.forced_child_without_both": (
        "gedwongen kinderarbeid vraagt ook ‘yes’ bij child_labour en forced_labour.",
        "forced child labour also needs ‘yes’ for child_labour and forced_labour.",
    ),
    "knowledge.nothing_listed": (
        "de regel noemt kinderarbeid noch dwangarbeid noch een uitgebuite grondstof.",
        "the row names neither child labour nor forced labour nor an exploited input.",
    ),
    "knowledge.input_incomplete": (
        "vul input_good en input_iso2 allebei in, of geen van beide.",
        "fill in both input_good and input_iso2, or neither.",
    ),
    "knowledge.input_not_listed": (
        "grondstof ‘{good}’ uit {code} staat niet met kinder- of dwangarbeid in het bestand.",
        "input ‘{good}’ from {code} is not listed with child or forced labour in the file.",
    ),
    "knowledge.duplicate_row": (
        "deze regel herhaalt regel {first} ({key}).",
        "this line repeats line {first} ({key}).",
    ),
    "knowledge.bad_rating": (
        "‘{value}’ is geen ITUC-score (1, 2, 3, 4, 5 of 5+).",
        "‘{value}’ is not an ITUC rating (1, 2, 3, 4, 5 or 5+).",
    ),
    "knowledge.bad_value": (
        "‘{value}’ is geen geldige waarde voor kolom ‘{column}’ ({expected}).",
        "‘{value}’ is not a valid value for column ‘{column}’ ({expected}).",
    ),
    "knowledge.unknown_reference": (
        "‘{value}’ in kolom ‘{column}’ bestaat niet in {target}.",
        "‘{value}’ in column ‘{column}’ does not exist in {target}.",
    ),
    "knowledge.duplicate_cpv": (
        "CPV-code {code} valt samen met een code van groep ‘{other}’.",
        "CPV code {code} coincides with a code of group ‘{other}’.",
    ),
    "knowledge.not_importable": (
        "van bron ‘{source_id}’ kan geen nieuwe editie worden ingelezen (alleen: {importable}).",
        "no new edition can be imported for source ‘{source_id}’ (only: {importable}).",
    ),
    "knowledge.bad_edition": (
        "‘{value}’ is geen geldige editie (1 tot 20 letters, cijfers, spaties, punten of streepjes).",
        "‘{value}’ is not a valid edition (1 to 20 letters, digits, spaces, dots or dashes).",
    ),
    "knowledge.bad_published": (
        "‘{value}’ is geen publicatiedatum (jjjj, jjjj-mm of jjjj-mm-dd).",
        "‘{value}’ is not a publication date (yyyy, yyyy-mm or yyyy-mm-dd).",
    ),
    "knowledge.broken_edition": (
        "de ingelezen editie is beschadigd ({detail}). Verwijder haar om de meegeleverde editie te gebruiken.",
        "the imported edition is damaged ({detail}). Remove it to use the shipped edition.",
    ),
    "knowledge.write_failed": (
        "de editie kon niet worden opgeslagen ({detail}); er is niets veranderd.",
        "the edition could not be stored ({detail}); nothing was changed.",
    ),
}


class KnowledgeFileError(RiskError):
    """A knowledge file that does not fit; ``line`` is 1-based (None: the whole file)."""

    catalog = KNOWLEDGE_MESSAGES

    def __init__(self, message_id: str, *, path: Path | str, line: int | None = None, **values: object) -> None:
        super().__init__(message_id, **values)
        self.path = Path(path)
        self.line = line

    def message(self, language: str = "nl") -> str:
        where = self.path.name
        if self.line is not None:
            where += f", {'regel' if language == 'nl' else 'line'} {self.line}"
        return f"{where}: {super().message(language)}"
