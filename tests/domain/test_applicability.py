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
    result = assess_applicability(Decimal("500000"), ContractKind.SUPPLIES_SERVICES, "energie", periods, date(2026, 11, 24))
    assert result.threshold is ThresholdOutcome.NO_KNOWN_PERIOD
    assert result.central_rule is CentralGovernmentRule.UNKNOWN


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


def test_significant_digits():
    assert significant_digits("18100000-0") == "181"
    assert significant_digits("44111100-2") == "441111"
