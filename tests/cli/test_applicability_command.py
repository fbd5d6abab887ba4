"""``isv-desktop applicability``: the threshold of the date, the kind from the CPV code, exit 2 for bad input."""
import json

import pytest

from isv_desktop.cli import main


def check(tmp_path, capsys, *argv):
    assert main(["applicability", "--db", str(tmp_path / "d.sqlite"), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "day, threshold, period_start, source",
    [
        ("2025-06-01", 221000, "2024-01-01", "Gedelegeerde Verordening (EU) 2023/2495"),
        ("2026-01-01", 216000, "2026-01-01", "Gedelegeerde Verordening (EU) 2025/2152"),
        ("2027-06-30", 216000, "2026-01-01", "Gedelegeerde Verordening (EU) 2025/2152"),
    ],
)
def test_the_threshold_of_the_date(tmp_path, capsys, day, threshold, period_start, source):
    data = check(tmp_path, capsys, "--cpv", "18110000-3", "--value", "218000", "--date", day,
                 "--category", "bedrijfskleding")
    assert data["threshold"] == threshold
    assert data["above_threshold"] is (218000 >= threshold)
    assert data["isv_required_by_rijk_rule"] is (218000 >= threshold)
    assert data["contract_kind"] == "supplies_services"
    assert data["period"]["start"] == period_start
    assert data["source"] == source


def test_school_meals_have_the_annex_xiv_threshold(tmp_path, capsys):
    data = check(tmp_path, capsys, "--cpv", "55523100-3", "--value", "800000", "--date", "2026-09-01",
                 "--category", "catering")
    assert data["contract_kind"] == "social_services" and data["annex_xiv_point"] == 7
    assert data["threshold"] == 750000
    assert data["above_threshold"] is True and data["isv_required_by_rijk_rule"] is True
    assert data["source"] == "Richtlijn 2014/24/EU, art. 4, onder d)"


def test_cleaning_stays_supplies_and_services(tmp_path, capsys):
    data = check(tmp_path, capsys, "--cpv", "90910000-9", "--value", "300000", "--date", "2026-09-01")
    assert data["contract_kind"] == "supplies_services" and data["threshold"] == 216000
    assert data["above_threshold"] is True
    assert data["isv_required_by_rijk_rule"] is None  # the category is not known
    assert data["suggested_risk_category"] is None


def test_a_date_after_the_table_has_no_threshold(tmp_path, capsys):
    data = check(tmp_path, capsys, "--cpv", "18110000-3", "--value", "300000", "--date", "2029-02-01",
                 "--category", "bedrijfskleding")
    assert data["threshold"] is None and data["period"] is None and data["source"] is None
    assert data["above_threshold"] is None and data["isv_required_by_rijk_rule"] is None
    assert data["warnings"] == ["outside_every_period"]


def test_the_last_90_days_of_the_table_warn(tmp_path, capsys):
    data = check(tmp_path, capsys, "--cpv", "18110000-3", "--value", "100000", "--date", "2027-10-15")
    assert data["threshold"] == 216000 and data["warnings"] == ["table_ends_soon"]
    assert data["isv_required_by_rijk_rule"] is False  # below the threshold


def test_none_of_the_ten_categories(tmp_path, capsys):
    data = check(tmp_path, capsys, "--cpv", "90910000-9", "--value", "300000", "--date", "2026-09-01",
                 "--category", "none")
    assert data["isv_required_by_rijk_rule"] is False


def test_readable_text_without_json(tmp_path, capsys):
    assert main(["applicability", "--db", str(tmp_path / "d.sqlite"), "--cpv", "55523100-3", "--value", "800000",
                 "--date", "2026-09-01"]) == 0
    out = capsys.readouterr().out
    assert "social_services" in out and "€ 750.000" in out


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--cpv", "5552", "--value", "1", "--date", "2026-01-01"], "CPV"),
        (["--cpv", "55523100-3", "--value", "twee ton", "--date", "2026-01-01"], "bedrag"),
        (["--cpv", "55523100-3", "--value", "1", "--date", "2026-13-01"], "datum"),
        (["--cpv", "55523100-3", "--value", "1", "--date", "2026-01-01", "--category", "schoenen"],
         "risicocategorie"),
    ],
)
def test_bad_input_is_a_message_and_exit_2(tmp_path, capsys, argv, words):
    assert main(["applicability", "--db", str(tmp_path / "d.sqlite"), *argv, "--json"]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and "Traceback" not in captured.err and captured.out == ""


def test_a_missing_option_is_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["applicability", "--cpv", "55523100-3", "--value", "1"])
    assert stopped.value.code == 2


def test_the_dossier_list_shows_the_call_date(tmp_path, capsys):
    from isv_desktop.services.session import open_session

    path = tmp_path / "d.sqlite"
    session = open_session(path)
    try:
        dossier = session.dossiers.create("Schoolmaaltijden")
        session.dossiers.edit(dossier.id, "call_for_competition_date", "15-10-2027")
    finally:
        session.close()
    assert main(["dossier", "list", "--db", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["call_for_competition_date"] == "2027-10-15"


def test_readable_text_in_english_writes_the_threshold_as_english_amounts(tmp_path, capsys):
    assert main(["applicability", "--db", str(tmp_path / "d.sqlite"), "--cpv", "55523100-3", "--value", "800000",
                 "--date", "2026-09-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Threshold: €750,000" in out and "750.000" not in out
