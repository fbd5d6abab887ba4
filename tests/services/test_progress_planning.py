"""Progress reports are planned when the contract dates or the award are stored, not when a dossier is read."""
from datetime import date

import pytest

from isv_desktop.domain.suppliers import DueDiligencePoint, PlanVerdict
from isv_desktop.services.session import open_session

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def statements_of(connection, action):
    seen: list[str] = []
    connection.set_trace_callback(seen.append)
    try:
        action()
    finally:
        connection.set_trace_callback(None)
    return seen


def report_items(session, dossier_id):
    return [(i.title(), i.due_on) for i in session.due.for_dossier(dossier_id) if i.kind == "progress_report"]


def test_setting_the_contract_dates_puts_the_reports_in_the_due_list_in_one_transaction(session):
    dossier = session.dossiers.create("Handschoenen")
    winner = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    session.suppliers.mark_awarded(dossier.id, winner.id, date(2024, 12, 1))
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    assert report_items(session, dossier.id) == []  # no duration yet: nothing to plan
    connection = session.database.connection
    seen = statements_of(connection, lambda: session.dossiers.edit(dossier.id, "duration_months", "36"))
    transactions = [s.split()[0].upper() for s in seen if s.upper().startswith(("BEGIN", "COMMIT", "ROLLBACK"))]
    assert transactions == ["BEGIN", "COMMIT"]
    expected = [(f"Voortgangsrapportage jaar {year} (Top Glove Europe)", date(2025 + year, 2, 12)) for year in (1, 2, 3)]  # 6 weeks after each year
    assert report_items(session, dossier.id) == expected  # the home screen's due list has them, nobody opened it
    due_list = session.due.due_list(within_days=3650)
    assert [i.title() for i in due_list.overdue + due_list.upcoming if i.kind == "progress_report"] == [
        title for title, _day in expected]


def test_an_award_after_the_dates_plans_the_winner_s_reports(session):
    dossier = session.dossiers.create("Handschoenen")
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "24")
    winner = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    assert report_items(session, dossier.id) == []  # a bidder gets no reports
    session.suppliers.mark_awarded(dossier.id, winner.id, date(2024, 12, 1))
    assert [d for _t, d in report_items(session, dossier.id)] == [date(2026, 2, 12), date(2027, 2, 12)]


def test_moving_the_start_moves_open_reports_keeps_assessed_ones_and_renaming_follows(session):
    dossier = session.dossiers.create("Handschoenen")
    for field, value in (("contract_start", "2025-01-01"), ("duration_months", "24")):
        session.dossiers.edit(dossier.id, field, value)
    winner = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    session.suppliers.mark_awarded(dossier.id, winner.id, date(2024, 12, 1))
    first = session.monitoring.progress_reports(dossier.id)[0]
    session.monitoring.record_progress_report(dossier.id, first.id, date(2026, 1, 5))
    session.monitoring.assess_progress_report(dossier.id, first.id, {DueDiligencePoint.POLICY: (PlanVerdict.GOOD, "")},
                                              PlanVerdict.SUFFICIENT)
    session.dossiers.edit(dossier.id, "contract_start", "2025-03-01")
    assert [(r.contract_year, r.due_on) for r in session.monitoring.progress_reports(dossier.id)] == [
        (1, date(2026, 2, 12)), (2, date(2027, 4, 12))]  # year 1 was assessed on its date; year 2 moved
    assert report_items(session, dossier.id) == [("Voortgangsrapportage jaar 2 (Top Glove Europe)", date(2027, 4, 12))]
    session.suppliers.update_supplier(dossier.id, winner.id, name="Top Glove BV")
    assert report_items(session, dossier.id) == [("Voortgangsrapportage jaar 2 (Top Glove BV)", date(2027, 4, 12))]
    plan_titles = [i.title() for i in session.due.for_dossier(dossier.id) if i.kind == "plan_of_action"]
    assert plan_titles == ["Plan van aanpak Top Glove BV"]


def test_planning_again_with_nothing_changed_writes_nothing(session):
    dossier = session.dossiers.create("Handschoenen")
    for field, value in (("contract_start", "2025-01-01"), ("duration_months", "36")):
        session.dossiers.edit(dossier.id, field, value)
    winner = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    session.suppliers.mark_awarded(dossier.id, winner.id, date(2024, 12, 1))
    connection = session.database.connection
    changes = connection.total_changes
    seen = statements_of(connection, lambda: session.monitoring.plan_progress_reports(dossier.id))
    assert connection.total_changes == changes
    assert not [s for s in seen if s.upper().startswith(("INSERT", "UPDATE", "DELETE"))]
