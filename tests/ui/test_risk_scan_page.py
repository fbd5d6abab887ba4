"""Step 2 through the real widgets: choose, scan, judge, log — then reopen and find it all stored."""
import os
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_view import DossierView
from isv_desktop.ui.steps.applicability_page import ApplicabilityPage
from isv_desktop.ui.steps.risk_scan_labels import level_colours
from isv_desktop.ui.steps.risk_scan_page import RiskScanPage
from isv_desktop.ui.steps.risk_scan_table_model import LEVEL_ROLE, RiskTableModel

A_DAY_IN_2025 = date(2025, 5, 1)
GLOVES_CPV = "33141420-0"


@pytest.fixture
def open_view(qtbot, db_path):
    """A dossier view with steps 1 and 2 on the test database, as the main window builds it."""
    opened = []

    def _open(language="nl"):
        session = open_session(db_path, today=lambda: A_DAY_IN_2025)
        factories = [lambda: ApplicabilityPage(session.dossiers, session.applicability, language),
                     lambda: RiskScanPage(session.risk_scan, language)]
        view = DossierView(session.dossiers, factories, language, progress=session.progress)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        opened.append((view, session))
        return view, session

    yield _open
    for view, session in opened:
        view.flush(), view.close(), session.close()


def open_step_two(view, dossier_id):
    view.open(dossier_id)
    view.go_to(1)
    assert isinstance(view.pages[1], RiskScanPage) and view.pages[1].isVisible()
    return view.pages[1]


def reopen(open_view, view, session):
    view.flush(), view.close(), session.close()
    return open_view()


