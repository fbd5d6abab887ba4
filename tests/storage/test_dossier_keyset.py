"""The dossier list read by keyset gives exactly the rows, in exactly the order, of the plain sorted query."""
from datetime import datetime

import pytest

from isv_desktop.domain.dossier_query import DossierQuery, SortKey
from isv_desktop.storage.database import open_database
from isv_desktop.storage.dossier_keyset import keyset_statements
from isv_desktop.storage.dossier_repository import DossierRepository, _where


@pytest.fixture(scope="module")
def repository(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("keyset") / "d.sqlite")
    stamp = datetime(2026, 1, 1)
    rows = [
        # ties (same title in other case, same value, same date) and empty values in both nullable columns
        (f"{'Abc' if n % 3 else 'aBC'} {n % 7}", f"REF-{n % 5}", f"Onderwerp {n % 4}",
         None if n % 4 == 0 else (n % 6) * 1000, ["applicability", "criteria", "monitoring"][n % 3],
         ["active", "archived", "deleted", "active"][n % 4], stamp.replace(minute=n % 9).isoformat(),
         None if n % 5 == 0 else f"2026-0{1 + n % 8}-1{n % 3}")
        for n in range(57)
    ]
    with database.transaction():
        database.connection.executemany(
            "INSERT INTO dossiers (title, reference, subject, estimated_value_cents, current_step, status, "
            "created_at, updated_at, next_due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row[:6], row[6], row[6], row[7]) for row in rows])
    yield DossierRepository(database)
    database.close()


QUERIES = [DossierQuery(sort=key, descending=descending, include_archived=archived)
           for key in SortKey for descending in (False, True) for archived in (False, True)]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort.name}-{q.descending}-{q.include_archived}")
def test_reading_on_page_by_page_gives_the_sorted_list_forwards_and_backwards(repository, query):
    expected = [dossier.id for dossier in repository.page(query, 0, -1)]
    assert len(expected) > 20
    for size in (1, 4, 11):
        forwards, after = [], None
        while page := repository.page_after(query, after, size):
            forwards += [dossier.id for _, dossier in page]
            after = page[-1][0]
        assert forwards == expected
        backwards, before = [], None
        while page := repository.page_after(query, before, size, backwards=True):
            backwards += [dossier.id for _, dossier in page]
            before = page[-1][0]
        assert backwards == expected[::-1]
        assert repository.keys_after(query, None, 10 ** 6) == [key for key, _ in repository.page_after(query, None, 10 ** 6)]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort.name}-{q.descending}-{q.include_archived}")
def test_every_page_is_read_in_the_sort_columns_index_without_offset_or_a_sort(repository, query):
    where, params = _where(query, by_index=True)
    anchors = [None, (0, "x", 5), (1, None, 5)] if query.sort in (SortKey.VALUE, SortKey.NEXT_DUE) else [None, (0, "x", 5)]
    for after in anchors:
        for backwards in (False, True):
            for number, (sql, values) in enumerate(keyset_statements(query, after, backwards, where, params, "id")):
                assert "OFFSET" not in sql
                if after is not None and number == 0:  # the anchor's segment; a later one is read from its start
                    assert "id) >" in sql or "id) <" in sql or "id >" in sql or "id <" in sql
                plan = " / ".join(row[3] for row in repository._connection.execute(f"EXPLAIN QUERY PLAN {sql}", (*values, 9)))
                assert "TEMP B-TREE" not in plan and "USING" in plan and "INDEX" in plan, (sql, plan)
