import re

import pytest

from isv_desktop.domain.risk.errors import RISK_MESSAGES
from isv_desktop.knowledge.errors import KNOWLEDGE_MESSAGES


@pytest.mark.parametrize("catalog", [RISK_MESSAGES, KNOWLEDGE_MESSAGES], ids=["risk", "knowledge"])
def test_every_message_has_dutch_and_english_with_the_same_placeholders(catalog):
    def names(text):
        return sorted(re.findall(r"{(\w+)}", text))

    for message_id, (dutch, english) in catalog.items():
        assert dutch.strip() and english.strip() and dutch != english, message_id
        assert names(dutch) == names(english), message_id
