"""The yearly report's files: the PDF's text, its reproducibility and logo; the xlsx cells, tables and safety."""
from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PIL import Image
from pypdf import PdfReader
from report_samples import TYPED_EXPLANATION, TYPED_REASON, Clock, build, open_report_session

from isv_desktop.domain.dossier import NonApplicationReason
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk_scan_record import StakeholderKind
from isv_desktop.export.report_texts import label

FIGURE_LINES_NL = (
    "Gestarte aanbestedingen 5",
    "Boven de drempel én in een risicocategorie 3 5 60 %",
    "ISV toegepast bij alle gestarte aanbestedingen 3 5 60 %",
    "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie 2 3 66,7 %",
    "Met ISV als contractvoorwaarde 2 3 66,7 %",
    "Met ISV in selectie of gunning, niet alleen als contractvoorwaarde 1 3 33,3 %",
    "Op ambitieniveau significant of ambitieus 2 3 66,7 %",
    "Geen relevant ketenrisico 1 2 50 %",
    "Niet toegepast terwijl boven de drempel in een risicocategorie 1 3 33,3 %",
    "Aanbestedingen met een raadpleging van stakeholders 1 5 20 %",
    "Raadplegingen: Vakbond 1",
    "Raadplegingen: Anders 0",
    "Vragenlijsten teruggekomen 1 2 50 %",
    "Plannen van aanpak op tijd ontvangen 1 2 50 %",
    "Oordeel plan: Voldoende 1 1 100 %",
    "Voortgangsrapportages op tijd beoordeeld 1 2 50 %",
    "Contracten waarvan de voortgangsrapportage op tijd is beoordeeld 1 2 50 %",
    "Signalen afgehandeld 1 2 50 %",
    "Audit: Fabrieksaudit 1",
    "Corrigerende maatregelen afgerond 2 3 66,7 %",
    "Corrigerende maatregelen nog open 1 3 33,3 %",
    "Escalatiestap: Extern advies of onderzoek 1",
)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The sample file with two targets and a logo, written once as PDF (nl, en) and xlsx (nl)."""
    folder = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ISV_DESKTOP_HOME", str(folder / "home"))
        session, _, ids = build(folder)
        logo = io.BytesIO()
        Image.new("RGB", (300, 100), (31, 78, 121)).save(logo, format="PNG")
        session.reports.set_organisation(name="Gemeente <Voorbeeld> & Co", logo=logo.getvalue())
        session.reports.add_target("applied_required", 100, 2027, {2024: 50, 2025: 60, 2026: 80})
        session.reports.add_target("selection_or_award", 50, 2025)
        report = session.reports.compute(2025)
        paths = {name: folder / name for name in ("nl.pdf", "en.pdf", "nl.xlsx", "en.xlsx")}
        data = session.reports.write_pdf(2025, paths["nl.pdf"], "nl", report=report)
        session.reports.write_pdf(2025, paths["en.pdf"], "en", report=report)
        session.reports.write_xlsx(2025, paths["nl.xlsx"], "nl", report=report)
        session.reports.write_xlsx(2025, paths["en.xlsx"], "en", report=report)
        again = session.reports.write_pdf(2025, folder / "again.pdf", "nl")  # computed afresh
        yield {"paths": paths, "data": data, "again": again, "ids": ids, "folder": folder}
        session.close()


def pdf_text(path: Path) -> tuple[str, PdfReader]:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)), reader


def test_the_pdf_shows_every_expected_figure(files):
    text, reader = pdf_text(files["paths"]["nl.pdf"])
    for line in FIGURE_LINES_NL:
        assert line in text, line
    pages = len(reader.pages)
    assert f"pagina 1 van {pages}" in text and "Jaarrapportage ISV 2025" in text
    assert "Gemeente <Voorbeeld> & Co" in text  # the organisation's name printed as typed
    assert reader.metadata.title == "Jaarrapportage ISV 2025 \u2014 Gemeente <Voorbeeld> & Co"


def test_the_pdf_has_the_targets_dossiers_and_notes(files):
    text, _ = pdf_text(files["paths"]["nl.pdf"])
    assert "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie 100 % (2027) 60 % 66,7 % Gehaald" in text
    assert "50 % (2025) 50 % 33,3 % Achter op schema" in text
    assert "2026 80 % \u2014 Nog niet aan de orde" in text
    for title in ("Werkkleding handhaving", "ICT-werkplekken", "Catering stadhuis", "Fietsenstalling"):
        assert title in text
    assert "Per ongeluk aangemaakt" not in text  # deleted
    assert re.sub(r"\s+", " ", TYPED_EXPLANATION) in text  # the buyer's explanation, as typed
    notes = text[text.index("Dossiers buiten de rapportage Deze dossiers"):]
    assert "Oefendossier" in notes and TYPED_REASON in notes
    assert text.count("Oefendossier") == 1  # only in the notes


def test_labels_of_values_that_share_a_word_stay_apart():
    # "other" is a comply-or-explain reason and a kind of stakeholder; both str enums compare equal
    assert label(NonApplicationReason.OTHER) == "Anders (zie toelichting)" and label(StakeholderKind.OTHER) == "Anders"
    assert label(NonApplicationReason.OTHER, "en") == "Other (see explanation)"
    assert label(StakeholderKind.OTHER, "en") == "Other"


def test_the_english_pdf(files):
    text, reader = pdf_text(files["paths"]["en.pdf"])
    assert "Yearly ISV report 2025" in text and f"page 1 of {len(reader.pages)}" in text
    assert "ISV applied in tenders above the threshold in a risk category 2 3 66.7%" in text
    assert "Dossiers left out of the report" in text and TYPED_REASON in text
    assert "pagina" not in text and "Gehaald" not in text


def test_the_pdf_is_reproducible_and_carries_the_logo_on_the_title_page(files):
    assert files["data"] == files["again"] == files["paths"]["nl.pdf"].read_bytes()
    reader = PdfReader(files["paths"]["nl.pdf"])
    assert len(reader.pages[0].images) == 1 and all(not page.images for page in reader.pages[1:])
    assert not list(files["folder"].glob("*.part"))


def cells(sheet) -> list[tuple]:
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def test_the_xlsx_figures_are_numbers_and_shares_percentages(files):
    book = openpyxl.load_workbook(files["paths"]["nl.xlsx"])
    assert book.sheetnames == ["Cijfers", "Dossiers", "Doelen", "Toelichting"]
    sheet = book["Cijfers"]
    assert list(sheet.tables) == ["Figures"] and sheet.tables["Figures"].ref == f"A1:F{sheet.max_row}"
    assert cells(sheet)[0] == ("Onderdeel", "Cijfer", "Sleutel", "Aantal", "Van", "Aandeel")
    by_key = {row[2].value: row for row in sheet.iter_rows(min_row=2) if row[2].value}
    count, of, share = by_key["applied_required"][3:6]
    assert (count.value, of.value) == (2, 3) and share.value == pytest.approx(2 / 3) and share.number_format == "0.0 %"
    assert isinstance(count.value, int) and isinstance(of.value, int)
    expected = {"selection_or_award": (1, 3), "stakeholder_consulted": (1, 5), "reports_assessed_on_time": (1, 2),
                "actions_closed": (2, 3), "questionnaires_returned": (1, 2)}
    for key, (c, o) in expected.items():
        assert (by_key[key][3].value, by_key[key][4].value, by_key[key][5].value) == (c, o, pytest.approx(c / o)), key
    rows = {row[1]: row[3:] for row in cells(sheet)[1:]}
    assert rows["Gestarte aanbestedingen"] == (5, None, None)
    assert rows["Escalatiestap: Dialoog"] == (1, None, None)


def test_the_xlsx_dossier_list_and_notes(files):
    book = openpyxl.load_workbook(files["paths"]["nl.xlsx"])
    sheet = book["Dossiers"]
    assert list(sheet.tables) == ["Dossiers"]
    rows = cells(sheet)
    header, body = rows[0], rows[1:]
    assert [r[2] for r in body] == ["Werkkleding handhaving", "ICT-werkplekken", "Catering stadhuis",
                                    "Schoonmaak wijkcentra", "Fietsenstalling"]
    first = dict(zip(header, body[0], strict=True))
    assert first["Geraamde waarde"] == 300000 and first["Drempel"] == 221000 and first["Boven drempel"] == "ja"
    assert first["Gestart"].date().isoformat() == "2025-03-01" and first["Raadplegingen"] == 2
    assert first["Gunningscriterium (kwaliteit)"] == "ja" and first["Minimumeis (technische specificatie)"] == "nee"
    explanation = sheet.cell(5, header.index("Toelichting") + 1)
    assert explanation.value == TYPED_EXPLANATION and explanation.data_type == "s" and explanation.quotePrefix
    notes = book["Toelichting"]
    assert list(notes.tables) == ["LeftOut"]
    reason = next(c for row in notes.iter_rows() for c in row if c.value == TYPED_REASON)
    assert reason.data_type == "s" and reason.quotePrefix
    targets = cells(book["Doelen"])
    assert targets[1][:4] == ("ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie",
                              "applied_required", 2024, pytest.approx(0.5))
    assert targets[2][4:] == (2, 3, pytest.approx(2 / 3), "Gehaald")


def test_no_formula_anywhere_in_the_workbooks(files):
    for name in ("nl.xlsx", "en.xlsx"):
        book = openpyxl.load_workbook(files["paths"][name])
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                assert all(cell.data_type != "f" for cell in row), (name, sheet.title)


def test_a_failed_write_leaves_no_file(files, tmp_path):
    session = open_report_session(files["folder"] / "report.sqlite", Clock(date(2025, 1, 1)))
    try:
        missing = tmp_path / "no-such-folder" / "r.xlsx"
        with pytest.raises(UserError) as error:
            session.reports.write_xlsx(2025, missing)
        assert error.value.message_id == "file.folder_missing"  # said to the buyer, naming the folder
        with pytest.raises(UserError):
            session.reports.write_pdf(2025, missing.with_suffix(".pdf"))
        assert not missing.parent.exists()
    finally:
        session.close()


@pytest.mark.parametrize(("language", "share", "day", "euro"), [("nl", "0.0 %", "DD-MM-YYYY", '"€" #,##0'),
                                                               ("en", "0.0%", "DD\\/MM\\/YYYY", '"€"#,##0')])
def test_the_xlsx_writes_shares_days_and_euros_in_the_language_of_the_file(files, language, share, day, euro):
    """As the one formatters write them: 66,7 % / 66.7%, 01-03-2025 / 01/03/2025, € 300.000 / €300,000 (issue 14)."""
    book = openpyxl.load_workbook(files["paths"][f"{language}.xlsx"])
    figures, dossiers = book.worksheets[0], book.worksheets[1]
    assert {row[5].number_format for row in figures.iter_rows(min_row=2) if row[5].value is not None} == {share}
    first = next(dossiers.iter_rows(min_row=2))
    assert (first[3].number_format, first[5].number_format) == (day, euro)
