"""Step 1: the threshold of the tender's own date, the kind from the CPV code, the suggested category."""
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from isv_desktop.domain.dossier import ContractKind


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def open_step_one(open_window, title, **kwargs):
    window = open_window(**kwargs)
    dossier = window.session.dossiers.create(title)
    window.open_dossier(dossier.id)
    return window, dossier.id, window.dossier_view.pages[0].form


def test_the_call_date_is_stored_and_decides_the_threshold(qtbot, keyboard, open_window, reopen):
    window, dossier_id, form = open_step_one(open_window, "Koffie en thee", today=date(2025, 5, 1))
    keyboard.replace(form.valueEdit, "218.000")
    assert "de drempel is bepaald op vandaag (01-05-2025)" in form.applicabilityResult.text()
    keyboard.replace(form.callDateEdit, "01-06-2026")
    assert window.session.dossiers.get(dossier_id).call_for_competition_date == date(2026, 6, 1)
    text = form.applicabilityResult.text()
    assert "Boven de Europese drempel van € 216.000 (2026–2027)" in text
    assert "Gedelegeerde Verordening (EU) 2025/2152" in text
    assert "Beoordeeld op de datum van de oproep tot mededinging: 01-06-2026" in text
    keyboard.replace(form.callDateEdit, "01-06-2025")
    assert "Onder de Europese drempel van € 221.000 (2024–2025)" in form.applicabilityResult.text()

    window = reopen(window, today=date(2027, 3, 1))  # a 2025 tender reopened in 2027 keeps its 2025 verdict
    window.open_dossier(dossier_id)
    form = window.dossier_view.pages[0].form
    assert form.callDateEdit.text() == "01-06-2025"
    assert "Onder de Europese drempel van € 221.000 (2024–2025)" in form.applicabilityResult.text()


def test_a_date_late_in_the_table_warns_and_a_date_after_it_has_no_threshold(qtbot, keyboard, open_window):
    window, dossier_id, form = open_step_one(open_window, "Schoonmaak", today=date(2026, 12, 5))
    keyboard.replace(form.valueEdit, "300.000")
    keyboard.replace(form.callDateEdit, "15-10-2027")
    text = form.applicabilityResult.text()
    assert "Boven de Europese drempel van € 216.000" in text
    assert "Let op: de bekende drempels lopen tot en met 31-12-2027" in text
    keyboard.replace(form.callDateEdit, "2029-01-15")
    assert window.session.dossiers.get(dossier_id).call_for_competition_date == date(2029, 1, 15)
    text = form.applicabilityResult.text()
    assert "Voor 15-01-2029 is geen Europese drempel bekend" in text
    assert "Boven" not in text and "Onder" not in text
    keyboard.replace(form.callDateEdit, "31-02-2027")
    assert form.callDateError.isVisible()
    assert window.session.dossiers.get(dossier_id).call_for_competition_date == date(2029, 1, 15)


def test_school_meals_are_annex_xiv_services_with_the_750000_threshold(qtbot, keyboard, open_window):
    window, dossier_id, form = open_step_one(open_window, "Schoolmaaltijden", today=date(2026, 12, 5))
    keyboard.replace(form.cpvEdit, "55523100-3")
    assert form.contractKindCombo.currentData() == ContractKind.SOCIAL_SERVICES.value
    assert window.session.dossiers.get(dossier_id).contract_kind is ContractKind.SOCIAL_SERVICES
    assert "bijlage XIV, punt 7" in form.contractKindHint.text()
    keyboard.replace(form.valueEdit, "700.000")
    assert "Onder de Europese drempel van € 750.000 (2026–2027)" in form.applicabilityResult.text()
    assert "Richtlijn 2014/24/EU, art. 4, onder d)" in form.applicabilityResult.text()

    choose(form.contractKindCombo, ContractKind.SUPPLIES_SERVICES.value)  # the buyer overrides the suggestion
    assert window.session.dossiers.get(dossier_id).contract_kind is ContractKind.SUPPLIES_SERVICES
    assert "De gekozen soort wijkt af van de CPV-code: 55523100-3 wijst op" in form.contractKindHint.text()
    assert "Boven de Europese drempel van € 216.000" in form.applicabilityResult.text()