def cell(model: RiskTableModel, theme, code):
    return model.index(list(Theme).index(theme), model.result.columns.index(code))


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_message_box(qtbot, button_text, seen):
    """Click the button of the message box that is about to open."""

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def enter(qtbot, keyboard, edit, text):
    """Type ``text`` into a search field and press Enter."""
    edit.clear()
    keyboard.type(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def add_country(qtbot, keyboard, form, text, stage):
    choose(form.stageCombo, stage.value)
    enter(qtbot, keyboard, form.countrySearchEdit, text)


def test_scan_judge_and_log_then_find_it_all_after_reopening(qtbot, keyboard, open_view, tmp_path, monkeypatch):
    view, session = open_view()
    dossier = session.dossiers.create("Handschoenen GGD")
    page = open_step_two(view, dossier.id)
    form = page.form
    assert session.risk_scan.groups(dossier.id) == []  # no CPV code in step 1: nothing preselected
    assert not form.noScanLabel.isHidden()

    keyboard.type(form.groupSearchEdit, "wegwerphand")
    assert form.groupMatches.isVisible() and "Medische en wegwerphandschoenen" in form.groupMatches.item(0).text()
    qtbot.keyClick(form.groupSearchEdit, Qt.Key.Key_Return)
    assert session.risk_scan.groups(dossier.id) == ["handschoenen"]
    assert form.groupList.count() == 1 and form.groupSearchEdit.text() == ""

    add_country(qtbot, keyboard, form, "Maleisië", ProductionStage.FINAL_ASSEMBLY)
    add_country(qtbot, keyboard, form, "china", ProductionStage.RAW_MATERIAL)
    assert [(e.country, e.stage.value) for e in session.risk_scan.countries(dossier.id)] == [
        ("MY", "final_assembly"), ("CN", "raw_material")]
    assert [form.countryTable.item(0, c).text() for c in (1, 2)] == ["Maleisië (MY)", "Eindassemblage"]

    # the risk table: forced labour high for gloves from Malaysia, readable without colour
    form.tabs.setCurrentWidget(form.risksTab)
    model = page.risk_model
    assert model.rowCount() == 9 and model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Maleisië (MY)"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Dwangarbeid"
    forced_my = cell(model, Theme.FORCED_LABOUR, "MY")
    assert forced_my.data(LEVEL_ROLE) == RiskLevel.HIGH.value and forced_my.data() == "▲ hoog"
    assert forced_my.data(Qt.ItemDataRole.BackgroundRole) == level_colours(RiskLevel.HIGH)[0]
    light_cell, before = level_colours(RiskLevel.HIGH)[0], QApplication.palette()
    dark = QPalette(QColor("#2d2d2d"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    QApplication.setPalette(dark)
    try:  # the model keeps its cells' answers, a colour per palette: a new palette colours the cell anew
        assert forced_my.data(Qt.ItemDataRole.BackgroundRole) == level_colours(RiskLevel.HIGH)[0] != light_cell
    finally:
        QApplication.setPalette(before)
    assert "US DOL List of Goods, 2022" in forced_my.data(Qt.ItemDataRole.ToolTipRole)
    table = form.riskTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(forced_my).center())
    details = form.detailsView.toPlainText()
    assert "Rubberen handschoenen — Maleisië — dwangarbeid (US DOL List of Goods, 2022)" in details
    child_my = cell(model, Theme.CHILD_LABOUR, "MY")
    assert child_my.data(LEVEL_ROLE) == RiskLevel.UNKNOWN.value and child_my.data() == "? onbekend"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(child_my).center())
    assert "niet op een lijst staat, betekent niet dat het risico er niet is" in form.detailsView.toPlainText()

    # the judgement: the high themes are marked until judged
    form.tabs.setCurrentWidget(form.judgementTab)
    assert set(session.risk_scan.high_themes(dossier.id)) == {
        Theme.FORCED_LABOUR, Theme.FREEDOM_OF_ASSOCIATION, Theme.WORKING_HOURS}  # overtime: US CBP findings (MY)
    assert "dwangarbeid" in form.judgementHint.text()
    forced = page.judgement.rows[Theme.FORCED_LABOUR]
    assert forced.name.text().startswith("⚠") and forced.level.text() == "▲ hoog"
    forced.severity.setFocus()
    for combo, presses in ((forced.severity, 3), (forced.likelihood, 2)):
        for _ in range(presses):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    keyboard.replace(forced.note, "Bekend uit het nieuws over handschoenenfabrieken")
    judgement = session.risk_scan.judgements(dossier.id)[Theme.FORCED_LABOUR]
    assert (judgement.severity, judgement.likelihood) == (3, 2)
    assert judgement.note == "Bekend uit het nieuws over handschoenenfabrieken"
    assert forced.priority.text() == "hoog" and forced.name.text().startswith("✓")
    assert not session.progress.status(dossier.id).step(StepId.RISK_SCAN).complete
    choose(page.judgement.rows[Theme.FREEDOM_OF_ASSOCIATION].severity, 2)
    choose(page.judgement.rows[Theme.FREEDOM_OF_ASSOCIATION].likelihood, 3)
    assert not session.progress.status(dossier.id).step(StepId.RISK_SCAN).complete  # working hours is high too
    choose(page.judgement.rows[Theme.WORKING_HOURS].severity, 2)
    choose(page.judgement.rows[Theme.WORKING_HOURS].likelihood, 2)
    assert session.progress.status(dossier.id).step(StepId.RISK_SCAN).complete
    assert view.step_list.item(1).text().startswith("✓")

    # a stakeholder consultation
    form.tabs.setCurrentWidget(form.stakeholdersTab)
    choose(form.kindCombo, StakeholderKind.TRADE_UNION.value)
    keyboard.type(form.organisationEdit, "FNV")
    keyboard.type(form.consultedOnEdit, "04-03-2025")
    form.consultedThemesList.item(1).setCheckState(Qt.CheckState.Checked)
    keyboard.type(form.outcomeEdit, "Let op wervingskosten van arbeidsmigranten")
    click(qtbot, form.addConsultationButton)
    [consultation] = session.risk_scan.consultations(dossier.id)
    assert consultation.kind is StakeholderKind.TRADE_UNION and consultation.organisation == "FNV"
    assert consultation.consulted_on == date(2025, 3, 4) and consultation.themes == (Theme.FORCED_LABOUR,)
    assert form.organisationEdit.text() == "" and form.consultationTable.rowCount() == 1

    # an own risk with an attached file
    form.tabs.setCurrentWidget(form.ownRisksTab)
    report = tmp_path / "rapport vakbond.pdf"
    report.write_bytes(b"%PDF-1.4 rapport \x00\xff" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(report), "")))
    click(qtbot, form.chooseAttachmentButton)
    assert "rapport vakbond.pdf" in form.attachmentNameLabel.text()
    choose(form.ownThemeCombo, Theme.WORKING_HOURS.value)
    keyboard.type(form.ownDescriptionEdit, "Verplichte overuren in het piekseizoen")
    keyboard.type(form.ownSourceEdit, "CSR Risk Check, 12-03-2025")
    click(qtbot, form.addOwnRiskButton)
    [risk] = session.risk_scan.own_risks(dossier.id)
    assert (risk.theme, risk.description, risk.source, risk.attachment_name, risk.attachment) == (
        Theme.WORKING_HOURS, "Verplichte overuren in het piekseizoen", "CSR Risk Check, 12-03-2025",
        "rapport vakbond.pdf", report.read_bytes())
    assert form.attachmentNameLabel.text() == "Geen bestand gekozen"

    # close the database and open it again: everything is there, on the page too
    view, session = reopen(open_view, view, session)
    page = open_step_two(view, dossier.id)
    form = page.form
    assert session.risk_scan.groups(dossier.id) == ["handschoenen"]
    assert [e.country for e in session.risk_scan.countries(dossier.id)] == ["MY", "CN"]
    assert form.countryTable.rowCount() == 2 and form.groupList.item(0).text() == "Medische en wegwerphandschoenen"
    assert cell(page.risk_model, Theme.FORCED_LABOUR, "MY").data(LEVEL_ROLE) == RiskLevel.HIGH.value
    forced = page.judgement.rows[Theme.FORCED_LABOUR]
    assert (forced.severity.currentData(), forced.likelihood.currentData()) == (3, 2)
    assert forced.note.text() == "Bekend uit het nieuws over handschoenenfabrieken"
    assert [form.consultationTable.item(0, c).text() for c in (0, 1, 2)] == ["04-03-2025", "Vakbond", "FNV"]
    assert form.ownRiskTable.item(0, 3).text().startswith("rapport vakbond.pdf")
    assert session.progress.status(dossier.id).step(StepId.RISK_SCAN).complete
    assert view.step_list.item(1).text().startswith("✓")


