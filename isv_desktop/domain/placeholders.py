"""Placeholders in criterion texts, such as ``{organisation}`` or ``{plan_weeks}``.

A placeholder is a name of lower-case letters, digits and underscores between
braces. Filling is a single pass with a replacement function: a value is
inserted literally, never read as a pattern or as another placeholder, and
braces that do not form a placeholder stay as they are.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDER_PATTERN = re.compile(r"\{([a-z][a-z0-9_]*)\}")

#: Every placeholder a criterion text may use, with what fills it.
KNOWN_PLACEHOLDERS: dict[str, str] = {
    "organisation": "the buying organisation (aanbestedende dienst)",
    "dossier_title": "the title of the tender",
    "reference": "the dossier's reference (kenmerk)",
    "risks": "the risks found in the scan, with their level",
    "plan_weeks": "weeks after award within which the plan of action is due",
    "questionnaire_weeks": "weeks after a request within which the self-assessment is due",
    "report_weeks": "weeks after each contract year within which the progress report is due",
}


class PlaceholderError(ValueError):
    """A text uses a placeholder nobody fills."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        listed = ", ".join("{" + name + "}" for name in names)
        super().__init__(f"unknown placeholder(s): {listed}")


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names in a text, in order of first appearance."""
    return tuple(dict.fromkeys(PLACEHOLDER_PATTERN.findall(text)))


def unknown_placeholders(text: str, known: Mapping[str, object] | None = None) -> tuple[str, ...]:
    """The placeholders in ``text`` that are not in ``known`` (default: KNOWN_PLACEHOLDERS)."""
    names = KNOWN_PLACEHOLDERS if known is None else known
    return tuple(name for name in placeholders_in(text) if name not in names)


def fill_placeholders(text: str, values: Mapping[str, str], *, strict: bool = True) -> str:
    """Replace each ``{name}`` with ``values[name]``, inserted literally.

    With ``strict`` an unknown placeholder raises :class:`PlaceholderError`
    (library texts, checked when the library loads). Without it an unknown
    placeholder stays as typed (a buyer's own wording that happens to hold
    braces prints as the buyer typed it).
    """
    if strict:
        missing = unknown_placeholders(text, values)
        if missing:
            raise PlaceholderError(missing)

    def replacement(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return match.group(0) if value is None else str(value)

    return PLACEHOLDER_PATTERN.sub(replacement, text)
