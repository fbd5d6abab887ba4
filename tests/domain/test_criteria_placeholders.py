"""Placeholders: filled literally, unknown ones caught (strict) or kept as typed (lenient)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.domain.placeholders import (
    KNOWN_PLACEHOLDERS,
    PlaceholderError,
    fill_placeholders,
    placeholders_in,
    unknown_placeholders,
)

VALUES = {name: f"<{name}>" for name in KNOWN_PLACEHOLDERS}


def test_fills_every_known_placeholder():
    text = " ".join("{" + name + "}" for name in KNOWN_PLACEHOLDERS)
    assert fill_placeholders(text, VALUES) == " ".join(f"<{name}>" for name in KNOWN_PLACEHOLDERS)


def test_values_are_inserted_literally_and_not_filled_again():
    values = {"organisation": r"{plan_weeks} \1 \g<0> & <b>", "plan_weeks": "12"}
    assert fill_placeholders("{organisation}/{plan_weeks}", values) == r"{plan_weeks} \1 \g<0> & <b>/12"


def test_unknown_placeholder_fails_in_strict_mode_and_names_it():
    with pytest.raises(PlaceholderError) as caught:
        fill_placeholders("Beste {leverancier}, {organisation}", VALUES)
    assert caught.value.names == ("leverancier",)
    assert "{leverancier}" in str(caught.value)


def test_lenient_mode_keeps_unknown_placeholders_and_stray_braces():
    text = "{onbekend} { organisation } {} {{organisation}} {organisation}"
    filled = fill_placeholders(text, {"organisation": "Gemeente"}, strict=False)
    assert filled == "{onbekend} { organisation } {} {Gemeente} Gemeente"


def test_finding_placeholders():
    assert placeholders_in("{a} {b_1} {a} {B} {1x}") == ("a", "b_1")
    assert unknown_placeholders("{organisation} {nope}") == ("nope",)


@given(st.text())
def test_lenient_fill_without_placeholder_syntax_changes_nothing(text):
    if not placeholders_in(text):
        assert fill_placeholders(text, VALUES, strict=False) == text


@given(st.text(), st.text())
def test_any_value_appears_verbatim(prefix, value):
    assert fill_placeholders("{organisation}", {"organisation": value}) == value
    assert value in fill_placeholders(prefix.replace("{", "(") + "{organisation}", {"organisation": value})
