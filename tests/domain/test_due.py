"""What is due, with plain data and no Qt: the one rule for late, each kind's step, titles from current names."""
from datetime import date

import pytest

from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.due import (
    DueItem,
    DueKind,
    DueState,
    DueSubject,
    due_state,
    due_title,
    signal_follow_up_due,
)
from isv_desktop.domain.monitoring import (
    ActionStatus,
    EscalationRecord,
    EscalationStep,
    escalation_responses,
    progress_report_due_dates,
)
from isv_desktop.domain.monitoring_records import CorrectiveAction, ProgressReport
from isv_desktop.domain.steps import StepId

DUE = date(2026, 3, 10)


@pytest.mark.parametrize(("done_on", "today", "state"), [
    (None, date(2026, 1, 1), DueState.OPEN),
    (None, date(2026, 2, 8), DueState.DUE_SOON),  # 30 days ahead
    (None, DUE, DueState.DUE_SOON),  # the day itself is not late
    (None, date(2026, 3, 11), DueState.LATE),
    (date(2026, 3, 10), date(2026, 4, 1), DueState.DONE),
    (date(2026, 3, 11), date(2026, 4, 1), DueState.DONE_LATE),
])
def test_one_rule_for_late_due_soon_and_done(done_on, today, state):
    assert due_state(DUE, done_on, today) is state
    assert state.is_late == (state in (DueState.LATE, DueState.DONE_LATE))


def test_the_records_ask_the_same_rule():
    report = ProgressReport(1, 1, 1, DUE)
    assert not report.is_late(DUE) and report.is_late(date(2026, 3, 11))
    assert ProgressReport(1, 1, 1, DUE, received_on=date(2026, 3, 12)).is_late(date(2026, 3, 12))
    action = CorrectiveAction(1, 1, "Paspoorten teruggeven", "Leverancier", DUE)
    assert action.is_overdue(date(2026, 3, 11)) and not action.is_overdue(DUE)
    done = CorrectiveAction(1, 1, "x", "", DUE, ActionStatus.DONE, closed_on=date(2026, 4, 1))
    assert not done.is_overdue(date(2026, 5, 1))


def test_each_kind_opens_its_step_and_certificates_are_due_soon_earlier():
    assert DueKind.QUESTIONNAIRE.step is StepId.SUPPLIERS and DueKind.PLAN_OF_ACTION.step.number == 4
    for kind in (DueKind.PROGRESS_REPORT, DueKind.CORRECTIVE_ACTION, DueKind.ESCALATION_RESPONSE,
                 DueKind.SIGNAL_FOLLOW_UP):
        assert kind.step is StepId.MONITORING
    item = DueItem(1, DueKind.CREDENTIAL_EXPIRY, DueSubject(3, 2, "Top Glove", text="SA8000"), DUE)
    assert item.state(date(2026, 1, 20)) is DueState.DUE_SOON  # 49 days ahead
    assert item.title("en") == "SA8000 (Top Glove) expires"


def test_titles_are_rendered_in_the_language_asked_from_the_names_given():
    subject = DueSubject(7, 2, "Top Glove BV", contract_year=2)
    assert due_title(DueKind.PROGRESS_REPORT, subject, "nl") == "Voortgangsrapportage jaar 2 (Top Glove BV)"
    assert due_title(DueKind.PROGRESS_REPORT, subject, "en") == "Progress report year 2 (Top Glove BV)"
    questionnaire = DueSubject(4, 2, "Top Glove BV", version=3)
    assert due_title(DueKind.QUESTIONNAIRE, questionnaire, "en") == "Questionnaire Top Glove BV (version 3)"
    escalation = DueSubject(1, 2, "Top Glove BV", escalation_step=EscalationStep.NOTICE_OF_DEFAULT.value)
    assert due_title(DueKind.ESCALATION_RESPONSE, escalation, "nl") == "Reactie op de ingebrekestelling (Top Glove BV)"
    assert due_title(DueKind.ESCALATION_RESPONSE, DueSubject(1, escalation_step="dialogue"), "en") == \
        "Response to the dialogue"
    signal = DueSubject(5, text="NGO-rapport:   dwangarbeid " + "x" * 200)
    assert due_title(DueKind.SIGNAL_FOLLOW_UP, signal, "en").startswith("Follow up signal: NGO-rapport: dwangarbeid x")
    assert len(due_title(DueKind.SIGNAL_FOLLOW_UP, signal, "en")) < 120
    assert due_title(DueKind.FREE, DueSubject(9, text="Iets van vroeger"), "en") == "Iets van vroeger"
    assert due_title(DueKind.PLAN_OF_ACTION, DueSubject(2), "nl") == "Plan van aanpak onbekende leverancier"


