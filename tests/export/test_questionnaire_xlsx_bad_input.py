"""Every kind of bad returned file is refused with a message naming sheet and cell where it can."""
from __future__ import annotations

import io
import os
import time
import zipfile

import openpyxl
import pytest
from questionnaire_samples import as_supplier, exported, exported_file, fill, replace_part, sample_questionnaire

from isv_desktop.domain.themes import Theme
from isv_desktop.export import questionnaire_xlsx_safety as safety
from isv_desktop.export.questionnaire_file_errors import QuestionnaireFileError
from isv_desktop.export.questionnaire_xlsx import identify_questionnaire, read_questionnaire_answers

EXPECTED = sample_questionnaire()
SHEET_XML = "xl/worksheets/sheet2.xml"  # the questions sheet
LAUGHS = "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(2, 10)
)
BOMB = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol1 "lol">' + LAUGHS + ']>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')


def refused(data: bytes | str | os.PathLike, expected=EXPECTED) -> QuestionnaireFileError:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with pytest.raises(QuestionnaireFileError) as caught:
        read_questionnaire_answers(source, expected)
    return caught.value


def where(error: QuestionnaireFileError) -> tuple[str | None, str | None]:
    return error.sheet, error.cell


def edit_sheet(name: str, change) -> bytes:
    return as_supplier(exported(), lambda workbook: change(workbook[name]))


# ---------------------------------------------------------------- the file itself