def test_a_bad_country_or_group_text_gives_a_message_and_stores_nothing(qtbot, keyboard, open_view):
    view, session = open_view()
    dossier = session.dossiers.create("Handschoenen")
    page = open_step_two(view, dossier.id)
    form = page.form
    enter(qtbot, keyboard, form.groupSearchEdit, "xyzzy")
    assert form.groupError.isVisible() and "xyzzy" in form.groupError.text()
    assert session.risk_scan.groups(dossier.id) == []
    assert not form.countrySearchEdit.isEnabled()  # no group yet, no countries

    session.risk_scan.add_group(dossier.id, "handschoenen")
    page.load(dossier.id)
    scans = session.risk_scan._repository.scan_count(dossier.id)
    for bad in ("Atlantis", "XX", "=1+1"):
        enter(qtbot, keyboard, form.countrySearchEdit, bad)
        assert form.countryError.isVisible()
        assert f"‘{bad}’" in form.countryError.text() and "ISO-code" in form.countryError.text()
        assert form.countrySearchEdit.accessibleDescription() == form.countryError.text()
    assert session.risk_scan.countries(dossier.id) == []
    assert session.risk_scan._repository.scan_count(dossier.id) == scans
    enter(qtbot, keyboard, form.countrySearchEdit, "MY")
    enter(qtbot, keyboard, form.countrySearchEdit, "MY")
    assert "staat er al" in form.countryError.text() and len(session.risk_scan.countries(dossier.id)) == 1


