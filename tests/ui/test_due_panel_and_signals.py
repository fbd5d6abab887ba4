"""The home screen's due panel and the signals window, through the real widgets."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from isv_desktop.domain.monitoring import ActionStatus, AuditKind, SignalSourceKind
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.services.session import open_session
from isv_desktop.ui.due_panel import DuePanel
from isv_desktop.ui.signals_dialog import SignalsDialog

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def gloves_dossier(session) -> tuple[int, int]:
    """Gloves made in Malaysia, awarded, contract from 1 January 2025 for 36 months."""
    dossier = session.dossiers.create("Handschoenen GGD")
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "36")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 12, 1))
    return dossier.id, supplier.id


def furniture_dossier(session) -> int:
    dossier = session.dossiers.create("Meubilair stadhuis")
    session.risk_scan.add_group(dossier.id, "meubilair_hout")
    session.risk_scan.add_country(dossier.id, "meubilair_hout", "VN", ProductionStage.FINAL_ASSEMBLY)
    return dossier.id


def touched_rows(dialog) -> list[list[str]]:
    """What the touched dossiers' table shows, row by row."""
    model = dialog.form.touchedTable.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


@pytest.fixture
def signals_dialog(qtbot, session):
    def _open(language="nl"):
        dialog = SignalsDialog(session.signals, session.knowledge, language)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return _open


# -- the signals window ---------------------------------------------------------------------------------------

def test_log_a_signal_see_the_touched_dossier_and_open_its_follow_up(session, signals_dialog, qtbot):
    gloves_id, _ = gloves_dossier(session)
    furniture_id = furniture_dossier(session)
    dialog = signals_dialog()
    f = dialog.form
    f.signalDate.setDate(QDate(2026, 2, 27))
    f.sourceCombo.setCurrentIndex(f.sourceCombo.findData(SignalSourceKind.NGO_REPORT.value))
    qtbot.keyClicks(f.textEdit, "Forced labour at glove factories, Malaysia")
    qtbot.keyClicks(f.linkEdit, "https://example.org/gloves")
    f.groupCombo.setCurrentIndex(f.groupCombo.findData("handschoenen"))
    f.countryCombo.setEditText("MY")  # typed as a code
    with qtbot.waitSignal(dialog.touched_shown):  # matched in the background
        qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)

    [stored] = session.signals.signals()
    assert (stored.signal_date, stored.source_kind, stored.country, stored.group_id, stored.link) == (
        date(2026, 2, 27), SignalSourceKind.NGO_REPORT, "MY", "handschoenen", "https://example.org/gloves")
    assert touched_rows(dialog) == [["Handschoenen GGD", "productgroep en land van productie", ""]]
    assert not dialog.choose_touched(furniture_id)
    assert f.textEdit.toPlainText() == ""  # ready for the next signal
    assert f.signalsTable.model().rowCount() == 1

    assert dialog.choose_touched(gloves_id)
    qtbot.mouseClick(dialog.followup_button, Qt.MouseButton.LeftButton)
    [(_id, signal, opened_on, _note, closed_on)] = session.signals.followups(gloves_id)
    assert (signal.id, opened_on, closed_on) == (stored.id, TODAY, None)
    assert not dialog.followup_button.isEnabled() and "geopend" in touched_rows(dialog)[0][2]
    assert session.signals.followups(furniture_id) == []

    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.mouseClick(dialog.open_dossier_button, Qt.MouseButton.LeftButton)
    assert opened.args == [gloves_id, StepId.MONITORING]


