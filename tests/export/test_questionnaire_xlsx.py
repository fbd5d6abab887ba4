"""The questionnaire workbook: round trip, and the file as a spreadsheet user sees it."""
from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import openpyxl
import pytest
from questionnaire_samples import (
    DEADLINE,
    SUPPLIER,
    TITLE,
    exported,
    exported_file,
    fill,
    replace_part,
    sample_questionnaire,
)

from isv_desktop.domain.questionnaire import Answer, Question, QuestionAnswer, Questionnaire
from isv_desktop.export.questionnaire_file_errors import QUESTIONNAIRE_FILE_MESSAGES, QuestionnaireFileError
from isv_desktop.export.questionnaire_xlsx import (
    ANSWER_LIST,
    identify_questionnaire,
    read_questionnaire_answers,
    write_questionnaire,
)
from isv_desktop.export.questionnaire_xlsx_layout import cell_text

NASTY = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1", "<b>&amp;</b> \"quoted\" 'single'", "😀 Đồng Nai 宁波",
         "שלום עולם مرحبا", "=HYPERLINK(\"http://x\",\"klik\")"]


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


# ---------------------------------------------------------------- round trip


def test_a_filled_file_reads_back_exactly(tmp_path):
    questionnaire = sample_questionnaire()
    path = exported_file(tmp_path, questionnaire)
    rows = {
        2: ("ja", "Gedragscode sinds 2021;\nook voor tier 2.", "gedragscode.pdf"),
        3: ("Gedeeltelijk", "=cmd|' /C calc'!A0", "@SUM(1)"),
        4: ("nee", "  spaties eromheen  ", "+1"),
        5: ("niet van toepassing", "-1", ""),
        6: ("Yes", "x" * 30_000, "שלום 😀"),
        7: ("not applicable", 42, 3.5),
    }
    path.write_bytes(fill(path.read_bytes(), rows))
    answers = read_questionnaire_answers(path, questionnaire)
    ids = questionnaire.question_ids
    assert [a.question_id for a in answers] == list(ids)
    assert answers[:6] == [
        QuestionAnswer(ids[0], Answer.JA, "Gedragscode sinds 2021;\nook voor tier 2.", "gedragscode.pdf"),
        QuestionAnswer(ids[1], Answer.GEDEELTELIJK, "=cmd|' /C calc'!A0", "@SUM(1)"),
        QuestionAnswer(ids[2], Answer.NEE, "  spaties eromheen  ", "+1"),
        QuestionAnswer(ids[3], Answer.NIET_VAN_TOEPASSING, "-1", ""),
        QuestionAnswer(ids[4], Answer.JA, "x" * 30_000, "שלום 😀"),
        QuestionAnswer(ids[5], Answer.NIET_VAN_TOEPASSING, "42", "3.5"),
    ]
    assert all(a == QuestionAnswer(a.question_id, None, "", "") for a in answers[6:])


def test_an_untouched_file_reads_back_as_unanswered():
    questionnaire = sample_questionnaire("en")
    answers = read_questionnaire_answers(io.BytesIO(exported(questionnaire)), questionnaire)
    assert answers == [QuestionAnswer(question_id, None, "", "") for question_id in questionnaire.question_ids]


def test_a_formula_in_an_explanation_is_the_text_typed_never_its_cached_result():
    questionnaire = sample_questionnaire()
    data = fill(exported(questionnaire), {2: ("ja", "=1+1", "=A1")})
    # a spreadsheet program would have stored a calculated result beside the formula (openpyxl writes the empty
    # value as <v /> with the standard library's XML writer, as <v></v> with lxml, which python-docx brings)
    part = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet2.xml")
    part = part.replace(b"<v />", b"<v>2</v>").replace(b"<v></v>", b"<v>2</v>")
    assert part.count(b"</f><v>2</v>") == 2
    data = replace_part(data, "xl/worksheets/sheet2.xml", part)
    answer = read_questionnaire_answers(io.BytesIO(data), questionnaire)[0]
    assert (answer.explanation, answer.evidence) == ("=1+1", "=A1")


def test_identify_names_dossier_supplier_and_version(tmp_path):
    questionnaire = sample_questionnaire(dossier_id=12, supplier_id=345, version=6)
    assert identify_questionnaire(exported_file(tmp_path, questionnaire)) == (12, 345, 6)
    assert identify_questionnaire(io.BytesIO(exported(questionnaire))) == (12, 345, 6)


# ---------------------------------------------------------------- what goes into the cells


