import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk import CpvGroupIndex, ProductGroup, cpv_prefix
from isv_desktop.knowledge import load_knowledge_base
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


@pytest.mark.parametrize("code", ["90000000-7", "45000000-7", "18200000-1", "03000000-1"])
def test_codes_above_or_beside_every_listed_code_have_no_group(knowledge, code):
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
