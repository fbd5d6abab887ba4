"""Building the self-assessment questionnaire: which questions, their ids and texts, the checksum, answers."""
from __future__ import annotations

import re

import pytest
from criteria_samples import criterion

from isv_desktop.domain.criteria import AmbitionLevel, CriterionRole, Deliverable
from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.questionnaire import (
    QUESTIONNAIRE_MESSAGES,
    Answer,
    Question,
    Questionnaire,
    QuestionnaireError,
    answer_labels,
    build_questionnaire,
    theme_questions,
)
from isv_desktop.domain.questionnaire_bank import THEME_QUESTIONS
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme

PLAN = criterion("plan.basis", "plan", AmbitionLevel.BASIS, general=True, role=CriterionRole.PLAN_OF_ACTION,
                 deliverable=Deliverable("Plan van aanpak", "Plan of action", "uiterlijk {plan_weeks} weken na gunning",
                                         "no later than {plan_weeks} weeks after award"))
REPORT = criterion("report.basis", "report", AmbitionLevel.BASIS, general=True, role=CriterionRole.PROGRESS_REPORT,
                   deliverable=Deliverable("Voortgangsrapportage.", "Progress report.",
                                           "{report_weeks} weken na elk contractjaar",
                                           "{report_weeks} weeks after each contract year"))
AUDIT = criterion("audit.basis", "audit", AmbitionLevel.BASIS, general=True, role=CriterionRole.AUDIT,
                  deliverable=Deliverable("Ingevulde vragenlijst", "Completed questionnaire", "binnen 4 weken",
                                          "within 4 weeks"))
NO_DOCUMENT = criterion("forced.basis", "forced", AmbitionLevel.BASIS, themes=frozenset({Theme.FORCED_LABOUR}))


def levels(**named: RiskLevel) -> dict[Theme, RiskLevel]:
    return {Theme(name): level for name, level in named.items()}


# ---------------------------------------------------------------- the question bank


@pytest.mark.parametrize("theme", list(Theme))
def test_every_theme_has_two_to_four_questions_in_both_languages(theme):
    questions = theme_questions(theme)
    assert 2 <= len(questions) <= 4
    for question in questions:
        assert re.fullmatch(rf"{theme.value}\.[1-9][0-9]*", question.id)
        assert question.theme is theme and question.kind == "theme"
        assert question.text_nl.endswith("?") and question.text_en.endswith("?")
        assert question.text_nl != question.text_en
        assert len(question.text_nl) < 400 and len(question.text_en) < 400
    numbers = [number for number, _, _ in THEME_QUESTIONS[theme]]
    assert len(set(numbers)) == len(numbers)


def test_the_bank_asks_about_the_chain_down_to_production_locations_and_about_grievances():
    all_dutch = " ".join(q.text_nl for theme in Theme for q in theme_questions(theme))
    assert all_dutch.count("productielocatie") >= 5
    forced = " ".join(q.text_en for q in theme_questions(Theme.FORCED_LABOUR))
    for topic in ("recruitment fees", "passports", "free to resign", "leave the premises"):
        assert topic in forced
    assert any("grievance" in q.text_en or "report" in q.text_en
               for theme in Theme for q in theme_questions(theme))


# ---------------------------------------------------------------- building


def test_questions_for_high_and_medium_themes_only_in_theme_order():
    questionnaire = build_questionnaire(
        3, 7, 1, levels(living_wage=RiskLevel.MEDIUM, forced_labour=RiskLevel.HIGH, child_labour=RiskLevel.LOW,
                        environment=RiskLevel.UNKNOWN), [])
    themes = list(dict.fromkeys(q.theme for q in questionnaire.questions))
    assert themes == [Theme.FORCED_LABOUR, Theme.LIVING_WAGE]
    assert questionnaire.questions[:len(theme_questions(Theme.FORCED_LABOUR))] == theme_questions(Theme.FORCED_LABOUR)
    assert (questionnaire.dossier_id, questionnaire.supplier_id, questionnaire.version) == (3, 7, 1)
    assert questionnaire.language == "nl"


def test_one_question_per_chosen_criterion_with_a_document_after_the_themes():
    questionnaire = build_questionnaire(1, 2, 1, levels(forced_labour=RiskLevel.HIGH),
                                        [NO_DOCUMENT, PLAN, REPORT, PLAN], "en",
                                        deadlines=Deadlines(plan_of_action_weeks=8, progress_report_weeks=6))
    deliverables = [q for q in questionnaire.questions if q.kind == "deliverable"]
    assert [q.id for q in deliverables] == ["deliverable.plan.basis", "deliverable.report.basis"]
    assert questionnaire.questions[-2:] == tuple(deliverables)
    plan, report = deliverables
    assert plan.theme is None
    assert "‘Plan van aanpak’ (uiterlijk 8 weken na gunning)" in plan.text_nl
    assert "'Plan of action' (no later than 8 weeks after award)" in plan.text_en
    assert "‘Voortgangsrapportage’ (6 weken na elk contractjaar)" in report.text_nl
    assert "{" not in plan.text_nl + plan.text_en + report.text_nl + report.text_en
    assert plan.group_label("nl") == "op te leveren stuk" and plan.group_label("en") == "deliverable"


