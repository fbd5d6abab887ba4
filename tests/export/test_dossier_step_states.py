"""A step not needed (step 1 decided not to apply the ISV) is not counted as complete in the dossier files: the PDF
and the workbook say "niet nodig" / "not needed" and why."""
from __future__ import annotations

import openpyxl
import pytest
from dossier_samples import TODAY, pdf_text

from isv_desktop.services.session import open_session

NOT_NEEDED = {"nl": "– niet nodig: ISV niet toegepast (geen relevant ketenrisico)",
              "en": "– not needed: ISV not applied (no relevant chain risk)"}
COMPLETE = {"nl": "✓ afgerond", "en": "✓ complete"}


@pytest.fixture()
def not_applied(tmp_path):
    session = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    dossier_id = session.dossiers.create("Schoolmaaltijden 2027", "Gemeente Deventer").id
    for name, value in (("decision", "not_apply"), ("non_application_reason", "no_relevant_chain_risk"),
                        ("non_application_text", "Lokale keuken, geen keten")):
        session.dossiers.edit(dossier_id, name, value)
    yield session, dossier_id
    session.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_workbook_says_steps_two_to_five_are_not_needed_and_why(not_applied, tmp_path, language):
    session, dossier_id = not_applied
    path = session.exports.write_xlsx(dossier_id, tmp_path / f"{language}.xlsx", language=language)
    rows = {str(row[0]): row[1] for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True)
            if row and row[0] is not None}
    states = {key[0]: value for key, value in rows.items() if key[:1] in "12345" and key[1:3] == ". "}
    assert [states[n] for n in "2345"] == [NOT_NEEDED[language]] * 4
    assert COMPLETE[language] not in [states[n] for n in "2345"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_pdf_summary_says_so_too(not_applied, tmp_path, language):
    session, dossier_id = not_applied
    path = session.exports.write_pdf(dossier_id, tmp_path / f"{language}.pdf", language=language)
    text, _ = pdf_text(path.read_bytes())
    flat = " ".join(text.split())
    assert flat.count(NOT_NEEDED[language].split(":")[0]) >= 4
    assert "ISV not applied" in flat if language == "en" else "ISV niet toegepast" in flat