def test_user_and_library_text_is_written_as_strings_never_formulas():
    questionnaire = sample_questionnaire()
    for text in NASTY:
        buffer = io.BytesIO()
        write_questionnaire(questionnaire, text, text, buffer, text)
        workbook = load(buffer.getvalue())
        cells = [cell for row in workbook["Instructie"].iter_rows() for cell in row if cell.value == text]
        assert len(cells) == 3, text  # supplier, tender, deadline
        assert all(cell.data_type == "s" for cell in cells)
        read_only = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()), read_only=True)
        assert all(cell.data_type != "f" for sheet in read_only for row in sheet.iter_rows() for cell in row)


def test_a_question_that_looks_like_a_formula_is_text_with_a_quote_prefix_and_reads_back():
    formula_like = Questionnaire(3, 7, 2, "nl", (
        Question("deliverable.x", None, "=SUM(A1) leveren?", "=SUM(A1) provide?", "deliverable"),
        Question("deliverable.y", None, "+31 20 bellen?", "+31 20 call?", "deliverable"),
    ))
    data = exported(formula_like)
    sheet = load(data)["Vragen"]
    for row, text in ((2, "=SUM(A1) leveren?"), (3, "+31 20 bellen?")):
        cell = sheet.cell(row, 3)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
        assert cell.protection.locked
    answers = read_questionnaire_answers(io.BytesIO(fill(data, {2: ("ja", "", "x")})), formula_like)
    assert answers[0].answer is Answer.JA


def test_text_a_cell_cannot_hold_is_cleaned_by_one_rule():
    assert cell_text("a\x00b\x07c\x1fd\tе\nf\r\ng\rh\ufffei") == "abcd\tе\nf\ng\nhi"
    buffer = io.BytesIO()
    write_questionnaire(sample_questionnaire(), "Naam\x0b met\x00 stuurteken", TITLE, buffer)
    values = [cell.value for row in load(buffer.getvalue())["Instructie"].iter_rows() for cell in row]
    assert "Naam met stuurteken" in values


def test_question_cells_hold_the_questions_and_numbers():
    questionnaire = sample_questionnaire()
    sheet = load(exported(questionnaire))["Vragen"]
    assert [sheet.cell(1, c).value for c in range(1, 7)] == ["Nr.", "Thema", "Vraag", "Antwoord", "Toelichting",
                                                             "Bewijs"]
    for number, question in enumerate(questionnaire.questions, start=1):
        assert sheet.cell(number + 1, 1).value == number
        assert sheet.cell(number + 1, 2).value == question.group_label("nl")
        assert sheet.cell(number + 1, 3).value == question.text_nl
    assert sheet.max_row == len(questionnaire.questions) + 1


def test_instruction_sheet_has_both_languages_the_answer_list_and_the_deadline():
    values = [cell.value for row in load(exported())["Instructie"].iter_rows() for cell in row if cell.value]
    text = "\n".join(str(value) for value in values)
    assert "Zo vult u de vragenlijst in" in text and "How to fill in the questionnaire" in text
    assert SUPPLIER in values and TITLE in values and DEADLINE in values
    for label in ANSWER_LIST:
        assert label in values


# ---------------------------------------------------------------- as a spreadsheet user sees it


def test_answer_column_has_the_answer_list_as_data_validation():
    questionnaire = sample_questionnaire()
    sheet = load(exported(questionnaire))["Vragen"]
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1
    validation = validations[0]
    assert validation.type == "list"
    assert validation.formula1 == '"ja,gedeeltelijk,nee,niet van toepassing"'
    assert validation.showErrorMessage and validation.errorStyle == "stop" and validation.allow_blank
    assert not validation.showDropDown  # in the file format, showDropDown=1 *hides* the arrow
    assert str(validation.sqref) == f"D2:D{len(questionnaire.questions) + 1}"
    assert validation.showInputMessage and len(validation.promptTitle) <= 32 and len(validation.errorTitle) <= 32
    assert len(validation.prompt) <= 255 and len(validation.error) <= 255  # Excel's limits


