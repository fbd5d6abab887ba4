import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk.cpv_groups import CpvGroupIndex, cpv_prefix
from isv_desktop.domain.risk.facts import ProductGroup
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


@pytest.mark.parametrize(
    "code, group_id",
    [
        ("18100000-0", "werkkleding"),
        ("18110000-3", "werkkleding"),  # 1811… under the listed 181
        ("18141000-9", "handschoenen"),  # work gloves: longer than 181
        ("44111100-2", "bouwmaterialen"),  # bricks
        ("44100000-1", "bouwmaterialen"),
        ("44113130-5", "natuursteen"),  # paving stones beat 441 building materials
        ("33141420-0", "handschoenen"),  # surgical gloves beat 3314 medical consumables
        ("33140000-3", "laboratorium"),
        ("09331000-8", "zonnepanelen"),
        ("09310000-5", "energie"),
        ("55520000-1", "catering"),
        ("22458000-5", "papier_kantoor"),  # anywhere in division 22
    ],
)
def test_a_cpv_code_belongs_to_the_group_with_the_longest_matching_code(knowledge, code, group_id):
    assert knowledge.group_for_cpv(code).id == group_id


@pytest.mark.parametrize(
    "code, group_id",
    [
        ("18000000-9", "kleding"),  # the clothing division itself
        ("18330000-1", "kleding"),  # T-shirts and shirts
        ("18400000-3", "kleding"),  # special clothing
        ("30121100-4", "kantoorapparatuur"),  # photocopiers
        ("30125100-2", "kantoorapparatuur"),  # toner cartridges
        ("64200000-8", "telecomdiensten"),
        ("72415000-2", "hosting_datacenters"),  # web hosting
        ("34110000-1", "voertuigen"),  # passenger cars
        ("34351100-3", "banden"),  # tyres for motor cars
        ("34430000-0", "fietsen"),
        ("31500000-1", "verlichting"),
        ("34993000-4", "verlichting"),  # road lights
        ("44321000-6", "kabels"),
        ("44200000-2", "staal"),
        ("14211000-3", "zand_grind"),  # sand
        ("34928400-2", "straatmeubilair"),
        ("98310000-9", "wasserij"),
        ("45000000-7", "bouwwerken"),
        ("45233000-9", "bouwwerken"),  # roads
        ("45261215-4", "zonnepanelen"),  # solar panel roof-covering work
        ("90000000-7", "uitvoerende_diensten"),
        ("79000000-4", "kennisdiensten"),
        ("03000000-1", "landbouwproducten"),
    ],
)
def test_what_a_municipality_buys_reaches_a_product_group(knowledge, code, group_id):
    assert knowledge.group_for_cpv(code).id == group_id


def test_construction_works_reach_the_materials_they_use(knowledge):
    goods = {g.name for g in knowledge.goods_of("bouwwerken")}
    assert {"Granite", "Bricks", "Iron", "Timber", "Sand"} <= goods


def test_a_no_known_chain_risk_group_says_why_on_every_theme_and_sets_no_level(knowledge):
    from isv_desktop.domain.risk.engine import scan
    from isv_desktop.domain.risk.levels import RiskLevel

    group = knowledge.require_group_for_cpv("79000000-4")
    assert group.has_no_known_chain_risk and not group.goods and not group.includes
    result = scan(knowledge, [group.id])
    for assessment in result.themes.values():
        assert assessment.level is RiskLevel.UNKNOWN
        notes = [r for r in assessment.reasons if r.source_id == "isv_desktop_notes"]
        assert notes and notes[0].text_nl.startswith("Geen bekend ketenrisico: ")
        assert notes[0].text_en.startswith("No known chain risk: ")


@pytest.mark.parametrize("code", ["99000000-0", "01000000-0"])
def test_codes_outside_the_cpv_tree_have_no_group(knowledge, code):
    assert knowledge.group_for_cpv(code) is None


@pytest.mark.parametrize("code", ["18110000", "1811000-3", "18110000-33", "abc", "", "18110000 3"])
def test_a_badly_formed_code_is_a_user_error(knowledge, code):
    with pytest.raises(UserError):
        knowledge.group_for_cpv(code)


def test_significant_digits_keep_the_division():
    assert cpv_prefix("18100000-0") == "181"
    assert cpv_prefix("90000000-7") == "90"
    assert cpv_prefix("30000000-9") == "30"
    assert cpv_prefix("44111100-2") == "441111"


def test_the_longest_prefix_wins_and_a_division_does_not_swallow_other_divisions():
    index = CpvGroupIndex(
        [
            ProductGroup("broad", "Breed", "Broad", ("90000000-7",), ()),
            ProductGroup("narrow", "Smal", "Narrow", ("90910000-9",), ()),
        ]
    )
    assert index.group_id_for("90919000-2") == "narrow"
    assert index.group_id_for("90500000-2") == "broad"
    assert index.group_id_for("98000000-3") is None


def test_two_groups_may_not_claim_the_same_code():
    with pytest.raises(ValueError, match="already listed"):
        CpvGroupIndex(
            [
                ProductGroup("a", "A", "A", ("18100000-0",), ()),
                ProductGroup("b", "B", "B", ("18100000-0",), ()),
            ]
        )