def test_arrow_keys_choose_among_the_matches(qtbot, keyboard, open_view):
    view, session = open_view()
    dossier = session.dossiers.create("Laboratorium")
    page = open_step_two(view, dossier.id)
    form = page.form
    keyboard.type(form.groupSearchEdit, "3314")  # the start of a CPV code: gloves, then laboratory supplies
    assert form.groupMatches.count() == 2
    qtbot.keyClick(form.groupSearchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(form.groupSearchEdit, Qt.Key.Key_Return)
    assert session.risk_scan.groups(dossier.id) == ["laboratorium"]
    keyboard.type(form.countrySearchEdit, "united")
    rows = [form.countryMatches.item(r).text() for r in range(form.countryMatches.count())]
    assert any("(GB)" in r for r in rows) and any("(US)" in r for r in rows)
    target = next(r for r, text in enumerate(rows) if "(US)" in text)
    for _ in range(target):
        qtbot.keyClick(form.countrySearchEdit, Qt.Key.Key_Down)
    click(qtbot, form.addCountryButton)
    assert [e.country for e in session.risk_scan.countries(dossier.id)] == ["US"]

    form.groupList.setCurrentRow(0)  # removing a group with countries asks first
    seen = []
    answer_message_box(qtbot, "Niet verwijderen", seen)
    click(qtbot, form.removeGroupButton)
    assert session.risk_scan.groups(dossier.id) == ["laboratorium"] and "Laboratorium" in seen[0]
    answer_message_box(qtbot, "Verwijderen", seen)
    click(qtbot, form.removeGroupButton)
    assert session.risk_scan.groups(dossier.id) == [] and session.risk_scan.countries(dossier.id) == []
    assert page.risk_model.rowCount() == 0 and not form.noScanLabel.isHidden()
    assert not session.progress.status(dossier.id).step(StepId.RISK_SCAN).complete


def test_the_cpv_code_of_step_one_preselects_and_origin_unknown_lists_what_to_ask(qtbot, keyboard, open_view):
    view, session = open_view()
    dossier = session.dossiers.create("Handschoenen")
    view.open(dossier.id)
    keyboard.replace(view.pages[0].form.cpvEdit, GLOVES_CPV)
    click(qtbot, view.next_button)
    page = view.pages[1]
    assert session.risk_scan.groups(dossier.id) == ["handschoenen"]
    assert page.form.groupList.item(0).text() == "Medische en wegwerphandschoenen"
    model = page.risk_model
    assert model.result.columns == (None,)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Herkomst onbekend"
    forced = cell(model, Theme.FORCED_LABOUR, None)
    assert forced.data() == "▲ hoog *"
    assert "Hangt af van de herkomst" in forced.data(Qt.ItemDataRole.ToolTipRole)
    origins = page.form.originsView.toPlainText()
    assert "Vraag inschrijvers naar deze landen:" in origins
    assert "Maleisië (MY) — Rubberen handschoenen — dwangarbeid" in origins
    assert "Myanmar" in origins and "kinderarbeid + dwangarbeid" in origins


def test_attachments_too_large_refused_saved_back_and_removal_asks(qtbot, keyboard, open_view, tmp_path, monkeypatch):
    view, session = open_view()
    dossier = session.dossiers.create("Kleding")
    page = open_step_two(view, dossier.id)
    form = page.form
    form.tabs.setCurrentWidget(form.ownRisksTab)
    huge = tmp_path / "film.mp4"
    huge.write_bytes(b"")
    os.truncate(huge, 20 * 1024 * 1024 + 1)  # one byte over the limit (sparse: takes no disk space)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(huge), "")))
    click(qtbot, form.chooseAttachmentButton)
    assert "te groot" in form.ownRiskError.text() and form.attachmentNameLabel.text() == "Geen bestand gekozen"
    click(qtbot, form.addOwnRiskButton)
    assert "Beschrijf het risico" in form.ownRiskError.text() and session.risk_scan.own_risks(dossier.id) == []
    small = tmp_path / "notitie.txt"
    small.write_bytes("Gesprek met Arisa — ‘lonen onder leefbaar niveau’".encode())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(small), "")))
    click(qtbot, form.chooseAttachmentButton)
    keyboard.type(form.ownDescriptionEdit, "Lonen onder leefbaar niveau in spinnerijen")
    keyboard.type(form.ownSourceEdit, "Gesprek met Arisa")
    click(qtbot, form.addOwnRiskButton)
    assert len(session.risk_scan.own_risks(dossier.id)) == 1
    form.ownRiskTable.selectRow(0)
    saved = tmp_path / "terug.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    click(qtbot, form.saveAttachmentButton)
    assert saved.read_bytes() == small.read_bytes()
    missing = tmp_path / "weg" / "terug.txt"  # a folder that does not exist: a message naming it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    click(qtbot, form.saveAttachmentButton)
    assert f"de map {missing.parent} bestaat niet" in form.ownRiskError.text()
    seen = []
    answer_message_box(qtbot, "Niet verwijderen", seen)
    click(qtbot, form.removeOwnRiskButton)
    assert len(session.risk_scan.own_risks(dossier.id)) == 1 and "Lonen onder leefbaar niveau" in seen[0]
    answer_message_box(qtbot, "Verwijderen", seen)
    click(qtbot, form.removeOwnRiskButton)
    assert session.risk_scan.own_risks(dossier.id) == [] and form.ownRiskTable.rowCount() == 0


