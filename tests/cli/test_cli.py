"""The command line: same services as the window, clear errors without tracebacks."""
import json

from isv_desktop.cli import main


def test_demo_then_list_as_json(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["dossier", "list", "--db", str(path), "--json"]) == 0
    dossiers = json.loads(capsys.readouterr().out)
    titles = {d["title"] for d in dossiers}
    assert "Medische handschoenen GGD" in titles and len(dossiers) >= 4
    gloves = next(d for d in dossiers if d["title"] == "Medische handschoenen GGD")
    assert gloves["cpv_code"] == "33141420-0" and gloves["estimated_value"] == "185000.00"


def test_db_option_before_the_command_works_too(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    main(["demo", "--db", str(path)])
    capsys.readouterr()
    assert main(["--db", str(path), "dossier", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_a_damaged_file_is_a_message_and_exit_2(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    path.write_text("geen database")
    assert main(["dossier", "list", "--db", str(path)]) == 2
    captured = capsys.readouterr()
    assert "beschadigd" in captured.err and "Traceback" not in captured.err
    assert path.read_text() == "geen database"


def test_english_messages(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    path.write_text("geen database")
    assert main(["dossier", "list", "--db", str(path), "--lang", "en"]) == 2
    assert "damaged" in capsys.readouterr().err


def test_demo_dossiers_carry_a_scan_and_chosen_criteria(tmp_path):
    from isv_desktop.domain.risk.levels import RiskLevel
    from isv_desktop.domain.themes import Theme
    from isv_desktop.services.session import open_session

    path = tmp_path / "d.sqlite"
    main(["demo", "--db", str(path)])
    session = open_session(path)
    try:
        solar = next(d for d in session.dossiers.all() if d.reference == "ZWO-2026-033")
        assert session.risk_scan.stored_scan(solar.id).result.level(Theme.FORCED_LABOUR) is RiskLevel.HIGH
        assert session.criteria.chosen(solar.id)
    finally:
        session.close()


def test_demo_out_writes_each_sample_as_pdf_and_xlsx(tmp_path):
    out = tmp_path / "uit"
    assert main(["demo", "--db", str(tmp_path / "d.sqlite"), "--out", str(out)]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".pdf"] * 4 + [".xlsx"] * 4
