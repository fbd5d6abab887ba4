"""The due list's queries at any size (issue 15), checked by their plans, not by timings: a page of open items is
read along the (done_on, due_on) index without sorting (no temporary B-tree), and the count line counts in indexes
alone, joining no dossier but the deleted ones."""
from datetime import date, timedelta

import pytest

from isv_desktop.services.session import open_session
from isv_desktop.storage.due_repository import DueRepository, page_query

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def plan(session, sql, params=()) -> list[str]:
    return [row[3] for row in session.database.connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


@pytest.mark.parametrize("until, after", [
    (TODAY + timedelta(days=30), None),  # the panel's first page
    (TODAY + timedelta(days=30), (TODAY, 77)),  # a later page
    (None, None), (None, (TODAY + timedelta(days=400), 5)),  # "Alles tonen"
])
def test_a_page_is_read_along_the_open_items_index_without_a_sort(session, until, after):
    sql, params = page_query(until, after, 200)
    steps = plan(session, sql, params)
    assert steps[0].startswith("SEARCH d USING INDEX due_items_open_by_date (done_on=?"), steps
    assert not [s for s in steps if "TEMP B-TREE" in s or s.startswith("SCAN")], steps
    assert all(s.startswith("SEARCH") and ("PRIMARY KEY" in s or "INDEX" in s) for s in steps), steps


def test_the_counts_use_covering_indexes_and_join_only_the_deleted_dossiers(session):
    statements: list[str] = []
    connection = session.database.connection
    connection.set_trace_callback(statements.append)
    DueRepository(session.database).count_open(TODAY, TODAY + timedelta(days=30))
    connection.set_trace_callback(None)
    counting = [s for s in statements if "count(" in s]
    assert counting
    for statement in counting:
        steps = plan(session, statement)
        reads = [s for s in steps if s.startswith(("SEARCH", "SCAN")) and s != "SCAN CONSTANT ROW"]
        assert all("COVERING INDEX" in s for s in reads), steps  # no table row is read
        assert not [s for s in reads if s.startswith("SCAN")], steps
        dossiers = [s for s in reads if s.startswith("SEARCH o")]
        assert all("dossiers_by_status (status=?)" in s for s in dossiers), steps  # only the deleted ones
        if dossiers:
            assert reads.index(dossiers[0]) == 0, steps  # and they lead: the due items are found from them


def test_the_counts_leave_out_done_items_and_deleted_dossiers(session):
    kept = session.dossiers.create("Schoonmaak")
    gone = session.dossiers.create("Catering")
    rows = []
    for dossier, offset in ((kept.id, 0), (gone.id, 1000)):
        for n, days in enumerate((-3, -1, 0, 5, 30, 31, 200)):
            rows.append((dossier, "free", offset + n, f"Item {n}", (TODAY + timedelta(days=days)).isoformat(), None))
        rows.append((dossier, "free", offset + 99, "Gedaan", (TODAY - timedelta(days=9)).isoformat(),
                     TODAY.isoformat()))
    connection = session.database.connection
    with session.database.transaction():
        connection.executemany("INSERT INTO due_items (dossier_id, kind, subject_id, title, due_on, done_on) "
                               "VALUES (?, ?, ?, ?, ?, ?)", rows)
        connection.execute("UPDATE dossiers SET status = 'deleted' WHERE id = ?", (gone.id,))
    counts = session.due.counts(30)
    assert (counts.late, counts.soon) == (2, 3)
    shown = session.due.page(30, None, 100).items
    assert (sum(i.due_on < TODAY for i in shown), sum(i.due_on >= TODAY for i in shown)) == (2, 3)
