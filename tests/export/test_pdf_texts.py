"""Every fixed PDF label has Dutch and English, with the same values to fill."""
from __future__ import annotations

import string

from isv_desktop.export.pdf_texts import LANGUAGES, MESSAGES, join_list, text


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_with_the_same_fields():
    assert LANGUAGES == ("nl", "en")
    for message_id, pair in MESSAGES.items():
        assert len(pair) == 2, message_id
        nl, en = pair
        assert nl.strip() and en.strip(), message_id
        assert fields(nl) == fields(en), message_id


def test_every_message_formats_in_both_languages():
    for message_id, (nl, _) in MESSAGES.items():
        values = {name: "X" for name in fields(nl)}
        for language in LANGUAGES:
            assert "{" not in text(message_id, language, **values), message_id


def test_values_are_inserted_as_they_are():
    assert text("page.reference", "nl", reference="{page} <b>") == "Kenmerk: {page} <b>"
    assert text("page.x_of", "en-GB", page=3) == "page 3 of "


def test_join_list():
    assert join_list(["a", "b", "c"], "nl") == "a, b en c"
    assert join_list(["a", "b"], "en") == "a and b"
    assert join_list(["a"], "en") == "a" and join_list([], "nl") == ""
