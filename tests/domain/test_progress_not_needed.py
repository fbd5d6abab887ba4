"""When step 1 decides not to apply the ISV, steps 2 to 5 are not needed (a state with its reason, never
'incomplete'), and Next and Back come from the model: plain data, no Qt."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from isv_desktop.domain.dossier import Dossier, IsvDecision, NonApplicationReason, ProcedureType
from isv_desktop.domain.monitoring_records import ProgressReport
from isv_desktop.domain.progress import ProgressFacts, StepState, dossier_progress
from isv_desktop.domain.steps import StepId

TODAY = date(2026, 3, 1)
APPLIED = Dossier(
    title="Handschoenen", organisation="Gemeente Zwolle", subject="Nitril handschoenen", cpv_code="33141420-0",
    procedure=ProcedureType.OPEN, estimated_value=Decimal("185000"), decision=IsvDecision.APPLY, id=7,
)
NOT_APPLIED = replace(APPLIED, decision=IsvDecision.NOT_APPLY,
                      non_application_reason=NonApplicationReason.NO_RELEVANT_CHAIN_RISK)
ALL = list(StepId)


def progress(dossier: Dossier, **facts):
    return dossier_progress(ProgressFacts(dossier=dossier, today=TODAY, **facts))


def test_steps_two_to_five_are_not_needed_with_the_reason_when_isv_are_not_applied():
    shown = progress(NOT_APPLIED)
    assert [s.state for s in shown.steps] == [StepState.COMPLETE] + [StepState.NOT_NEEDED] * 4
    for later in shown.steps[1:]:
        assert later.missing == () and not later.complete and later.done
        assert later.not_needed.text("nl") == (
            "Niet nodig: in stap 1 is besloten ISV niet toe te passen (geen relevant ketenrisico).")
        assert later.not_needed.text("en") == "Not needed: step 1 decided not to apply the ISV (no relevant chain risk)."
    assert shown.next_action is None  # nothing left to do: the dossier is done


def test_not_needed_whatever_was_stored_in_the_later_steps():
    report = ProgressReport(dossier_id=7, supplier_id=1, contract_year=1, due_on=date(2026, 1, 1), id=3)
    shown = progress(NOT_APPLIED, scanned_groups=1, progress_reports=(report,))
    assert {s.state for s in shown.steps[1:]} == {StepState.NOT_NEEDED}


def test_a_decision_without_its_reason_leaves_step_one_open_and_names_the_missing_reason():
    shown = progress(replace(NOT_APPLIED, non_application_reason=None))
    first = shown.step(StepId.APPLICABILITY)
    assert first.state is StepState.INCOMPLETE
    assert shown.step(StepId.SUPPLIERS).not_needed.text("en").endswith("(reason not chosen yet).")
    assert shown.next_action.step is StepId.APPLICABILITY


def test_when_isv_are_applied_every_step_is_needed_and_incomplete_until_done():
    shown = progress(APPLIED)
    assert [s.state for s in shown.steps] == [StepState.COMPLETE] + [StepState.INCOMPLETE] * 4
    assert all(s.not_needed is None for s in shown.steps)
    assert shown.next_action.step is StepId.RISK_SCAN


def test_next_and_back_walk_the_needed_steps_in_order():
    shown = progress(APPLIED)
    assert [shown.following(s) for s in ALL] == [StepId.RISK_SCAN, StepId.CRITERIA, StepId.SUPPLIERS,
                                                 StepId.MONITORING, None]
    assert [shown.preceding(s) for s in ALL] == [None, StepId.APPLICABILITY, StepId.RISK_SCAN, StepId.CRITERIA,
                                                 StepId.SUPPLIERS]


def test_next_and_back_pass_over_the_steps_not_needed():
    shown = progress(NOT_APPLIED)
    assert shown.following(StepId.APPLICABILITY) is None
    assert shown.preceding(StepId.MONITORING) is StepId.APPLICABILITY  # from a step opened in the list, back to 1


def test_next_and_back_among_the_steps_a_view_shows():
    shown = progress(APPLIED)
    among = [StepId.APPLICABILITY, StepId.CRITERIA]
    assert shown.following(StepId.APPLICABILITY, among) is StepId.CRITERIA
    assert shown.preceding(StepId.CRITERIA, among) is StepId.APPLICABILITY
    assert shown.following(StepId.CRITERIA, among) is None
