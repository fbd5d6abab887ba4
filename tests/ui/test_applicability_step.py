"""Step 1 through the real widgets: type, leave the field, check what is stored."""
import sqlite3
from decimal import Decimal

from PySide6.QtCore import Qt

from isv_desktop.domain.dossier import IsvDecision, NonApplicationReason, ProcedureType


def press_space(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_create_a_dossier_by_typing_and_find_it_after_a_restart(qtbot, keyboard, open_window, reopen):
    window = open_window()
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    page = window.dossier_view.pages[0]
    form = page.form
    assert window.stack.currentWidget() is window.dossier_view
    keyboard.replace(form.titleEdit, "Werkkleding buitendienst")
    keyboard.replace(form.organisationEdit, "Gemeente Deventer")
    keyboard.replace(form.referenceEdit, "DEV-2025-007")
    form.subjectEdit.setFocus()
    keyboard.type(form.subjectEdit, "Werkkleding en schoenen")
    keyboard.replace(form.cpvEdit, "18110000-3")
    choose(form.procedureCombo, "open")
    keyboard.replace(form.valueEdit, "€ 250.000,00")
    keyboard.replace(form.startEdit, "01-09-2025")
    form.durationSpin.setValue(48)
    keyboard.replace(form.managerEdit, "Facilitair")
    choose(form.categoryCombo, "bedrijfskleding")
    press_space(qtbot, form.applyRadio)
    window.dossier_view.flush()
    qtbot.waitUntil(lambda: window.dossier_view.step_list.item(0).text().startswith("✓"))

    window.show_list()
    assert window.list_model.rowCount() == 1
    assert window.list_model.index(0, 0).data() == "Werkkleding buitendienst"

    window = reopen(window)
    assert window.list_model.rowCount() == 1
    window.list_page.table.selectRow(0)
    window.open_selected()
    stored = window.session.dossiers.get(window.dossier_view.dossier_id)
    assert stored.title == "Werkkleding buitendienst"
    assert stored.organisation == "Gemeente Deventer"
    assert stored.subject == "Werkkleding en schoenen"
    assert stored.cpv_code == "18110000-3"
    assert stored.procedure is ProcedureType.OPEN
    assert stored.estimated_value == Decimal("250000.00")
    assert stored.contract_start.isoformat() == "2025-09-01"
    assert stored.duration_months == 48
    assert stored.risk_category == "bedrijfskleding"
    assert stored.decision is IsvDecision.APPLY
    form = window.dossier_view.pages[0].form
    assert form.valueEdit.text() == "€\u00a0250.000,00"
    assert form.titleEdit.text() == "Werkkleding buitendienst"


def test_change_the_value_and_it_is_there_after_a_restart(qtbot, keyboard, open_window, reopen):
    window = open_window()
    dossier = window.session.dossiers.create("Catering stadhuis")
    window.open_dossier(dossier.id)
    keyboard.replace(window.dossier_view.pages[0].form.valueEdit, "300.000")
    keyboard.replace(window.dossier_view.pages[0].form.valueEdit, "310.000")
    window = reopen(window)
    assert window.session.dossiers.get(dossier.id).estimated_value == Decimal("310000.00")


def test_applicability_around_the_2025_threshold(qtbot, keyboard, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Koffie en thee")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    choose(form.categoryCombo, "catering")
    keyboard.replace(form.valueEdit, "220.999")
    assert "Onder de Europese drempel van € 221.000" in form.applicabilityResult.text()
    assert "Rijksregel: ISV niet verplicht" in form.applicabilityResult.text()
    keyboard.replace(form.valueEdit, "221.000")
    assert "Boven de Europese drempel van € 221.000" in form.applicabilityResult.text()
    assert "Rijksregel: ISV toepassen." in form.applicabilityResult.text()


def test_outside_every_known_period_the_page_says_so(qtbot, keyboard, open_window):
    from datetime import date

    window = open_window(today=date(2029, 3, 1))
    dossier = window.session.dossiers.create("Zonnepanelen")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    keyboard.replace(form.valueEdit, "500.000")
    text = form.applicabilityResult.text()
    assert "Voor 01-03-2029 is geen Europese drempel bekend" in text
    assert "de drempel is bepaald op vandaag (01-03-2029)" in text


def test_a_bad_value_gets_a_message_and_changes_nothing(qtbot, keyboard, open_window, db_path):
    window = open_window()
    dossier = window.session.dossiers.create("Meubilair")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    keyboard.replace(form.valueEdit, "95.000")
    for bad in ("twee ton", "=1+1", "-5", "12,345"):
        keyboard.replace(form.valueEdit, bad)
        assert form.valueError.isVisible()
        assert form.valueError.text()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT estimated_value_cents FROM dossiers").fetchone() == (9_500_000,)
    keyboard.replace(form.valueEdit, "96.000")
    assert not form.valueError.isVisible()


def test_bad_cpv_and_empty_title_are_refused(qtbot, keyboard, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Papier")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    keyboard.replace(form.cpvEdit, "3019")
    assert form.cpvError.isVisible() and "CPV" in form.cpvError.text()
    form.titleEdit.setFocus()
    form.titleEdit.clear()
    qtbot.keyClick(form.titleEdit, Qt.Key.Key_Return)
    assert form.titleError.isVisible()
    stored = window.session.dossiers.get(dossier.id)
    assert stored.title == "Papier" and stored.cpv_code == ""


def test_not_applying_needs_a_reason(qtbot, keyboard, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Schoonmaak")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    assert not form.reasonCombo.isEnabled()
    press_space(qtbot, form.notApplyRadio)
    assert form.reasonCombo.isEnabled()
    choose(form.reasonCombo, "other")
    form.reasonTextEdit.setFocus()
    qtbot.keyClicks(form.reasonTextEdit, "Opdracht wordt binnen een jaar opnieuw aanbesteed")
    window.dossier_view.flush()
    stored = window.session.dossiers.get(dossier.id)
    assert stored.decision is IsvDecision.NOT_APPLY
    assert stored.non_application_reason is NonApplicationReason.OTHER
    assert stored.non_application_text == "Opdracht wordt binnen een jaar opnieuw aanbesteed"


def test_typing_is_stored_after_a_short_pause_without_leaving_the_field(qtbot, keyboard, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Bloemen")
    window.open_dossier(dossier.id)
    form = window.dossier_view.pages[0].form
    form.referenceEdit.setFocus()
    qtbot.keyClicks(form.referenceEdit, "BLM-1")
    qtbot.waitUntil(lambda: window.session.dossiers.get(dossier.id).reference == "BLM-1", timeout=3000)
