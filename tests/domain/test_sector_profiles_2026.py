"""Sector profiles with current sources: gloves, natural stone, the minerals guidance only where it applies, the EUDR."""
import pytest

from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def sources(result):
    return {reason.source_id for assessment in result.themes.values() for reason in assessment.reasons}


def test_gloves_from_thailand_are_not_unknown_for_forced_labour(knowledge):
    result = scan(knowledge, [knowledge.require_group_for_cpv("33141420-0").id], ["TH"])
    assert result.level(Theme.FORCED_LABOUR) is RiskLevel.HIGH
    cited = [r for r in result.themes[Theme.FORCED_LABOUR].reasons if r.level is RiskLevel.HIGH]
    assert {(r.source_id, r.country) for r in cited} == {("hall_gloves_2019", "TH")}


def test_gloves_from_malaysia_cite_the_us_customs_findings_beside_the_dol_list(knowledge):
    result = scan(knowledge, ["handschoenen"], ["MY"])
    assert {"cbp_wro_gloves", "hall_gloves_2019", "us_dol_goods"} <= {
        r.source_id for r in result.themes[Theme.FORCED_LABOUR].reasons
    }


@pytest.mark.parametrize("country", ["DE", "PT"])
def test_a_european_quarry_cites_no_minerals_guidance(knowledge, country):
    for cpv in ("44912000-6", "45233000-9"):  # paving stone, road works
        result = scan(knowledge, [knowledge.require_group_for_cpv(cpv).id], [country])
        assert "oecd_minerals" not in sources(result)
        assert result.level(Theme.CHILD_LABOUR) is RiskLevel.UNKNOWN


def test_the_minerals_guidance_still_applies_in_a_conflict_affected_area(knowledge):
    result = scan(knowledge, ["accus_batterijen"], ["CD"])
    assert "oecd_minerals" in {r.source_id for r in result.themes[Theme.FORCED_LABOUR].reasons}


@pytest.mark.parametrize("country", ["IN", "CN"])
def test_natural_stone_from_india_and_china_is_high_for_health_and_safety(knowledge, country):
    result = scan(knowledge, ["natuursteen"], [country])
    assert result.level(Theme.HEALTH_SAFETY) is RiskLevel.HIGH
    assert any("silicosis" in r.text_en for r in result.themes[Theme.HEALTH_SAFETY].reasons)


def test_no_blanket_health_and_safety_fallback(knowledge):
    assert not [r for r in knowledge.sector_risks if r.group_id == "*" and r.source_id == "kpmg_2014_sector_risks"]
    result = scan(knowledge, ["fietsen"], ["NL"])
    assert result.level(Theme.HEALTH_SAFETY) is RiskLevel.UNKNOWN


@pytest.mark.parametrize("group", ["koffie_thee", "cacao_suiker", "hout", "handschoenen", "schoonmaakmiddelen"])
def test_eudr_commodities_give_environment_and_land_rights_with_the_regulation_as_source(knowledge, group):
    result = scan(knowledge, [group])
    for theme in (Theme.ENVIRONMENT, Theme.LAND_RIGHTS):
        assert result.level(theme) is not RiskLevel.UNKNOWN
        assert "eudr_2023" in {r.source_id for r in result.themes[theme].reasons}
    assert "30 December 2026" in knowledge.sources["eudr_2023"].title