def test_questions_are_locked_answers_unlocked_and_the_sheet_protected_without_password():
    questionnaire = sample_questionnaire()
    sheet = load(exported(questionnaire))["Vragen"]
    assert sheet.protection.sheet is True
    assert not sheet.protection.password
    last = len(questionnaire.questions) + 1
    for row in range(2, last + 1):
        assert all(sheet.cell(row, column).protection.locked for column in (1, 2, 3))
        # An answer cell is empty, and an empty cell takes its column's style in a spreadsheet program.
        assert not any((row, column) in sheet._cells for column in (4, 5, 6))
    for letter in "DEF":
        assert sheet.column_dimensions[letter].protection.locked is False
        assert sheet.column_dimensions[letter].alignment.wrap_text
        assert sheet.column_dimensions[letter].font.name == "Calibri"
    for letter in "ABC":
        assert sheet.column_dimensions[letter].protection.locked is not False
    assert all(sheet.cell(1, column).protection.locked for column in range(1, 7))
    assert sheet.protection.formatColumns is False and sheet.protection.formatRows is False


def test_the_cells_to_fill_in_are_coloured_and_framed_on_the_question_rows_only():
    questionnaire = sample_questionnaire()
    sheet = load(exported(questionnaire))["Vragen"]
    ranges = {str(formatting.sqref): formatting.rules for formatting in sheet.conditional_formatting}
    assert list(ranges) == [f"D2:F{len(questionnaire.questions) + 1}"]
    (rule,) = ranges[f"D2:F{len(questionnaire.questions) + 1}"]
    assert rule.type == "expression" and rule.formula == ["TRUE"]
    assert rule.dxf.fill.fill_type == "solid" and rule.dxf.fill.bgColor.rgb.endswith("FFF2CC")
    assert rule.dxf.border.left.style == "thin"


def test_header_frozen_styled_and_columns_readable():
    questionnaire = sample_questionnaire()
    sheet = load(exported(questionnaire))["Vragen"]
    assert sheet.freeze_panes == "A2"
    assert all(sheet.cell(1, c).font.bold for c in range(1, 7))
    assert all(sheet.cell(r, c).font.name == "Calibri" for r in (1, 2) for c in range(1, 7))  # no fallback serif
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["A"] >= 5
    assert all(widths[letter] >= 20 for letter in "BDF")
    assert widths["C"] >= 60 and widths["E"] >= 50
    for row in range(2, len(questionnaire.questions) + 2):
        assert sheet.row_dimensions[row].height >= 30  # room for wrapped questions


def test_identification_sheet_is_very_hidden_and_holds_what_was_sent():
    questionnaire = sample_questionnaire()
    workbook = load(exported(questionnaire))
    assert workbook.sheetnames == ["Instructie", "Vragen", "Identificatie"]
    assert workbook["Identificatie"].sheet_state == "veryHidden"
    assert workbook["Instructie"].sheet_state == workbook["Vragen"].sheet_state == "visible"
    assert workbook.active.title == "Instructie"
    assert workbook.security.lockStructure
    rows = {row[0]: row[1] for row in workbook["Identificatie"].iter_rows(max_row=8, values_only=True)}
    assert rows == {
        "format": "isv-desktop/questionnaire", "format_version": "1", "dossier_id": "3", "supplier_id": "7",
        "questionnaire_version": "2", "language": "nl", "checksum": questionnaire.checksum(),
        "question_count": str(len(questionnaire.questions)),
    }
    ids = [row[1] for row in workbook["Identificatie"].iter_rows(min_row=9, values_only=True)]
    assert ids == list(questionnaire.question_ids)


def test_an_english_questionnaire_has_english_headers_and_questions():
    questionnaire = sample_questionnaire("en")
    sheet = load(exported(questionnaire))["Vragen"]
    assert sheet.cell(1, 3).value == "Question"
    assert sheet.cell(2, 3).value == questionnaire.questions[0].text_en
    assert sheet.cell(2, 2).value == "forced labour"


def test_an_empty_questionnaire_is_not_written():
    with pytest.raises(ValueError):
        write_questionnaire(replace(sample_questionnaire(), questions=()), SUPPLIER, TITLE, io.BytesIO())


def test_every_file_message_has_dutch_and_english():
    for message_id, (dutch, english) in QUESTIONNAIRE_FILE_MESSAGES.items():
        assert dutch.strip() and english.strip() and dutch != english, message_id
    error = QuestionnaireFileError("answer.invalid", "Vragen", "D5", value="misschien", number=4, choices="ja")
    assert error.message("nl") == "‘misschien’ is geen antwoord op vraag 4. Kies uit: ja. (blad ‘Vragen’, cel D5)"
    assert error.message("en") == ("'misschien' is not an answer to question 4. Choose from: ja. "
                                   "(sheet 'Vragen', cell D5)")
    assert QuestionnaireFileError("file.empty").message("en") == "The file is empty."
