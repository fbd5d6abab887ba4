"""Step 5 through the services and the command line: timeline, signals, audits, escalation, due list."""
import json
from datetime import date

import pytest

from isv_desktop.cli import main
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.suppliers import DueDiligencePoint, PlanVerdict
from isv_desktop.services.session import open_session

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def awarded_dossier(session, title="Handschoenen", start="2025-01-01", months="36"):
    dossier = session.dossiers.create(title)
    session.dossiers.edit(dossier.id, "contract_start", start)
    session.dossiers.edit(dossier.id, "duration_months", months)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 12, 1))
    return dossier.id, supplier.id


def test_progress_reports_six_weeks_after_each_contract_year_and_a_late_one_shows_late(session):
    dossier_id, supplier_id = awarded_dossier(session)
    reports = session.monitoring.plan_progress_reports(dossier_id)
    assert [(r.contract_year, r.due_on) for r in reports] == [
        (1, date(2026, 2, 12)), (2, date(2027, 2, 12)), (3, date(2028, 2, 12))
    ]
    first = reports[0]
    assert first.is_late(TODAY)  # not received, date passed
    first = session.monitoring.record_progress_report(dossier_id, first.id, date(2026, 2, 20), {"incidents": "Geen"})
    assert first.is_late(TODAY) and first.incidents == "Geen"
    assert not session.monitoring.contract_year_complete(dossier_id, 1)
    session.monitoring.assess_progress_report(
        dossier_id, first.id, {p: (PlanVerdict.SUFFICIENT, "") for p in DueDiligencePoint}, PlanVerdict.SUFFICIENT
    )
    assert session.monitoring.contract_year_complete(dossier_id, 1)


def test_an_overdue_corrective_action_is_on_the_due_list_and_blocks_the_year(session, tmp_path):
    dossier_id, _ = awarded_dossier(session)
    audit_id = session.monitoring.record_audit(dossier_id, AuditKind.FACTORY_AUDIT, date(2025, 11, 1), "Bureau X", "Paspoorten ingehouden")
    late = session.monitoring.add_corrective_action(dossier_id, audit_id, "Paspoorten teruggeven", "Leverancier", date(2026, 2, 1))
    session.monitoring.add_corrective_action(dossier_id, audit_id, "Wervingskosten terugbetalen", "Leverancier", date(2026, 3, 20))
    due = session.due.due_list(30)
    assert [i.title() for i in due.overdue if i.kind == "corrective_action"] == ["Corrigerende maatregel: Paspoorten teruggeven"]
    assert any(i.kind == "corrective_action" for i in due.upcoming)
    session.monitoring.update_corrective_action(dossier_id, late, ActionStatus.DONE, "Verklaring werknemers")
    assert not [i for i in session.due.due_list(30).overdue if i.kind == "corrective_action"]


def test_escalation_is_kept_in_order_with_dates(session):
    dossier_id, supplier_id = awarded_dossier(session)
    assert session.monitoring.proposed_escalation(dossier_id).step is EscalationStep.DIALOGUE
    session.monitoring.escalate(dossier_id, EscalationStep.DIALOGUE, date(2026, 1, 10), "Plan te laat")
    proposal = session.monitoring.proposed_escalation(dossier_id)
    assert proposal.step is EscalationStep.EXTERNAL_ADVICE and proposal.respond_by == date(2026, 2, 7)
    with pytest.raises(UserError):
        session.monitoring.escalate(dossier_id, EscalationStep.PENALTY, date(2026, 2, 10), "Nog steeds niets")
    session.monitoring.escalate(dossier_id, EscalationStep.PENALTY, date(2026, 2, 10), "Nog steeds niets",
                                skip_reason="Contract voorziet in directe boete bij ernstige schending")
    assert [(e.step, e.taken_on) for e in session.monitoring.escalations(dossier_id)] == [
        (EscalationStep.DIALOGUE, date(2026, 1, 10)), (EscalationStep.PENALTY, date(2026, 2, 10))
    ]


def test_signals_touch_the_right_dossiers(session):
    gloves_id, _ = awarded_dossier(session)
    session.risk_scan.add_group(gloves_id, "handschoenen")
    session.risk_scan.add_country(gloves_id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    furniture = session.dossiers.create("Meubilair")
    session.risk_scan.add_group(furniture.id, "meubilair_hout")
    session.risk_scan.add_country(furniture.id, "meubilair_hout", "VN", ProductionStage.FINAL_ASSEMBLY)
    solar = session.dossiers.create("Zonnepanelen")
    session.monitoring.add_delivered_product(solar.id, "Zonnepaneel 400 Wp", brand="Ningbo Solár", site_country="CN",
                                             components=(("polysilicium", "CN"),))
    _, touched = session.signals.log("Dwangarbeid bij handschoenfabrieken, Maleisië", country="MY", group_id="handschoenen")
    assert [t.dossier_id for t in touched] == [gloves_id]
    _, touched = session.signals.log("WRO tegen merk", brand="NINGBO SOLAR")
    assert [t.dossier_id for t in touched] == [solar.id]
    with pytest.raises(UserError):
        session.signals.log("Onbekend land", country="XX")


def test_due_and_signal_commands(session, capsys):
    dossier_id, _ = awarded_dossier(session)
    session.monitoring.plan_progress_reports(dossier_id)
    path = str(session.database.path)
    session.close()
    assert main(["due", "--db", path, "--within", "30", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert [i["title"] for i in due["overdue"] if i["kind"] == "progress_report"][:1] == ["Voortgangsrapportage jaar 1 (Top Glove Europe)"]
    assert main(["signal", "add", "--db", path, "--text", "Dwangarbeid handschoenen", "--country", "MY", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["dossiers"] == [{"id": dossier_id, "title": "Handschoenen", "because": ["country"]}]
    assert main(["due", "--db", path, "--within", "-1"]) == 2
