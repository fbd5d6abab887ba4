"""Building the annex content: texts filled, grouped by phase, numbered, deliverables."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from enum import Enum

import pytest
from criteria_samples import small_library

from isv_desktop.domain.annex import AnnexPart, AnnexRisk
from isv_desktop.domain.annex_builder import (
    DossierFacts,
    UnknownCriterionError,
    build_annex_content,
    risks_summary,
)
from isv_desktop.domain.criteria import AcceptanceMode, ChosenCriterion, TenderPhase
from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.themes import Theme

FACTS = DossierFacts("Werkkleding 2026", "INK-7", "Gemeente Zwolle")
RISKS = [
    AnnexRisk(Theme.LIVING_WAGE, "medium", "sectorprofiel"),
    AnnexRisk(Theme.FORCED_LABOUR, "high", "US DOL 2022"),
    AnnexRisk(Theme.CHILD_LABOUR, "low", "geen vermelding"),
]


def choose(library, *criterion_ids):
    return [ChosenCriterion.from_criterion(library[cid], index) for index, cid in enumerate(criterion_ids)]


def test_parts_follow_the_tender_and_criteria_are_numbered_within_them():
    library = small_library()
    chosen = choose(library, "escalation", "forced.award", "dd.basis", "select.significant", "plan.basis")
    content = build_annex_content(library, chosen, FACTS, RISKS)
    assert [(s.number, s.part) for s in content.sections] == [
        (3, AnnexPart.SELECTION), (4, AnnexPart.AWARD), (5, AnnexPart.CONTRACT), (6, AnnexPart.ESCALATION)]
    assert [c.number for c in content.criteria] == ["3.1", "4.1", "5.1", "5.2", "6.1"]
    assert [c.criterion_id for c in content.section(AnnexPart.CONTRACT).criteria] == ["dd.basis", "plan.basis"]
    assert content.deliverables_number == 7 and content.declaration_number == 8


def test_implicit_acceptance_has_no_declaration_chapter():
    library = small_library()
    content = build_annex_content(library, choose(library, "dd.basis"), FACTS, RISKS,
                                  acceptance=AcceptanceMode.IMPLICIT)
    assert content.declaration_number is None


def test_texts_are_filled_from_the_dossier_in_the_chosen_language():
    library = small_library()
    content = build_annex_content(library, choose(library, "dd.basis", "plan.basis"), FACTS, RISKS,
                                  deadlines=Deadlines(plan_of_action_weeks=8), language="en")
    assert content.criteria[0].text == "Gemeente Zwolle found: forced labour (high) and living wage (medium)."
    assert content.deliverables[0].due == "within 8 weeks" and content.deliverables[0].criterion_number == "3.2"


def test_the_buyers_wording_wins_and_prints_as_typed():
    library = small_library()
    typed = "Let op: <b>{organisation}</b> & {onbekend} \\1 'quotes'"
    chosen = [choose(library, "forced.basis")[0].with_text("nl", typed)]
    content = build_annex_content(library, chosen, FACTS, RISKS)
    assert content.criteria[0].text == "Let op: <b>Gemeente Zwolle</b> & {onbekend} \\1 'quotes'"


def test_award_weight_comes_from_the_choice_or_the_library_default():
    library = small_library()
    default = build_annex_content(library, choose(library, "forced.award"), FACTS, RISKS, other_weights=["60", 30])
    assert default.award_criteria[0].weight == Decimal("10") and default.other_weights_total == Decimal(90)
    chosen = [replace(choose(library, "forced.award")[0], weight=Decimal("12.5"))]
    content = build_annex_content(library, chosen, FACTS, RISKS)
    assert content.isv_weight_total == Decimal("12.5") and content.other_weights_total is None
    assert content.award_criteria[0].rubric[1].description == "goed Gemeente Zwolle"


def test_a_choice_in_another_phase_moves_to_that_part():
    library = small_library()
    chosen = [replace(choose(library, "escalation")[0], phase=TenderPhase.SPECIFICATION)]
    assert build_annex_content(library, chosen, FACTS, RISKS).sections[0].part is AnnexPart.SPECIFICATION


def test_unknown_criterion_is_a_clear_error():
    with pytest.raises(UnknownCriterionError, match="no.such"):
        build_annex_content(small_library(), [ChosenCriterion("no.such", 1, 0, TenderPhase.CONTRACT)], FACTS, RISKS)


def test_risks_summary_lists_high_before_medium_and_each_theme_once():
    risks = RISKS + [AnnexRisk(Theme.LIVING_WAGE, "high", "andere bron")]
    assert risks_summary(risks, "nl") == "dwangarbeid (hoog) en leefbaar loon (hoog)"
    assert "no risks of high or medium priority" in risks_summary([], "en")


def test_risk_rows_accept_a_str_enum_level_and_refuse_nonsense():
    class Level(str, Enum):
        HIGH = "high"

    assert AnnexRisk("forced_labour", Level.HIGH, "bron").level == "high"
    with pytest.raises(ValueError):
        AnnexRisk(Theme.FORCED_LABOUR, "severe", "bron")
