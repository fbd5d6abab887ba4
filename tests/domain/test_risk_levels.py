import pytest

from isv_desktop.domain.risk.levels import Priority, RiskLevel, highest_level, judgement_priority


def test_levels_order_by_concern_with_unknown_above_a_sourced_low():
    assert RiskLevel.LOW < RiskLevel.UNKNOWN < RiskLevel.MEDIUM < RiskLevel.HIGH
    assert max([RiskLevel.LOW, RiskLevel.UNKNOWN]) is RiskLevel.UNKNOWN
    assert sorted(RiskLevel, reverse=True) == [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.UNKNOWN, RiskLevel.LOW]


def test_levels_are_their_string_ids_and_have_labels():
    assert RiskLevel.HIGH == "high" and RiskLevel("unknown") is RiskLevel.UNKNOWN
    assert {RiskLevel.HIGH: 1}["high"] == 1
    assert RiskLevel.MEDIUM.label("nl") == "gemiddeld" and RiskLevel.MEDIUM.label("en") == "medium"


def test_highest_level_of_nothing_is_unknown():
    assert highest_level([]) is RiskLevel.UNKNOWN
    assert highest_level([RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.MEDIUM]) is RiskLevel.HIGH


@pytest.mark.parametrize(
    "severity, likelihood, priority",
    [
        (1, 1, Priority.LOW), (1, 2, Priority.LOW), (2, 1, Priority.LOW),
        (1, 3, Priority.MEDIUM), (3, 1, Priority.MEDIUM), (2, 2, Priority.MEDIUM),
        (2, 3, Priority.HIGH), (3, 2, Priority.HIGH), (3, 3, Priority.HIGH),
    ],
)
def test_judgement_priority_from_severity_and_likelihood(severity, likelihood, priority):
    assert judgement_priority(severity, likelihood) is priority


@pytest.mark.parametrize("severity, likelihood", [(0, 1), (4, 2), (2, True), ("2", 2), (2.5, 1)])
def test_judgement_outside_the_scale_is_refused(severity, likelihood):
    with pytest.raises(ValueError):
        judgement_priority(severity, likelihood)
