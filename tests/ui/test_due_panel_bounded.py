"""The due panel over a municipality's history: a model over SQL that reads a page at a time (keyset, no OFFSET),
shows overdue items and the coming 30 days unless "Alles tonen" is on, and counts in SQL."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from isv_desktop.services.session import open_session
from isv_desktop.ui.due_panel import PAGE_SIZE, DueModel, DuePanel

TODAY = date(2026, 3, 2)
LATE, SOON, LATER, DONE = 10, 4_980, 10, 25  # 5,000 open items, 10 of them due in 31 days or more


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    dossier = s.dossiers.create("Schoonmaak gemeentehuis")
    days = ([-1 - n for n in range(LATE)] + [n % 31 for n in range(SOON)]  # many on the same day: id breaks ties
            + [31 + n for n in range(LATER)])
    rows = [(dossier.id, "free", n, f"Item {n}", (TODAY + timedelta(days=d)).isoformat(), None)
            for n, d in enumerate(days)]
    rows += [(dossier.id, "free", len(days) + n, "Gedaan", TODAY.isoformat(), TODAY.isoformat()) for n in range(DONE)]
    with s.database.transaction():
        s.database.connection.executemany(
            "INSERT INTO due_items (dossier_id, kind, subject_id, title, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)",
            rows)
    statements: list[str] = []
    s.database.connection.set_trace_callback(statements.append)
    s.statements = statements
    yield s
    s.database.connection.set_trace_callback(None)
    s.close()


def fetch_all(model):
    while model.canFetchMore():
        model.fetchMore()


def shown_panel(qtbot, session, language):
    panel = DuePanel(session.due, language)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_panel_reads_one_page_and_the_next_as_the_view_scrolls_without_offset(session, qtbot):
    panel = shown_panel(qtbot, session, "nl")
    model = panel.model
    qtbot.wait(50)  # let the view lay out and ask for what it needs
    assert model.rowCount() == PAGE_SIZE < LATE + SOON
    assert panel.summary_label.text() == f"{LATE} te laat, {SOON} in de komende 30 dagen."

    panel.tree.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    model.fetchMore()
    assert model.rowCount() == 3 * PAGE_SIZE
    fetch_all(model)
    items = panel.items()
    assert len(items) == LATE + SOON == len({i.subject_id for i in items})  # no row twice, none left out
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    assert sum(i.due_on < TODAY for i in items) == LATE
    assert max(i.due_on for i in items) == TODAY + timedelta(days=30)  # 31 days and later are not shown
    assert model.index(0, 1).data() == "⚠ 10 dagen te laat"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # late rows are coloured

    reads = [s for s in session.statements if "FROM due_items" in s and "LIMIT" in s.upper()]
    assert len(reads) == -(-(LATE + SOON) // PAGE_SIZE)  # one query per page
    assert not [s for s in session.statements if "OFFSET" in s.upper()]
    assert any("count(" in s and "FROM due_items" in s for s in session.statements)  # counted in SQL


def test_show_all_lists_the_items_further_ahead_still_a_page_at_a_time(session, qtbot):
    panel = shown_panel(qtbot, session, "en")
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert panel.show_all_button.isChecked()
    qtbot.wait(50)
    assert panel.model.rowCount() == PAGE_SIZE
    assert panel.summary_label.text() == f"{LATE} te laat, {SOON} in de komende 30 dagen."  # the count stays
    fetch_all(panel.model)
    items = panel.items()
    assert len(items) == LATE + SOON + LATER == len({i.subject_id for i in items})
    assert items[-1].due_on == TODAY + timedelta(days=30 + LATER)

    panel.tree.setCurrentIndex(panel.model.index(3, 0))
    chosen = panel.current_item()
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # let the view lay out and ask for what it needs
    assert panel.model.rowCount() == PAGE_SIZE and max(i.due_on for i in panel.items()) <= TODAY + timedelta(30)
    assert panel.current_item() == chosen  # the chosen item stays chosen
    assert not [s for s in session.statements if "OFFSET" in s.upper()]


def test_a_page_read_deep_in_the_list_measures_no_more_than_a_page_of_rows(session, qtbot, monkeypatch):
    """The view measures what it shows, not every row read so far, each time a page comes in (a tree view with
    columns sized to their contents asked for every cell of every row read, 8 times a row, at each page)."""
    asked = []
    data = DueModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(DueModel, "data", counted)
    panel = shown_panel(qtbot, session, "nl")
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    for _ in range(15):
        panel.model.fetchMore()
    qtbot.wait(20)
    assert panel.model.rowCount() == 16 * PAGE_SIZE
    asked.clear()
    panel.model.fetchMore()
    qtbot.wait(20)
    assert panel.model.rowCount() == 17 * PAGE_SIZE
    # Only the rows in view are asked for (here 16, about 450 calls; the tree view asked 999 rows, 48,704 calls).
    assert asked and len(set(asked)) <= 50 and len(asked) < 5 * PAGE_SIZE, (len(set(asked)), len(asked))
    assert not [row for row in asked if PAGE_SIZE < row < 16 * PAGE_SIZE - 50]  # the rows in between: not asked
