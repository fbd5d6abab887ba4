"""The signals window reads earlier signals a page at a time by keyset (issue 15): 10,000 signals took seconds."""
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QTableView, QTableWidget

from isv_desktop.services.session import open_session
from isv_desktop.ui.earlier_signals_model import PAGE, SIGNAL_ID_ROLE
from isv_desktop.ui.signals_dialog import SignalsDialog

SIGNALS = 1_000


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: date(2026, 3, 2))
    yield s
    s.close()


def store_signals(session, count):
    first = date(2024, 1, 1)
    with session.database.transaction():
        session.database.connection.executemany(
            "INSERT INTO signals (logged_on, signal_date, source_kind, text, country) VALUES (?, ?, 'press', ?, 'MY')",
            (((first + timedelta(days=n % 500)).isoformat(), (first + timedelta(days=n % 500)).isoformat(),
              f"Signaal {n}") for n in range(count)))


def test_the_window_reads_one_page_and_the_next_as_the_table_scrolls(qtbot, session):
    store_signals(session, SIGNALS)
    newest_first = [s.id for s in session.signals.signals()]
    statements = []
    session.database.connection.set_trace_callback(statements.append)
    dialog = SignalsDialog(session.signals, session.knowledge, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    table, model = dialog.form.signalsTable, dialog.signals_model
    assert isinstance(table, QTableView) and not isinstance(table, QTableWidget)  # no widget item per signal
    assert model.rowCount() == PAGE
    assert [model.index(row, 0).data(SIGNAL_ID_ROLE) for row in range(PAGE)] == newest_first[:PAGE]
    read = [s for s in statements if "FROM signals" in s and "count(" not in s]
    assert read and all("LIMIT" in s and "OFFSET" not in s.upper() for s in read)

    statements.clear()
    table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert [model.index(row, 0).data(SIGNAL_ID_ROLE) for row in range(model.rowCount())] == \
        newest_first[:model.rowCount()]
    assert [s for s in statements if "FROM signals" in s] and not [s for s in statements if "OFFSET" in s.upper()]
    session.database.connection.set_trace_callback(None)

    table.selectRow(PAGE + 3)
    chosen = newest_first[PAGE + 3]
    dialog.refresh()  # reads again as many rows as were read; the chosen signal stays chosen
    assert model.rowCount() >= PAGE + 4
    assert table.selectionModel().selectedRows()[0].data(SIGNAL_ID_ROLE) == chosen
    assert model.index(0, 2).data() == "Signaal 999" and model.index(0, 0).data(SIGNAL_ID_ROLE) == newest_first[0]


def test_opening_the_window_measures_the_first_rows_not_the_whole_page(qtbot, session, monkeypatch):
    """Each cell fitted is some twenty calls into the model: a page of 200 rows fitted whole took most of the
    80-120 ms the window took to open with 10,000 signals (issue 15)."""
    from isv_desktop.ui import earlier_signals_model
    from isv_desktop.ui.signals_dialog import FITTED_ROWS

    store_signals(session, SIGNALS)
    asked_rows = set()
    answering = earlier_signals_model.EarlierSignalsModel.data

    def data(self, index, role=0):
        asked_rows.add(index.row())
        return answering(self, index, role)

    monkeypatch.setattr(earlier_signals_model.EarlierSignalsModel, "data", data)
    dialog = SignalsDialog(session.signals, session.knowledge, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.signals_model.rowCount() == PAGE
    visible = dialog.form.signalsTable.rowAt(dialog.form.signalsTable.viewport().height() - 1) + 1 or PAGE
    assert len(asked_rows) <= max(FITTED_ROWS, visible) + 2, len(asked_rows)
    assert dialog.form.signalsTable.columnWidth(0) > 0
