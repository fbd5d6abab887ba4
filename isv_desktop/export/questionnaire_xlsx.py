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
from copy import copy
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from isv_desktop.domain.questionnaire import Questionnaire, answer_labels
from isv_desktop.export.questionnaire_xlsx_layout import (
    ANSWER_MEANINGS,
    append_texts,
    COL_ANSWER,
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
    column_letter,
    put_text,
    question_row,
    row_height,
    text_cell,
)
from isv_desktop.export.questionnaire_xlsx_read import identify_questionnaire, read_questionnaire_answers

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
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_LOCKED = Protection(locked=True)
_UNLOCKED = Protection(locked=False)
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
    """
    if not questionnaire.questions:
        raise ValueError("a questionnaire without questions cannot be sent")
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTION_SHEET
    _write_instructions(instructions, questionnaire, supplier_name, dossier_title, deadline_text)
    _write_questions(workbook.create_sheet(QUESTIONS_SHEET), questionnaire)
    _write_identification(workbook.create_sheet(IDENTIFICATION_SHEET), questionnaire)
    workbook.active = 0
    # No password: the protection guards against slips, not against a determined supplier; the
    # identification and the question texts are checked on import anyway.
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.creator = "ISV Desktop"
    workbook.properties.title = INSTRUCTION_LABELS["title"][0]
    workbook.save(target)


def _write_instructions(sheet: Worksheet, questionnaire: Questionnaire, supplier_name: str, dossier_title: str,
                        deadline_text: str) -> None:
    sheet.column_dimensions["A"].width = _LABEL_WIDTH
    sheet.column_dimensions["B"].width = _TEXT_WIDTH
    row = 1
    for language in ("nl", "en"):
        put_text(sheet.cell(row, 1), INSTRUCTION_LABELS["title"][0 if language == "nl" else 1])
        sheet.cell(row, 1).font = Font(name=_FONT_NAME, bold=True, size=14 if language == "nl" else 12)
        row += 1
    row += 1
    facts = [("supplier", supplier_name), ("tender", dossier_title)]
    if deadline_text.strip():
        facts.append(("deadline", deadline_text))
    facts += [("version", str(questionnaire.version)), ("questions", str(len(questionnaire.questions)))]
    for key, value in facts:
        dutch, english = INSTRUCTION_LABELS[key]
        put_text(sheet.cell(row, 1), f"{dutch} / {english}")
        sheet.cell(row, 1).font = _BOLD_FONT
        put_text(sheet.cell(row, 2), value)
        sheet.cell(row, 2).alignment = _TOP_WRAP
        sheet.row_dimensions[row].height = row_height([(value, _TEXT_WIDTH)])
        row += 1
    for language, index in (("nl", 0), ("en", 1)):
        row += 1
        put_text(sheet.cell(row, 1), INSTRUCTION_LABELS["how"][index])
        sheet.cell(row, 1).font = Font(name=_FONT_NAME, bold=True, size=12)
        row += 1
        for number, paragraph in enumerate(INSTRUCTIONS[language], start=1):
            put_text(sheet.cell(row, 1), f"{number}.")
            sheet.cell(row, 1).alignment = Alignment(horizontal="right", vertical="top")
            put_text(sheet.cell(row, 2), paragraph)
            sheet.cell(row, 2).alignment = _TOP_WRAP
            sheet.row_dimensions[row].height = row_height([(paragraph, _TEXT_WIDTH)])
            row += 1
    row += 1
    put_text(sheet.cell(row, 1), " / ".join(INSTRUCTION_LABELS["answers"]))
    sheet.cell(row, 1).font = Font(name=_FONT_NAME, bold=True, size=12)
    row += 1
    for label in ANSWER_LIST:
        dutch, english = ANSWER_MEANINGS[label]
        put_text(sheet.cell(row, 1), label)
        sheet.cell(row, 1).font = _BOLD_FONT
        sheet.cell(row, 1).alignment = _TOP
        put_text(sheet.cell(row, 2), f"{dutch}\n{english}")
        sheet.cell(row, 2).alignment = _TOP_WRAP
        sheet.row_dimensions[row].height = row_height([(f"{dutch}\n{english}", _TEXT_WIDTH)])
        row += 1
    sheet.protection.sheet = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _styled(sheet: Worksheet, font: Font, alignment: Alignment, protection: Protection,
            fill: PatternFill | None = None) -> StyleArray:
    """The style array of a cell styled so, made once and copied into every cell of its column."""
    probe = Cell(sheet)  # never placed in the sheet
    probe.font, probe.alignment, probe.protection, probe.border = font, alignment, protection, _BORDER
    if fill is not None:
        probe.fill = fill
    return probe._style


def _write_questions(sheet: Worksheet, questionnaire: Questionnaire) -> None:
    language = questionnaire.language
    header_style = _styled(sheet, _HEADER_FONT, _TOP_WRAP, _LOCKED, _HEADER_FILL)
    for column, (header, width) in enumerate(zip(HEADERS[language], COLUMN_WIDTHS), start=1):
        cell = sheet.cell(HEADER_ROW, column)
        cell._style = copy(header_style)
        put_text(cell, header)  # after the style: it may add a quote prefix
        sheet.column_dimensions[column_letter(column)].width = width
    # Every cell gets a copy of its column's style array, as openpyxl's own sheet copier does, and a row
    # is appended in one go: a fraction of the cost of setting five style attributes on each cell.
    number_style = _styled(sheet, _BODY_FONT, _TOP, _LOCKED)
    question_style = _styled(sheet, _BODY_FONT, _TOP_WRAP, _LOCKED)
    answer_style = _styled(sheet, _BODY_FONT, _TOP_WRAP, _UNLOCKED, _ANSWER_FILL)
    theme_width, text_width = COLUMN_WIDTHS[COL_THEME - 1], COLUMN_WIDTHS[COL_QUESTION - 1]
    # append() writes below the last row used, the header: question 1 lands on FIRST_QUESTION_ROW.
    for number, question in enumerate(questionnaire.questions, start=1):
        theme, text = question.group_label(language), question.text(language)
        sheet.append([
            Cell(sheet, value=number, style_array=copy(number_style)),
            text_cell(sheet, theme, copy(question_style)),
            text_cell(sheet, text, copy(question_style)),
            Cell(sheet, style_array=copy(answer_style)),
            Cell(sheet, style_array=copy(answer_style)),
            Cell(sheet, style_array=copy(answer_style)),
        ])
        sheet.row_dimensions[question_row(number)].height = row_height([(theme, theme_width), (text, text_width)])
    last = question_row(len(questionnaire.questions))
    sheet.add_data_validation(_answer_validation(f"{column_letter(COL_ANSWER)}{FIRST_QUESTION_ROW}:"
                                                 f"{column_letter(COL_ANSWER)}{last}"))
    sheet.freeze_panes = sheet.cell(FIRST_QUESTION_ROW, 1).coordinate
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
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
        append_texts(sheet, row)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 70
    sheet.protection.sheet = True
    sheet.sheet_state = "veryHidden"