@pytest.mark.parametrize("data", [b"\x00\x01\x02 random bytes " * 40, b"naam;antwoord\nA;ja\n",
                                  b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"])
def test_not_an_xlsx(data):
    error = refused(data)
    assert error.message_id == "file.not_xlsx"
    assert error.message("nl") == "Dit is geen Excel-werkmap (.xlsx)."


def test_a_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert refused(buffer.getvalue()).message_id == "file.not_xlsx"


def test_an_empty_file(tmp_path):
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    assert refused(path).message("en") == "The file is empty."


def test_a_truncated_file_is_corrupt():
    data = exported()
    error = refused(data[: len(data) // 2])
    assert error.message_id == "file.corrupt"
    assert error.message("nl").startswith("Het bestand is beschadigd")


def test_damaged_compressed_data_is_corrupt():
    data = bytearray(exported())
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo(SHEET_XML)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + 40):
        data[offset] ^= 0x5A
    assert refused(bytes(data)).message_id == "file.corrupt"


def test_a_password_protected_workbook(tmp_path):
    # Office saves an encrypted workbook as an OLE2 compound file (EncryptionInfo + EncryptedPackage).
    path = tmp_path / "beveiligd.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"EncryptedPackage" * 100)
    error = refused(path)
    assert error.message_id == "file.encrypted"
    assert "wachtwoord" in error.message("nl") and "password" in error.message("en")


def test_a_file_over_20_mb_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "groot.xlsx"
    with path.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    monkeypatch.setattr(safety, "check_container", lambda data: pytest.fail("the file was opened"))
    error = refused(path)
    assert error.message_id == "file.too_large"
    assert error.message("nl") == ("Het bestand is te groot (20,0 MB; hoogstens 20 MB). Een ingevulde vragenlijst "
                                   "is veel kleiner: is dit het goede bestand?")


def test_a_stream_over_20_mb_is_refused():
    assert refused(b"PK\x03\x04" + bytes(20 * 1024 * 1024)).message_id == "file.too_large"


def test_a_missing_file(tmp_path):
    error = refused(tmp_path / "weg.xlsx")
    assert error.message_id == "file.unreadable" and "weg.xlsx" in error.message("nl")


def test_a_zip_bomb_is_refused_by_its_unpacked_size():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet9.xml", b"\x00" * (201 * 1024 * 1024))
    assert refused(buffer.getvalue()).message_id == "file.unpacked_too_large"


def test_an_entity_bomb_is_refused_quickly():
    data = replace_part(exported(), SHEET_XML, BOMB.encode())
    start = time.perf_counter()
    error = refused(data)
    assert time.perf_counter() - start < 1.0
    assert error.message_id == "file.unsafe_xml"
    assert SHEET_XML in error.message("nl")


def test_an_entity_bomb_the_byte_scan_misses_is_stopped_by_defusedxml():
    # UTF-16 hides "<!DOCTYPE" from the byte scan; openpyxl's defusedxml parser still refuses the entities.
    data = replace_part(exported(), SHEET_XML, BOMB.replace('"1.0"?', '"1.0" encoding="UTF-16"?').encode("utf-16"))
    start = time.perf_counter()
    error = refused(data)
    assert time.perf_counter() - start < 1.0
    assert error.message_id == "file.xml_entities"
    assert "entity declarations" in error.message("en")


def test_defusedxml_is_in_effect_and_required():
    assert openpyxl.xml.DEFUSEDXML is True and safety.SAFE_PARSER is True


def test_without_defusedxml_nothing_is_read(monkeypatch):
    monkeypatch.setattr(safety, "SAFE_PARSER", False)
    error = refused(exported())
    assert error.message_id == "parser.unsafe"
    with pytest.raises(QuestionnaireFileError):
        identify_questionnaire(io.BytesIO(exported()))


# ---------------------------------------------------------------- identification


def test_identification_sheet_missing():
    data = as_supplier(exported(), lambda workbook: workbook.remove(workbook["Identificatie"]))
    error = refused(data)
    assert error.message_id == "sheet.missing" and where(error) == ("Identificatie", None)
    assert error.message("nl").startswith("Het blad ‘Identificatie’ ontbreekt")
    with pytest.raises(QuestionnaireFileError):
        identify_questionnaire(io.BytesIO(data))


def test_identification_format_altered():
    error = refused(edit_sheet("Identificatie", lambda sheet: setattr(sheet["B1"], "value", "iets anders")))
    assert error.message_id == "ident.format" and where(error) == ("Identificatie", "B1")


def test_identification_field_altered():
    error = refused(edit_sheet("Identificatie", lambda sheet: setattr(sheet["B3"], "value", "drie")))
    assert error.message_id == "ident.bad_value" and where(error) == ("Identificatie", "B3")
    assert error.message("en") == ("The questionnaire's identification was altered: 'drie' is not a valid "
                                   "dossier_id. (sheet 'Identificatie', cell B3)")


def test_identification_key_altered():
    error = refused(edit_sheet("Identificatie", lambda sheet: setattr(sheet["A4"], "value", "leverancier")))
    assert error.message_id == "ident.altered" and where(error) == ("Identificatie", "A4")
    assert "verwacht ‘supplier_id’, gevonden ‘leverancier’" in error.message("nl")


def test_identification_with_an_id_added_after_the_last_question():
    count = len(EXPECTED.questions)
    def add(sheet):
        sheet.cell(9 + count, 1).value = "question_id"
        sheet.cell(9 + count, 2).value = "forced_labour.99"
    error = refused(edit_sheet("Identificatie", add))
    assert error.message_id == "ident.extra" and where(error) == ("Identificatie", f"A{9 + count}")


def test_identification_checksum_altered():
    error = refused(edit_sheet("Identificatie", lambda sheet: setattr(sheet["B7"], "value", "0" * 64)))
    assert error.message_id == "questions.checksum" and where(error) == ("Identificatie", "B7")


def test_another_dossier():
    data = exported(sample_questionnaire(dossier_id=4))
    error = refused(data)
    assert error.message("nl") == ("Deze vragenlijst hoort bij dossier 4, niet bij dossier 3. "
                                   "(blad ‘Identificatie’, cel B3)")
    assert identify_questionnaire(io.BytesIO(data))[0] == 4


def test_another_supplier():
    error = refused(exported(sample_questionnaire(supplier_id=8)))
    assert error.message_id == "ident.other_supplier" and where(error) == ("Identificatie", "B4")
    assert "nummer 8, verwacht 7" in error.message("nl")


def test_another_version():
    error = refused(exported(sample_questionnaire(version=1)))
    assert error.message_id == "ident.other_version" and where(error) == ("Identificatie", "B5")


def test_other_questions_behind_the_same_identification():
    other = sample_questionnaire(themes=[Theme.CHILD_LABOUR])
    error = refused(exported(other))
    assert error.message_id == "questions.removed" and error.sheet == "Identificatie"


def test_question_ids_reordered_in_the_identification():
    def swap(sheet):
        sheet["B9"].value, sheet["B10"].value = sheet["B10"].value, sheet["B9"].value
    error = refused(edit_sheet("Identificatie", swap))
    assert error.message_id == "questions.reordered" and where(error) == ("Identificatie", "B9")


# ---------------------------------------------------------------- the questions


def test_questions_reordered():
    def swap(sheet):
        for column in "ABC":
            sheet[f"{column}2"].value, sheet[f"{column}3"].value = sheet[f"{column}3"].value, sheet[f"{column}2"].value
    error = refused(edit_sheet("Vragen", swap))
    assert error.message_id == "questions.reordered" and where(error) == ("Vragen", "C2")
    assert error.message("nl").startswith("De volgorde van de vragen is gewijzigd: op de plaats van vraag 1 staat "
                                          "nu vraag 2.")


def test_question_added_at_the_end():
    last = len(EXPECTED.questions) + 1
    def add(sheet):
        sheet.cell(last + 1, 1).value = last
        sheet.cell(last + 1, 3).value = "Mijn eigen vraag?"
    error = refused(edit_sheet("Vragen", add))
    assert error.message_id == "questions.added" and where(error) == ("Vragen", f"A{last + 1}")


def test_question_inserted():
    def insert(sheet):
        sheet.insert_rows(3)
        sheet["C3"].value = "Een extra vraag?"
    error = refused(edit_sheet("Vragen", insert))
    assert error.message_id == "questions.inserted" and where(error) == ("Vragen", "C3")


def test_question_removed():
    error = refused(edit_sheet("Vragen", lambda sheet: sheet.delete_rows(3)))
    assert error.message_id == "questions.removed" and where(error) == ("Vragen", "C3")
    assert error.message("en").startswith("Question 2 is missing")


def test_last_question_removed():
    last = len(EXPECTED.questions) + 1
    error = refused(edit_sheet("Vragen", lambda sheet: sheet.delete_rows(last)))
    assert error.message_id == "questions.removed" and where(error) == ("Vragen", f"A{last}")


def test_question_text_changed():
    error = refused(edit_sheet("Vragen", lambda sheet: setattr(sheet["C4"], "value", sheet["C4"].value + " Of niet?")))
    assert error.message_id == "questions.changed" and where(error) == ("Vragen", "C4")


def test_question_number_changed():
    error = refused(edit_sheet("Vragen", lambda sheet: setattr(sheet["A4"], "value", 7)))
    assert error.message_id == "questions.changed" and where(error) == ("Vragen", "A4")


def test_questions_sheet_missing():
    data = as_supplier(exported(), lambda workbook: setattr(workbook["Vragen"], "title", "Questions"))
    error = refused(data)
    assert error.message_id == "sheet.missing" and where(error) == ("Vragen", None)


# ---------------------------------------------------------------- the answers


@pytest.mark.parametrize("value, shown", [("misschien", "misschien"), (1, "1"), (True, "True")])
def test_answer_outside_the_list(value, shown):
    error = refused(fill(exported(), {2: ("ja", "", "x"), 5: (value, "", "")}))
    assert error.message_id == "answer.invalid" and where(error) == ("Vragen", "D5")
    assert error.message("nl") == (f"‘{shown}’ is geen antwoord op vraag 4. Kies uit: ja, gedeeltelijk, nee, "
                                   "niet van toepassing. (blad ‘Vragen’, cel D5)")


def test_formula_in_an_answer_cell():
    error = refused(fill(exported(), {3: ('=IF(1,"ja","nee")', "", "")}))
    assert error.message_id == "answer.formula" and where(error) == ("Vragen", "D3")
    assert '=IF(1,"ja","nee")' in error.message("en")


def test_a_bad_answer_in_the_last_row_refuses_the_whole_file(tmp_path):
    last = len(EXPECTED.questions) + 1
    rows = {row: ("ja", "goed", "bewijs.pdf") for row in range(2, last)}
    rows[last] = ("jawel", "", "")
    path = exported_file(tmp_path)
    path.write_bytes(fill(path.read_bytes(), rows))
    assert where(refused(path)) == ("Vragen", f"D{last}")
