"""Opening a large dossier (issue 15): the statements it takes do not grow with the number of suppliers, and
step 5 keeps its thousands of items in table models whose views draw only some rows (no item or widget per row)."""
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from large_dossier import build_large_dossier  # noqa: E402
from PySide6.QtWidgets import QTableWidget, QWidget  # noqa: E402

from isv_desktop.domain.steps import StepId  # noqa: E402
from isv_desktop.ui.steps.monitoring_rows import KeyedRowsModel, rows_model  # noqa: E402

TODAY = date(2026, 3, 2)


def statements_to_open(window, dossier_id: int) -> list[str]:
    connection = window.session.database.connection
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        window.open_dossier(dossier_id)
    finally:
        connection.set_trace_callback(None)
    window.show_list()
    return statements


def test_opening_a_large_dossier_takes_the_same_statements_for_10_or_60_suppliers(qtbot, open_window):
    window = open_window(today=TODAY)
    session = window.session
    few = build_large_dossier(session, suppliers=10, monitoring_items=400, today=TODAY)
    many = build_large_dossier(session, suppliers=60, monitoring_items=2000, today=TODAY)
    window.list_page.refresh()
    statements_to_open(window, session.dossiers.create("Eerst geopend").id)  # what a first opening loads once
    for row in range(len(window.dossier_view.pages)):
        window.dossier_view.pages[row]  # every step page built (each is built when first shown): all five read below
    with_few = statements_to_open(window, few)
    with_many = statements_to_open(window, many)
    assert len(with_many) == len(with_few)
    one_supplier = {m.group(1) for s in with_many for m in [re.search(r"WHERE supplier_id = (\d+)", s)] if m}
    assert len(one_supplier) == 1  # only the supplier step 4 shows is read by itself, not every one
    assert len(with_many) <= 50  # was 426, then 78: each page reads its rows once per load and hands them on


def test_one_query_per_dossier_reads_what_one_query_per_supplier_did(open_window):
    window = open_window(today=TODAY)
    session = window.session
    dossier_id = build_large_dossier(session, suppliers=12, monitoring_items=40, today=TODAY)
    suppliers = session.suppliers.suppliers(dossier_id)
    plans = session.suppliers.plans(dossier_id)
    credentials = session.suppliers.credentials_by_supplier(dossier_id)
    actions = session.suppliers.actions_by_supplier(dossier_id)
    assert sorted(plans) == [s.id for s in suppliers]
    for supplier in suppliers:
        assert plans[supplier.id] == session.suppliers.plan(supplier.id)
        assert credentials.get(supplier.id, []) == session.suppliers.credentials(supplier.id)
        assert actions.get(supplier.id, []) == session.suppliers.actions(supplier.id)
    assert any(plan.due_on for plan in plans.values()) and any(actions.values())


def test_step_5_holds_its_2000_items_in_models_and_draws_only_the_rows_in_sight(qtbot, open_window, monkeypatch):
    window = open_window(today=TODAY)
    session = window.session
    few = build_large_dossier(session, suppliers=10, monitoring_items=400, today=TODAY)
    many = build_large_dossier(session, suppliers=60, monitoring_items=2000, today=TODAY)
    window.open_dossier_at(few, StepId.MONITORING)
    f = window.dossier_view.pages[4].form
    for tab in (f.meetingsTab, f.auditsTab, f.traceTab):  # built when first shown: counted with the few items
        f.tabs.setCurrentWidget(tab)
    widgets_with_few = len(window.findChildren(QWidget))
    asked: dict[str, set[int]] = {}
    text = KeyedRowsModel.text  # what data() reads a cell by (a Python method: patched here, Qt's virtual is not)

    def counted(model, row, column):  # the rows a view asks its model for, per view
        asked.setdefault(model.parent().objectName(), set()).add(row)
        return text(model, row, column)

    monkeypatch.setattr(KeyedRowsModel, "text", counted)
    window.open_dossier_at(many, StepId.MONITORING)
    views = {"meetingsTable": f.meetingsTab, "auditsTable": f.auditsTab, "productsTable": f.traceTab}
    for name, tab in views.items():
        f.tabs.setCurrentWidget(tab)
        view = getattr(window.dossier_view.pages[4].tab_form(tab), name)  # the tab's own form, built when shown
        qtbot.waitUntil(view.isVisible)
        view.viewport().grab()  # drawn, wherever the page is scrolled to
        assert not isinstance(view, QTableWidget) and isinstance(view.model(), KeyedRowsModel), name
        assert rows_model(view).rowCount() == 500, name  # a quarter of the 2,000 items each
        assert view.indexWidget(view.model().index(0, 0)) is None
        assert 0 < len(asked.get(name, ())) <= 60, (name, len(asked.get(name, ())))  # some rows, never all 500
    assert len(window.findChildren(QWidget)) == widgets_with_few  # no widget per row: as many as with 400 items
