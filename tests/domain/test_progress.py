"""The progress model with plain data, no Qt, no database: each step's rule, what is missing, the next action."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.domain.dossier import Dossier, IsvDecision, NonApplicationReason, ProcedureType, applicability_complete
from isv_desktop.domain.monitoring import ActionStatus
from isv_desktop.domain.monitoring_records import CorrectiveAction, ProgressReport
from isv_desktop.domain.progress import (
    PROGRESS_MESSAGES,
    AwardedSupplier,
    ProgressFacts,
    applicability_missing,
    dossier_progress,
)
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_scan_record import ThemeJudgement
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import PlanVerdict
from isv_desktop.domain.themes import Theme

TODAY = date(2026, 3, 1)
DESCRIBED = Dossier(
    title="Handschoenen", organisation="Gemeente Zwolle", subject="Nitril handschoenen", cpv_code="33141420-0",
    procedure=ProcedureType.OPEN, estimated_value=Decimal("185000"), decision=IsvDecision.APPLY, id=7,
)


def facts(**changes) -> ProgressFacts:
    return replace(ProgressFacts(dossier=DESCRIBED, today=TODAY), **changes)


def step(progress_facts: ProgressFacts, step_id: StepId):
    return dossier_progress(progress_facts).step(step_id)


def ids(step_progress) -> list[tuple[str, str | None, object]]:
    return [(m.message_id, m.kind, m.key) for m in step_progress.missing]


def test_every_progress_message_has_both_languages_and_the_same_placeholders():
    for dutch, english in PROGRESS_MESSAGES.values():
        assert dutch and english and dutch != english
        assert sorted(p.split("}")[0] for p in dutch.split("{")[1:]) == \
            sorted(p.split("}")[0] for p in english.split("{")[1:])


# -- step 1 ---------------------------------------------------------------------------------------------------------

def test_step_one_is_complete_when_described_and_decided():
    assert step(facts(), StepId.APPLICABILITY).complete


def test_step_one_names_each_empty_field_and_the_missing_decision():
    empty = Dossier(title="  ", decision=IsvDecision.UNDECIDED)
    missing = applicability_missing(empty)
    assert [(m.kind, m.key) for m in missing] == [
        ("field", "title"), ("field", "organisation"), ("field", "subject"), ("field", "cpv_code"),
        ("field", "procedure"), ("field", "estimated_value"), ("field", "decision"),
    ]
    assert missing[3].text("nl") == "Vul ‘CPV-code’ in." and missing[3].text("en") == "Fill in ‘CPV code’."
    assert missing[-1].text("en") == "Record whether the ISV are applied."


def test_not_applying_needs_a_reason_and_other_needs_its_text():
    not_applied = replace(DESCRIBED, decision=IsvDecision.NOT_APPLY)
    assert [m.key for m in applicability_missing(not_applied)] == ["non_application_reason"]
    other = replace(not_applied, non_application_reason=NonApplicationReason.OTHER, non_application_text=" ")
    assert [m.key for m in applicability_missing(other)] == ["non_application_text"]
    assert not applicability_missing(replace(other, non_application_text="Raamcontract loopt af"))
    no_risk = NonApplicationReason.NO_RELEVANT_CHAIN_RISK
    assert not applicability_missing(replace(not_applied, non_application_reason=no_risk))


@given(title=st.sampled_from(["", " ", "Handschoenen"]), cpv=st.sampled_from([None, "33141420-0"]),
       value=st.sampled_from([None, Decimal("0")]), decision=st.sampled_from(list(IsvDecision)),
       reason=st.sampled_from([None, *NonApplicationReason]), text=st.sampled_from(["", "  ", "Raamcontract"]))
def test_step_one_says_complete_exactly_when_the_export_rule_does(title, cpv, value, decision, reason, text):
    dossier = replace(DESCRIBED, title=title, cpv_code=cpv, estimated_value=value, decision=decision,
                      non_application_reason=reason, non_application_text=text)
    assert (not applicability_missing(dossier)) == applicability_complete(dossier)


# -- step 2 ---------------------------------------------------------------------------------------------------------

HIGH = {Theme.FORCED_LABOUR: RiskLevel.HIGH, Theme.WORKING_HOURS: RiskLevel.HIGH, Theme.LIVING_WAGE: RiskLevel.MEDIUM}


def test_step_two_needs_a_scan():
    assert ids(step(facts(), StepId.RISK_SCAN)) == [("progress.scan", None, None)]
    assert ids(step(facts(scan_levels=HIGH), StepId.RISK_SCAN)) == [("progress.scan", None, None)]  # no group


def test_step_two_needs_a_full_judgement_of_every_high_theme():
    judged = {Theme.FORCED_LABOUR: ThemeJudgement(Theme.FORCED_LABOUR, 3, 2),
              Theme.WORKING_HOURS: ThemeJudgement(Theme.WORKING_HOURS, 2, None)}  # likelihood not given
    scan = step(facts(scanned_groups=1, scan_levels=HIGH, judgements=judged), StepId.RISK_SCAN)
    assert ids(scan) == [("progress.judgement", "theme", "working_hours")]
    assert "werktijden" in scan.missing[0].text("nl") and "working hours" in scan.missing[0].text("en")
    judged[Theme.WORKING_HOURS] = ThemeJudgement(Theme.WORKING_HOURS, 2, 2)
    assert step(facts(scanned_groups=1, scan_levels=HIGH, judgements=judged), StepId.RISK_SCAN).complete


def test_a_scan_without_high_themes_is_complete_and_a_damaged_one_is_not():
    assert step(facts(scanned_groups=2, scan_levels={Theme.LIVING_WAGE: RiskLevel.MEDIUM}), StepId.RISK_SCAN).complete
    damaged = step(facts(scan_damaged=True), StepId.RISK_SCAN)
    assert ids(damaged) == [("progress.scan_damaged", None, None)]


# -- step 3 ---------------------------------------------------------------------------------------------------------

def test_step_three_needs_a_criterion_unless_isv_are_not_applied():
    assert ids(step(facts(), StepId.CRITERIA)) == [("progress.criterion", None, None)]
    assert step(facts(chosen_criteria=1), StepId.CRITERIA).complete
    undecided = replace(DESCRIBED, decision=IsvDecision.UNDECIDED)
    assert not step(facts(dossier=undecided), StepId.CRITERIA).complete
    not_applied = replace(DESCRIBED, decision=IsvDecision.NOT_APPLY)
    assert step(facts(dossier=not_applied), StepId.CRITERIA).done  # not needed (test_progress_not_needed.py)


# -- step 4 ---------------------------------------------------------------------------------------------------------

def test_step_four_needs_an_award_then_a_returned_questionnaire_or_an_assessed_plan():
    assert ids(step(facts(), StepId.SUPPLIERS)) == [("progress.award", None, None)]
    waiting = (AwardedSupplier(3, "Top Glove", False, False), AwardedSupplier(4, "Hartalega", False, False))
    four = step(facts(awarded=waiting), StepId.SUPPLIERS)
    assert ids(four) == [("progress.questionnaire_or_plan", "supplier", 3),
                         ("progress.questionnaire_or_plan", "supplier", 4)]
    assert "Top Glove" in four.missing[0].text("en")
    returned = (waiting[0], replace(waiting[1], questionnaire_returned=True))
    assert step(facts(awarded=returned), StepId.SUPPLIERS).complete
    assert step(facts(awarded=(replace(waiting[0], plan_assessed=True),)), StepId.SUPPLIERS).complete


# -- step 5 ---------------------------------------------------------------------------------------------------------

def report(year: int, due_on: date, verdict: PlanVerdict | None = None, supplier_id: int = 3, id: int = 1):
    return ProgressReport(7, supplier_id, year, due_on, verdict=verdict, id=id)


def action(due_on: date, status: ActionStatus = ActionStatus.OPEN):
    return CorrectiveAction(1, 7, "Klachtenlijn openen", "inkoper", due_on, status, id=9)


def test_step_five_needs_planned_reports_and_a_begun_year():
    assert ids(step(facts(), StepId.MONITORING)) == [("progress.reports_planned", None, None)]
    later = step(facts(progress_reports=(report(1, date(2026, 6, 1)),)), StepId.MONITORING)
    assert ids(later) == [("progress.first_year", None, None)]
    assert later.missing[0].text("nl").endswith("01-06-2026.") and later.missing[0].text("en").endswith("01/06/2026.")


def test_step_five_needs_every_report_of_a_begun_year_assessed():
    reports = (report(1, date(2026, 1, 1), PlanVerdict.SUFFICIENT, id=1),
               report(1, date(2026, 4, 1), supplier_id=4, id=2),  # same year, not due yet: still counts
               report(2, date(2027, 1, 1), id=3))  # year 2 has not begun
    five = step(facts(progress_reports=reports, supplier_names={3: "Top Glove", 4: "Hartalega"}), StepId.MONITORING)
    assert ids(five) == [("progress.report_assessment", "report", 2)]
    assert five.missing[0].text("nl") == "Beoordeel de voortgangsrapportage van Hartalega over contractjaar 1."
    done = (reports[0], replace(reports[1], verdict=PlanVerdict.PARTLY), reports[2])
    assert step(facts(progress_reports=done), StepId.MONITORING).complete


def test_step_five_is_not_complete_with_an_overdue_corrective_action():
    reports = (report(1, date(2026, 1, 1), PlanVerdict.SUFFICIENT),)
    overdue = step(facts(progress_reports=reports, corrective_actions=(action(date(2026, 2, 1)),)), StepId.MONITORING)
    assert ids(overdue) == [("progress.action_overdue", "action", 9)]
    assert "Klachtenlijn openen" in overdue.missing[0].text("en")
    for fine in (action(TODAY), action(date(2026, 2, 1), ActionStatus.DONE)):  # due today, or done
        assert step(facts(progress_reports=reports, corrective_actions=(fine,)), StepId.MONITORING).complete


# -- the flow --------------------------------------------------------------------------------------------------------

def test_the_next_action_is_the_first_thing_missing_in_the_first_open_step():
    progress = dossier_progress(facts(scanned_groups=1, scan_levels=HIGH))
    assert [s.step for s in progress.steps] == list(StepId)
    assert [s.complete for s in progress.steps] == [True, False, False, False, False]
    following = progress.next_action
    assert following.step is StepId.RISK_SCAN and following.missing.key == "forced_labour"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dossier_with_every_step_done_has_no_next_action(language):
    done = facts(
        scanned_groups=1, scan_levels={Theme.LIVING_WAGE: RiskLevel.MEDIUM}, chosen_criteria=2,
        awarded=(AwardedSupplier(3, "Top Glove", True, False),),
        progress_reports=(report(1, date(2026, 1, 1), PlanVerdict.SUFFICIENT),),
    )
    progress = dossier_progress(done)
    assert all(s.complete for s in progress.steps) and progress.next_action is None
    # and returning to an earlier step, as a buyer may: a new high theme opens step 2 again
    reopened = dossier_progress(replace(done, scan_levels=HIGH))
    assert reopened.next_action.step is StepId.RISK_SCAN
    assert reopened.next_action.missing.text(language)
