"""The one vocabulary names every value of every enum it lists, and names nothing else."""
from __future__ import annotations

import importlib
import pkgutil
from enum import Enum

import isv_desktop.domain as domain
from isv_desktop.domain import vocabulary
from isv_desktop.domain.dossier import NonApplicationReason
from isv_desktop.domain.risk_scan_record import StakeholderKind
from isv_desktop.domain.suppliers import PlanVerdict
from isv_desktop.domain.themes import Theme


def _domain_enums() -> dict[str, type[Enum]]:
    found: dict[str, type[Enum]] = {}
    for module in pkgutil.walk_packages(domain.__path__, "isv_desktop.domain."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == module.name:
                assert value.__name__ not in found, f"two domain enums named {value.__name__}"
                found[value.__name__] = value
    return found


def test_every_listed_enum_is_named_whole_and_nothing_else():
    enums = _domain_enums()
    for name, words in vocabulary.LABELS.items():
        assert name in enums, f"{name} is no domain enum"
        assert set(words) == {member.value for member in enums[name]}, name
        for dutch, english in words.values():
            assert dutch.strip() and english.strip() and dutch[0].isupper()


def test_values_that_share_a_word_stay_apart():
    # "other" is a comply-or-explain reason and a kind of stakeholder; both str enums compare equal
    assert vocabulary.label(NonApplicationReason.OTHER) == "Anders (zie toelichting)"
    assert vocabulary.label(StakeholderKind.OTHER, "en_GB") == "Other"
    assert vocabulary.label(PlanVerdict.PARTLY, "en") == "Partly sufficient"
    assert vocabulary.label(Theme.LIVING_WAGE, "en") == "living wage"  # the enum's own label


def test_every_short_word_belongs_to_a_whole_domain_enum_and_the_report_uses_them():
    enums = _domain_enums()
    for name, words in vocabulary.SHORT_LABELS.items():
        assert set(words) == {member.value for member in enums[name]}, name
    assert vocabulary.short_label(enums["CriterionType"]("minimum_requirement"), "en") == "minimum"
    assert vocabulary.short_label(PlanVerdict.PARTLY, "en") == "Partly sufficient"  # none short: the label
