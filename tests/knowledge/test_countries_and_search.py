import pytest

from isv_desktop.knowledge.countries import load_countries, search_countries
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def test_countries_come_in_dutch_and_english_with_iso_codes():
    countries = {c.code: c for c in load_countries()}
    assert 240 <= len(countries) <= 260
    assert countries["MY"].name_nl == "Maleisië" and countries["MY"].name_en == "Malaysia"
    assert countries["NL"].name("nl") == "Nederland"
    assert "XK" in countries
    assert not {"EU", "UN", "ZZ", "QO", "EZ", "XA"} & set(countries)


@pytest.mark.parametrize(
    "typed, code",
    [
        ("MY", "MY"),
        ("my", "MY"),
        ("maleis", "MY"),
        ("Malaysia", "MY"),
        ("ivoorkust", "CI"),
        ("cote d'ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("COTE D IVOIRE", "CI"),
        ("burma", "MM"),
        ("kinshasa", "CD"),
        ("turkiye", "TR"),
        ("Nederland", "NL"),
    ],
)
def test_country_search_by_code_or_name_ignores_case_and_accents(typed, code):
    found = search_countries(load_countries(), typed)
    assert found and found[0].code == code


def test_country_search_puts_the_exact_code_first_then_names_that_start_with_the_text():
    found = [c.code for c in search_countries(load_countries(), "in")]
    assert found[0] == "IN"
    assert "ID" in found and found.index("ID") < found.index("CN")  # Indonesië starts with "in", China ends so


@pytest.mark.parametrize(
    "typed, group_id",
    [
        ("handsch", "handschoenen"),
        ("gloves", "handschoenen"),
        ("zonne", "zonnepanelen"),
        ("Solar", "zonnepanelen"),
        ("33141420-0", "handschoenen"),
        ("0933", "zonnepanelen"),
        ("nitril", "handschoenen"),
        ("koffie", "koffie_thee"),
        ("accu", "accus_batterijen"),
    ],
)
def test_group_search_by_dutch_or_english_name_keyword_or_cpv(knowledge, typed, group_id):
    assert knowledge.search_groups(typed)[0].id == group_id


def test_group_search_without_a_match_is_empty(knowledge):
    assert knowledge.search_groups("qwertyuiop") == []
    assert len(knowledge.search_groups("")) == len(knowledge.groups)
