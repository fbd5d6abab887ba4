"""Read a returned questionnaire workbook back, after checking it is the one that was sent.

Nothing is returned until everything is checked: the file itself (see
:mod:`.questionnaire_xlsx_safety`), the identification sheet (format,
dossier, supplier, version, language, question ids, checksum), every
question's number, theme and text, and every answer. The first problem found
is raised as a :class:`QuestionnaireFileError` naming the sheet and cell.

Cells are read with formulas as typed (``data_only=False``): a formula in
an answer cell is refused; a formula in an explanation or evidence cell is
kept as the text typed (``"=cmd|' /C calc'!A0"``), never evaluated, and a
cached result is ignored.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from openpyxl.workbook.workbook import Workbook

from isv_desktop.domain.questionnaire import LANGUAGES, Answer, QuestionAnswer, Questionnaire, answer_labels
from isv_desktop.export.questionnaire_file_errors import QuestionnaireFileError, quote
from isv_desktop.export.questionnaire_xlsx_layout import (
    COL_ANSWER,
    COL_EVIDENCE,
    COL_EXPLANATION,
    COL_NUMBER,
    COL_QUESTION,
    COL_THEME,
    FORMAT_NAME,
    FORMAT_VERSION,
    IDENT_FIELDS,
    IDENT_FIRST_QUESTION_ROW,
    IDENT_QUESTION_KEY,
    IDENTIFICATION_SHEET,
    QUESTION_COLUMNS,
    QUESTIONS_SHEET,
    cell_text,
    column_letter,
    question_row,
)
from isv_desktop.export.questionnaire_xlsx_safety import Source, guarded, open_workbook

_CHECKSUM = re.compile(r"[0-9a-f]{64}")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")
_FIELD_ROWS = {name: row for row, name in enumerate(IDENT_FIELDS, start=1)}


@dataclass(frozen=True)
class Identification:
    """What the identification sheet of a questionnaire file says."""

    format_version: int
    dossier_id: int
    supplier_id: int
    version: int
    language: str
    checksum: str
    question_ids: tuple[str, ...]


def identify_questionnaire(source: Source) -> tuple[int, int, int]:
    """(dossier id, supplier id, questionnaire version) of a returned file, from its identification sheet."""
    workbook = open_workbook(source)
    try:
        identification = read_identification(workbook)
    finally:
        workbook.close()
    return identification.dossier_id, identification.supplier_id, identification.version


def read_questionnaire_answers(source: Source, expected: Questionnaire) -> list[QuestionAnswer]:
    """The answers in a returned file, one per question in order, once the file passed every check."""
    workbook = open_workbook(source)
    try:
        identification = read_identification(workbook)
        check_identification(identification, expected)
        return _read_answers(workbook, expected)
    finally:
        workbook.close()


# ---------------------------------------------------------------- identification


def _ident_cell(row: int, column: int = 2) -> str:
    return f"{column_letter(column)}{row}"


def _ident_error(message_id: str, row: int, column: int = 2, **values: object) -> QuestionnaireFileError:
    return QuestionnaireFileError(message_id, IDENTIFICATION_SHEET, _ident_cell(row, column), **values)


def read_identification(workbook: Workbook) -> Identification:
    """Parse the identification sheet; refuse it when missing or not as written."""
    if IDENTIFICATION_SHEET not in workbook.sheetnames:
        raise QuestionnaireFileError("sheet.missing", IDENTIFICATION_SHEET, name=IDENTIFICATION_SHEET)
    rows = guarded(workbook[IDENTIFICATION_SHEET].iter_rows(min_row=1, max_col=2, values_only=True))
    fields: dict[str, str] = {}
    for row_number, name in enumerate(IDENT_FIELDS, start=1):
        key, value = _pair(next(rows, (None, None)))
        if key != name:
            raise _ident_error("ident.altered", row_number, 1, expected=name, found=quote(key or ""))
        fields[name] = value
    if fields["format"] != FORMAT_NAME:
        raise _ident_error("ident.format", _FIELD_ROWS["format"], found=quote(fields["format"]))
    format_version = _whole_number(fields, "format_version")
    if format_version != FORMAT_VERSION:
        raise _ident_error("ident.format", _FIELD_ROWS["format_version"],
                           found=f"{FORMAT_NAME} {quote(fields['format_version'])}")
    if fields["language"] not in LANGUAGES:
        raise _ident_error("ident.bad_value", _FIELD_ROWS["language"], field="language",
                           found=quote(fields["language"]))
    if not _CHECKSUM.fullmatch(fields["checksum"]):
        raise _ident_error("ident.bad_value", _FIELD_ROWS["checksum"], field="checksum",
                           found=quote(fields["checksum"]))
    count = _whole_number(fields, "question_count")
    question_ids: list[str] = []
    for row_number, row in enumerate(rows, start=IDENT_FIRST_QUESTION_ROW):
        key, value = _pair(row)
        if len(question_ids) < count:
            if key != IDENT_QUESTION_KEY:
                raise _ident_error("ident.altered", row_number, 1, expected=IDENT_QUESTION_KEY, found=quote(key))
            if not value:
                raise _ident_error("ident.altered", row_number, 2, expected=IDENT_QUESTION_KEY, found="")
            question_ids.append(value)
        elif key or value:
            raise _ident_error("ident.extra", row_number, 1 if key else 2, found=quote(key or value))
    if len(question_ids) < count:
        raise _ident_error("ident.altered", IDENT_FIRST_QUESTION_ROW + len(question_ids), 1,
                           expected=IDENT_QUESTION_KEY, found="")
    return Identification(format_version, _whole_number(fields, "dossier_id"), _whole_number(fields, "supplier_id"),
                          _whole_number(fields, "questionnaire_version"), fields["language"], fields["checksum"],
                          tuple(question_ids))


def _pair(row: Sequence[Any]) -> tuple[str, str]:
    values = list(row) + [None, None]
    return _plain(values[0]), _plain(values[1])


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _whole_number(fields: dict[str, str], name: str) -> int:
    value = fields[name]
    if not _WHOLE_NUMBER.fullmatch(value):
        raise _ident_error("ident.bad_value", _FIELD_ROWS[name], field=name, found=quote(value))
    return int(value)


def check_identification(identification: Identification, expected: Questionnaire) -> None:
    """Refuse a file of another dossier, supplier or version, or with other questions."""
    for found, wanted, message_id, field in (
        (identification.dossier_id, expected.dossier_id, "ident.other_dossier", "dossier_id"),
        (identification.supplier_id, expected.supplier_id, "ident.other_supplier", "supplier_id"),
        (identification.version, expected.version, "ident.other_version", "questionnaire_version"),
    ):
        if found != wanted:
            raise _ident_error(message_id, _FIELD_ROWS[field], found=found, expected=wanted)
    if identification.language != expected.language:
        raise _ident_error("ident.altered", _FIELD_ROWS["language"], expected=expected.language,
                           found=identification.language)
    found_ids, wanted_ids = list(identification.question_ids), list(expected.question_ids)
    if found_ids != wanted_ids:
        raise _question_list_error(found_ids, wanted_ids)
    if identification.checksum != expected.checksum():
        raise _ident_error("questions.checksum", _FIELD_ROWS["checksum"])


def _question_list_error(found: list[str], wanted: list[str]) -> QuestionnaireFileError:
    count = len(wanted)
    missing = [index for index, question_id in enumerate(wanted) if question_id not in found]
    if missing:
        index = missing[0]
        return _ident_error("questions.removed", IDENT_FIRST_QUESTION_ROW + min(index, len(found)),
                            number=index + 1, count=count)
    extra = [index for index, question_id in enumerate(found) if question_id not in wanted]
    if extra and extra[0] < count:
        return _ident_error("questions.inserted", IDENT_FIRST_QUESTION_ROW + extra[0], number=extra[0] + 1)
    if len(found) > count:
        return _ident_error("questions.added", IDENT_FIRST_QUESTION_ROW + count, count=count)
    index = next(i for i, (a, b) in enumerate(zip(found, wanted, strict=False)) if a != b)
    return _ident_error("questions.reordered", IDENT_FIRST_QUESTION_ROW + index, number=index + 1,
                        found=wanted.index(found[index]) + 1)


# ---------------------------------------------------------------- questions and answers


def _cell(column: int, row: int) -> str:
    return f"{column_letter(column)}{row}"


def _error(message_id: str, column: int, row: int, **values: object) -> QuestionnaireFileError:
    return QuestionnaireFileError(message_id, QUESTIONS_SHEET, _cell(column, row), **values)


def _read_answers(workbook: Workbook, expected: Questionnaire) -> list[QuestionAnswer]:
    if QUESTIONS_SHEET not in workbook.sheetnames:
        raise QuestionnaireFileError("sheet.missing", QUESTIONS_SHEET, name=QUESTIONS_SHEET)
    language = expected.language
    count = len(expected.questions)
    texts = [cell_text(question.text(language)) for question in expected.questions]
    rows: Iterator[tuple[Any, ...]] = guarded(
        workbook[QUESTIONS_SHEET].iter_rows(min_row=1, max_col=QUESTION_COLUMNS))
    next(rows, None)  # the header row
    block = [_padded(next(rows, ())) for _ in range(count)]
    found = [_question_text(cells) for cells in block]
    for index, (question, cells) in enumerate(zip(expected.questions, block, strict=True)):
        number, row = index + 1, question_row(index + 1)
        if found[index] != texts[index]:
            raise _structure_error(index, found, texts, cells)
        number_cell = cells[COL_NUMBER - 1]
        if _plain(number_cell.value) != str(number) or number_cell.data_type == "f":
            raise _error("questions.changed", COL_NUMBER, row, number=number)
        if cells[COL_THEME - 1].value != cell_text(question.group_label(language)):
            raise _error("questions.changed", COL_THEME, row, number=number)
    for row, extra in enumerate(rows, start=question_row(count) + 1):
        for column, cell in enumerate(_padded(extra), start=1):
            if cell.value is not None and cell.value != "":
                raise _error("questions.added", column, row, count=count)
    return [
        QuestionAnswer(
            question.id,
            _answer(cells[COL_ANSWER - 1], number, question_row(number)),
            _free_text(cells[COL_EXPLANATION - 1], language),
            _free_text(cells[COL_EVIDENCE - 1], language),
        )
        for number, (question, cells) in enumerate(zip(expected.questions, block, strict=True), start=1)
    ]


def _question_text(cells: Sequence[Any]) -> str | None:
    cell = cells[COL_QUESTION - 1]
    return cell.value if isinstance(cell.value, str) and cell.data_type != "f" else None


def _structure_error(index: int, found: list[str | None], texts: list[str],
                     cells: Sequence[Any]) -> QuestionnaireFileError:
    """Why the question text in row ``index`` is not the one sent: removed, added, moved or changed."""
    number, row, count = index + 1, question_row(index + 1), len(texts)
    text = found[index]
    following = found[index + 1] if index + 1 < count else None
    if all(cells[column - 1].value in (None, "") for column in (COL_NUMBER, COL_THEME, COL_QUESTION)):
        return _error("questions.removed", COL_NUMBER, row, number=number, count=count)
    if index + 1 < count and text == texts[index + 1] and following != texts[index]:
        return _error("questions.removed", COL_QUESTION, row, number=number, count=count)
    if text not in texts and following == texts[index]:
        return _error("questions.inserted", COL_QUESTION, row, number=number)
    if text in texts:
        return _error("questions.reordered", COL_QUESTION, row, number=number, found=texts.index(text) + 1)
    return _error("questions.changed", COL_QUESTION, row, number=number)


class _Blank:
    value = None
    data_type = "n"


def _padded(cells: Sequence[Any]) -> list[Any]:
    return list(cells) + [_Blank()] * (QUESTION_COLUMNS - len(cells))


def _formula_text(value: Any) -> str:
    """A formula as typed: openpyxl gives a string, or an object holding it (array formulas)."""
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else ""


def _answer(cell: Any, number: int, row: int) -> Answer | None:
    value = cell.value
    if value is None:
        return None
    if cell.data_type == "f":
        raise _error("answer.formula", COL_ANSWER, row, number=number, value=quote(_formula_text(value)))
    choices = ", ".join(answer_labels("nl"))
    if not isinstance(value, str):
        raise _error("answer.invalid", COL_ANSWER, row, number=number, value=quote(_plain(value)), choices=choices)
    try:
        return Answer.parse(value)
    except ValueError:
        raise _error("answer.invalid", COL_ANSWER, row, number=number, value=quote(value),
                     choices=choices) from None


def _free_text(cell: Any, language: str) -> str:
    """An explanation or evidence cell as text, exactly as typed; formulas as their text."""
    value = cell.value
    if value is None:
        return ""
    if cell.data_type == "f":
        return _formula_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ("WAAR" if value else "ONWAAR") if language == "nl" else ("TRUE" if value else "FALSE")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)
