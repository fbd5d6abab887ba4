"""Where everything stands in a questionnaire workbook, shared by writer and reader.

Also the one rule for text in cells: :func:`cell_text` turns any text into
what a cell can hold and gives back unchanged (line ends become ``\\n``;
characters XML 1.0 cannot carry — C0 control characters other than tab and
line feed, lone surrogates, U+FFFE and U+FFFF — are dropped), and
:func:`put_text` stores it as a string that is never a formula.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

FORMAT_NAME = "isv-desktop/questionnaire"
FORMAT_VERSION = 1

INSTRUCTION_SHEET = "Instructie"
QUESTIONS_SHEET = "Vragen"
IDENTIFICATION_SHEET = "Identificatie"

# Columns of the questions sheet (1-based) and their headers.
COL_NUMBER, COL_THEME, COL_QUESTION, COL_ANSWER, COL_EXPLANATION, COL_EVIDENCE = range(1, 7)
QUESTION_COLUMNS = 6
HEADERS: dict[str, tuple[str, ...]] = {
    "nl": ("Nr.", "Thema", "Vraag", "Antwoord", "Toelichting", "Bewijs"),
    "en": ("No.", "Theme", "Question", "Answer", "Explanation", "Evidence"),
}
#: Column widths in characters: nr, thema, vraag, antwoord, toelichting, bewijs.
COLUMN_WIDTHS = (6, 24, 70, 22, 60, 40)
HEADER_ROW = 1
FIRST_QUESTION_ROW = 2

# The identification sheet: one field per row (name in A, value in B), then one row per question id.
IDENT_FIELDS = (
    "format", "format_version", "dossier_id", "supplier_id", "questionnaire_version", "language", "checksum",
    "question_count",
)
IDENT_QUESTION_KEY = "question_id"
IDENT_FIRST_QUESTION_ROW = len(IDENT_FIELDS) + 1

# Characters an XML 1.0 document cannot hold (openpyxl refuses the C0 ones with IllegalCharacterError).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_END = re.compile("\r\n?")
_FORMULA_LIKE = ("=", "+", "-", "@")


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it and any xlsx reader returns it.

    XML parsers turn every CR LF and lone CR into LF, so they become LF
    here; characters XML 1.0 cannot hold are dropped (they cannot be typed
    into a spreadsheet either).
    """
    return _NOT_IN_XML.sub("", _LINE_END.sub("\n", text))


def put_text(cell: Cell, text: str) -> None:
    """Store ``text`` in ``cell`` as a plain string, never a formula.

    openpyxl reads a string starting with "=" as a formula; forcing the data
    type to "s" writes it as a shared string. Text that a spreadsheet would
    read as a formula when someone edits the cell gets a quote prefix, as
    Excel gives text typed with a leading apostrophe.
    """
    value = cell_text(text)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(_FORMULA_LIKE):
        cell.quotePrefix = True


