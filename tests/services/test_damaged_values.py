"""A damaged value inside an intact dossier file: the list still shows it, the export names the dossier and step."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, damaged_copy, fill_full_dossier  # noqa: E402

from isv_desktop.cli import main  # noqa: E402
from isv_desktop.domain.messages import UserError  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402

# (step, statement) — each writes bytes that are not UTF-8 (or JSON that is not JSON) as another program could.
DAMAGES = {
    "title": (1, "UPDATE dossiers SET title = CAST(x'4b6c65ff' AS TEXT)"),
    "scan_record": (2, "UPDATE scan_snapshots SET record_json = CAST(x'7b22ff' AS TEXT)"),
    "scan_not_json": (2, "UPDATE scan_snapshots SET record_json = '{\"groups\": ['"),
    "criterion_text": (3, "UPDATE chosen_criteria SET custom_text_nl = CAST(x'ff' AS TEXT) "
                          "WHERE custom_text_nl IS NOT NULL"),
    "supplier_name": (4, "UPDATE suppliers SET name = CAST(x'41ff42' AS TEXT) WHERE id = 2"),
    "audit_findings": (5, "UPDATE audits SET findings = CAST(x'c3' AS TEXT)"),
    "questions_not_json": (4, "UPDATE questionnaires SET questions_json = 'vragen'"),
    "components_not_a_list": (5, "UPDATE delivered_products SET components_json = '{\"katoen\": 1}'"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("damaged") / "template.sqlite"
    session = open_session(path, today=lambda: TODAY)
    dossier_id = fill_full_dossier(session, title="Kleding")
    session.close()
    return path, dossier_id


def damaged(template, folder: Path, damage: str) -> Path:
    return damaged_copy(template[0], folder, DAMAGES[damage][1])


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_the_export_names_the_dossier_and_the_step_and_writes_nothing(template, tmp_path, damage):
    step = DAMAGES[damage][0]
    session = open_session(damaged(template, tmp_path, damage), today=lambda: TODAY)
    try:
        listed = session.dossiers.get(template[1])  # the list and the window read the dossier replaced
        assert listed.title == ("Kle\ufffd" if damage == "title" else "Kleding")
        for write in (lambda: session.exports.write_pdf(template[1], tmp_path / "d.pdf"),
                      lambda: session.exports.write_xlsx(template[1], tmp_path / "d.xlsx")):
            with pytest.raises(UserError) as raised:
                write()
            error = raised.value
            assert error.message_id == "export.damaged_value"
            assert f"stap {step}" in error.message("nl") and listed.title in error.message("nl")
            assert f"step {step}" in error.message("en") and "damaged" in error.message("en")
        assert not (tmp_path / "d.pdf").exists() and not (tmp_path / "d.xlsx").exists()
        assert not list(tmp_path.glob(".d.*"))  # no temporary file left either
    finally:
        session.close()


def test_the_command_line_export_reports_it_without_a_traceback(template, tmp_path, capsys):
    path = damaged(template, tmp_path, "supplier_name")
    code = main(["export", str(template[1]), "--db", str(path), "--pdf", str(tmp_path / "d.pdf"), "--lang", "en"])
    error = capsys.readouterr().err
    assert code == 2 and "Traceback" not in error
    assert "‘Kleding’" in error and "step 4" in error and "name" in error
    assert not (tmp_path / "d.pdf").exists()


def test_the_dossier_list_shows_a_damaged_title_replaced(template, tmp_path):
    session = open_session(damaged(template, tmp_path, "title"), today=lambda: TODAY)
    try:
        from isv_desktop.domain.dossier_query import DossierQuery

        assert [d.title for d in session.dossiers.page(DossierQuery(), 0, 10)] == ["Kle\ufffd"]
    finally:
        session.close()
