"""One way of writing a percentage per language, used by the screens, the yearly report, the annex and the files."""
from __future__ import annotations

from decimal import Decimal

import pytest

from isv_desktop.domain.percentages import WEIGHT_PLACES, format_percent, format_points
from isv_desktop.domain.yearly_report import Share


@pytest.mark.parametrize(("value", "places", "dutch", "english"), [
    (Decimal("12.5"), 1, "12,5 %", "12.5%"),
    (Decimal("66.6666"), 1, "66,7 %", "66.7%"),
    (Decimal("0.05"), 1, "0,1 %", "0.1%"),  # half up, not to even
    (Decimal("100.00"), 1, "100 %", "100%"),
    (Decimal("12.25"), WEIGHT_PLACES, "12,25 %", "12.25%"),
    (Decimal("40"), 0, "40 %", "40%"),
    (Decimal("1250.5"), 1, "1.250,5 %", "1,250.5%"),
    (None, 1, "\u2014", "\u2014"),
])
def test_dutch_and_english(value, places, dutch, english):
    assert format_percent(value, "nl", places) == dutch
    assert format_percent(value, "en", places) == english


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_report_writes_a_share_through_the_one_formatter(language):
    assert Share(1, 8).display(language) == format_percent(Decimal("12.5"), language)


@pytest.mark.parametrize(("language", "points"), [("nl", "12,5"), ("en", "12.5")])
def test_percentage_points_are_the_number_alone(language, points):
    assert format_points(Decimal("12.46"), language) == points
    assert format_percent(Decimal("12.46"), language).startswith(points)
