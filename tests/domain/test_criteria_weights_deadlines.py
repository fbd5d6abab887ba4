"""Award weights add up to 100 %, exactly; the supplier's deadlines."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from isv_desktop.domain.deadlines import Deadlines, add_years
from isv_desktop.domain.weights import WeightStatus, check_weights


def test_weights_that_make_exactly_100_percent_add_up():
    check = check_weights(["33.3", "33.3"], ["33.4"])
    assert check.adds_up and check.total == Decimal("100.0") and check.difference == 0
    assert check_weights([Decimal("0.1")] * 3, [Decimal("99.7")]).adds_up  # floats would fail this


def test_too_low_and_too_high_say_by_how_much():
    low = check_weights([10, 5], [60])
    assert low.status is WeightStatus.TOO_LOW and low.difference == Decimal(25)
    high = check_weights([30], [80])
    assert high.status is WeightStatus.TOO_HIGH and high.difference == Decimal(-10)


def test_without_other_weights_only_an_excess_is_reported():
    assert check_weights([10, 20], None).status is WeightStatus.NOT_CHECKED
    assert check_weights([60, 50], None).status is WeightStatus.TOO_HIGH
    assert check_weights([], []).status is WeightStatus.TOO_LOW


@pytest.mark.parametrize("bad", ["-1", "abc", "NaN", "Infinity", "100.01"])
def test_impossible_weights_are_refused(bad):
    with pytest.raises(ValueError):
        check_weights([bad], [])


def test_deadline_defaults_are_the_isv_practice():
    deadlines = Deadlines()
    assert (deadlines.plan_of_action_weeks, deadlines.questionnaire_weeks) == (12, 4)
    assert deadlines.plan_of_action_due(date(2026, 1, 5)) == date(2026, 3, 30)
    assert deadlines.questionnaire_due(date(2026, 1, 5)) == date(2026, 2, 2)


def test_progress_report_is_due_weeks_after_each_contract_year():
    deadlines = Deadlines(progress_report_weeks=6)
    assert deadlines.progress_report_due(date(2026, 1, 1), 1) == date(2027, 2, 12)
    assert deadlines.progress_report_due(date(2024, 2, 29), 1) == date(2025, 4, 11)  # from 28 February
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    with pytest.raises(ValueError):
        deadlines.progress_report_due(date(2026, 1, 1), 0)


@pytest.mark.parametrize("weeks", [0, -3, 105, 2.5, True, "12"])
def test_impossible_deadlines_are_refused(weeks):
    with pytest.raises(ValueError):
        Deadlines(plan_of_action_weeks=weeks)
