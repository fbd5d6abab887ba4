"""The dossier list's search reads the FTS5 trigram index (storage/dossier_search.py), never every dossier."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, fill_full_dossier  # noqa: E402

from isv_desktop.domain.dossier import Dossier  # noqa: E402
from isv_desktop.domain.dossier_query import DossierQuery, SortKey  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.storage import dossier_search  # noqa: E402
from isv_desktop.storage.database import open_database  # noqa: E402
from isv_desktop.storage.dossier_repository import DossierRepository  # noqa: E402
from isv_desktop.storage.migrations import SCHEMA  # noqa: E402

SUBJECTS = ("Bedrijfskleding", "Kantoormeubilair", "ICT-hardware", "Natuursteen")


def fill(repository: DossierRepository, count: int = 60) -> None:
    for number in range(1, count + 1):
        subject = SUBJECTS[number % len(SUBJECTS)]
        repository.add(Dossier(title=f"{subject} perceel {number}", reference=f"ZWO-{2020 + number % 5}-{number:04d}",
                               subject=f"{subject} voor de gemeente", cpv_code=f"18{number % 3}10000-3",
                               organisation="Gemeente Zwolle" if number % 2 else "Gemeente Deventer"))


@pytest.fixture
def repository(tmp_path):
    database = open_database(tmp_path / "d.sqlite")
    repository = DossierRepository(database)
    fill(repository)
    yield repository
    database.close()


def by_like(connection: sqlite3.Connection, text: str) -> set[int]:
    """The dossiers (any status) holding ``text`` in a searched column, read from the table itself."""
    where = " OR ".join(f"instr(lower({column}), lower(?)) > 0" for column in dossier_search.SEARCHED)
    return {row[0] for row in connection.execute(f"SELECT id FROM dossiers WHERE {where}",
                                                 (text,) * len(dossier_search.SEARCHED))}


def by_index(connection: sqlite3.Connection, text: str) -> set[int]:
    return {row[0] for row in connection.execute(
        "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?", (dossier_search.phrase(text),))}


def plans(connection: sqlite3.Connection, action) -> list[list[str]]:
    """The query plan of every SELECT on dossiers that ``action`` runs."""
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        action()
    finally:
        connection.set_trace_callback(None)
    return [[row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql)]
            for sql in statements if sql.startswith("SELECT") and "FROM dossiers" in sql]


@pytest.mark.parametrize("sort", [SortKey.TITLE, SortKey.UPDATED, SortKey.VALUE])
def test_a_search_of_three_characters_or_more_reads_the_index_and_no_dossier_it_does_not_show(repository, sort):
    connection = repository._connection
    query = DossierQuery(search="perceel 4", sort=sort)
    found = plans(connection, lambda: (repository.count(query), repository.page_after(query, None, 20)))
    assert len(found) >= 2
    for plan in found:
        assert any("dossier_search VIRTUAL TABLE" in step for step in plan), plan
        assert not [step for step in plan if step.startswith("SCAN dossiers")], plan
    assert [d.title for _, d in repository.page_after(query, None, 20)]  # and it finds them
    assert repository.count(query) == len({i for i in by_like(connection, "perceel 4")
                                           if repository.get(i).status.value == "active"})


def test_a_search_with_many_hits_walks_the_sort_index_and_stops_at_the_page(repository, monkeypatch):
    monkeypatch.setattr(dossier_search, "WALK_ABOVE", 10)
    query = DossierQuery(search="perceel", sort=SortKey.TITLE, descending=False)
    found = plans(repository._connection, lambda: repository.page_after(query, None, 20))
    page_plans = [plan for plan in found if any("dossiers_by_title" in step for step in plan)]
    assert page_plans and not [step for plan in page_plans for step in plan if "TEMP B-TREE" in step], found
    monkeypatch.setattr(dossier_search, "WALK_ABOVE", 10_000)
    repository._hits = None
    sorted_hits = [d.id for _, d in repository.page_after(query, None, 20)]
    monkeypatch.setattr(dossier_search, "WALK_ABOVE", 10)
    repository._hits = None
    assert [d.id for _, d in repository.page_after(query, None, 20)] == sorted_hits


def test_keyset_pages_of_a_search_read_every_hit_once_in_order(repository):
    query = DossierQuery(search="ZWO-2021", sort=SortKey.REFERENCE, descending=True, include_archived=True)
    read, after = [], None
    while page := repository.page_after(query, after, 3):
        read.extend(d.reference for _, d in page)
        after = page[-1][0]
    assert read == sorted(read, key=str.lower, reverse=True)
    assert len(read) == len(set(read)) == repository.count(query) == 12


def test_one_or_two_characters_are_still_found_without_the_index(repository):
    connection = repository._connection
    for text in ("ö", "42", "-3"):
        expected = by_like(connection, text)
        query = DossierQuery(search=text, include_archived=True)
        assert repository.count(query) == len(expected)
        assert {d.id for _, d in repository.page_after(query, None, 100)} == expected


def test_matching_is_as_before_case_folded_literal_and_accents_kept(repository):
    repository.add(Dossier(title="Geïmporteerd 100%_katoen", reference="x"))
    assert repository.count(DossierQuery(search="GEÏMPORTEERD")) == 1
    assert repository.count(DossierQuery(search="geimporteerd")) == 0  # as LIKE did: accents are not folded
    assert repository.count(DossierQuery(search="0%_k")) == 1
    assert repository.count(DossierQuery(search="00%k")) == 0
    assert repository.count(DossierQuery(search='"katoen')) == 0  # a quote is a character, not FTS5 syntax
    assert repository.count(DossierQuery(search="katoen OR perceel")) == 0


def test_the_index_stays_in_step_with_create_edit_delete_and_import(tmp_path):
    session = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    try:
        connection = session.database.connection
        dossiers = session.dossiers
        made = dossiers.create("Werkschoenen Overijssel", organisation="Gemeente Kampen")
        dossiers.edit(made.id, "reference", "KAM-2026-77")
        dossiers.edit(made.id, "subject", "Veiligheidsschoenen voor de buitendienst")
        dossiers.rename(made.id, "Schoeisel Overijssel")
        copy = dossiers.duplicate(made.id)
        imported_from = fill_full_dossier(session)
        workbook = session.exports.write_xlsx(imported_from, tmp_path / "gedeeld.xlsx")
        imported = session.exports.import_xlsx(workbook, as_copy=True)
        for text in ("Werkschoenen", "Schoeisel", "KAM-2026", "buitendienst", "Kampen", "kopie",
                     session.dossiers.get(imported).title[:12]):
            assert by_index(connection, text) == by_like(connection, text), text
        assert imported in by_index(connection, session.dossiers.get(imported).title)
        dossiers.delete(copy.id)
        dossiers.purge_deleted()
        connection.execute("DELETE FROM dossiers WHERE id = ?", (imported,))
        for text in ("Schoeisel", "KAM-2026", session.dossiers.get(imported_from).title[:12]):
            assert by_index(connection, text) == by_like(connection, text), text
        assert by_index(connection, "Schoeisel") == {made.id}
        connection.execute("INSERT INTO dossier_search (dossier_search) VALUES ('integrity-check')")
    finally:
        session.close()


def test_the_migration_indexes_the_dossiers_already_stored(tmp_path):
    path = tmp_path / "d.sqlite"
    assert SCHEMA[-1].name.endswith("_dossier_search")
    database = open_database(path, migrations=SCHEMA[:-1])
    fill(DossierRepository(database), 30)
    assert not database.connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'dossier_search'").fetchall()
    database.close()
    database = open_database(path)
    try:
        connection = database.connection
        assert by_index(connection, "perceel 2") == by_like(connection, "perceel 2") != set()
        assert by_index(connection, "Deventer") == by_like(connection, "Deventer") != set()
        assert DossierRepository(database).count(DossierQuery(search="kleding", include_archived=True)) == 7
    finally:
        database.close()


def test_a_short_text_with_few_hits_reads_the_table_once_and_with_many_walks_the_sort_index(repository, monkeypatch):
    """One or two characters have no trigram: few hits are found by reading the table once (not by walking the
    sort index, reading each dossier out of order); many hits walk the sort index and stop after the page."""
    query = DossierQuery(search="3", sort=SortKey.TITLE, include_archived=True)
    expected = [d.id for _, d in repository.page_after(query, None, 5)]
    for walk_above, index_used in ((10_000, False), (2, True)):
        monkeypatch.setattr(dossier_search, "WALK_ABOVE", walk_above)
        repository.count(query)  # the list counts first; the count chooses how its pages are read
        found = plans(repository._connection, lambda: repository.page_after(query, None, 5))
        steps = [step for plan in found for step in plan]
        assert any("dossiers_by_title" in step for step in steps) == index_used, steps
        assert [d.id for _, d in repository.page_after(query, None, 5)] == expected


@pytest.mark.parametrize("text", ["perceel", "Gemeente Z", "kleding"])
def test_many_hits_are_counted_as_the_list_shows_them(repository, monkeypatch, text):
    """Many hits: the index's count less the hidden dossiers (found by status), the same as counting each hit."""
    connection = repository._connection
    for number, status in ((3, "archived"), (8, "archived"), (12, "deleted"), (15, "deleted"), (40, "archived")):
        connection.execute("UPDATE dossiers SET status = ? WHERE id = ?", (status, number))
    statuses = dict(connection.execute("SELECT id, status FROM dossiers").fetchall())
    matching = by_like(connection, text)
    for include_archived, shown in ((False, {"active"}), (True, {"active", "archived"})):
        expected = len([i for i in matching if statuses[i] in shown])
        query = DossierQuery(search=text, include_archived=include_archived)
        monkeypatch.setattr(dossier_search, "WALK_ABOVE", 10_000)
        assert repository.count(query) == expected
        monkeypatch.setattr(dossier_search, "WALK_ABOVE", 3)
        assert repository.count(query) == expected
        assert len(repository.page_after(query, None, 100)) == expected
