"""The shipped criteria library loads, every criterion valid, and covers what the issue asks."""
from __future__ import annotations

import csv
import re

import pytest

from isv_desktop.domain.criteria import (
    AmbitionLevel,
    CriterionRole,
    CriterionType,
    choose_suggestions,
    suggest_criteria,
)
from isv_desktop.domain.placeholders import KNOWN_PLACEHOLDERS, fill_placeholders, placeholders_in
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.criteria_library import PRODUCT_GROUP_IDS, load_criteria_library
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def library():
    return load_criteria_library(resources_dir())


def test_library_loads_with_an_edition_and_enough_criteria(library):
    assert library.edition
    assert len(library) >= 40
    assert {c.type for c in library} == set(CriterionType)


def test_every_text_fills_with_the_known_placeholders(library):
    values = {name: "X" for name in KNOWN_PLACEHOLDERS}
    for criterion in library:
        for language in ("nl", "en"):
            filled = fill_placeholders(criterion.text(language), values)
            assert not placeholders_in(filled), criterion.id


def test_each_theme_has_a_criterion_at_every_ambition_level(library):
    for theme in Theme:
        levels = {c.level for c in library if theme in c.themes and not c.general}
        assert levels == set(AmbitionLevel), theme


def test_general_roles_are_all_present_at_basis_level(library):
    for role in CriterionRole:
        assert any(c.role is role and c.general and c.level is AmbitionLevel.BASIS for c in library), role


def test_the_general_clause_names_the_guidelines_and_every_fundamental_convention(library):
    clause = library["due_diligence.basis"].text_nl
    for needle in ("OESO-richtlijnen", "UN Guiding Principles", "{risks}"):
        assert needle in clause
    numbers = set(re.findall(r"\b(\d{2,3})\b", clause))
    assert {"138", "182", "29", "105", "100", "111", "87", "98", "155", "187"} <= numbers


def test_the_plan_of_action_covers_its_elements_and_deadline(library):
    plan = library["plan_of_action.basis"].text_nl
    for needle in ("{plan_weeks}", "land van productie", "maatregelen", "monitort", "klachtenmechanisme",
                   "belanghebbenden"):
        assert needle in plan


def test_the_escalation_clause_has_every_step_and_is_proportionate(library):
    clause = library["escalation.basis"].text_nl.lower()
    for step in ("overleg", "deskundige", "in gebreke", "boete", "ontbinden", "proportioneel"):
        assert step in clause


def test_evidence_always_accepts_equivalents(library):
    for criterion in library:
        for item in criterion.evidence_nl:
            assert "gelijkwaardig" in item, criterion.id
        for item in criterion.evidence_en:
            assert "equivalent" in item, criterion.id


def test_award_criteria_have_weights_and_rising_rubrics(library):
    awards = [c for c in library if c.type is CriterionType.AWARD_CRITERION]
    assert awards
    for criterion in awards:
        assert criterion.default_weight and 0 < criterion.default_weight <= 100
        scores = [level.score for level in criterion.rubric]
        assert scores[0] == 0 and scores == sorted(set(scores))


def test_forced_labour_high_suggests_forced_labour_criteria_and_ambitious_brings_the_ambitious_variant(library):
    basis = suggest_criteria(library, {Theme.FORCED_LABOUR}, AmbitionLevel.BASIS, ["handschoenen"])
    assert any(Theme.FORCED_LABOUR in c.themes and not c.general for c in basis)
    ambitious = suggest_criteria(library, {Theme.FORCED_LABOUR}, AmbitionLevel.AMBITIOUS, ["handschoenen"])
    assert any(Theme.FORCED_LABOUR in c.themes and c.level is AmbitionLevel.AMBITIOUS and not c.general
               for c in ambitious)
    assert "due_diligence.ambitious" in {c.id for c in ambitious}
    assert "due_diligence.basis" not in {c.id for c in ambitious}


def test_solar_panels_with_forced_labour_bring_the_polysilicon_criterion(library):
    suggested = {c.id for c in suggest_criteria(library, {Theme.FORCED_LABOUR}, AmbitionLevel.SIGNIFICANT,
                                                ["zonnepanelen"])}
    assert "solar.polysilicon.significant" in suggested


def test_suggestions_can_be_chosen_and_have_unique_families(library):
    suggested = suggest_criteria(library, set(Theme), AmbitionLevel.AMBITIOUS, sorted(PRODUCT_GROUP_IDS))
    families = [c.family for c in suggested]
    assert len(families) == len(set(families))
    assert len(choose_suggestions(suggested)) == len(suggested)


def test_product_groups_exist_in_the_knowledge_base_when_it_is_there():
    path = resources_dir() / "knowledge" / "product_groups.csv"
    if not path.is_file():
        pytest.skip("the knowledge base has no product_groups.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        known = {row["id"] for row in csv.DictReader(handle)}
    assert PRODUCT_GROUP_IDS <= known