def test_a_consultation_needs_organisation_and_a_real_date_and_removal_asks(qtbot, keyboard, open_view):
    view, session = open_view()
    dossier = session.dossiers.create("Koffie")
    form = open_step_two(view, dossier.id).form
    form.tabs.setCurrentWidget(form.stakeholdersTab)
    click(qtbot, form.addConsultationButton)
    assert "organisatie" in form.consultationError.text()
    keyboard.type(form.organisationEdit, "Solidaridad")
    keyboard.type(form.consultedOnEdit, "31-02-2025")
    click(qtbot, form.addConsultationButton)
    assert "geen datum" in form.consultationError.text() and session.risk_scan.consultations(dossier.id) == []
    form.consultedOnEdit.clear()
    keyboard.type(form.consultedOnEdit, "28-02-2025")
    choose(form.kindCombo, StakeholderKind.NGO.value)
    click(qtbot, form.addConsultationButton)
    assert not form.consultationError.isVisible()
    [item] = session.risk_scan.consultations(dossier.id)
    assert (item.kind, item.themes, item.outcome) == (StakeholderKind.NGO, (), "")
    form.consultationTable.selectRow(0)
    seen = []
    answer_message_box(qtbot, "Verwijderen", seen)
    click(qtbot, form.removeConsultationButton)
    assert "Solidaridad" in seen[0] and "28-02-2025" in seen[0] and session.risk_scan.consultations(dossier.id) == []