def test_an_earlier_signal_shows_its_dossiers_again_and_a_brand_finds_the_delivered_product(
        session, signals_dialog, qtbot, keyboard):
    solar = session.dossiers.create("Zonnepanelen sporthal")
    session.monitoring.add_delivered_product(solar.id, "Zonnepaneel 400 Wp", brand="Ningbo Solár", site_country="CN")
    dialog = signals_dialog()
    f = dialog.form
    f.sourceCombo.setCurrentIndex(f.sourceCombo.findData(SignalSourceKind.WITHHOLD_RELEASE_ORDER.value))
    qtbot.keyClicks(f.textEdit, "WRO against the brand")
    qtbot.keyClicks(f.brandEdit, "NINGBO SOLAR")
    with qtbot.waitSignal(dialog.touched_shown):
        qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    [[title, reasons, _followup]] = touched_rows(dialog)
    assert title == "Zonnepanelen sporthal" and "merk" in reasons

    assert dialog.choose_touched(solar.id)
    qtbot.mouseClick(dialog.followup_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(f.textEdit, "Nothing to do with anyone")
    with qtbot.waitSignal(dialog.touched_shown):
        qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    assert touched_rows(dialog) == [] and "geen dossier" in f.touchedLabel.text()

    with qtbot.waitSignal(dialog.touched_shown):
        f.signalsTable.selectRow(1)  # the WRO (newest first)
    assert len(touched_rows(dialog)) == 1
    assert dialog.choose_touched(solar.id)
    assert not dialog.followup_button.isEnabled()  # its follow-up is already open


def test_a_signal_needs_text_and_a_known_country(session, signals_dialog, qtbot):
    dialog = signals_dialog()
    f = dialog.form
    qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    assert f.signalError.isVisible()
    qtbot.keyClicks(f.textEdit, "Rapport over de mijnbouw")
    f.countryCombo.setEditText("Atlantis")
    qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    assert f.signalError.isVisible() and "Atlantis" in f.signalError.text()
    assert session.signals.signals() == []
    f.countryCombo.setEditText("Congo")  # more than one country has that name
    qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    assert session.signals.signals() == []
    f.countryCombo.setEditText("Maleisië")
    qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    assert [s.country for s in session.signals.signals()] == ["MY"]


# -- the due panel ----------------------------------------------------------------------------------------------

def row_of(panel, kind):
    """The row (its first cell) showing the first item of ``kind``."""
    items = panel.items()
    return panel.model.index(next(i for i, item in enumerate(items) if item.kind == kind), 0)


def text(index, column):
    return index.siblingAtColumn(column).data()


def test_an_overdue_corrective_action_is_marked_and_opens_its_dossier_at_monitoring(session, qtbot):
    dossier_id, _ = gloves_dossier(session)
    monitoring = session.monitoring
    monitoring.plan_progress_reports(dossier_id)
    audit = monitoring.record_audit(dossier_id, AuditKind.FACTORY_AUDIT, date(2025, 11, 1), "Bureau X", "Paspoorten")
    late = monitoring.add_corrective_action(dossier_id, audit, "Paspoorten teruggeven", "Leverancier", date(2026, 2, 1))
    monitoring.add_corrective_action(dossier_id, audit, "Wervingskosten terugbetalen", "Leverancier", date(2026, 3, 20))
    panel = DuePanel(session.due, "nl")
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()

    items = panel.items()
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)  # by date, overdue first
    action = row_of(panel, "corrective_action")
    assert text(action, 0) == "01-02-2026"
    assert text(action, 1) == "⚠ 29 dagen te laat"  # marked in words, not only in colour
    assert text(action, 2) == "Corrigerende maatregel: Paspoorten teruggeven"
    assert text(action, 3) == "Handschoenen GGD"
    upcoming = [i for i in items if i.kind == "corrective_action" and i.due_on > TODAY]
    assert upcoming and "over 18 dagen" in panel.model.index(items.index(upcoming[0]), 1).data()
    assert panel.summary_label.text().startswith("3 te laat, 1 in de komende 30 dagen")

    qtbot.waitExposed(panel)
    rect = panel.tree.visualRect(action)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_item().kind == "corrective_action"
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [dossier_id, StepId.MONITORING]

    panel.tree.setCurrentIndex(row_of(panel, "plan_of_action"))
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [dossier_id, StepId.SUPPLIERS]

    monitoring.update_corrective_action(dossier_id, late, ActionStatus.DONE, "Verklaringen")
    panel.refresh()
    assert all(not (i.kind == "corrective_action" and i.due_on < TODAY) for i in panel.items())


def test_an_empty_due_list_says_so(session, qtbot):
    panel = DuePanel(session.due, "nl")
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    assert panel.summary_label.text() == "Niets te laat en niets in de komende 30 dagen."
    assert not panel.open_button.isEnabled()
