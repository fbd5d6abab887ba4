"""The questionnaire through the services and the command line: export, supplier fills in, import, scores."""
import json
import sqlite3
from datetime import date

import openpyxl
import pytest

from isv_desktop.cli import main
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import SupplierRole
from isv_desktop.export.questionnaire_xlsx_layout import (
    COL_ANSWER,
    COL_EVIDENCE,
    COL_EXPLANATION,
    FIRST_QUESTION_ROW,
    QUESTIONS_SHEET,
)
from isv_desktop.services.session import open_session

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def gloves_with_supplier(session):
    dossier = session.dossiers.create("Handschoenen")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.criteria.choose_suggestions(dossier.id)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", role=SupplierRole.AWARDED, country="MY")
    return dossier.id, supplier.id


def fill(path, answers):
    """A supplier fills in the questions sheet with openpyxl and saves."""
    book = openpyxl.load_workbook(path)
    sheet = book[QUESTIONS_SHEET]
    for offset, (answer, explanation, evidence) in enumerate(answers):
        row = FIRST_QUESTION_ROW + offset
        sheet.cell(row, COL_ANSWER).value = answer
        sheet.cell(row, COL_EXPLANATION).value = explanation
        sheet.cell(row, COL_EVIDENCE).value = evidence
    book.save(path)


def test_export_fill_import_stores_every_answer_and_scores(session, tmp_path):
    dossier_id, supplier_id = gloves_with_supplier(session)
    path = tmp_path / "vragenlijst.xlsx"
    record = session.questionnaires.export(dossier_id, supplier_id, path)
    assert session.dossiers.get(dossier_id).next_due_date == date(2026, 3, 30)  # 4 weeks
    count = len(record.questionnaire.questions)
    typed = [("ja", f"Toelichting {n} =cmd|' /C calc'!A0", "bewijs.pdf") for n in range(count)]
    typed[0] = ("nee", "Nog geen beleid <b>&amp;</b>", "")
    fill(path, typed)
    preview = session.questionnaires.preview_import(path)
    assert not preview.replaces_earlier_answers
    stored = session.questionnaires.store_import(preview)
    assert [(a.answer.value if a.answer else None, a.explanation, a.evidence) for a in stored.answers] == [
        ({"ja": "ja", "nee": "nee"}[t[0]], t[1], t[2]) for t in typed
    ]
    assert preview.score.overall is not None and preview.score.red_flags
    assert session.progress.status(dossier_id).step(StepId.SUPPLIERS).complete
    assert session.dossiers.get(dossier_id).next_due_date is None

    with pytest.raises(UserError):
        session.questionnaires.store_import(session.questionnaires.preview_import(path))  # asks to replace
    session.questionnaires.store_import(session.questionnaires.preview_import(path), replace=True)


def test_a_file_from_another_dossier_file_changes_nothing(session, tmp_path):
    dossier_id, supplier_id = gloves_with_supplier(session)
    path = tmp_path / "vragenlijst.xlsx"
    session.questionnaires.export(dossier_id, supplier_id, path)
    other = open_session(tmp_path / "ander.sqlite", today=lambda: TODAY)
    try:
        with pytest.raises(UserError):
            other.questionnaires.preview_import(path)
    finally:
        other.close()
    not_xlsx = tmp_path / "geen.xlsx"
    not_xlsx.write_bytes(b"PK\x03\x04 dit is geen werkboek")
    before = sqlite3.connect(session.database.path).execute("SELECT answers_json FROM questionnaires").fetchall()
    with pytest.raises(UserError):
        session.questionnaires.import_file(not_xlsx)
    assert sqlite3.connect(session.database.path).execute("SELECT answers_json FROM questionnaires").fetchall() == before


def test_command_line_export_and_import(session, tmp_path, capsys):
    dossier_id, supplier_id = gloves_with_supplier(session)
    database = str(session.database.path)
    session.close()
    path = tmp_path / "q.xlsx"
    assert main(["questionnaire", "export", str(dossier_id), str(supplier_id), "--db", database, "--xlsx", str(path)]) == 0
    rows = openpyxl.load_workbook(path)[QUESTIONS_SHEET].max_row - FIRST_QUESTION_ROW + 1
    fill(path, [("gedeeltelijk", "Deels", "rapport")] * rows)
    capsys.readouterr()
    assert main(["questionnaire", "import", "--db", database, "--xlsx", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["overall"] == 50 and result["supplier_id"] == supplier_id
    path.write_bytes(b"garbage")
    assert main(["questionnaire", "import", "--db", database, "--xlsx", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
