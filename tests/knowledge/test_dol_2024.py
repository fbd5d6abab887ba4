"""The documented changes of the DOL list's 2024 edition over the shipped 2022 rows, and importing the DOL's own layout."""
import pytest

from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.editions import import_edition
from isv_desktop.knowledge.errors import KnowledgeFileError
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir

CL, FL = Theme.CHILD_LABOUR, Theme.FORCED_LABOUR


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def dol_reasons(result, theme):
    return [r for r in result.themes[theme].reasons if r.source_id.startswith(("us_dol", "thompson"))]


def test_road_salt_from_cambodia_is_not_high_for_child_labour_on_a_dol_basis(knowledge):
    result = scan(knowledge, ["strooizout"], ["KH"])
    assert result.level(CL) is not RiskLevel.HIGH
    reasons = dol_reasons(result, CL)
    assert [(r.source_id, r.edition, r.level) for r in reasons] == [("us_dol_goods_2024", "2024", None)]
    assert "taken off the list" in reasons[0].text_en
    assert all(o.country != "KH" for o in result.origins)


def test_shrimp_from_thailand_loses_child_labour_but_keeps_the_2022_forced_labour_listing(knowledge):
    result = scan(knowledge, ["vis"], ["TH"])
    assert not [r for r in dol_reasons(result, CL) if r.level is RiskLevel.HIGH and "Shrimp" in r.text_en]
    shrimp = [r for r in dol_reasons(result, FL) if "Shrimp" in r.text_en]
    assert [(r.source_id, r.edition, r.level) for r in shrimp] == [("us_dol_goods", "2022", RiskLevel.HIGH)]


@pytest.mark.parametrize(
    "group, country, text",
    [
        ("accus_batterijen", "ID", "Nickel — Indonesia — forced labour"),
        ("kleding", "MU", "Garments — Mauritius — forced labour"),
        ("kleding", "MM", "Garments — Myanmar (Burma) — forced labour"),
        ("chemie", "CN", "Caustic Soda — China — forced labour"),
        ("kleding", "VN", "Cotton Textile Products — Vietnam — made with cotton from China (forced child labour)"),
    ],
)
def test_documented_2024_additions_are_high_for_forced_labour_citing_their_own_source(knowledge, group, country, text):
    result = scan(knowledge, [group], [country])
    assert result.level(FL) is RiskLevel.HIGH
    cited = {r.text_en: r for r in dol_reasons(result, FL)}
    assert cited[text].source_id == "thompson_hine_2024" and cited[text].edition == "2024-09"


def test_rows_not_known_to_have_changed_stay_labelled_2022(knowledge):
    result = scan(knowledge, ["handschoenen"], ["MY"])
    assert {(r.source_id, r.edition) for r in dol_reasons(result, FL)} == {("us_dol_goods", "2022")}
    assert result.editions["us_dol_goods"] == "2022" and result.editions["us_dol_goods_2024"] == "2024"


DOL_LAYOUT = (
    "Country/Area,Good,Child Labor,Forced Labor,Forced Child Labor,Made with Exploited Inputs From\n"
    "Burma,Garments,X,X,,\n"
    "Malaysia,Rubber Gloves,,X,,\n"
    "China,Polysilicon,,X,,\n"
    "China,Solar Modules,,,,China\n"
    '"Congo, Democratic Republic of the",Cobalt ore (heterogenite),X,,,\n'
    "Türkiye,Hazelnuts,X,X,X,\n"
)


def test_an_edition_in_the_dols_own_layout_imports_and_replaces_the_shipped_list_and_its_changes(knowledge, tmp_path):
    file = tmp_path / "dol_2024.csv"
    file.write_text(DOL_LAYOUT, encoding="utf-8")
    user_dir = tmp_path / "knowledge"
    outcome = import_edition(knowledge, user_dir, "us_dol_goods", file, "2024", "2024-09-05")
    assert outcome.info.rows == 6
    reloaded = load_knowledge_base(resources_dir(), user_dir)
    listings = {(l.good, l.country): l for l in reloaded.listings}
    assert set(listings) == {
        ("Garments", "MM"), ("Rubber Gloves", "MY"), ("Polysilicon", "CN"), ("Solar Modules", "CN"),
        ("Cobalt ore (heterogenite)", "CD"), ("Hazelnuts", "TR"),
    }
    assert listings[("Solar Modules", "CN")].input_good == "Polysilicon"
    assert listings[("Hazelnuts", "TR")].forced_child_labour
    assert all(l.source_id == "us_dol_goods" and not l.removed for l in reloaded.listings)
    assert reloaded.sources["us_dol_goods"].edition == "2024"


def test_an_unknown_country_name_in_the_dols_layout_is_refused_with_its_line(knowledge, tmp_path):
    file = tmp_path / "dol_2024.csv"
    file.write_text(DOL_LAYOUT + "Atlantis,Garments,X,,,\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as raised:
        import_edition(knowledge, tmp_path / "knowledge", "us_dol_goods", file, "2024")
    assert (raised.value.message_id, raised.value.line) == ("knowledge.unknown_country", 8)
    assert not (tmp_path / "knowledge").exists()
