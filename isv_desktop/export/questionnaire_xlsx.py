"""The self-assessment questionnaire as an Excel workbook, out to the supplier and back.

``write_questionnaire`` makes the workbook: an instruction sheet (Dutch and
English), the questions sheet — question cells locked, answer cells limited
to ja / gedeeltelijk / nee / niet van toepassing by data validation, free
explanation and evidence cells, sheet protection on without a password —
and a very hidden identification sheet (format, dossier, supplier, version,
language, question ids, checksum) so a returned file is matched to what was
sent. Every text goes in as a string, never a formula.

``read_questionnaire_answers`` and ``identify_questionnaire`` (in
:mod:`.questionnaire_xlsx_read`) read a returned file back after checking it.
"""
from __future__ import annotations

import os
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from isv_desktop.atomic_file import output_file
from isv_desktop.domain.questionnaire import Questionnaire, answer_labels
from isv_desktop.export.questionnaire_xlsx_layout import (
    ANSWER_MEANINGS,
    COL_ANSWER,
    COL_EVIDENCE,
    COL_EXPLANATION,
    COL_QUESTION,
    COL_THEME,
    COLUMN_WIDTHS,
    FIRST_QUESTION_ROW,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_ROW,
    HEADERS,
    IDENT_FIELDS,
    IDENT_QUESTION_KEY,
    IDENTIFICATION_SHEET,
    INSTRUCTION_LABELS,
    INSTRUCTION_SHEET,
    INSTRUCTIONS,
    QUESTIONS_SHEET,
    RowHeights,
    column_letter,
    row_height,
    style_array,
    text_cell,
    text_row,
)
from isv_desktop.export.questionnaire_xlsx_read import identify_questionnaire, read_questionnaire_answers
from isv_desktop.export.xlsx_page_setup import print_on_a4

__all__ = ["write_questionnaire", "read_questionnaire_answers", "identify_questionnaire", "ANSWER_LIST"]

#: The answers offered in the answer column, in Dutch (English is accepted on import too).
ANSWER_LIST = answer_labels("nl")

