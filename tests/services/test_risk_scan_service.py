"""Step 2 through the services: scope, the kept scan, judgements, own risks, stakeholders."""
from datetime import date

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite")
    yield s
    s.close()


def gloves_dossier(session):
    dossier = session.dossiers.create("Medische handschoenen")
    session.dossiers.edit(dossier.id, "cpv_code", "33141420-0")
    return dossier.id


def test_the_cpv_code_of_step_one_preselects_its_group_when_it_is_stored(session):
    dossier_id = gloves_dossier(session)  # storing the CPV code adds its group and scans, in the edit's transaction
    assert session.risk_scan.groups(dossier_id) == ["handschoenen"]
    assert session.risk_scan.stored_scan(dossier_id) is not None
    assert session.risk_scan.preselect_from_cpv(dossier_id) is None  # only while no group is chosen
    session.dossiers.edit(dossier_id, "cpv_code", "18110000-3")  # a group chosen: a new code leaves it alone
    assert session.risk_scan.groups(dossier_id) == ["handschoenen"]
    session.risk_scan.remove_group(dossier_id, "handschoenen")
    assert session.risk_scan.preselect_from_cpv(dossier_id) == "werkkleding"  # the code stored now


def test_gloves_from_malaysia_flag_forced_labour_high_with_the_source(session):
    dossier_id = gloves_dossier(session)
    session.risk_scan.add_group(dossier_id, "handschoenen")
    result = session.risk_scan.add_country(dossier_id, "handschoenen", "my", ProductionStage.FINAL_ASSEMBLY)
    assessment = result.cell(Theme.FORCED_LABOUR, "MY")
    assert assessment.level is RiskLevel.HIGH
    assert any(r.edition == "2022" and "Maleisië" in r.text("nl") for r in assessment.reasons)
    stored = session.risk_scan.stored_scan(dossier_id)
    assert stored.result.level(Theme.FORCED_LABOUR) is RiskLevel.HIGH
    assert stored.outdated_editions == {}


def test_origin_unknown_lists_the_known_origins(session):
    dossier_id = gloves_dossier(session)
    result = session.risk_scan.add_group(dossier_id, "handschoenen")
    assert "MY" in result.origin_countries
    assert None in result.columns


def test_unknown_country_or_group_changes_nothing(session):
    dossier_id = gloves_dossier(session)
    session.risk_scan.add_group(dossier_id, "handschoenen")
    scans_before = session.risk_scan._repository.scan_count(dossier_id)
    with pytest.raises(UserError):
        session.risk_scan.add_country(dossier_id, "handschoenen", "XX", ProductionStage.UNKNOWN)
    with pytest.raises(UserError):
        session.risk_scan.add_group(dossier_id, "bestaat_niet")
    with pytest.raises(UserError):
        session.risk_scan.add_country(dossier_id, "zonnepanelen", "CN", ProductionStage.UNKNOWN)
    assert session.risk_scan.countries(dossier_id) == []
    assert session.risk_scan.groups(dossier_id) == ["handschoenen"]
    assert session.risk_scan._repository.scan_count(dossier_id) == scans_before


def step_two_complete(session, dossier_id) -> bool:
    return session.progress.status(dossier_id).step(StepId.RISK_SCAN).complete


def test_complete_when_every_high_theme_has_a_judgement(session):
    dossier_id = gloves_dossier(session)
    assert not step_two_complete(session, dossier_id)
    session.risk_scan.add_group(dossier_id, "handschoenen")
    session.risk_scan.add_country(dossier_id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    high = session.risk_scan.high_themes(dossier_id)
    assert Theme.FORCED_LABOUR in high
    assert not step_two_complete(session, dossier_id)
    for theme in high:
        session.risk_scan.judge(dossier_id, theme, 3, 2, "Bekend uit nieuws")
    assert step_two_complete(session, dossier_id)
    judgement = session.risk_scan.judgements(dossier_id)[Theme.FORCED_LABOUR]
    assert judgement.priority.value == "high" and judgement.note == "Bekend uit nieuws"


def test_judgement_outside_the_scale_is_refused(session):
    dossier_id = gloves_dossier(session)
    with pytest.raises(UserError):
        session.risk_scan.judge(dossier_id, Theme.CHILD_LABOUR, 4, 1, "")
    assert session.risk_scan.judgements(dossier_id) == {}


def test_own_risk_with_attachment_and_stakeholder_log(session):
    dossier_id = gloves_dossier(session)
    risk_id = session.risk_scan.add_own_risk(
        dossier_id, Theme.WORKING_HOURS, "Overuren in piekseizoen", "CSR Risk Check, 2025", "rapport.pdf", b"%PDF-1.4 ..."
    )
    [risk] = session.risk_scan.own_risks(dossier_id)
    assert (risk.id, risk.attachment_name, risk.attachment) == (risk_id, "rapport.pdf", b"%PDF-1.4 ...")
    with pytest.raises(UserError):
        session.risk_scan.add_own_risk(dossier_id, Theme.WORKING_HOURS, "  ", "bron")
    session.risk_scan.add_consultation(
        dossier_id, StakeholderKind.TRADE_UNION, "FNV", date(2025, 3, 4), (Theme.FORCED_LABOUR,), "Wees alert op wervingskosten"
    )
    [item] = session.risk_scan.consultations(dossier_id)
    assert item.kind is StakeholderKind.TRADE_UNION and item.themes == (Theme.FORCED_LABOUR,)


def test_a_kept_scan_shows_newer_editions_and_what_changed(tmp_path):
    from isv_desktop import paths
    from isv_desktop.knowledge.editions import import_edition

    path = tmp_path / "d.sqlite"
    session = open_session(path)
    dossier_id = gloves_dossier(session)
    session.risk_scan.add_group(dossier_id, "handschoenen")
    session.risk_scan.add_country(dossier_id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    shipped = paths.resources_dir() / "knowledge" / "us_dol_goods.csv"
    lines = shipped.read_text(encoding="utf-8").splitlines()
    newer = tmp_path / "dol_2099.csv"
    newer.write_text("\n".join(l for l in lines if not l.startswith("Rubber Gloves,")) + "\n", encoding="utf-8")
    import_edition(session.risk_scan.knowledge, paths.data_dir() / "knowledge", "us_dol_goods", newer, "2099")
    session.close()

    session = open_session(path)
    stored = session.risk_scan.stored_scan(dossier_id)
    assert stored.outdated_editions["us_dol_goods"] == ("2022", "2099")
    assert stored.result.cell(Theme.FORCED_LABOUR, "MY").level is RiskLevel.HIGH  # as it was made
    result, diff = session.risk_scan.rescan_with_changes(dossier_id)
    assert not diff.unchanged
    assert result.editions["us_dol_goods"] == "2099"
    session.close()
