"""Traced origins of critical inputs, stored with the dossier's scan scope; each change one transaction."""
from datetime import date

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.themes import Theme
from isv_desktop.services.input_origins import InputOriginService
from isv_desktop.services.session import open_session

FL = Theme.FORCED_LABOUR
DAY = date(2026, 12, 5)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "d.sqlite"


def solar_from_vietnam(session):
    dossier_id = session.dossiers.create("Zonnepanelen gemeentehuis").id
    session.risk_scan.add_group(dossier_id, "zonnepanelen")
    session.risk_scan.add_country(dossier_id, "zonnepanelen", "VN", ProductionStage.FINAL_ASSEMBLY)
    return dossier_id


def test_the_assumed_polysilicon_origin_shows_until_a_traced_origin_replaces_it_and_stays_after_reopening(db):
    session = open_session(db)
    inputs = InputOriginService.beside(session.risk_scan)
    dossier_id = solar_from_vietnam(session)
    assert session.risk_scan.stored_scan(dossier_id).result.level(FL) is RiskLevel.HIGH
    [row] = inputs.inputs(dossier_id)
    assert (row.group_id, row.good, [a.country for a in row.assumed], row.traced) == (
        "zonnepanelen", "Polysilicon", ["CN"], ())
    result = inputs.record(dossier_id, "zonnepanelen", "Polysilicon", "de", today=DAY)
    assert result.level(FL) is RiskLevel.UNKNOWN
    session.close()

    session = open_session(db)
    inputs = InputOriginService.beside(session.risk_scan)
    [row] = inputs.inputs(dossier_id)
    [(entry_id, traced)] = row.traced
    assert (traced.country, traced.recorded_on) == ("DE", "2026-12-05")
    assert session.risk_scan.stored_scan(dossier_id).result.level(FL) is RiskLevel.UNKNOWN
    assert session.risk_scan.compute(dossier_id).level(FL) is RiskLevel.UNKNOWN
    inputs.remove(dossier_id, entry_id)
    assert session.risk_scan.stored_scan(dossier_id).result.level(FL) is RiskLevel.HIGH
    session.close()


@pytest.mark.parametrize(
    "group, good, country, message_id",
    [
        ("zonnepanelen", "Cotton", "DE", "risk.not_a_critical_input"),
        ("zonnepanelen", "Polysilicon", "Atlantis", "risk.unknown_country"),
        ("handschoenen", "Polysilicon", "DE", "scan.no_group"),
    ],
)
def test_a_wrong_record_is_refused_and_changes_nothing(db, group, good, country, message_id):
    session = open_session(db)
    inputs = InputOriginService.beside(session.risk_scan)
    dossier_id = solar_from_vietnam(session)
    scans_before = session.risk_scan.repository.scan_count(dossier_id)
    with pytest.raises(UserError) as raised:
        inputs.record(dossier_id, group, good, country, today=DAY)
    assert raised.value.message_id == message_id
    assert inputs.inputs(dossier_id)[0].traced == ()
    assert session.risk_scan.repository.scan_count(dossier_id) == scans_before
    session.close()


def test_removing_the_group_forgets_its_traced_inputs(db):
    session = open_session(db)
    inputs = InputOriginService.beside(session.risk_scan)
    dossier_id = solar_from_vietnam(session)
    inputs.record(dossier_id, "zonnepanelen", "Polysilicon", "DE", today=DAY)
    session.risk_scan.remove_group(dossier_id, "zonnepanelen")
    session.risk_scan.add_group(dossier_id, "zonnepanelen")
    assert inputs.inputs(dossier_id)[0].traced == ()
    session.close()


def test_a_failing_rescan_leaves_no_traced_origin_behind(db, monkeypatch):
    session = open_session(db)
    dossier_id = solar_from_vietnam(session)

    def broken(_dossier_id):
        raise RuntimeError("disk full")

    inputs = InputOriginService(session.risk_scan.knowledge, session.risk_scan.repository,
                                session.risk_scan.repository.database, broken)
    with pytest.raises(RuntimeError):
        inputs.record(dossier_id, "zonnepanelen", "Polysilicon", "DE", today=DAY)
    assert inputs.inputs(dossier_id)[0].traced == ()
    session.close()
