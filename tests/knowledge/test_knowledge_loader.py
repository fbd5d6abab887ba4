"""The shipped knowledge base loads, is complete, and a broken file is named with its line."""
import shutil

import pytest

from isv_desktop.domain.risk.facts import ALL_GROUPS
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_categories import ISV_RISK_CATEGORIES
from isv_desktop.knowledge.errors import KnowledgeFileError
from isv_desktop.knowledge.loader import knowledge_dir, load_knowledge_base
from isv_desktop.knowledge.reference_files import GOOD_NAME_COLUMNS
from isv_desktop.paths import resources_dir

SECTOR_BASES = {
    "oecd_garment_footwear", "oecd_minerals", "oecd_fao_agriculture", "kpmg_2014_sector_risks", "isv_desktop_notes",
    "cbp_wro_gloves", "hall_gloves_2019", "liw_budhpura_2005", "liw_granite_2017", "somo_swedwatch_granite_2008",
    "imvo_natuursteen", "eudr_2023",
}


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def test_the_groups_of_the_issue_are_there_with_names_and_codes(knowledge):
    assert len(knowledge.groups) >= 30
    for group in knowledge.groups.values():
        assert group.name_nl and group.name_en and group.cpv_codes
        assert set(group.isv_categories) <= set(ISV_RISK_CATEGORIES)
    assert knowledge.groups["werkkleding"].isv_categories == ("bedrijfskleding",)
    assert set(knowledge.groups["ict_hardware"].isv_categories) == {"ict_werkomgeving", "datacenters", "dataverbindingen"}
    assert "Rubber Gloves" in knowledge.groups["handschoenen"].goods
    catering_goods = {g.name for g in knowledge.goods_of("catering")}
    assert {"Coffee", "Cocoa", "Bananas", "Shrimp"} <= catering_goods


def test_every_dol_good_has_a_dutch_name_in_the_shipped_file(knowledge):
    rows = (knowledge_dir(resources_dir()) / "goods_nl.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == ",".join(GOOD_NAME_COLUMNS)
    listed = {listing.good for listing in knowledge.listings}
    assert len(listed) == 174  # 169 goods of 2022 and 5 documented 2024 additions
    for good in listed:
        assert knowledge.goods[good].name_nl, good
    assert knowledge.goods["Rubber Gloves"].label("nl") == "Rubberen handschoenen"


def test_the_exploited_inputs_of_the_issue_are_listed(knowledge):
    inputs = {(l.good, l.country): (l.input_good, l.input_country) for l in knowledge.listings if l.input_good}
    assert inputs[("Solar Modules", "CN")] == ("Polysilicon", "CN")
    assert inputs[("Photovoltaic Ingots", "CN")] == ("Polysilicon", "CN")
    assert inputs[("Lithium-Ion Batteries", "CN")] == ("Cobalt ore (heterogenite)", "CD")
    assert inputs[("Oleochemicals", "ID")] == ("Palm Fruit", "ID")
    assert len(inputs) == 12  # 10 of 2022 and cotton textile products CN, VN of 2024


def test_sector_profiles_cite_their_basis(knowledge):
    assert {r.source_id for r in knowledge.sector_risks} <= SECTOR_BASES
    for risk in knowledge.sector_risks:
        assert risk.group_id == ALL_GROUPS or risk.group_id in knowledge.groups
        assert risk.level in (RiskLevel.HIGH, RiskLevel.MEDIUM) and risk.text_nl and risk.text_en
    garment = {r.theme.value for r in knowledge.sector_risks if r.source_id == "oecd_garment_footwear"}
    assert {"child_labour", "forced_labour", "working_hours", "health_safety", "living_wage", "environment"} <= garment


def test_every_source_has_edition_and_licence_note(knowledge):
    for source in knowledge.sources.values():
        assert source.edition and source.licence("nl") and source.licence("en") and source.title
    assert knowledge.editions["us_dol_goods"] == "2022"
    assert knowledge.editions["ituc_gri"] == "2026"
    assert knowledge.editions["cldr"].startswith(("CLDR ", "Babel "))


@pytest.fixture
def shipped_copy(tmp_path):
    shutil.copytree(knowledge_dir(resources_dir()), tmp_path / "knowledge")
    return tmp_path


def replace_line(path, number, text):
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "file, line, text, message_id",
    [
        ("product_groups.csv", 4, "handschoenen,H,G,33141420-0,Rubber Boots,,,,,", "knowledge.unknown_reference"),
        ("product_groups.csv", 5, "textielwaren,T,T,33141420-0,Cotton,,,,,", "knowledge.duplicate_cpv"),
        ("us_dol_goods.csv", 7, "Bamboo,MM,maybe,yes,yes,,", "knowledge.bad_flag"),
        ("ituc_gri.csv", 3, "AF,6", "knowledge.bad_rating"),
        ("sector_profiles.csv", 2, "werkkleding,child_labour,low,oecd_minerals,a,b,", "knowledge.bad_value"),
        ("sources.csv", 1, "id,title", "knowledge.missing_columns"),
        ("goods_nl.csv", 3, "Açaí Berries,Açaí", "knowledge.duplicate_row"),
    ],
)
def test_a_broken_shipped_file_fails_loudly_with_file_and_line(shipped_copy, file, line, text, message_id):
    replace_line(shipped_copy / "knowledge" / file, line, text)
    with pytest.raises(KnowledgeFileError) as raised:
        load_knowledge_base(shipped_copy)
    error = raised.value
    assert (error.message_id, error.path.name, error.line) == (message_id, file, line)
    assert error.message("nl").startswith(f"{file}, regel {line}: ")
    assert error.message("en").startswith(f"{file}, line {line}: ")


def test_a_missing_shipped_file_is_named(shipped_copy):
    (shipped_copy / "knowledge" / "ituc_gri.csv").unlink()
    with pytest.raises(KnowledgeFileError, match="ituc_gri.csv"):
        load_knowledge_base(shipped_copy)


def test_every_country_code_of_the_shipped_files_is_a_real_country(knowledge):
    countries = knowledge.countries  # reading them checks every listing and rating
    used = {l.country for l in knowledge.listings} | {l.input_country for l in knowledge.listings if l.input_country}
    assert used | set(knowledge.ratings) <= set(countries)


def test_a_shipped_code_that_is_no_country_is_reported_when_the_countries_are_first_needed(shipped_copy):
    from isv_desktop.domain.risk.engine import scan
    from isv_desktop.domain.risk.knowledge_base import InconsistentKnowledgeError

    path = shipped_copy / "knowledge" / "ituc_gri.csv"
    path.write_text(path.read_text(encoding="utf-8") + "QQ,3\n", encoding="utf-8")
    knowledge = load_knowledge_base(shipped_copy)
    with pytest.raises(InconsistentKnowledgeError, match="QQ"):
        scan(knowledge, ["handschoenen"], ["MY"])


def test_a_code_that_is_not_two_capital_letters_is_refused_when_loading(shipped_copy):
    replace_line(shipped_copy / "knowledge" / "ituc_gri.csv", 4, "Algeria,4")
    with pytest.raises(KnowledgeFileError) as raised:
        load_knowledge_base(shipped_copy)
    assert (raised.value.message_id, raised.value.line) == ("knowledge.unknown_country", 4)
