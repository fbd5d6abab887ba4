"""The kind of contract and the ISV risk category suggested by the CPV code (no Qt)."""
import csv

import pytest

from isv_desktop.domain.contract_kinds import KindBasis, suggest_contract_kind
from isv_desktop.domain.cpv import is_within, subtree_last
from isv_desktop.domain.dossier import ContractKind
from isv_desktop.domain.risk_categories import ISV_RISK_CATEGORIES
from isv_desktop.domain.risk_category_suggestion import suggest_risk_category
from isv_desktop.knowledge.applicability_files import load_annex_xiv, load_category_table
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def annex():
    return load_annex_xiv(resources_dir())


@pytest.fixture(scope="module")
def categories():
    return load_category_table(resources_dir())


def test_cpv_tree_helpers():
    assert is_within("55523100-3", "55520000-1") and is_within("55523100-3", "55500000-5")
    assert not is_within("55510000-8", "55520000-1")
    assert subtree_last("55410000-7") == "55419999"
    assert subtree_last("45000000-7") == "45999999"


@pytest.mark.parametrize(
    "code, point",
    [
        ("55523100-3", 7),  # school-meal services
        ("55524000-9", 7),  # school catering
        ("55520000-1", 7),  # catering services
        ("55510000-8", 7),  # canteen services
        ("55521100-9", 7),  # meals-on-wheels, inside the range 55521000-8 to 55521200-0
        ("55300000-3", 7),  # restaurant services, inside 55100000-1 to 55410000-7
        ("79713000-5", 12),  # guard services, inside 79700000-1 to 79721000-4
        ("79710000-4", 12),  # security services
        ("85311000-2", 1),  # social work services, inside 85000000-9 to 85323000-9
        ("80110000-8", 2),  # pre-school education, inside 80000000-4 to 80660000-8
        ("64112000-4", 14),  # postal services related to letters
    ],
)
def test_annex_xiv_services_get_their_own_kind(annex, code, point):
    suggestion = suggest_contract_kind(code, annex)
    assert suggestion.kind is ContractKind.SOCIAL_SERVICES
    assert suggestion.basis is KindBasis.ANNEX_XIV and suggestion.annex_point.number == point


@pytest.mark.parametrize(
    "code",
    [
        "90910000-9",  # cleaning services: not in Annex XIV
        "90911200-8",  # building-cleaning services
        "55500000-5",  # canteen and catering services as a group: the annex lists its subclasses, not this code
        "64200000-8",  # telecommunications: below 64000000-6, which the annex lists as that code only
        "98310000-9",  # washing and dry-cleaning: division 98 is listed as that code only
        "79341000-6",  # advertising services
        "33141420-0",  # surgical gloves
        "18110000-3",  # occupational clothing
    ],
)
def test_other_services_and_supplies_stay_supplies_services(annex, code):
    suggestion = suggest_contract_kind(code, annex)
    assert suggestion.kind is ContractKind.SUPPLIES_SERVICES
    assert suggestion.basis is KindBasis.OTHER_CPV


def test_construction_work_is_works(annex):
    assert suggest_contract_kind("45233140-2", annex).kind is ContractKind.WORKS
    assert suggest_contract_kind("45000000-7", annex).basis is KindBasis.WORKS_DIVISION


def test_no_cpv_code_suggests_supplies_and_says_why(annex):
    assert suggest_contract_kind("", annex).basis is KindBasis.NO_CPV


def test_the_annex_list_names_its_source(annex):
    assert "2014/24/EU" in annex.source and "XIV" in annex.source
    assert [point.number for point in annex.points] == list(range(1, 16))


def test_every_annex_code_is_a_cpv_2008_code_with_its_check_digit(annex, categories, reference_dir):
    with open(reference_dir / "cpv_2008.csv", encoding="utf-8") as handle:
        known = {row["code"] for row in csv.DictReader(handle)}
    listed = {code for point in annex.points for code in point.codes}
    listed |= {code for point in annex.points for pair in point.ranges for code in pair}
    listed |= {rule.cpv_code for rule in categories.rules}
    assert listed - known == set()


@pytest.mark.parametrize(
    "code, category",
    [
        ("18110000-3", "bedrijfskleding"),
        ("18830000-6", "bedrijfskleding"),
        ("55523100-3", "catering"),
        ("90511000-2", "grondstoffenmanagement_afvalzorg"),
        ("09310000-5", "energie"),
        ("09331200-0", "energie"),
        ("30192000-1", "kantoorartikelen_computersupplies"),
        ("30125100-2", "kantoorartikelen_computersupplies"),  # toner cartridges
        ("30197630-1", "papier_drukwerk"),  # printing paper: the more specific rule wins over office supplies
        ("79810000-5", "papier_drukwerk"),
        ("38434000-6", "laboratorium"),
        ("30213100-6", "ict_werkomgeving"),  # portable computers
        ("72415000-2", "datacenters"),  # hosting: more specific than internet services
        ("64210000-1", "dataverbindingen"),
    ],
)
def test_the_category_suggested_by_the_cpv_code(categories, code, category):
    rule = suggest_risk_category(code, categories)
    assert rule is not None and rule.category_id == category
    assert rule.reason("nl") and rule.reason("en")


@pytest.mark.parametrize("code", ["90910000-9", "45233140-2", "34110000-1", ""])
def test_no_suggestion_where_no_category_fits(categories, code):
    assert suggest_risk_category(code, categories) is None


def test_every_category_can_be_suggested(categories):
    assert {rule.category_id for rule in categories.rules} == set(ISV_RISK_CATEGORIES)
    assert "geen" in categories.source.lower() or "eigen" in categories.source.lower()