def test_cleaning_stays_supplies_and_services(qtbot, keyboard, open_window):
    window, dossier_id, form = open_step_one(open_window, "Schoonmaak stadhuis", today=date(2026, 12, 5))
    keyboard.replace(form.cpvEdit, "90910000-9")
    assert window.session.dossiers.get(dossier_id).contract_kind is ContractKind.SUPPLIES_SERVICES
    assert "niet in bijlage XIV" in form.contractKindHint.text()
    keyboard.replace(form.valueEdit, "700.000")
    assert "Boven de Europese drempel van € 216.000" in form.applicabilityResult.text()


def test_the_suggested_category_is_taken_over_only_by_the_buyer(qtbot, keyboard, open_window):
    window, dossier_id, form = open_step_one(open_window, "Werkkleding", today=date(2026, 12, 5))
    keyboard.replace(form.cpvEdit, "18110000-3")
    assert "Bedrijfskleding" in form.categorySuggestion.text()
    assert "geen officiële tabel" in form.categorySuggestion.text()
    assert window.session.dossiers.get(dossier_id).risk_category is None
    assert form.useCategoryButton.isVisible()
    qtbot.mouseClick(form.useCategoryButton, Qt.MouseButton.LeftButton)
    assert window.session.dossiers.get(dossier_id).risk_category == "bedrijfskleding"
    assert not form.useCategoryButton.isVisible()
    keyboard.replace(form.valueEdit, "250.000")
    assert "Rijksregel: ISV toepassen." in form.applicabilityResult.text()
    assert window.session.dossiers.get(dossier_id).estimated_value == Decimal("250000.00")


def test_an_imported_threshold_edition_reaches_step_one_and_the_sources_dialog(qtbot, keyboard, open_window, reopen,
                                                                               tmp_path):
    import json

    from isv_desktop import paths
    from isv_desktop.knowledge.thresholds import import_threshold_edition
    from isv_desktop.ui.steps.risk_scan_sources_dialog import RiskScanSourcesDialog

    window, dossier_id, form = open_step_one(open_window, "Printpapier", today=date(2028, 3, 1))
    keyboard.replace(form.valueEdit, "218.000")
    assert "Voor 01-03-2028 is geen Europese drempel bekend" in form.applicabilityResult.text()
    table = json.loads((paths.resources_dir() / "thresholds" / "eu_thresholds.json").read_text(encoding="utf-8"))
    table["periods"].append({"start": "2028-01-01", "end": "2029-12-31", "supplies_services": "219000",
                             "works": "5480000", "source": "test regulation 2028"})  # figures made up for the test
    newer = tmp_path / "drempels.json"
    newer.write_text(json.dumps(table), encoding="utf-8")
    import_threshold_edition(paths.data_dir() / "knowledge", newer, "2028", "2027-10")

    window = reopen(window, today=date(2028, 3, 1))
    window.open_dossier(dossier_id)
    form = window.dossier_view.pages[0].form
    assert "Onder de Europese drempel van € 219.000 (2028–2029)" in form.applicabilityResult.text()
    session = window.session
    dialog = RiskScanSourcesDialog(session.risk_scan.knowledge, "nl", window, session.applicability)
    qtbot.addWidget(dialog)
    text = dialog.form.sourcesView.toPlainText()
    assert "Europese aanbestedingsdrempels" in text and "Editie: 2028" in text and "Verschenen: oktober 2027" in text
    assert "Ingelezen uit drempels.json" in text and "01-01-2026 – 31-12-2027: Gedelegeerde Verordening (EU) 2025/2152" in text
    assert "Richtlijn 2014/24/EU, bijlage XIV" in text
