"""Scoring a returned questionnaire: per theme 0–100, overall, red flags."""
from __future__ import annotations

import pytest
from criteria_samples import criterion

from isv_desktop.domain.criteria import AmbitionLevel, CriterionRole, Deliverable
from isv_desktop.domain.questionnaire import Answer, QuestionAnswer, build_questionnaire
from isv_desktop.domain.questionnaire_score import RedFlagKind, mean_score, score
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme

PLAN = criterion("plan.basis", "plan", AmbitionLevel.BASIS, general=True, role=CriterionRole.PLAN_OF_ACTION,
                 deliverable=Deliverable("Plan", "Plan", "binnen {plan_weeks} weken", "within {plan_weeks} weeks"))
JA, DEELS, NEE, NVT = Answer.JA, Answer.GEDEELTELIJK, Answer.NEE, Answer.NIET_VAN_TOEPASSING


def questionnaire():
    return build_questionnaire(1, 2, 1, {Theme.FORCED_LABOUR: RiskLevel.HIGH, Theme.WORKING_HOURS: RiskLevel.MEDIUM},
                               [PLAN])


def answered(q, given: dict[str, tuple[Answer | None, str, str]]) -> list[QuestionAnswer]:
    return [QuestionAnswer(question_id, *values) for question_id, values in given.items()]


def test_scores_per_theme_with_the_explanations_beside_them():
    q = questionnaire()  # forced_labour.1-4, working_hours.1-3, deliverable.plan.basis
    result = score(q, answered(q, {
        "forced_labour.1": (JA, "Gedragscode 2024", "gedragscode.pdf"),
        "forced_labour.2": (DEELS, "Alleen tier 1", "audit.pdf"),
        "forced_labour.3": (NEE, "Nog niet", ""),
        "forced_labour.4": (NVT, "Geen katoen", ""),
        "working_hours.1": (JA, "", "rooster.xlsx"),
        "working_hours.2": (JA, "", "tijdregistratie.pdf"),
        "working_hours.3": (DEELS, "", "x"),
        "deliverable.plan.basis": (JA, "Volgt", "plan.pdf"),
    }), high_priority_themes=[Theme.FORCED_LABOUR])
    forced = result.theme(Theme.FORCED_LABOUR)
    assert forced.score == 50  # (100 + 50 + 0) / 3, n.v.t. left out
    assert (forced.counted, forced.not_applicable, forced.unanswered) == (3, 1, 0)
    assert [item.explanation for item in forced.items] == ["Gedragscode 2024", "Alleen tier 1", "Nog niet",
                                                           "Geen katoen"]
    assert result.theme(Theme.WORKING_HOURS).score == 83  # 250 / 3 = 83.3
    assert result.deliverables is not None and result.deliverables.score == 100
    assert result.overall == 71  # (100+50+0+100+100+50+100) / 7 = 71.4
    assert [group.theme for group in result.groups] == [Theme.FORCED_LABOUR, Theme.WORKING_HOURS, None]
    assert forced.label("nl") == "dwangarbeid" and result.deliverables.label("en") == "deliverable"
    assert [(flag.kind, flag.question_id, flag.number) for flag in result.red_flags] == [
        (RedFlagKind.NO_ON_HIGH_PRIORITY, "forced_labour.3", 3)]


def test_unanswered_counts_as_zero_and_is_flagged_and_yes_needs_evidence():
    q = questionnaire()
    result = score(q, answered(q, {"forced_labour.1": (JA, "Zie beleid", "  "),
                                   "working_hours.1": (NEE, "", "")}), high_priority_themes=[Theme.FORCED_LABOUR])
    assert result.theme(Theme.FORCED_LABOUR).score == 25  # 100, 0, 0, 0
    assert result.theme(Theme.WORKING_HOURS).score == 0
    kinds = [(flag.kind, flag.question_id) for flag in result.red_flags]
    assert (RedFlagKind.YES_WITHOUT_EVIDENCE, "forced_labour.1") in kinds
    assert (RedFlagKind.UNANSWERED, "forced_labour.2") in kinds
    assert (RedFlagKind.UNANSWERED, "deliverable.plan.basis") in kinds
    # "nee" on a theme that is not high priority is scored, not flagged
    assert not any(flag.question_id == "working_hours.1" for flag in result.red_flags)
    assert sum(flag.kind is RedFlagKind.UNANSWERED for flag in result.red_flags) == 6
    first = result.red_flags[0]
    assert first.message("nl") == "vraag 1: ‘ja’ zonder bewijs"
    assert first.message("en") == "question 1: 'yes' without evidence"


def test_a_theme_answered_not_applicable_throughout_has_no_score():
    q = questionnaire()
    result = score(q, answered(q, {f"working_hours.{n}": (NVT, "Geen productie", "") for n in (1, 2, 3)}), [])
    assert result.theme(Theme.WORKING_HOURS).score is None
    all_nvt = score(q, [QuestionAnswer(question.id, NVT) for question in q.questions], [])
    assert all_nvt.overall is None and all_nvt.red_flags == ()


def test_no_answers_at_all_scores_zero_everywhere():
    q = questionnaire()
    result = score(q, [], [Theme.FORCED_LABOUR])
    assert [group.score for group in result.groups] == [0, 0, 0]
    assert result.overall == 0
    assert len(result.red_flags) == len(q.questions)


@pytest.mark.parametrize("points, expected", [([100, 50], 75), ([100, 50, 0, 0], 38), ([50, 0, 0, 0], 13),
                                              ([100, 0, 0], 33), ([None], None), ([], None)])
def test_means_round_half_up(points, expected):
    assert mean_score(points) == expected


def test_answers_to_unknown_or_repeated_questions_are_a_programming_error():
    q = questionnaire()
    with pytest.raises(ValueError):
        score(q, [QuestionAnswer("child_labour.1", JA)], [])
    with pytest.raises(ValueError):
        score(q, [QuestionAnswer("forced_labour.1", JA), QuestionAnswer("forced_labour.1", NEE)], [])
