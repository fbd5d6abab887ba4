from datetime import date
from decimal import Decimal

import pytest

from isv_desktop.domain.cpv import normalise_cpv, significant_digits
from isv_desktop.domain.dossier import ContractKind
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.thresholds import (
    CentralGovernmentRule,
    ThresholdOutcome,
    ThresholdPeriod,
    ThresholdWarning,
    assess_applicability,
)
from isv_desktop.knowledge.thresholds import load_threshold_table
from isv_desktop.paths import resources_dir


@pytest.fixture
def periods():
    return load_threshold_table(resources_dir())


@pytest.mark.parametrize(
    "day, supplies, works",
    [
        (date(2020, 6, 1), "214000", "5350000"),
        (date(2021, 12, 31), "214000", "5350000"),
        (date(2022, 1, 1), "215000", "5382000"),
        (date(2023, 7, 1), "215000", "5382000"),
        (date(2024, 1, 1), "221000", "5538000"),
        (date(2025, 12, 31), "221000", "5538000"),
        (date(2026, 1, 1), "216000", "5404000"),
        (date(2026, 11, 24), "216000", "5404000"),
        (date(2027, 12, 31), "216000", "5404000"),
    ],
)
def test_shipped_table_gives_the_threshold_of_the_day(periods, day, supplies, works):
    services = assess_applicability(Decimal(1), ContractKind.SUPPLIES_SERVICES, None, periods, day)
    building = assess_applicability(Decimal(1), ContractKind.WORKS, None, periods, day)
    assert services.threshold_amount == Decimal(supplies)
    assert building.threshold_amount == Decimal(works)


def test_around_the_2025_threshold(periods):
    day = date(2025, 5, 1)
    below = assess_applicability(Decimal("220999"), ContractKind.SUPPLIES_SERVICES, "catering", periods, day)
    at = assess_applicability(Decimal("221000"), ContractKind.SUPPLIES_SERVICES, "catering", periods, day)
    assert below.threshold is ThresholdOutcome.BELOW
    assert below.central_rule is CentralGovernmentRule.NOT_REQUIRED
    assert at.threshold is ThresholdOutcome.ABOVE
    assert at.central_rule is CentralGovernmentRule.REQUIRED


def test_above_threshold_but_no_risk_category_is_not_required(periods):
    result = assess_applicability(Decimal("500000"), ContractKind.SUPPLIES_SERVICES, "", periods, date(2025, 1, 2))
    assert result.central_rule is CentralGovernmentRule.NOT_REQUIRED


def test_a_day_outside_every_period_says_so(periods):
    result = assess_applicability(Decimal("500000"), ContractKind.SUPPLIES_SERVICES, "energie", periods, date(2029, 3, 1))
    assert result.threshold is ThresholdOutcome.NO_KNOWN_PERIOD
    assert result.threshold_amount is None and result.above_threshold is None
    assert result.central_rule is CentralGovernmentRule.UNKNOWN
    assert result.warnings == (ThresholdWarning.OUTSIDE_EVERY_PERIOD,)
    assert result.known_until == date(2027, 12, 31)


@pytest.mark.parametrize(
    "day, warned",
    [(date(2027, 10, 1), False), (date(2027, 10, 2), True), (date(2027, 10, 15), True), (date(2027, 12, 31), True),
     (date(2026, 6, 1), False)],
)
def test_warned_in_the_last_90_days_of_the_table(periods, day, warned):
    result = assess_applicability(Decimal("100000"), ContractKind.SUPPLIES_SERVICES, None, periods, day)
    assert (ThresholdWarning.TABLE_ENDS_SOON in result.warnings) is warned
    assert result.threshold is ThresholdOutcome.BELOW


def test_the_verdict_is_the_one_of_the_tenders_date_not_of_today(periods):
    in_2025 = assess_applicability(Decimal("218000"), ContractKind.SUPPLIES_SERVICES, "catering", periods, date(2025, 6, 1))
    in_2026 = assess_applicability(Decimal("218000"), ContractKind.SUPPLIES_SERVICES, "catering", periods, date(2026, 6, 1))
    assert (in_2025.threshold, in_2025.threshold_amount) == (ThresholdOutcome.BELOW, Decimal("221000"))
    assert (in_2026.threshold, in_2026.threshold_amount) == (ThresholdOutcome.ABOVE, Decimal("216000"))
    assert in_2025.source == "Gedelegeerde Verordening (EU) 2023/2495"
    assert in_2026.source == "Gedelegeerde Verordening (EU) 2025/2152"
    assert ThresholdWarning.DATE_IS_TODAY not in in_2026.warnings


def test_social_and_other_specific_services_have_their_own_threshold(periods):
    for day in (date(2025, 6, 1), date(2026, 6, 1), date(2027, 6, 1)):
        result = assess_applicability(Decimal("700000"), ContractKind.SOCIAL_SERVICES, "catering", periods, day)
        assert result.threshold_amount == Decimal("750000")
        assert result.threshold is ThresholdOutcome.BELOW
        assert result.source == "Richtlijn 2014/24/EU, art. 4, onder d)"


def test_central_government_figures_are_kept_for_reference(periods):
    period = [p for p in periods if p.start == date(2026, 1, 1)][0]
    assert period.central_government.supplies_services == Decimal("140000")
    assert period.central_government.works == Decimal("5404000")
    assert period.central_government.social_services == Decimal("750000")
    earlier = [p for p in periods if p.start == date(2024, 1, 1)][0]
    assert earlier.central_government.supplies_services == Decimal("143000")


def test_a_buyer_entry_without_a_social_amount_leaves_the_shipped_one_in_force(periods):
    own = ThresholdPeriod(date(2026, 1, 1), date(2027, 12, 31), Decimal("230000"), Decimal("5700000"), "buyer")
    result = assess_applicability(Decimal("1"), ContractKind.SOCIAL_SERVICES, None, [*periods, own], date(2026, 5, 1))
    assert result.threshold_amount == Decimal("750000")


def test_a_later_entry_wins_where_periods_overlap(periods):
    own = ThresholdPeriod(date(2026, 1, 1), date(2027, 12, 31), Decimal("230000"), Decimal("5700000"), "buyer")
    result = assess_applicability(Decimal("225000"), ContractKind.SUPPLIES_SERVICES, "energie", [*periods, own], date(2026, 11, 24))
    assert result.threshold is ThresholdOutcome.BELOW
    assert result.threshold_amount == Decimal("230000")


@pytest.mark.parametrize("code", ["18110000-3", " 33141420-0 "])
def test_cpv_format_accepted(code):
    assert normalise_cpv(code) == code.strip()


@pytest.mark.parametrize("code", ["18110000", "1811000-3", "18110000-33", "abcdefgh-1", "18110000_3", "=1+2"])
def test_cpv_format_refused(code):
    with pytest.raises(UserError):
        normalise_cpv(code)


def test_the_shipped_table_reaches_2027_and_names_its_edition():
    from isv_desktop.knowledge.thresholds import load_threshold_edition

    table = load_threshold_edition(resources_dir())
    assert table.edition == "2026" and table.imported is None
    assert max(p.end for p in table.periods) == date(2027, 12, 31)


def test_significant_digits():
    assert significant_digits("18100000-0") == "181"
    assert significant_digits("44111100-2") == "441111"
