"""The risk engine, without Qt: the issue's examples on the shipped data, then each rule on a tiny base."""
from __future__ import annotations

import pytest
from risk_fixtures import tiny_knowledge

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk.assessment import NO_LISTING_NOTE, UNKNOWN_ORIGIN
from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.errors import NoProductGroupChosenError, UnknownCountryError, UnknownProductGroupError
from isv_desktop.domain.risk.facts import GoodListing
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir

CL, FL, FOA = Theme.CHILD_LABOUR, Theme.FORCED_LABOUR, Theme.FREEDOM_OF_ASSOCIATION


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def scan_cpv(knowledge, cpv, countries=()):
    return scan(knowledge, [knowledge.require_group_for_cpv(cpv).id], countries)


# -- the examples of issue 3 ------------------------------------------------


def test_medical_gloves_from_malaysia_are_forced_labour_high_citing_dol_2022(knowledge):
    result = scan_cpv(knowledge, "33141420-0", ["MY"])
    assert result.level(FL) is RiskLevel.HIGH
    cited = [r for r in result.themes[FL].reasons if r.source_id == "us_dol_goods"]
    assert cited and all(r.edition == "2022" and r.country == "MY" for r in cited)
    assert any("Rubber Gloves" in r.text_en and "forced labour" in r.text_en for r in cited)
    assert "(US DOL List of Goods, 2022)" in cited[0].cited("nl")


def test_solar_panels_from_china_are_forced_labour_high_because_of_polysilicon(knowledge):
    result = scan_cpv(knowledge, "09331000-8", ["CN"])
    assert result.level(FL) is RiskLevel.HIGH
    texts = [r.text_en for r in result.themes[FL].reasons]
    assert "Solar Modules — China — made with polysilicon from China (forced labour)" in texts


def test_workwear_made_in_the_netherlands_is_high_only_through_its_assumed_cotton(knowledge):
    result = scan_cpv(knowledge, "18110000-3", ["NL"])
    for theme in (FL, CL):
        high = [r for r in result.themes[theme].reasons if r.level is RiskLevel.HIGH]
        assert high and all(r.text_en.startswith("Cotton — ") and "assumed origin" in r.text_en for r in high)
    from isv_desktop.domain.risk.inputs import TracedInput

    traced = [TracedInput("werkkleding", "Cotton", "US", "2026-12-05")]
    result = scan(knowledge, ["werkkleding"], ["NL"], traced_inputs=traced)
    assert result.level(FL) is not RiskLevel.HIGH
    assert result.level(CL) is not RiskLevel.HIGH
    assert result.level(FOA) is RiskLevel.LOW
    assert any(r.source_id == "ituc_gri" and r.level is RiskLevel.LOW for r in result.themes[FOA].reasons)


def test_gloves_with_origin_unknown_list_malaysia_among_the_origins(knowledge):
    result = scan_cpv(knowledge, "33141420-0")
    malaysia = next(o for o in result.origins if o.country == "MY")
    assert malaysia.forced_labour and "Rubber Gloves" in malaysia.goods
    assert result.columns == (UNKNOWN_ORIGIN,)
    assert result.level(FL) is RiskLevel.HIGH
    assert all(a.depends_on_origin for a in result.themes.values())
    assert any("Depends on origin" in note for note in result.themes[FL].notes("en"))


def test_every_theme_is_in_every_cell(knowledge):
    for countries in ([], ["MY"], ["NL", "CN", "XK"]):
        result = scan_cpv(knowledge, "18110000-3", countries)
        assert list(result.themes) == list(Theme)
        for column in result.columns:
            assert all(result.cell(theme, column).theme is theme for theme in Theme)


