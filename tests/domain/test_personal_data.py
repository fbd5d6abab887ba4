"""The one declaration of personal data: it covers every text field of a dossier, and the blanking empties exactly it."""
from __future__ import annotations

import re
import types
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest

from isv_desktop.domain.dossier_contents import DossierContents
from isv_desktop.domain.personal_data import (
    NOT_PERSONAL_DATA,
    PERSONAL_DATA,
    empty_value,
    left_out,
    without_personal_data,
)
from isv_desktop.domain.risk.assessment import ScanResult

MARK = "Jansje Persoonsnaam"
#: Field names that suggest a person: each such field must be declared, personal or not.
SUGGESTS_A_PERSON = re.compile(r"contact|person|owner|auditor|participant|manager|name|note|(^|_)by($|_)|author|"
                               r"email|phone|mail|address")


def record_types(kind: type = DossierContents, seen: dict[type, None] | None = None) -> list[type]:
    """Every record type a snapshot holds, directly or in lists (the scan's result is sourced data, not walked)."""
    seen = {} if seen is None else seen
    if kind in seen or kind is ScanResult:
        return list(seen)
    seen[kind] = None
    for hint in get_type_hints(kind).values():
        for inner in _inner_types(hint):
            if isinstance(inner, type) and is_dataclass(inner):
                record_types(inner, seen)
    return list(seen)


def _inner_types(hint: Any) -> list[Any]:
    args = get_args(hint)
    return [hint] if not args or get_origin(hint) is Literal else [t for a in args for t in _inner_types(a)]


def is_text(hint: Any) -> bool:
    return any(t in (str, bytes) or get_origin(t) is Literal for t in _inner_types(hint))


def text_fields(kind: type) -> set[str]:
    hints = get_type_hints(kind)
    return {f.name for f in fields(kind) if is_text(hints[f.name])}


def test_every_text_field_of_a_dossier_is_declared_personal_or_not_exactly_once():
    undeclared, twice = [], []
    for kind in record_types():
        personal, kept = set(PERSONAL_DATA.get(kind, {})), NOT_PERSONAL_DATA.get(kind, frozenset())
        undeclared += [f"{kind.__name__}.{n}" for n in sorted(text_fields(kind) - personal - kept)]
        twice += [f"{kind.__name__}.{n}" for n in sorted(personal & kept)]
    assert undeclared == [], "review these fields and add them to PERSONAL_DATA or NOT_PERSONAL_DATA"
    assert twice == []


def test_fields_whose_names_suggest_a_person_are_declared_whatever_their_type():
    suspicious = [
        f"{kind.__name__}.{f.name}" for kind in record_types() for f in fields(kind)
        if SUGGESTS_A_PERSON.search(f.name) and f.name not in PERSONAL_DATA.get(kind, {})
        and f.name not in NOT_PERSONAL_DATA.get(kind, frozenset())
    ]
    assert suspicious == []


def test_the_declaration_names_only_fields_that_exist_in_a_dossier_and_can_be_emptied():
    walked = set(record_types())
    for table in (PERSONAL_DATA, NOT_PERSONAL_DATA):
        for kind, names in table.items():
            assert kind in walked, f"{kind.__name__} is not part of a dossier snapshot"
            assert set(names) <= {f.name for f in fields(kind)}, kind.__name__
    for kind, names in PERSONAL_DATA.items():
        for name in names:
            empty_value(kind, name)  # raises for a field that cannot be left out


def test_a_field_that_cannot_be_emptied_is_refused():
    with pytest.raises(TypeError):
        empty_value(DossierContents, "personal_data_included")


# ---------------------------------------------------------------- blanking a filled snapshot
def filled(kind: Any, owner: type | None = None, name: str = "") -> Any:
    """A value of ``kind`` with every field filled: personal texts carry MARK and their own place."""
    origin = get_origin(kind)
    if origin is Union or origin is types.UnionType:
        return filled(next(a for a in get_args(kind) if a is not type(None)), owner, name)
    if origin is tuple:
        return (filled(get_args(kind)[0], owner, name),)
    if origin is Literal:
        return get_args(kind)[0]
    personal = owner is not None and name in PERSONAL_DATA.get(owner, {})
    if kind is str and name == "language":
        return "nl"  # a questionnaire checks its language
    if kind is str:
        return f"{MARK} {owner.__name__}.{name}" if personal else f"gewone tekst {name}"
    if kind is bytes:
        return f"{MARK} {owner.__name__}.{name}".encode() if personal else b"inhoud"
    if kind is bool:
        return True
    if kind is int:
        return 1
    if kind is Decimal:
        return Decimal("12.5")
    if kind is datetime:
        return datetime(2026, 3, 2, 9, 0)
    if kind is date:
        return date(2026, 3, 2)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return next(iter(kind))
    if kind is ScanResult:
        return None
    if isinstance(kind, type) and is_dataclass(kind):
        hints = get_type_hints(kind)
        values = {f.name: filled(hints[f.name], kind, f.name) for f in fields(kind)}
        if kind.__name__ == "StoredScan":
            return None
        return kind(**values)
    raise AssertionError(f"no sample for {kind!r}")


def pairs(before: Any, after: Any, kind: type | None = None, name: str = ""):
    """(record type, field name, value before, value after) of every field, walked in step."""
    if isinstance(before, tuple):
        for a, b in zip(before, after, strict=True):
            yield from pairs(a, b, kind, name)
    elif is_dataclass(before):
        for f in fields(before):
            yield type(before), f.name, getattr(before, f.name), getattr(after, f.name)
            yield from pairs(getattr(before, f.name), getattr(after, f.name))


def test_without_personal_data_empties_every_declared_field_and_nothing_else():
    snapshot = filled(DossierContents)
    shared = without_personal_data(snapshot)
    assert snapshot.personal_data_included and not shared.personal_data_included
    seen: set[tuple[type, str]] = set()
    for kind, name, before, after in pairs(snapshot, shared):
        if name in PERSONAL_DATA.get(kind, {}):
            seen.add((kind, name))
            assert MARK.encode() in before if isinstance(before, bytes) else MARK in before
            assert after in ("", None), f"{kind.__name__}.{name} still holds {after!r}"
        elif not is_dataclass(before) and not isinstance(before, tuple) and name != "personal_data_included":
            assert after == before, f"{kind.__name__}.{name} changed"
    assert seen == {(kind, name) for kind, names in PERSONAL_DATA.items() for name in names}
    assert MARK in repr(snapshot) and MARK not in repr(shared)


def test_a_snapshot_without_personal_data_is_left_as_it_is():
    snapshot = DossierContents(filled(DossierContents).dossier.with_changes(contract_manager=""))
    assert without_personal_data(snapshot) == snapshot


@pytest.mark.parametrize("language, words", [
    ("nl", ("contractmanager", "contactpersonen", "deelnemers", "auditors", "eigenaars", "signalen",
            "belanghebbenden", "bijlagen", " en ")),
    ("en", ("contract manager", "contact persons", "participants", "auditors", "owners", "signals", "stakeholder",
            "attachments", " and ")),
])
def test_what_is_left_out_is_said_in_both_languages(language, words):
    sentence = left_out(language)
    for word in words:
        assert word in sentence
    assert sentence.count(left_out(language).split(", ")[0]) == 1  # each kind named once (attachments thrice declared)
