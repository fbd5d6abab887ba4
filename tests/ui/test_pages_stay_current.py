"""Pages that stay current: a use case says what it changed and every view showing that data reads it again,
without reopening the dossier (issue 14). Driven through the real widgets of the main window."""
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.ui.signals_dialog import SignalsDialog


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def gloves(session, awarded: bool) -> tuple[int, int]:
    """Gloves made in Malaysia, a contract from 1 January 2025 for 36 months, one bidder (awarded or not)."""
    dossier = session.dossiers.create("Handschoenen GGD")
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "36")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    if awarded:
        session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 12, 1))
    return dossier.id, supplier.id


def timeline_texts(page) -> list[str]:
    tree = page.tab_form(page.form.timelineTab).timelineTree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_after_awarding_in_step_4_step_5_shows_the_contractor(qtbot, open_window):
    window = open_window()
    dossier_id, supplier_id = gloves(window.session, awarded=False)
    window.open_dossier_at(dossier_id, StepId.SUPPLIERS)
    view = window.dossier_view
    step4, step5 = view.pages[3], view.pages[4]
    assert view.current_page() is step4
    assert "Nog geen opdrachtnemer" in step5.form.hintLabel.text()  # read when the dossier was opened

    step4.form.awardDate.setDate(QDate(2024, 12, 1))
    click(qtbot, step4.form.awardButton)
    assert [s.id for s in window.session.suppliers.awarded(dossier_id)] == [supplier_id]
    click(qtbot, view.next_button)

    assert view.current_page() is step5
    assert step5.form.hintLabel.text().startswith("De eerste voortgangsrapportage is uiterlijk")
    assert any("Top Glove Europe" in text for text in timeline_texts(step5))


def test_a_follow_up_opened_in_the_signals_window_shows_on_the_dossier_at_once(qtbot, open_window):
    window = open_window()
    dossier_id, _supplier_id = gloves(window.session, awarded=True)
    window.open_dossier_at(dossier_id, StepId.MONITORING)
    step5 = window.dossier_view.pages[4]
    step5.form.tabs.setCurrentWidget(step5.form.signalsTab)  # the buyer looks at the signals tab (built when shown)
    table = step5.tab_form(step5.form.signalsTab).followupsTable
    assert table.model().rowCount() == 0
    seen = []

    def in_the_signals_window():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, SignalsDialog), dialog
            f = dialog.form
            f.signalDate.setDate(QDate(2025, 4, 20))
            qtbot.keyClicks(f.textEdit, "Forced labour at glove factories, Malaysia")
            f.groupCombo.setCurrentIndex(f.groupCombo.findData("handschoenen"))
            f.countryCombo.setEditText("MY")
            with qtbot.waitSignal(dialog.touched_shown):  # matched in the background
                click(qtbot, f.logButton)
            assert dialog.choose_touched(dossier_id)
            click(qtbot, dialog.followup_button)
            qtbot.waitUntil(lambda: table.model().rowCount() == 1)  # while the signals window is still open
            seen.append(table.model().index(0, 3).data())
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_the_signals_window)
    window.signals_action.trigger()

    assert seen == ["Forced labour at glove factories, Malaysia"]
    assert table.model().rowCount() == 1
    tabs = step5.form.tabs
    assert tabs.tabText(tabs.indexOf(step5.form.signalsTab)).endswith("(1)")


def test_step_3_shows_the_priorities_of_the_scan_just_made_on_first_arrival(qtbot, keyboard, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Handschoenen GGD")
    window.open_dossier(dossier.id)
    view = window.dossier_view
    step2, step3 = view.pages[1], view.pages[2]
    assert "nog geen thema's met hoge prioriteit" in step3.form.suggestionReason.text()  # no scan yet
    click(qtbot, view.next_button)
    assert view.current_page() is step2

    form = step2.form
    keyboard.type(form.groupSearchEdit, "wegwerphand")
    qtbot.keyClick(form.groupSearchEdit, Qt.Key.Key_Return)
    form.stageCombo.setCurrentIndex(form.stageCombo.findData(ProductionStage.FINAL_ASSEMBLY.value))
    keyboard.type(form.countrySearchEdit, "Maleisië")
    qtbot.keyClick(form.countrySearchEdit, Qt.Key.Key_Return)
    assert [e.country for e in window.session.risk_scan.countries(dossier.id)] == ["MY"]
    click(qtbot, view.next_button)

    assert view.current_page() is step3
    assert "Hoge prioriteit in de risicoscan" in step3.form.suggestionReason.text()
    assert "dwangarbeid" in step3.form.suggestionReason.text()
