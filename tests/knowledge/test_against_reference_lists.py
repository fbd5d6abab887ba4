"""The project's typed knowledge base against the independent copies in ../shared/reference."""
import csv
import unicodedata

import pytest

from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def read_reference(reference_dir, name):
    with (reference_dir / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def nfc(text):
    return unicodedata.normalize("NFC", text)


def yes(value):
    return {"yes": True, "no": False}[value]


def test_every_dol_2022_row_of_a_product_group_is_in_the_knowledge_base_with_the_same_flags(reference_dir, knowledge):
    in_groups = {good for group_id in knowledge.groups for good in (g.name for g in knowledge.goods_of(group_id))}
    ours = {(l.good, l.country): l for l in knowledge.listings}
    rows = read_reference(reference_dir, "us_dol_goods_2022.csv")
    checked = 0
    for row in rows:
        good = nfc(row["good"])
        if good not in in_groups:
            continue
        listing = ours.get((good, row["iso2"]))
        assert listing is not None, (good, row["iso2"])
        if listing.source_id != "us_dol_goods" or listing.removed:
            continue  # a documented 2024 change (us_dol_changes_2024.csv)
        assert (listing.child_labour, listing.forced_labour, listing.forced_child_labour) == (
            yes(row["child_labour"]),
            yes(row["forced_labour"]),
            yes(row["forced_child_labour"]),
        ), (good, row["iso2"])
        assert (listing.input_country is not None) == bool(row["made_with_exploited_inputs_from"])
        checked += 1
    assert checked > 150


def test_the_whole_dol_2022_list_is_shipped_and_only_documented_2024_changes_cite_another_source(
    reference_dir, knowledge
):
    reference = {(nfc(r["good"]), r["iso2"]) for r in read_reference(reference_dir, "us_dol_goods_2022.csv")}
    ours = {(l.good, l.country): l for l in knowledge.listings}
    assert reference <= set(ours)
    changed = {key for key, l in ours.items() if l.source_id != "us_dol_goods" or l.removed}
    assert {key for key in ours if key not in reference} <= changed
    assert len(changed) == 12  # the rows of us_dol_changes_2024.csv
    for key in reference - changed:
        assert ours[key].source_id == "us_dol_goods" and knowledge.sources["us_dol_goods"].edition == "2022"


def test_every_ituc_2026_rating_matches(reference_dir, knowledge):
    reference = {r["iso2"]: r["rating"] for r in read_reference(reference_dir, "ituc_global_rights_index_2026.csv")}
    assert {code: r.rating for code, r in knowledge.ratings.items()} == reference


def test_every_cpv_code_of_a_group_is_a_real_code_with_its_check_digit(reference_dir, knowledge):
    official = {r["code"] for r in read_reference(reference_dir, "cpv_2008.csv")}
    for group in knowledge.groups.values():
        for code in group.cpv_codes:
            assert code in official, (group.id, code)
