"""Property tests: whatever a supplier types comes back exactly; whatever the buyer types goes in as text.

The supplier strategy leaves out what no spreadsheet can hold, so no file a
supplier returns can contain it: C0 control characters other than tab and
line feed (XML 1.0 forbids them; openpyxl raises IllegalCharacterError),
U+FFFE/U+FFFF and lone surrogates (not XML characters either), and carriage
returns (every XML parser turns CR LF and CR into LF, so no xlsx reader can
give one back; Excel itself stores a line break as LF). Texts stop at
30,000 characters, under Excel's 32,767 per cell (openpyxl cuts longer ones).
On the writing side those characters are *not* left out: the buyer's text
is cleaned by ``cell_text``'s one rule, and that is what must come back.
"""
from __future__ import annotations

import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from questionnaire_samples import exported, fill, sample_questionnaire

from isv_desktop.domain.questionnaire import Answer, QuestionAnswer
from isv_desktop.export.questionnaire_xlsx import read_questionnaire_answers, write_questionnaire
from isv_desktop.export.questionnaire_xlsx_layout import cell_text

QUESTIONNAIRE = sample_questionnaire()
EXPORTED = exported(QUESTIONNAIRE)
COUNT = len(QUESTIONNAIRE.questions)
NOT_IN_A_CELL = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n") + "\ufffe\uffff"
SPECIAL = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1", "=", "=1+1", "<b>&amp;</b>", "]]>", "&lt;x&gt;",
           "😀👍🏽", "שלום עולם", "مرحبا بالعالم", "\u202eabc\u202c", "_x0041_", "  ", "\t", "\n\nregel\n",
           "'=quoted", "ja", "TRUE", "1e3", "0042", "#N/A"]

characters = st.characters(blacklist_categories=("Cs",), blacklist_characters=NOT_IN_A_CELL)
free_text = st.one_of(
    st.text(characters, max_size=300),
    st.sampled_from(SPECIAL),
    st.tuples(st.sampled_from(["=", "+", "-", "@"]), st.text(characters, max_size=50)).map("".join),
    st.text(characters, min_size=1, max_size=12).map(lambda unit: (unit * 30_000)[:30_000]),
)
answer_cell = st.sampled_from([None, "ja", "gedeeltelijk", "nee", "niet van toepassing", "Ja", " NEE ", "yes",
                               "partly", "no", "not applicable", "n.v.t."])
rows = st.lists(st.tuples(answer_cell, free_text, free_text), min_size=COUNT, max_size=COUNT)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rows)
def test_what_the_supplier_types_comes_back_exactly(typed):
    data = fill(EXPORTED, {row: values for row, values in enumerate(typed, start=2)})
    answers = read_questionnaire_answers(io.BytesIO(data), QUESTIONNAIRE)
    expected = [
        QuestionAnswer(question_id, Answer.parse(answer) if answer else None, explanation, evidence)
        for question_id, (answer, explanation, evidence) in zip(QUESTIONNAIRE.question_ids, typed, strict=True)
    ]
    assert answers == expected


any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200) | st.sampled_from(SPECIAL)


@settings(max_examples=40, deadline=None)
@given(any_text, any_text, any_text)
def test_what_the_buyer_types_goes_in_as_text_by_one_rule(supplier, title, deadline):
    buffer = io.BytesIO()
    write_questionnaire(QUESTIONNAIRE, supplier, title, buffer, deadline)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["Instructie"]
    values = {cell.coordinate: cell for row in sheet.iter_rows(min_col=2, max_col=2) for cell in row}
    assert values["B4"].value == (cell_text(supplier) or None)
    assert values["B5"].value == (cell_text(title) or None)
    for cell in values.values():
        assert cell.data_type != "f"
    # and the file still reads back as an unanswered questionnaire
    assert read_questionnaire_answers(io.BytesIO(buffer.getvalue()), QUESTIONNAIRE)[0].answer is None
