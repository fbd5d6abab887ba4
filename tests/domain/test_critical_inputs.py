"""Inputs across borders: the solar lesson."""
import pytest

from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.inputs import TracedInput
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir

FL = Theme.FORCED_LABOUR


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


@pytest.mark.parametrize("country", ["VN", "MY", "TH"])
def test_solar_modules_made_in_southeast_asia_cite_the_polysilicon_input(knowledge, country):
    result = scan(knowledge, [knowledge.require_group_for_cpv("09331200-0").id], [country])
    assert result.level(FL) is RiskLevel.HIGH
    reasons = result.themes[FL].reasons
    dol = [r for r in reasons if r.level is RiskLevel.HIGH]
    assert any(r.text_en.startswith("Polysilicon — China — forced labour (critical input") for r in dol)
    share = [r for r in reasons if r.source_id == "iea_solar_pv_2022"]
    assert share and "79 %" in share[0].text_en and share[0].level is None


def test_lithium_batteries_carry_the_cobalt_risk_of_dr_congo(knowledge):
    result = scan(knowledge, ["accus_batterijen"], ["KR"])
    assert result.level(Theme.CHILD_LABOUR) is RiskLevel.HIGH
    assert any(r.source_id == "usgs_mcs_2024" for r in result.themes[Theme.CHILD_LABOUR].reasons)


def test_a_traced_origin_replaces_the_assumption(knowledge):
    traced = [TracedInput("zonnepanelen", "Polysilicon", "DE", "2026-12-05")]
    result = scan(knowledge, ["zonnepanelen"], ["VN"], traced_inputs=traced)
    assert result.level(FL) is RiskLevel.UNKNOWN
    notes = [r for r in result.themes[FL].reasons if r.source_id == "dossier"]
    assert notes and "Traced origin of polysilicon: Germany" in notes[0].text_en and notes[0].edition == "2026-12-05"
    assert not [r for r in result.themes[FL].reasons if r.source_id == "iea_solar_pv_2022"]


def test_a_traced_origin_in_a_listed_country_keeps_its_listing(knowledge):
    traced = [TracedInput("kleding", "Cotton", "TM", "2026-12-05")]
    result = scan(knowledge, ["kleding"], ["PT"], traced_inputs=traced)
    assert result.level(FL) is RiskLevel.HIGH
    assert any("Cotton — Turkmenistan — forced labour" in r.text_en for r in result.themes[FL].reasons)
