import re

from isv_desktop.domain.messages import CATALOG, UserError


def test_every_message_has_dutch_and_english_with_the_same_placeholders():
    for message_id, (dutch, english) in CATALOG.items():
        assert dutch.strip() and english.strip(), message_id
        assert dutch != english or message_id.startswith("_"), message_id
        names = lambda text: sorted(re.findall(r"{(\w+)}", text))  # noqa: E731
        assert names(dutch) == names(english), message_id


def test_user_error_renders_in_both_languages():
    error = UserError("dossier.not_found", dossier_id=7)
    assert error.message("nl") == "Dossier 7 bestaat niet."
    assert error.message("en") == "Dossier 7 does not exist."