def test_no_low_without_a_source_and_never_low_for_child_or_forced_labour(knowledge):
    for group_id in knowledge.groups:
        for code in list(knowledge.countries) + [None]:
            result = scan(knowledge, [group_id], [] if code is None else [code])
            for theme, assessment in result.themes.items():
                if theme in (CL, FL):
                    assert assessment.level is not RiskLevel.LOW, (group_id, code, theme)
                if assessment.level is not RiskLevel.UNKNOWN:
                    assert any(r.level is assessment.level for r in assessment.reasons), (group_id, code, theme)
                else:
                    assert all(r.level is None for r in assessment.reasons)
                    assert assessment.notes("nl")


def test_scan_records_the_editions_it_used(knowledge):
    result = scan_cpv(knowledge, "33141420-0", ["MY"])
    assert result.editions["us_dol_goods"] == "2022"
    assert result.editions["ituc_gri"] == "2026"


# -- the rules, one by one ---------------------------------------------------


@pytest.mark.parametrize(
    "rating, level",
    [("1", "low"), ("2", "low"), ("3", "medium"), ("4", "medium"), ("5", "high"), ("5+", "high")],
)
def test_ituc_rating_sets_freedom_of_association(rating, level):
    from isv_desktop.domain.risk.facts import CountryRating

    knowledge = tiny_knowledge(ratings=[CountryRating("NL", rating)], sector_risks=[])
    assert scan(knowledge, ["services"], ["NL"]).level(FOA) == level


def test_rating_5_raises_other_labour_themes_to_medium_and_3_is_only_context():
    knowledge = tiny_knowledge(sector_risks=[])
    five = scan(knowledge, ["services"], ["AA"])
    three = scan(knowledge, ["services"], ["BB"])
    for theme in (Theme.DISCRIMINATION, Theme.WORKING_HOURS, Theme.LIVING_WAGE, Theme.HEALTH_SAFETY):
        assert five.level(theme) is RiskLevel.MEDIUM
        assert five.themes[theme].reasons[0].source_id == "ituc_gri"
        assert three.level(theme) is RiskLevel.UNKNOWN
        assert [r.level for r in three.themes[theme].reasons] == [None]
    assert five.level(CL) is RiskLevel.UNKNOWN and five.level(Theme.ENVIRONMENT) is RiskLevel.UNKNOWN


def test_child_and_forced_labour_listings_are_high_and_forced_child_labour_counts_for_both():
    knowledge = tiny_knowledge()
    cc = scan(knowledge, ["clothes"], ["CC"])
    assert cc.level(FL) is RiskLevel.HIGH and cc.level(CL) is RiskLevel.UNKNOWN
    dd = scan(knowledge, ["clothes"], ["DD"])
    assert dd.level(FL) is RiskLevel.HIGH and dd.level(CL) is RiskLevel.HIGH
    assert "forced child labour" in dd.themes[CL].reasons[0].text_en


def test_an_exploited_input_makes_the_product_country_high():
    result = scan(tiny_knowledge(), ["gadgets"], ["BB"])
    assert result.level(CL) is RiskLevel.HIGH
    assert result.themes[CL].reasons[0].text_en == "Widget — Beeland — made with ore from Aaland (child labour)"
    origin = {o.country: o for o in result.origins}["BB"]
    assert origin.child_labour and not origin.forced_labour


def test_country_rating_decides_freedom_of_association_over_the_sector_profile():
    knowledge = tiny_knowledge()
    rated = scan(knowledge, ["clothes"], ["NL"])
    assert rated.level(FOA) is RiskLevel.LOW
    assert [r.level for r in rated.themes[FOA].reasons] == [RiskLevel.LOW, None]
    unrated = scan(knowledge, ["clothes"], ["XX"])
    assert unrated.level(FOA) is RiskLevel.MEDIUM
    assert unrated.level(Theme.LIVING_WAGE) is RiskLevel.MEDIUM


def test_nothing_known_is_unknown_with_the_note():
    result = scan(tiny_knowledge(sector_risks=[]), ["gadgets"], ["XX"])
    assert all(a.level is RiskLevel.UNKNOWN and not a.reasons for a in result.themes.values())
    assert result.themes[CL].notes("nl") == (NO_LISTING_NOTE[0],)
    assert result.themes[CL].notes("en") == (NO_LISTING_NOTE[1],)