def test_as_json_carries_kind_step_dossier_subject_date_state_and_title():
    item = DueItem(4, DueKind.QUESTIONNAIRE, DueSubject(6, 2, "Top Glove", version=1), DUE, None, "Handschoenen")
    assert item.as_json(date(2026, 3, 11), "en") == {
        "kind": "questionnaire", "step": 4, "dossier_id": 4, "dossier": "Handschoenen",
        "subject": {"id": 6, "supplier_id": 2, "supplier": "Top Glove", "version": 1},
        "due_on": "2026-03-10", "state": "late", "title": "Questionnaire Top Glove (version 1)"}


def test_progress_reports_fall_due_weeks_after_each_contract_year_not_on_the_anniversary():
    assert progress_report_due_dates(date(2025, 1, 1), 36, Deadlines()) == [
        (1, date(2026, 2, 12)), (2, date(2027, 2, 12)), (3, date(2028, 2, 12))]
    assert progress_report_due_dates(date(2025, 1, 1), 12, Deadlines(progress_report_weeks=2)) == [
        (1, date(2026, 1, 15))]
    # a contract shorter than a year: the weeks count from its end
    assert progress_report_due_dates(date(2025, 3, 1), 6, Deadlines()) == [(1, date(2025, 10, 13))]
    report = ProgressReport(1, 1, 1, progress_report_due_dates(date(2025, 1, 1), 36, Deadlines())[0][1])
    assert not report.is_late(date(2026, 1, 2))  # the day after the anniversary
    assert report.is_late(date(2026, 2, 13))


def test_each_escalation_step_awaits_a_response_answered_by_the_next_step():
    dialogue = EscalationRecord(EscalationStep.DIALOGUE, date(2026, 1, 5), "r", id=1)
    default = EscalationRecord(EscalationStep.NOTICE_OF_DEFAULT, date(2026, 2, 20), "r", "s", id=2)
    termination = EscalationRecord(EscalationStep.TERMINATION, date(2026, 4, 1), "r", "s", id=3)
    assert escalation_responses([dialogue]) == [(dialogue, date(2026, 2, 2), None)]
    assert escalation_responses([default, dialogue]) == [
        (dialogue, date(2026, 2, 2), date(2026, 2, 20)), (default, date(2026, 3, 20), None)]
    assert escalation_responses([dialogue, default, termination])[-1] == (default, date(2026, 3, 20), date(2026, 4, 1))
    assert signal_follow_up_due(date(2026, 3, 1)) == date(2026, 3, 29)


def test_plans_of_action_and_follow_up_actions_ask_the_same_rule():
    from isv_desktop.domain.suppliers import FollowUpAction, PlanOfAction, PlanVerdict

    plan = PlanOfAction(1, due_on=DUE, received_on=date(2026, 3, 1))
    assert not plan.is_overdue(DUE) and plan.is_overdue(date(2026, 3, 11))  # received, not yet assessed
    assessed = PlanOfAction(1, DUE, date(2026, 3, 1), overall_verdict=PlanVerdict.SUFFICIENT,
                            assessed_on=date(2026, 3, 20))
    assert assessed.done_on == date(2026, 3, 20) and not assessed.is_overdue(date(2026, 4, 1))
    assert not PlanOfAction(1).is_overdue(date(2030, 1, 1))  # no date, never late
    action = FollowUpAction(1, "Bezoek", DUE)
    assert action.is_overdue(date(2026, 3, 11)) and not FollowUpAction(1, "Bezoek", DUE, DUE).is_overdue(date(2027, 1, 1))
