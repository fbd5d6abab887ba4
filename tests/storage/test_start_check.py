"""What is checked at start: a small file whole, a large one bounded (whole in the background), whole again
after damage was found, after an unclean exit or before a migration."""
import sqlite3

import pytest
from damaged_files import damage_a_middle_page

from isv_desktop.storage import database as database_module
from isv_desktop.storage.database import (
    DamagedDatabaseError,
    check_in_background,
    check_readable,
    open_database,
    whole_check_marker,
)


@pytest.fixture
def damaged_in_the_middle(tmp_path):
    """A file whose header and schema are intact, with a damaged page in the middle of a table."""
    return damage_a_middle_page(tmp_path / "d.sqlite")


def test_the_bounded_check_reads_a_few_pages_and_the_whole_one_finds_the_damage(damaged_in_the_middle):
    check_readable(damaged_in_the_middle, whole=False)  # header, schema and both ends are intact
    with pytest.raises(DamagedDatabaseError):
        check_readable(damaged_in_the_middle)


def test_a_small_file_is_checked_whole_at_start(damaged_in_the_middle):
    with pytest.raises(DamagedDatabaseError):
        open_database(damaged_in_the_middle)


def test_a_large_file_opens_on_the_bounded_check_and_the_background_check_marks_it_for_the_next_start(
        damaged_in_the_middle, monkeypatch):
    monkeypatch.setattr(database_module, "WHOLE_CHECK_AT_START_BYTES", 1024)
    database = open_database(damaged_in_the_middle)
    assert not database.checked_whole
    database.close()
    with pytest.raises(DamagedDatabaseError):
        check_in_background(damaged_in_the_middle)
    assert whole_check_marker(damaged_in_the_middle).exists()
    with pytest.raises(DamagedDatabaseError):  # the next start reads every page and says so
        open_database(damaged_in_the_middle)


def test_after_an_unclean_exit_the_whole_check_runs_whatever_the_size(damaged_in_the_middle, monkeypatch):
    monkeypatch.setattr(database_module, "WHOLE_CHECK_AT_START_BYTES", 1024)
    with pytest.raises(DamagedDatabaseError):
        open_database(damaged_in_the_middle, whole_check=True)


def test_an_intact_large_file_checked_whole_loses_its_marker(tmp_path, monkeypatch):
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    whole_check_marker(path).touch()
    monkeypatch.setattr(database_module, "WHOLE_CHECK_AT_START_BYTES", 1024)
    database = open_database(path)
    assert database.checked_whole and not whole_check_marker(path).exists()
    database.close()
    database = open_database(path)
    assert not database.checked_whole
    database.close()


def test_the_bounded_check_reads_no_whole_table(tmp_path, monkeypatch):
    """No quick_check and no statement that walks a table: per table, its first and last rowid, each found by a
    search down one end of the b-tree (SQLite's query plan says SEARCH, never SCAN)."""
    path = tmp_path / "d.sqlite"
    database = open_database(path)
    with database.transaction():
        database.connection.executemany(
            "INSERT INTO dossiers (title, created_at, updated_at) VALUES (?, '2026-01-01', '2026-01-01')",
            ((f"Dossier {n}",) for n in range(50)))
    database.close()
    statements = []
    opened = database_module.open_read_only

    def traced(where):
        connection = opened(where)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(database_module, "open_read_only", traced)
    check_readable(path, whole=False)
    assert not any("quick_check" in sql or "integrity_check" in sql for sql in statements)
    walks = [sql for sql in statements if sql.startswith("SELECT") and "sqlite_master" not in sql]
    assert len(walks) == len(set(walks)) > 10, walks  # every table once
    planner = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for sql in walks:
            plan = [row[3] for row in planner.execute("EXPLAIN QUERY PLAN " + sql)]
            assert not [step for step in plan if step.startswith("SCAN") and step != "SCAN CONSTANT ROW"], (sql, plan)
    finally:
        planner.close()
    statements.clear()
    check_readable(path)
    assert any("quick_check" in sql for sql in statements)
