"""Step 2's first show builds and measures only what shows (issue 15): the scope tab shows first, so the risk
table's cells are not measured and the judgement rows are not made until their tabs show."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_view import DossierView
from isv_desktop.ui.steps.applicability_page import ApplicabilityPage
from isv_desktop.ui.steps.risk_scan_page import RiskScanPage
from isv_desktop.ui.steps.risk_scan_table_model import RiskTableModel

COUNTRIES = ("CN", "IN", "BD", "VN", "MY", "TH", "ID", "PK", "TR", "KH", "LK", "MM", "PH", "MX", "BR", "ET")
JUDGEMENT_HEADERS = 6  # the grid's header row, in the form


@pytest.fixture
def view_and_session(qtbot, db_path):
    session = open_session(db_path, today=lambda: date(2025, 5, 1))
    factories = [lambda: ApplicabilityPage(session.dossiers, session.applicability, "nl"),
                 lambda: RiskScanPage(session.risk_scan, "nl")]
    view = DossierView(session.dossiers, factories, "nl", progress=session.progress)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    yield view, session
    view.flush(), view.close(), session.close()


def gloves_dossier(session, countries) -> int:
    dossier = session.dossiers.create("Handschoenen GGD")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    for code in countries:
        session.risk_scan.add_country(dossier.id, "handschoenen", code, ProductionStage.FINAL_ASSEMBLY)
    session.dossiers.edit(dossier.id, "current_step", StepId.RISK_SCAN.value)
    return dossier.id


def test_a_new_step_two_measures_no_cell_until_the_risk_table_shows(qtbot, view_and_session, monkeypatch):
    view, session = view_and_session
    dossier_id = gloves_dossier(session, COUNTRIES)
    answered = []
    answer = RiskTableModel._answer  # what data() works a cell out by (Python: patched here, Qt's virtual is not)
    monkeypatch.setattr(RiskTableModel, "_answer", lambda model, *args: answered.append(args) or answer(model, *args))
    view.open(dossier_id)
    page = view.current_page()
    assert isinstance(page, RiskScanPage) and page.isVisible()
    form, table = page.form, page.form.riskTable
    assert form.tabs.currentWidget() is form.scopeTab and page.risk_model.columnCount() == len(COUNTRIES)
    assert answered == []  # the scope tab shows: no cell of the risk table measured
    form.tabs.setCurrentWidget(form.risksTab)
    qtbot.waitUntil(table.isVisible)
    assert answered
    header = table.horizontalHeader()  # too many countries to share the width: each keeps its full title
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(len(COUNTRIES)))
    assert table.horizontalScrollBar().maximum() > 0 and table.verticalScrollBar().maximum() == 0


def test_the_judgement_rows_are_made_when_their_tab_first_shows(qtbot, view_and_session):
    view, session = view_and_session
    dossier_id = gloves_dossier(session, ("MY",))
    session.risk_scan.judge(dossier_id, Theme.FORCED_LABOUR, 3, 2, "Bekend uit het nieuws")
    view.open(dossier_id)
    page = view.current_page()
    form = page.form
    assert isinstance(page, RiskScanPage) and form.tabs.currentWidget() is form.scopeTab
    assert form.judgementGrid.count() == JUDGEMENT_HEADERS  # no row made yet
    hint = form.judgementHint.text()  # from the stored judgements: forced labour is judged, the other high ones not
    assert hint.startswith("⚠") and "vrijheid van vakvereniging" in hint and "dwangarbeid" not in hint
    form.tabs.setCurrentWidget(form.judgementTab)
    assert form.judgementGrid.count() == JUDGEMENT_HEADERS + 9 * 6
    forced = page.judgement.rows[Theme.FORCED_LABOUR]
    qtbot.waitUntil(forced.note.isVisible)
    assert (forced.severity.currentData(), forced.likelihood.currentData()) == (3, 2)
    assert forced.note.text() == "Bekend uit het nieuws" and forced.priority.text() == "hoog"
    assert forced.name.text().startswith("✓") and forced.level.text() == "▲ hoog"
    assert page.judgement.rows[Theme.WORKING_HOURS].name.text().startswith("⚠")
    assert forced.severity.nextInFocusChain() is forced.likelihood  # the keyboard goes along the row
    assert form.judgementHint.text() == hint


def test_a_selected_cell_keeps_its_level_colour_inside_a_frame(qtbot, view_and_session):
    view, session = view_and_session
    view.open(gloves_dossier(session, ("MY", "CN")))
    page = view.current_page()
    page.form.tabs.setCurrentWidget(page.form.risksTab)
    table, model = page.form.riskTable, page.risk_model
    qtbot.waitUntil(table.isVisible)
    selected, other = model.index(1, 0), model.index(1, 1)
    table.setCurrentIndex(selected)
    image = table.viewport().grab().toImage()
    for index in (selected, other):
        rect = table.visualRect(index)
        assert image.pixelColor(rect.center().x(), rect.top() + 6) == model.data(index, Qt.ItemDataRole.BackgroundRole)
    frame = image.pixelColor(table.visualRect(selected).left() + 2, table.visualRect(selected).center().y())
    assert frame != model.data(selected, Qt.ItemDataRole.BackgroundRole)
    assert image.pixelColor(table.visualRect(other).left() + 2, table.visualRect(other).center().y()) == \
        model.data(other, Qt.ItemDataRole.BackgroundRole)
