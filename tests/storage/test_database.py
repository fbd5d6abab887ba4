import sqlite3

import pytest

from isv_desktop.domain.dossier import Dossier
from isv_desktop.storage import database as database_module
from isv_desktop.storage.database import (
    DamagedDatabaseError,
    NewerDatabaseError,
    list_backups,
    open_database,
    restore_latest_backup,
)
from isv_desktop.storage.dossier_repository import DossierRepository
from isv_desktop.storage.migrations import SCHEMA, Migration


def table_names(path):
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def schema_dump(path):
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_migrations_build_the_schema_from_an_empty_file(tmp_path):
    path = tmp_path / "d.sqlite"
    database = open_database(path)
    assert database.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.connection.execute("PRAGMA user_version").fetchone()[0] == len(SCHEMA)
    database.close()
    assert {"dossiers", "threshold_entries", "_sqlite_migrations"} <= table_names(path)


def test_running_migrations_twice_changes_nothing(tmp_path):
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    before = schema_dump(path)
    open_database(path).close()
    assert schema_dump(path) == before
    assert list_backups(path) == []  # nothing pending, so no backup needed


def test_a_backup_is_made_before_migrating_an_existing_file(tmp_path):
    path = tmp_path / "d.sqlite"
    first_only = SCHEMA[:1]
    database = open_database(path, migrations=first_only)
    with database.transaction():  # as the first version stored it (today's repository knows later columns)
        database.connection.execute("INSERT INTO dossiers (title, created_at, updated_at) "
                                    "VALUES ('Oud dossier', '2024-01-01T09:00:00', '2024-01-01T09:00:00')")
    database.close()
    open_database(path).close()
    backups = list_backups(path)
    assert len(backups) == 1
    assert "threshold_entries" not in table_names(backups[0])
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT title FROM dossiers").fetchall() == [("Oud dossier",)]


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    before = schema_dump(path)
    def half_done(db):
        db.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("stopped half way")

    broken = [*SCHEMA, Migration("9999_broken", half_done)]

    with pytest.raises(RuntimeError):
        open_database(path, migrations=broken)
    assert schema_dump(path) == before


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "d.sqlite"
    def future(db):
        db.execute("CREATE TABLE future (id INTEGER)")

    newer = [*SCHEMA, Migration("9999_from_the_future", future)]

    open_database(path, migrations=newer).close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(path)
    assert "nieuwere versie" in caught.value.message("nl")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"dit is geen database", b"", b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["text", "empty-but-named", "truncated"],
)
def test_a_damaged_file_is_not_overwritten(tmp_path, content):
    path = tmp_path / "d.sqlite"
    if content == b"":
        open_database(path).close()
        full = path.read_bytes()
        path.write_bytes(full[: len(full) // 2] if len(full) > 200 else b"x" * 10)
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    assert "beschadigd" in caught.value.message("nl")
    assert path.read_bytes() == before


def test_restore_keeps_the_damaged_file_beside_it(tmp_path):
    path = tmp_path / "d.sqlite"
    database = open_database(path)
    DossierRepository(database).add(Dossier(title="Bewaard"))
    database.close()
    database_module.make_backup(path)
    path.write_bytes(b"kapot")
    restore_latest_backup(path)
    assert [p.read_bytes() for p in tmp_path.glob("d.sqlite.beschadigd-*")] == [b"kapot"]
    database = open_database(path)
    assert [d.title for d in DossierRepository(database).all()] == ["Bewaard"]
    database.close()


def test_a_file_from_before_the_call_date_keeps_its_dossiers_and_gets_the_field(tmp_path):
    from datetime import date

    path = tmp_path / "d.sqlite"
    before = [step for step in SCHEMA if step.name != "0008_call_for_competition_date"]
    database = open_database(path, migrations=before)
    with database.transaction():
        database.connection.execute("INSERT INTO dossiers (title, created_at, updated_at) "
                                    "VALUES ('Catering 2025', '2025-03-01T09:00:00', '2025-03-01T09:00:00')")
    database.close()
    database = open_database(path)
    try:
        repository = DossierRepository(database)
        dossier = repository.all()[0]
        assert dossier.title == "Catering 2025" and dossier.call_for_competition_date is None
        stored = repository.save(dossier.with_changes(call_for_competition_date=date(2025, 6, 2)))
        assert repository.get(stored.id).call_for_competition_date == date(2025, 6, 2)
    finally:
        database.close()