#: Row height of one line of 11-point text, in points, and the characters that fit in one width unit.
LINE_HEIGHT = 15.0
CHARACTERS_PER_WIDTH = 1.1


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (an estimate, rounded up)."""
    per_line = max(1, int(width * CHARACTERS_PER_WIDTH))
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def row_height(cells: list[tuple[str, float]]) -> float:
    """A row height that shows every (text, column width) of the row in full.

    Spreadsheet programs do not fit row heights to wrapped text when they
    open a file, so the writer sets them; the supplier may still resize.
    """
    lines = max((wrapped_lines(text, width) for text, width in cells), default=1)
    return lines * LINE_HEIGHT + 3


def text_cell(sheet: Worksheet | WriteOnlyWorksheet, text: str, style: StyleArray | None = None) -> Cell:
    """A new cell for ``sheet.append`` holding ``text`` as :func:`put_text` would."""
    return string_cell(sheet, cell_text(text), style)


def string_cell(sheet: Worksheet | WriteOnlyWorksheet, value: str, style: StyleArray | None = None) -> Cell:
    """A new cell for ``sheet.append`` holding ``value``, text :func:`cell_text` has already cleaned.

    Stored as :func:`put_text` stores text: a string, never a formula or an error value, with a quote prefix
    where a spreadsheet would read a formula. The cell copies ``style``, so one style array serves them all.
    """
    cell = Cell(sheet, 1, 1, value=value, style_array=style)  # any place will do: appending gives its own
    cell.data_type = "s"
    if value.startswith(_FORMULA_LIKE):
        cell.quotePrefix = True
    return cell


def style_array(sheet: Worksheet | WriteOnlyWorksheet, **attributes: object) -> StyleArray:
    """The style array of a cell styled with ``attributes`` (font, fill, …), for cells to copy.

    Made once per style and workbook: a fraction of the cost of setting the attributes on every cell.
    """
    probe = Cell(sheet)  # never placed in a sheet
    for name, value in attributes.items():
        setattr(probe, name, value)
    return probe._style


class RowHeights:
    """Sets row heights on a sheet before its rows are written.

    Rows of one height share one dimension record: the writer reads only its fields (not its index), and
    making a record per row costs more than writing the row's cells.
    """

    def __init__(self, sheet: Worksheet | WriteOnlyWorksheet) -> None:
        self._sheet = sheet
        self._shared: dict[float, RowDimension] = {}

    def set(self, row: int, height: float) -> None:
        dimension = self._shared.get(height)
        if dimension is None:
            dimension = self._shared[height] = RowDimension(self._sheet, index=row, ht=height)
        self._sheet.row_dimensions[row] = dimension


def text_row(sheet: Worksheet, texts: Sequence[str]) -> list[object]:
    """A row of texts for ``sheet.append``, each stored as :func:`put_text` would store it.

    Plain strings are the cheap way to append; the rare text that looks like
    a formula becomes a cell of its own through :func:`text_cell`.
    """
    values: list[object] = []
    for text in texts:
        value = cell_text(text)
        values.append(text_cell(sheet, value) if value.startswith(_FORMULA_LIKE) else value)
    return values


def column_letter(column: int) -> str:
    return "ABCDEFGHIJ"[column - 1]


def question_row(number: int) -> int:
    """The row of question ``number`` (1-based) on the questions sheet."""
    return FIRST_QUESTION_ROW + number - 1


INSTRUCTIONS: dict[str, tuple[str, ...]] = {
    "nl": (
        "Deze vragenlijst hoort bij de Internationale Sociale Voorwaarden (ISV) in de aanbesteding hieronder. "
        "De vragen gaan over de risico's in de keten van de producten die u levert, tot en met de "
        "productielocaties.",
        "Vul op het blad ‘Vragen’ per vraag de kolom Antwoord in: kies uit de lijst ja, gedeeltelijk, nee of "
        "niet van toepassing.",
        "Licht elk antwoord toe in de kolom Toelichting: wat doet u, waar en sinds wanneer. Bij ‘niet van "
        "toepassing’ legt u uit waarom.",
        "Noem in de kolom Bewijs de documenten die uw antwoord onderbouwen (beleid, auditrapport, certificaat, "
        "lijst van productielocaties) en stuur ze mee. Een ‘ja’ zonder bewijs telt minder zwaar.",
        "Verander de vragen, hun volgorde en de bladen niet, en voeg geen rijen toe: het bestand wordt "
        "automatisch ingelezen en anders geweigerd. Formules worden niet uitgerekend.",
        "Sla het bestand op als Excel-werkmap (.xlsx), zonder wachtwoord, en stuur het terug.",
    ),
    "en": (
        "This questionnaire belongs to the International Social Conditions (ISV) in the tender below. The "
        "questions concern the risks in the supply chain of the products you deliver, down to the production "
        "locations.",
        "On the sheet 'Vragen' (questions), fill in the column Answer for each question: choose from the list "
        "ja (yes), gedeeltelijk (partly), nee (no) or niet van toepassing (not applicable).",
        "Explain each answer in the column Explanation: what you do, where and since when. For 'not "
        "applicable', explain why.",
        "Under Evidence, name the documents that support your answer (policy, audit report, certificate, list "
        "of production locations) and send them along. A 'yes' without evidence counts for less.",
        "Do not change the questions, their order or the sheets, and do not add rows: the file is read "
        "automatically and refused otherwise. Formulas are not calculated.",
        "Save the file as an Excel workbook (.xlsx), without a password, and send it back.",
    ),
}

INSTRUCTION_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Zelfevaluatie Internationale Sociale Voorwaarden (ISV)",
              "Self-assessment International Social Conditions (ISV)"),
    "supplier": ("Leverancier", "Supplier"),
    "tender": ("Aanbesteding", "Tender"),
    "deadline": ("Terugsturen vóór", "Return by"),
    "version": ("Versie vragenlijst", "Questionnaire version"),
    "questions": ("Aantal vragen", "Number of questions"),
    "how": ("Zo vult u de vragenlijst in", "How to fill in the questionnaire"),
    "answers": ("De antwoorden", "The answers"),
}

ANSWER_MEANINGS: dict[str, tuple[str, str]] = {
    "ja": ("Ja: het is geregeld en u kunt het aantonen.", "Yes: it is in place and you can show it."),
    "gedeeltelijk": ("Gedeeltelijk: het is deels geregeld, of nog niet voor de hele keten.",
                     "Partly: it is partly in place, or not yet for the whole supply chain."),
    "nee": ("Nee: het is (nog) niet geregeld. Zeg in de toelichting wat u van plan bent.",
            "No: it is not (yet) in place. Say in the explanation what you plan to do."),
    "niet van toepassing": ("Niet van toepassing: de vraag past niet bij uw producten of keten; leg uit waarom.",
                            "Not applicable: the question does not fit your products or supply chain; "
                            "explain why."),
}
