"""The demo shows the whole program: its dossiers go through all five steps, dated from the session's today,
so a new user sees a due list with overdue and due-soon items and a yearly report with figures (issue 14)."""
from __future__ import annotations

from datetime import date

import pytest

from isv_desktop.domain.dossier import IsvDecision, NonApplicationReason, applicability_complete
from isv_desktop.services.demo import fill_with_samples
from isv_desktop.services.session import open_session

# Today, a leap day, the last and the first day of a year: the due list is never empty.
DAYS = [date.today(), date(2028, 2, 29), date(2026, 12, 31), date(2027, 1, 1)]


@pytest.fixture
def demo(tmp_path):
    opened = []

    def _demo(today: date):
        session = open_session(tmp_path / f"demo-{today.isoformat()}.sqlite", today=lambda: today)
        opened.append(session)
        ids = fill_with_samples(session)
        return session, {session.dossiers.get(i).reference: i for i in ids}

    yield _demo
    for session in opened:
        session.close()


def steps_complete(session, dossier_id: int) -> list[bool]:
    """Steps 1–5 complete by the progress model, the one rule the step list marks ✓ with."""
    return [step.complete for step in session.progress.status(dossier_id).steps]


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_due_list_holds_overdue_and_due_soon_items_whatever_the_day(demo, today):
    session, _ = demo(today)
    due = session.due.due_list()
    assert {i.kind for i in due.overdue} >= {"progress_report"}
    assert {i.kind for i in due.upcoming} >= {"plan_of_action", "questionnaire", "corrective_action"}
    assert all(i.due_on < today for i in due.overdue) and all(today <= i.due_on for i in due.upcoming)


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_workwear_dossier_has_all_five_steps_complete(demo, today):
    session, ids = demo(today)
    workwear = ids["ZWO-2026-014"]
    assert steps_complete(session, workwear) == [True] * 5
    assert steps_complete(session, ids["ZWO-2026-021"])[:4] == [True] * 4  # its first report is late: step 5 open
    reports = session.monitoring.progress_reports(workwear)
    assert [(r.contract_year, r.is_assessed) for r in reports if r.due_on <= today] == [(1, True)]
    open_actions = [a for a in session.monitoring.corrective_actions(workwear) if a.closed_on is None]
    assert len(open_actions) == 1 and open_actions[0].due_on > today  # open, not overdue


def test_each_step_of_the_samples_was_taken_through_the_services(demo):
    today = date(2027, 6, 15)
    session, ids = demo(today)
    workwear, gloves, solar = ids["ZWO-2026-014"], ids["ZWO-2026-021"], ids["ZWO-2026-033"]
    for dossier_id in (workwear, gloves, solar):
        assert session.risk_scan.countries(dossier_id) and session.criteria.chosen(dossier_id)
        assert len(session.suppliers.suppliers(dossier_id)) >= 2 and len(session.suppliers.awarded(dossier_id)) == 1
        assert session.monitoring.progress_reports(dossier_id)  # planned from the contract dates
    winner = session.suppliers.awarded(workwear)[0]
    returned = session.questionnaires.for_supplier(winner.id)
    assert len(returned) == 1 and returned[0].answers and returned[0].returned_on == today
    assert session.questionnaires.score_of(returned[0]) is not None
    assert session.suppliers.plan(winner.id).is_assessed
    assert session.monitoring.audits(workwear) and session.risk_scan.consultations(workwear)
    solar_winner = session.suppliers.awarded(solar)[0]
    assert session.suppliers.plan(solar_winner.id).received_on is None
    assert session.questionnaires.for_supplier(solar_winner.id)[0].returned_on is None
    assert [e.step.value for e in session.monitoring.escalations(gloves)] == ["dialogue"]
    followups = session.signals.followups(gloves)
    assert len(followups) == 1
    signal = session.signals.signals()[0]
    assert gloves in {t.dossier_id for t in session.signals.touched(signal)}


def test_one_sample_does_not_apply_isv_and_explains_why(demo):
    session, ids = demo(date(2027, 6, 15))
    furniture = session.dossiers.get(ids["ZWO-2026-040"])
    assert furniture.decision is IsvDecision.NOT_APPLY
    assert furniture.non_application_reason is NonApplicationReason.BELOW_THRESHOLD_PROPORTIONATE
    assert furniture.non_application_text.strip() and applicability_complete(furniture)
    assert not session.suppliers.suppliers(furniture.id)


def test_the_yearly_report_of_this_year_has_figures_and_targets(demo):
    today = date.today()  # the report counts the tenders by the day their dossier was made
    session, _ = demo(today)
    report = session.reports.report_json(today.year)
    tenders, suppliers, monitoring = report["tenders"], report["supplier_follow_up"], report["monitoring"]
    assert tenders["started"] == 4 and tenders["isv_applied"] == 3 and tenders["isv_not_applied"] == 1
    assert tenders["by_ambition"]["significant"] == 1 and tenders["with_stakeholder_consultation"] == 1
    assert report["not_applied_reasons"] and report["themes_rated_high"]["themes"]
    assert suppliers["questionnaires_sent"] == 2 and suppliers["questionnaires_returned"] == 1
    assert monitoring["signals_logged"] == 1 and monitoring["signal_followups_opened"] == 1
    assert report["organisation"] == "Gemeente Zwolle"
    assert len(report["targets"]) == 4
    assert all(t["actual"] is not None and t["actual"]["of"] > 0 for t in report["targets"])  # charted
