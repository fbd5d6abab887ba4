"""The yearly report window: the figures of a known file, targets with charts, both files, dossiers left out."""
from __future__ import annotations

import re
import threading
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from report_samples import TYPED_REASON, build

from isv_desktop.ui.organisation_dialog import OrganisationDialog
from isv_desktop.ui.report_dialog import ReportDialog
from isv_desktop.ui.report_figures import figure_rows
from isv_desktop.ui.steps.monitoring_widgets import select_key

TODAY = date(2026, 3, 1)  # the report opens on last year: 2025, the year report_samples knows by heart
EXPORT_TIMEOUT_MS = 60000


@pytest.fixture
def built(tmp_path):
    session, _clock, ids = build(tmp_path)
    yield session, ids
    session.close()


@pytest.fixture
def open_report(qtbot):
    def _open(session, language="nl"):
        dialog = ReportDialog(session.reports, language, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_for_figures(qtbot, dialog)
        return dialog

    return _open


def wait_for_figures(qtbot, dialog):
    """The figures are computed on a worker thread: wait until the latest ones are on screen."""
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.computing, timeout=EXPORT_TIMEOUT_MS)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: shown.append((title, text)))
    return shown


def save_to(monkeypatch, path):
    """Answer the save dialog with ``path``; remember the name it proposed."""
    proposed = []

    def answer(_parent, _title, directory, _filter, *args, **kwargs):
        proposed.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def table_column(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def pdf_text(path):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_report_opens_on_last_year_with_the_known_figures(built, open_report):
    session, _ids = built
    dialog = open_report(session)
    f = dialog.form
    assert f.yearSpin.value() == 2025 and dialog.windowTitle() == "Jaarrapportage ISV 2025"
    rows = figure_rows(f.figuresTree)
    assert rows["Gestarte aanbestedingen"] == ("5", "", "")
    assert rows["Boven de drempel én in een risicocategorie"] == ("3", "5", "60 %")
    assert rows["ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie"] == ("2", "3", "66,7 %")
    assert rows["Met ISV als contractvoorwaarde"] == ("2", "3", "66,7 %")
    assert rows["Op ambitieniveau significant of ambitieus"] == ("2", "3", "66,7 %")
    assert rows["Geen relevant ketenrisico"] == ("1", "2", "50 %")
    assert rows["Raadplegingen: Vakbond"] == ("1", "", "")
    assert rows["Oordeel plan: Voldoende"] == ("1", "1", "100 %")
    assert rows["Contracten waarvan de voortgangsrapportage op tijd is beoordeeld"] == ("1", "2", "50 %")
    assert rows["Corrigerende maatregelen afgerond"] == ("2", "3", "66,7 %")
    assert rows["Escalatiestap: Extern advies of onderzoek"] == ("1", "", "")
    sections = [f.figuresTree.topLevelItem(i).text(0) for i in range(f.figuresTree.topLevelItemCount())]
    assert sections == ["1  Aanbestedingen gestart in 2025", "2  Toepassing van de ISV",
                        "3  ISV per variant (van de aanbestedingen met ISV)",
                        "4  ISV per ambitieniveau (van de aanbestedingen met ISV)",
                        "5  Pas toe of leg uit: waarom geen ISV",
                        "6  Thema's het vaakst hoog (van de aanbestedingen met een risicoscan)",
                        "7  Raadpleging van stakeholders", "8  Opvolging van leveranciers", "9  Contractmonitoring"]
    assert table_column(f.dossiersTable, 1) == ["Werkkleding handhaving", "ICT-werkplekken", "Catering stadhuis",
                                                "Schoonmaak wijkcentra", "Fietsenstalling"]
    assert table_column(f.leftOutTable, 1) == ["Oefendossier"]
    assert table_column(f.dossiersTable, 2)[:2] == ["01-03-2025", "10-05-2025"]
    assert table_column(f.dossiersTable, 3)[::4] == ["€ 300.000", "€ 1.000.000"]
    assert table_column(f.dossiersTable, 7)[::4] == ["significant: contract, selectie, gunning", "ambitieus: minimumeis"]
    notes = f.notesBrowser.toPlainText()
    assert "Oefendossier" in notes and TYPED_REASON in notes  # the buyer's reason as typed, not as markup
    assert "(naam organisatie niet ingesteld)" in f.summaryLabel.text() and "5 aanbestedingen gestart, waarvan 3 met ISV" in \
        f.summaryLabel.text()
    assert "geen doelen" in dialog.targets_view.findChild(type(f.countedLabel), "noTargetsLabel").text()


def test_another_year_is_computed_when_chosen(qtbot, built, open_report, keyboard):
    session, _ids = built
    dialog = open_report(session)
    keyboard.replace(dialog.form.yearSpin, "2024")
    wait_for_figures(qtbot, dialog)
    assert dialog.report.year == 2024 and dialog.windowTitle() == "Jaarrapportage ISV 2024"
    assert figure_rows(dialog.form.figuresTree)["Gestarte aanbestedingen"] == ("1", "", "")
    assert table_column(dialog.form.dossiersTable, 1) == ["Energie"]


def set_target_in_the_organisation_dialog(qtbot, session, keyboard):
    dialog = OrganisationDialog(session.reports, "nl", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    keyboard.replace(f.nameEdit, "Gemeente Voorbeeld")
    f.tabs.setCurrentIndex(1)
    f.figureCombo.setCurrentIndex(f.figureCombo.findData("applied_required"))
    keyboard.replace(f.goalEdit, "100", enter=False)
    keyboard.replace(f.targetYearSpin, "2027", enter=False)
    for year, percent in ((2024, "50"), (2025, "60"), (2026, "80")):
        keyboard.replace(f.milestoneYearSpin, str(year), enter=False)
        keyboard.replace(f.milestonePercentEdit, percent)  # Enter adds the milestone
    f.addTargetButton.click()
    dialog.accept()
    [target] = session.reports.targets()
    return target


def test_set_a_target_open_the_report_and_export_both_files(qtbot, built, open_report, keyboard, monkeypatch,
                                                           tmp_path):
    session, _ids = built
    set_target_in_the_organisation_dialog(qtbot, session, keyboard)
    dialog = open_report(session)
    f = dialog.form
    assert f.tabs.tabText(1) == "&Doelen (1)"
    overview = dialog.targets_view.overview
    assert [overview.item(0, c).text() for c in range(5)] == [
        "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie", "100 % (2027)", "60 %",
        "66,7 % (2 van 3)", "Gehaald"]
    [chart] = dialog.targets_view.charts
    labels = re.findall(r">([^<]+)</text>", chart.svg)  # the PDF's drawing, shown on screen
    assert labels[labels.index("2024"):][:10] == ["2024", "100 %", "50 %", "2025", "66,7 %", "60 %", "2026", "80 %",
                                                  "2027", "100 %"]
    assert "2025: 66,7 %" in chart.summary_text() and chart.accessibleDescription() == chart.summary_text()
    image = chart.grab().toImage()
    row = [image.pixelColor(x, image.height() // 2).name() for x in range(image.width())]
    assert image.width() > 300 and len(set(row)) > 2
    assert max(set(row), key=row.count) == "#ffffff"  # drawn on white, as on paper (no black clip frame)

    pdf = tmp_path / "uit" / "jaarrapportage.pdf"
    pdf.parent.mkdir()
    proposed = save_to(monkeypatch, pdf)
    with qtbot.waitSignal(dialog.saved, timeout=EXPORT_TIMEOUT_MS) as saved:
        f.pdfButton.click()
        assert not f.pdfButton.isEnabled()  # one file at a time
    assert saved.args == [pdf] and proposed[0].endswith("ISV-jaarrapportage-2025.pdf")
    text = pdf_text(pdf)
    assert "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie 2 3 66,7 %" in text
    assert "Gemeente Voorbeeld" in text and "100 % (2027) 60 % 66,7 % Gehaald" in text
    assert f.pdfButton.isEnabled() and str(pdf) in f.statusLabel.text()

    xlsx = tmp_path / "uit" / "jaarrapportage"  # the suffix is added
    proposed = save_to(monkeypatch, xlsx)
    with qtbot.waitSignal(dialog.saved, timeout=EXPORT_TIMEOUT_MS):
        f.xlsxButton.click()
    assert proposed[0].endswith("ISV-jaarrapportage-2025.xlsx")
    book = openpyxl.load_workbook(xlsx.with_suffix(".xlsx"))
    values = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert "Werkkleding handhaving" in values
    assert "ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie" in values


def test_the_files_use_the_chosen_language(qtbot, built, open_report, monkeypatch, tmp_path):
    session, _ids = built
    dialog = open_report(session)
    dialog.form.fileLanguageCombo.setCurrentIndex(dialog.form.fileLanguageCombo.findData("en"))
    pdf = tmp_path / "report.pdf"
    save_to(monkeypatch, pdf)
    with qtbot.waitSignal(dialog.saved, timeout=EXPORT_TIMEOUT_MS):
        dialog.form.pdfButton.click()
    assert "ISV applied in tenders above the threshold in a risk category 2 3 66.7%" in pdf_text(pdf)


def test_a_file_that_cannot_be_written_gives_a_message(qtbot, built, open_report, monkeypatch, tmp_path, warnings):
    session, _ids = built
    dialog = open_report(session)
    save_to(monkeypatch, tmp_path / "bestaat-niet" / "rapport.pdf")
    with qtbot.waitSignal(dialog.save_failed, timeout=EXPORT_TIMEOUT_MS):
        dialog.form.pdfButton.click()
    assert warnings and warnings[0][1].endswith("is niet opgeslagen: de map " + str(tmp_path / "bestaat-niet") + " bestaat niet.")
    assert dialog.form.pdfButton.isEnabled() and not list(tmp_path.glob("**/*.part"))


def test_cancelling_the_save_dialog_writes_nothing(built, open_report, monkeypatch):
    session, _ids = built
    dialog = open_report(session)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert dialog.save_pdf() is False and not dialog.exporter.busy and dialog.form.pdfButton.isEnabled()


def test_a_dossier_left_out_shows_in_the_notes_and_can_count_again(qtbot, built, open_report, monkeypatch,
                                                                    warnings):
    session, ids = built
    dialog = open_report(session)
    f = dialog.form
    f.tabs.setCurrentIndex(2)
    assert not f.leaveOutButton.isEnabled()
    select_key(f.dossiersTable, ids["C"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("Dubbel aangemaakt", True))
    f.leaveOutButton.click()
    wait_for_figures(qtbot, dialog)
    assert session.reports.left_out_reason(ids["C"]) == "Dubbel aangemaakt"
    assert "Catering stadhuis" not in table_column(f.dossiersTable, 1)
    assert table_column(f.leftOutTable, 1) == ["Oefendossier", "Catering stadhuis"]
    assert figure_rows(f.figuresTree)["Gestarte aanbestedingen"] == ("4", "", "")
    notes = f.notesBrowser.toPlainText()
    assert "Catering stadhuis" in notes and "Dubbel aangemaakt" in notes
    assert "telt niet meer mee" in f.statusLabel.text() and warnings == []

    select_key(f.leftOutTable, ids["C"])
    f.includeButton.click()
    wait_for_figures(qtbot, dialog)
    assert session.reports.left_out_reason(ids["C"]) is None
    assert figure_rows(f.figuresTree)["Gestarte aanbestedingen"] == ("5", "", "")
    assert "Catering stadhuis" not in f.notesBrowser.toPlainText()


def test_leaving_out_without_a_reason_is_refused(built, open_report, monkeypatch, warnings):
    session, ids = built
    dialog = open_report(session)
    select_key(dialog.form.dossiersTable, ids["A"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("   ", True))
    dialog.form.leaveOutButton.click()
    assert warnings and "Geef de reden" in warnings[0][1]
    assert session.reports.left_out_reason(ids["A"]) is None
    assert len(table_column(dialog.form.dossiersTable, 1)) == 5


def test_the_report_window_speaks_english(built, open_report, qapp):
    from isv_desktop.ui.translation import install_language

    session, _ids = built
    translator = install_language(qapp, "en")
    try:
        dialog = open_report(session, "en")
        f = dialog.form
        assert dialog.windowTitle() == "Yearly ISV report 2025"
        assert [f.tabs.tabText(i) for i in range(4)] == ["&Figures", "&Targets (0)", "D&ossiers (5)", "&Notes"]
        rows = figure_rows(f.figuresTree)
        assert rows["ISV applied in tenders above the threshold in a risk category"] == ("2", "3", "66.7%")
        # days, amounts and the variants' short words as the English files write them (issue 14)
        assert table_column(f.dossiersTable, 2)[:2] == ["01/03/2025", "10/05/2025"]
        assert table_column(f.dossiersTable, 3)[::4] == ["€300,000", "€1,000,000"]
        assert table_column(f.dossiersTable, 7)[::4] == ["significant: contract, selection, award", "ambitious: minimum"]
        assert "Dossiers left out of the report" in f.notesBrowser.toPlainText()
        assert dialog.default_file_name(".pdf") == "ISV-yearly-report-2025.pdf"
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")


def test_while_a_file_is_written_the_window_shows_progress_and_waits(qtbot, built, open_report, monkeypatch,
                                                                     tmp_path):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from isv_desktop.services.yearly_report import ReportService
    from isv_desktop.ui import report_export

    session, _ids = built
    release = threading.Event()
    write_pdf = ReportService.write_pdf

    def held_back(self, *args, **kwargs):  # on the worker thread: waits until the test has looked
        assert release.wait(EXPORT_TIMEOUT_MS / 1000)
        return write_pdf(self, *args, **kwargs)

    monkeypatch.setattr(ReportService, "write_pdf", held_back)
    monkeypatch.setattr(report_export, "PROGRESS_DELAY_MS", 0)
    dialog = open_report(session)
    f = dialog.form
    pdf = tmp_path / "rapport.pdf"
    save_to(monkeypatch, pdf)
    f.pdfButton.click()
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog, "reportProgress") is not None
                    and dialog.findChild(QProgressDialog, "reportProgress").isVisible())
    assert dialog.exporter.busy and QApplication.overrideCursor() is not None
    assert not f.pdfButton.isEnabled() and not f.xlsxButton.isEnabled() and not f.yearSpin.isEnabled()
    assert dialog.save_xlsx() is False  # one file at a time
    assert "De PDF wordt gemaakt" in f.statusLabel.text()
    with qtbot.waitSignal(dialog.saved, timeout=EXPORT_TIMEOUT_MS):
        release.set()
    assert pdf.exists() and not dialog.exporter.busy and QApplication.overrideCursor() is None
    assert f.pdfButton.isEnabled() and f.yearSpin.isEnabled()


def test_closing_the_window_waits_for_the_file_being_written(qtbot, built, open_report, monkeypatch, tmp_path):
    session, _ids = built
    dialog = open_report(session)
    pdf = tmp_path / "rapport.pdf"
    save_to(monkeypatch, pdf)
    dialog.form.pdfButton.click()
    dialog.reject()
    assert pdf.exists() and not dialog.exporter.busy