def test_unknown_outweighs_a_sourced_low_over_several_countries():
    result = scan(tiny_knowledge(sector_risks=[]), ["services"], ["NL", "XX"])
    assert result.cell(FOA, "NL").level is RiskLevel.LOW
    assert result.level(FOA) is RiskLevel.UNKNOWN


def test_origin_unknown_takes_the_highest_level_over_the_origins():
    result = scan(tiny_knowledge(), ["clothes"])
    assert result.origin_countries == ("CC", "DD")
    assert result.level(FL) is RiskLevel.HIGH and result.level(CL) is RiskLevel.HIGH
    assert result.level(FOA) is RiskLevel.HIGH  # CC is rated 5+
    assert {r.country for r in result.themes[FOA].reasons if r.level} == {"CC"}


def test_a_group_without_goods_has_no_origins_and_only_its_sector_risks():
    result = scan(tiny_knowledge(), ["services"])
    assert result.origins == ()
    assert result.level(Theme.WORKING_HOURS) is RiskLevel.HIGH
    assert result.level(Theme.HEALTH_SAFETY) is RiskLevel.MEDIUM  # the "*" row
    assert not result.themes[Theme.WORKING_HOURS].depends_on_origin


def test_included_groups_bring_their_goods_and_sector_risks():
    result = scan(tiny_knowledge(), ["bundle"], ["CC"])
    assert result.level(FL) is RiskLevel.HIGH
    assert result.cell(Theme.LIVING_WAGE, "CC").level is RiskLevel.MEDIUM


def test_several_groups_combine_without_repeating_shared_reasons():
    result = scan(tiny_knowledge(), ["clothes", "gadgets"], ["AA"])
    assert result.level(CL) is RiskLevel.HIGH  # ore from AA, via gadgets
    health = result.themes[Theme.HEALTH_SAFETY].reasons
    assert len(health) == len(set(health))
    assert {o.country for o in result.origins} == {"AA", "BB", "CC", "DD"}


def test_origin_unknown_column_beside_countries_when_asked():
    result = scan(tiny_knowledge(), ["clothes"], ["NL"], include_unknown_origin=True)
    assert result.columns == ("NL", UNKNOWN_ORIGIN)
    assert result.cell(FL, UNKNOWN_ORIGIN).level is RiskLevel.HIGH
    assert result.level(FL) is not RiskLevel.HIGH  # the overall level is over the given countries


def test_country_codes_are_normalised_and_deduplicated():
    result = scan(tiny_knowledge(), ["clothes"], [" cc", "CC"])
    assert result.countries == ("CC",)


@pytest.mark.parametrize(
    "groups, countries, error",
    [([], [], NoProductGroupChosenError), (["nope"], [], UnknownProductGroupError), (["clothes"], ["ZZ"], UnknownCountryError)],
)
def test_bad_requests_are_user_errors_in_both_languages(groups, countries, error):
    with pytest.raises(error) as raised:
        scan(tiny_knowledge(), groups, countries)
    assert isinstance(raised.value, UserError)
    assert raised.value.message("nl") != raised.value.message("en")


def test_a_listing_change_changes_the_scan():
    before = scan(tiny_knowledge(), ["clothes"], ["NL"])
    listings = [GoodListing("Cloth", "NL", child_labour=False, forced_labour=True)]
    after = scan(tiny_knowledge(listings=listings), ["clothes"], ["NL"])
    assert before.level(FL) is RiskLevel.UNKNOWN and after.level(FL) is RiskLevel.HIGH


def test_a_single_id_given_as_text_is_not_taken_letter_by_letter():
    result = scan(tiny_knowledge(), "clothes", "CC")
    assert (result.group_ids, result.countries) == (("clothes",), ("CC",))