def test_the_audit_criterion_asks_for_this_questionnaire_itself_so_adds_no_question():
    questionnaire = build_questionnaire(1, 2, 1, {}, [AUDIT, PLAN])
    assert questionnaire.question_ids == ("deliverable.plan.basis",)


def test_nothing_to_ask_is_a_clear_user_error():
    with pytest.raises(QuestionnaireError) as caught:
        build_questionnaire(1, 2, 1, levels(forced_labour=RiskLevel.LOW), [NO_DOCUMENT, AUDIT])
    assert "geen vragen" in caught.value.message("nl")
    assert "no questions" in caught.value.message("en")


def test_every_domain_message_has_dutch_and_english():
    for message_id, (dutch, english) in QUESTIONNAIRE_MESSAGES.items():
        assert dutch.strip() and english.strip() and dutch != english, message_id


def test_language_version_and_ids_are_validated():
    question = Question("x.1", None, "Vraag?", "Question?", "deliverable")
    with pytest.raises(ValueError):
        Questionnaire(1, 2, 1, "de", (question,))
    with pytest.raises(ValueError):
        Questionnaire(1, 2, 0, "nl", (question,))
    with pytest.raises(ValueError):
        Questionnaire(1, 2, 1, "nl", (question, question))


# ---------------------------------------------------------------- checksum


def test_checksum_is_stable_and_covers_ids_texts_and_order():
    base = build_questionnaire(1, 2, 1, levels(forced_labour=RiskLevel.HIGH, living_wage=RiskLevel.HIGH), [PLAN])
    again = build_questionnaire(9, 9, 4, levels(living_wage=RiskLevel.MEDIUM, forced_labour=RiskLevel.MEDIUM), [PLAN])
    assert base.checksum() == again.checksum()
    assert re.fullmatch(r"[0-9a-f]{64}", base.checksum())
    first, second, *rest = base.questions
    variants = [
        (second, first, *rest),
        (Question("other.1", first.theme, first.text_nl, first.text_en, "theme"), second, *rest),
        (Question(first.id, first.theme, first.text_nl + " ", first.text_en, "theme"), second, *rest),
        (Question(first.id, first.theme, first.text_nl, first.text_en + "!", "theme"), second, *rest),
    ]
    for questions in variants:
        assert Questionnaire(1, 2, 1, "nl", tuple(questions)).checksum() != base.checksum()


def test_checksum_does_not_let_text_shift_between_fields():
    a = Questionnaire(1, 2, 1, "nl", (Question("a", None, "bc", "d", "deliverable"),))
    b = Questionnaire(1, 2, 1, "nl", (Question("ab", None, "c", "d", "deliverable"),))
    assert a.checksum() != b.checksum()


# ---------------------------------------------------------------- answers


@pytest.mark.parametrize("text, answer", [
    ("ja", Answer.JA), ("Ja", Answer.JA), (" JA ", Answer.JA), ("yes", Answer.JA),
    ("gedeeltelijk", Answer.GEDEELTELIJK), ("Partly", Answer.GEDEELTELIJK), ("partially", Answer.GEDEELTELIJK),
    ("nee", Answer.NEE), ("No", Answer.NEE),
    ("niet van toepassing", Answer.NIET_VAN_TOEPASSING), ("Niet  van\ttoepassing", Answer.NIET_VAN_TOEPASSING),
    ("n.v.t.", Answer.NIET_VAN_TOEPASSING), ("not applicable", Answer.NIET_VAN_TOEPASSING),
    ("N/A", Answer.NIET_VAN_TOEPASSING), ("", None), ("   ", None),
])
def test_answers_are_read_in_dutch_or_english(text, answer):
    assert Answer.parse(text) is answer


@pytest.mark.parametrize("text", ["misschien", "j", "ja!", "=ja", "1", "yes please"])
def test_other_answers_are_refused(text):
    with pytest.raises(ValueError):
        Answer.parse(text)


def test_the_answer_list_in_cells_is_dutch():
    assert answer_labels("nl") == ("ja", "gedeeltelijk", "nee", "niet van toepassing")
    assert answer_labels("en") == ("yes", "partly", "no", "not applicable")