def test_a_newer_edition_shows_a_banner_and_rescanning_shows_what_changed(qtbot, open_view, tmp_path):
    from isv_desktop import paths
    from isv_desktop.knowledge.editions import import_edition

    view, session = open_view()
    dossier = session.dossiers.create("Handschoenen")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    page = open_step_two(view, dossier.id)
    assert not page.form.editionBanner.isVisible()
    shipped = (paths.resources_dir() / "knowledge" / "us_dol_goods.csv").read_text(encoding="utf-8").splitlines()
    newer = tmp_path / "dol_2099.csv"
    newer.write_text("\n".join(line for line in shipped if not line.startswith("Rubber Gloves,")) + "\n", "utf-8")
    import_edition(session.risk_scan.knowledge, paths.data_dir() / "knowledge", "us_dol_goods", newer, "2099")

    view, session = reopen(open_view, view, session)
    page = open_step_two(view, dossier.id)
    form = page.form
    assert form.editionBanner.isVisible() and "US DOL List of Goods: 2099" in form.editionBannerLabel.text()
    assert cell(page.risk_model, Theme.FORCED_LABOUR, "MY").data(LEVEL_ROLE) == RiskLevel.HIGH.value  # as it was made
    click(qtbot, form.rescanButton)
    assert not form.editionBanner.isVisible() and form.changesLabel.isVisible()
    changes = form.changesLabel.text()
    assert "2022 → 2099" in changes and "Niet meer genoemde herkomstlanden: Maleisië (MY)" in changes
    assert session.risk_scan.stored_scan(dossier.id).result.editions["us_dol_goods"] == "2099"

    click(qtbot, form.sourcesButton)  # about the reference data: every source, edition, date, licence
    dialog = page.findChild(QDialog, "riskScanSourcesDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.form.sourcesView.toPlainText()
    for source in session.risk_scan.knowledge.sources.values():
        assert source.short_title in text and f"Editie: {source.edition}" in text and source.licence("nl") in text
    assert "Editie: 2099" in text and "Verschenen: 2026" in text
    click(qtbot, dialog.form.buttonBox.buttons()[0])
    assert not dialog.isVisible()


def test_the_page_speaks_english_when_asked(qtbot, keyboard, open_view, qapp):
    from isv_desktop.ui.translation import install_language

    translator = install_language(qapp, "en")
    try:
        view, session = open_view(language="en")
        dossier = session.dossiers.create("Solar")
        session.risk_scan.add_group(dossier.id, "zonnepanelen")
        page = open_step_two(view, dossier.id)
        form = page.form
        tabs = [form.tabs.tabText(i) for i in range(form.tabs.count())]
        assert tabs == ["Product groups and countries", "Risks", "Inputs", "Your judgement", "Own risks", "Stakeholders"]
        assert "No listing is not no risk" in view.help_panels[1].body.text()
        enter(qtbot, keyboard, form.countrySearchEdit, "China")
        assert [form.countryTable.item(0, c).text() for c in (1, 2)] == ["China (CN)", "Unknown"]
        forced = cell(page.risk_model, Theme.FORCED_LABOUR, "CN")
        assert forced.data() == "▲ high"
        assert "Polysilicon — China — forced labour (US DOL List of Goods, 2022)" in forced.data(3)  # tooltip
        assert page.risk_model.headerData(1, Qt.Orientation.Vertical) == "Forced labour"
        assert "Still to judge" in form.judgementHint.text()
        assert form.kindCombo.itemText(1) == "Trade union"
        enter(qtbot, keyboard, form.countrySearchEdit, "Atlantis")
        assert "No country found" in form.countryError.text()
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")


def test_the_risk_table_is_fitted_when_it_shows_not_while_another_step_does(qtbot, open_view, monkeypatch):
    view, session = open_view()
    dossiers = []
    for countries in (("MY",), ("MY", "CN", "VN")):
        dossier = session.dossiers.create("Handschoenen GGD")
        session.risk_scan.add_group(dossier.id, "handschoenen")
        for code in countries:
            session.risk_scan.add_country(dossier.id, "handschoenen", code, ProductionStage.FINAL_ASSEMBLY)
        dossiers.append(dossier.id)
    page = view.pages[1]
    table = page.form.riskTable
    view.open(dossiers[0])
    view.go_to(1)
    page.form.tabs.setCurrentWidget(page.form.risksTab)
    qtbot.waitUntil(table.isVisible)
    view.go_to(0)
    answered = []
    answer = RiskTableModel._answer  # what data() works a cell out by (Python: patched here, Qt's virtual is not)
    monkeypatch.setattr(RiskTableModel, "_answer", lambda model, *args: answered.append(args) or answer(model, *args))
    session.dossiers.edit(dossiers[1], "current_step", StepId.APPLICABILITY.value)
    view.open(dossiers[1])
    assert page.risk_model.columnCount() == 3 and not table.isVisible()
    assert answered == []  # no cell measured while step 1 shows
    view.go_to(1)
    qtbot.waitUntil(table.isVisible)
    assert answered
    rows = table.verticalHeader().length()
    assert rows == 9 * table.verticalHeader().defaultSectionSize()
    assert table.minimumHeight() == table.maximumHeight() >= table.horizontalHeader().height() + rows
    assert table.verticalScrollBar().maximum() == 0  # all nine themes, no inner scroll bar
    assert all(table.horizontalHeader().sectionSize(c) > 0 for c in range(3))