_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Fonts name their family: a font without one is drawn in the program's fallback (often a serif).
_FONT_NAME = "Calibri"
_BODY_FONT = Font(name=_FONT_NAME, size=11)
_BOLD_FONT = Font(name=_FONT_NAME, size=11, bold=True)
_HEADER_FONT = Font(name=_FONT_NAME, size=11, bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
# Solid, with both colours: a conditional format draws a solid fill in its background colour.
_ANSWER_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_LOCKED = Protection(locked=True)
_UNLOCKED = Protection(locked=False)
_ANSWER_COLUMNS = (COL_ANSWER, COL_EXPLANATION, COL_EVIDENCE)
#: Column widths of the instruction sheet: labels, texts.
_LABEL_WIDTH, _TEXT_WIDTH = 42, 100


def write_questionnaire(
    questionnaire: Questionnaire,
    supplier_name: str,
    dossier_title: str,
    target: str | os.PathLike[str] | BinaryIO,
    deadline_text: str = "",
) -> None:
    """Write the questionnaire workbook for the supplier to ``target`` (a path or a binary stream).

    ``deadline_text`` is shown as the date to return the file by, as given
    (e.g. "13-03-2026"); the names and the deadline are the buyer's text and
    go in as plain strings.

    Rows are appended whole with their cells' style arrays made once
    (:class:`_Styles`): a fraction of the cost of styling cell by cell.
    """
    if not questionnaire.questions:
        raise ValueError("a questionnaire without questions cannot be sent")
    workbook = Workbook()
    workbook.active.title = INSTRUCTION_SHEET
    styles = _Styles(workbook.active)
    _write_instructions(styles.sheet, styles, questionnaire, supplier_name, dossier_title, deadline_text)
    _write_questions(workbook.create_sheet(QUESTIONS_SHEET), styles, questionnaire)
    _write_identification(workbook.create_sheet(IDENTIFICATION_SHEET), questionnaire)
    workbook.active = 0
    # No password: the protection guards against slips, not against a determined supplier; the
    # identification and the question texts are checked on import anyway.
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.creator = "ISV Desktop"
    workbook.properties.title = INSTRUCTION_LABELS["title"][0]
    with output_file(target) as out:  # a path is written whole or not at all
        workbook.save(out)


class _Styles:
    """The workbook's cell styles, each made once as a style array that every cell styled so copies."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet

        def made(font: Font, alignment: Alignment | None = None, **more: object) -> StyleArray:
            if alignment is not None:
                more["alignment"] = alignment
            return style_array(sheet, font=font, protection=_LOCKED, **more)

        self.title = made(Font(name=_FONT_NAME, bold=True, size=14))
        self.subtitle = made(Font(name=_FONT_NAME, bold=True, size=12))
        self.label = made(_BOLD_FONT, _TOP)
        self.text = made(_BODY_FONT, _TOP_WRAP)
        self.paragraph_number = made(_BODY_FONT, Alignment(horizontal="right", vertical="top"))
        self.header = made(_HEADER_FONT, _TOP_WRAP, fill=_HEADER_FILL, border=_BORDER)
        self.number = made(_BODY_FONT, _TOP, border=_BORDER)
        self.question = made(_BODY_FONT, _TOP_WRAP, border=_BORDER)


class _Rows:
    """Appends rows to a sheet, each with its height when it has one."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.count = 0
        self._heights = RowHeights(sheet)

    def add(self, cells: list[object], height: float | None = None) -> None:
        self.count += 1
        if height is not None:
            self._heights.set(self.count, height)
        self.sheet.append(cells)

    def skip(self) -> None:
        self.add([])


def _write_instructions(sheet: Worksheet, styles: _Styles, questionnaire: Questionnaire,
                        supplier_name: str, dossier_title: str, deadline_text: str) -> None:
    sheet.column_dimensions["A"].width = _LABEL_WIDTH
    sheet.column_dimensions["B"].width = _TEXT_WIDTH
    _print_landscape(sheet, pages_high=1)
    rows = _Rows(sheet)
    rows.add([text_cell(sheet, INSTRUCTION_LABELS["title"][0], styles.title)])
    rows.add([text_cell(sheet, INSTRUCTION_LABELS["title"][1], styles.subtitle)])
    rows.skip()
    facts = [("supplier", supplier_name), ("tender", dossier_title)]
    if deadline_text.strip():
        facts.append(("deadline", deadline_text))
    facts += [("version", str(questionnaire.version)), ("questions", str(len(questionnaire.questions)))]
    for key, value in facts:
        dutch, english = INSTRUCTION_LABELS[key]
        rows.add([text_cell(sheet, f"{dutch} / {english}", styles.label), text_cell(sheet, value, styles.text)],
                 row_height([(value, _TEXT_WIDTH)]))
    for language, index in (("nl", 0), ("en", 1)):
        rows.skip()
        rows.add([text_cell(sheet, INSTRUCTION_LABELS["how"][index], styles.subtitle)])
        for number, paragraph in enumerate(INSTRUCTIONS[language], start=1):
            rows.add([text_cell(sheet, f"{number}.", styles.paragraph_number),
                      text_cell(sheet, paragraph, styles.text)],
                     row_height([(paragraph, _TEXT_WIDTH)]))
    rows.skip()
    rows.add([text_cell(sheet, " / ".join(INSTRUCTION_LABELS["answers"]), styles.subtitle)])
    for label in ANSWER_LIST:
        meaning = "\n".join(ANSWER_MEANINGS[label])
        rows.add([text_cell(sheet, label, styles.label), text_cell(sheet, meaning, styles.text)],
                 row_height([(meaning, _TEXT_WIDTH)]))
    sheet.protection.sheet = True


def _print_landscape(sheet: Worksheet, pages_high: int) -> None:
    """Print the sheet landscape, one page wide (and ``pages_high`` pages high; 0: as many as needed)."""
    print_on_a4(sheet, landscape=True, pages_high=pages_high)


def _write_questions(sheet: Worksheet, styles: _Styles, questionnaire: Questionnaire) -> None:
    language = questionnaire.language
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[column_letter(column)].width = width
    # The answer columns are unlocked as columns, as a person unlocks them in a spreadsheet program: the
    # empty answer cells take their column's style, so none is written (600 cells for 200 questions).
    for column in _ANSWER_COLUMNS:
        dimension = sheet.column_dimensions[column_letter(column)]
        dimension.font, dimension.alignment, dimension.protection = _BODY_FONT, _TOP_WRAP, _UNLOCKED
    sheet.freeze_panes = f"A{FIRST_QUESTION_ROW}"
    _print_landscape(sheet, pages_high=0)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    rows = _Rows(sheet)
    rows.add([text_cell(sheet, header, styles.header) for header in HEADERS[language]])
    theme_width, text_width = COLUMN_WIDTHS[COL_THEME - 1], COLUMN_WIDTHS[COL_QUESTION - 1]
    for number, question in enumerate(questionnaire.questions, start=1):
        theme, text = question.group_label(language), question.text(language)
        rows.add([Cell(sheet, value=number, style_array=styles.number), text_cell(sheet, theme, styles.question),
                  text_cell(sheet, text, styles.question)],
                 row_height([(theme, theme_width), (text, text_width)]))
    answers = f"{column_letter(COL_ANSWER)}{FIRST_QUESTION_ROW}:{column_letter(COL_ANSWER)}{rows.count}"
    sheet.data_validations.append(_answer_validation(answers))
    # The cells to fill in are coloured and framed on the question rows only (the columns go on below).
    sheet.conditional_formatting.add(
        f"{column_letter(_ANSWER_COLUMNS[0])}{FIRST_QUESTION_ROW}:{column_letter(_ANSWER_COLUMNS[-1])}{rows.count}",
        Rule(type="expression", formula=["TRUE"], dxf=DifferentialStyle(fill=_ANSWER_FILL, border=_BORDER)),
    )
    protection = sheet.protection
    protection.sheet = True
    # Let the supplier widen columns and heighten rows to read and write long texts.
    protection.formatColumns = False
    protection.formatRows = False


def _answer_validation(cells: str) -> DataValidation:
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(ANSWER_LIST) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle="Antwoord / Answer",  # Excel allows 32 characters
        error="Kies ja, gedeeltelijk, nee of niet van toepassing. / "
              "Choose ja (yes), gedeeltelijk (partly), nee (no) or niet van toepassing (not applicable).",
        showInputMessage=True,
        promptTitle="Antwoord / Answer",
        prompt="ja · gedeeltelijk · nee · niet van toepassing",
    )
    validation.add(cells)
    return validation


def _write_identification(sheet: Worksheet, questionnaire: Questionnaire) -> None:
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 70
    values = {
        "format": FORMAT_NAME,
        "format_version": str(FORMAT_VERSION),
        "dossier_id": str(questionnaire.dossier_id),
        "supplier_id": str(questionnaire.supplier_id),
        "questionnaire_version": str(questionnaire.version),
        "language": questionnaire.language,
        "checksum": questionnaire.checksum(),
        "question_count": str(len(questionnaire.questions)),
    }
    rows = [(key, values[key]) for key in IDENT_FIELDS]
    rows += [(IDENT_QUESTION_KEY, question_id) for question_id in questionnaire.question_ids]
    for row in rows:
        sheet.append(text_row(sheet, row))
    sheet.protection.sheet = True
    sheet.sheet_state = "veryHidden"
