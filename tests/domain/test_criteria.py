"""Criteria: ambition order, suggestions from the scan, per-dossier wording."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from criteria_samples import small_library

from isv_desktop.domain.criteria import (
    AmbitionLevel,
    ChosenCriterion,
    CriterionType,
    TenderPhase,
    choose_suggestions,
    differs_from_library,
    has_newer_version,
    renumber,
    revert_to_library,
    suggest_criteria,
    text_differs,
)
from isv_desktop.domain.themes import Theme

BASIS, SIGNIFICANT, AMBITIOUS = AmbitionLevel.BASIS, AmbitionLevel.SIGNIFICANT, AmbitionLevel.AMBITIOUS


def ids(criteria) -> list[str]:
    return [c.id for c in criteria]


def test_ambition_levels_are_ordered():
    assert BASIS < SIGNIFICANT < AMBITIOUS
    assert sorted([AMBITIOUS, BASIS, SIGNIFICANT]) == [BASIS, SIGNIFICANT, AMBITIOUS]
    assert max(BASIS, AMBITIOUS) is AMBITIOUS
    assert AmbitionLevel("ambitious") >= SIGNIFICANT


def test_types_know_their_phase_and_dutch_legal_basis():
    assert CriterionType.CONTRACT_CONDITION.phase is TenderPhase.CONTRACT
    assert "2.80" in CriterionType.CONTRACT_CONDITION.legal_basis("nl")
    assert "2.75" in CriterionType.MINIMUM_REQUIREMENT.legal_basis("en")
    assert CriterionType.AWARD_CRITERION.label("nl").startswith("Gunningscriterium")


def test_forced_labour_high_brings_a_forced_labour_criterion():
    suggested = suggest_criteria(small_library(), {Theme.FORCED_LABOUR}, BASIS, ["werkkleding"])
    assert any(Theme.FORCED_LABOUR in c.themes and not c.general for c in suggested)
    assert "forced.basis" in ids(suggested)
    assert "wage.basis" not in ids(suggested)  # living wage was not high


def test_ambitious_level_brings_the_ambitious_variant_one_per_family():
    suggested = ids(suggest_criteria(small_library(), {Theme.FORCED_LABOUR}, AMBITIOUS, []))
    assert "dd.ambitious" in suggested and "dd.basis" not in suggested
    assert "forced.significant" in suggested and "forced.basis" not in suggested  # highest variant ≤ ambitious
    assert "forced.award" in suggested


def test_general_criteria_are_always_suggested_even_without_high_themes():
    suggested = ids(suggest_criteria(small_library(), set(), BASIS, []))
    assert suggested == ["dd.basis", "plan.basis", "escalation"]


def test_basis_level_leaves_out_higher_levels():
    suggested = ids(suggest_criteria(small_library(), set(Theme), BASIS, ["zonnepanelen"]))
    assert "select.significant" not in suggested and "solar.spec" not in suggested


def test_product_group_criteria_need_a_matching_group():
    without = ids(suggest_criteria(small_library(), {Theme.FORCED_LABOUR}, SIGNIFICANT, ["werkkleding"]))
    with_solar = ids(suggest_criteria(small_library(), {Theme.FORCED_LABOUR}, SIGNIFICANT, ["zonnepanelen"]))
    assert "solar.spec" not in without and "solar.spec" in with_solar


def test_suggestions_come_in_tender_phase_order():
    suggested = suggest_criteria(small_library(), {Theme.FORCED_LABOUR}, AMBITIOUS, ["zonnepanelen"])
    phases = [c.type.phase.order for c in suggested]
    assert phases == sorted(phases)
    assert suggested[0].type is CriterionType.SELECTION_CRITERION


def test_choosing_suggestions_numbers_them_and_takes_default_weights():
    library = small_library()
    chosen = choose_suggestions(suggest_criteria(library, {Theme.FORCED_LABOUR}, AMBITIOUS, []))
    assert [c.position for c in chosen] == list(range(len(chosen)))
    award = next(c for c in chosen if c.criterion_id == "forced.award")
    assert award.weight == Decimal("10") and award.phase is TenderPhase.AWARD
    assert all(c.custom_text_nl is None and c.library_version == 1 for c in chosen)


def test_reworded_text_differs_and_can_be_reverted():
    library = small_library()
    chosen = ChosenCriterion.from_criterion(library["forced.basis"], 0)
    assert not differs_from_library(chosen, library)
    reworded = chosen.with_text("nl", "Eigen tekst")
    assert differs_from_library(reworded, library)
    assert text_differs(reworded, library, "nl") and not text_differs(reworded, library, "en")
    assert not differs_from_library(reworded.with_text("nl", library["forced.basis"].text_nl), library)
    reverted = revert_to_library(reworded, library)
    assert reverted.custom_text_nl is None and not differs_from_library(reverted, library)


def test_a_criterion_gone_from_the_library_differs():
    chosen = ChosenCriterion("no.such", 1, 0, TenderPhase.CONTRACT)
    assert differs_from_library(chosen, small_library())


def test_newer_library_version_is_noticed_and_revert_takes_it():
    library = small_library()
    chosen = replace(ChosenCriterion.from_criterion(library["forced.basis"], 0), library_version=0)
    assert has_newer_version(chosen, library)
    assert revert_to_library(chosen, library).library_version == 1


def test_renumber_keeps_order_and_closes_gaps():
    library = small_library()
    a = ChosenCriterion.from_criterion(library["dd.basis"], 7)
    b = ChosenCriterion.from_criterion(library["plan.basis"], 3)
    assert [(c.criterion_id, c.position) for c in renumber([a, b])] == [("plan.basis", 0), ("dd.basis", 1)]

