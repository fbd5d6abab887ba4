"""Opening the dossier file safely: checks, backup, migrations, WAL.

The order matters and never writes to a file that might be damaged or newer:
1. a file that exists is checked read-only (SQLite header, ``quick_check``);
2. its schema is compared with the migrations this version knows — a newer
   file is refused untouched;
3. if migrations are pending, the file is copied aside first;
4. only then is it opened for writing (WAL, foreign keys, full sync) and
   migrated, each migration in its own transaction.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import Iterator

from ..domain.messages import UserError
from ..paths import backup_dir
from .migrations import MIGRATION_SET_NAME, SCHEMA, Migration, as_migration_set
from .text_values import prepare_text

MIGRATIONS_TABLE = "_sqlite_migrations"  # the table sqlite-utils keeps its record of applied migrations in
_savepoint_numbers = count()

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10


class DamagedDatabaseError(UserError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__("database.damaged", path=str(path), detail=detail)
        self.path = path


class NewerDatabaseError(UserError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__("database.newer", found=found, known=known)


class Database:
    """An open dossier file. Repositories share its connection; writes go through ``transaction``."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        prepare_text(connection)  # lone surrogates stored replaced, damaged text read replaced
        self._utils = None

    @property
    def db(self):
        """The sqlite-utils view of the file (made on first use: importing it costs start-up time)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.connection, execute_plugins=False)
        return self._utils

    def __getitem__(self, table: str):
        return self.db[table]

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing; nested blocks become savepoints."""
        if self.connection.in_transaction:
            name = f"nested_{next(_savepoint_numbers)}"
            self.connection.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.connection.in_transaction:
                    self.connection.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.connection.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.connection.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.connection.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


def open_database(path: Path, *, migrations: list[Migration] = SCHEMA) -> Database:
    """Open (or create) the dossier file at ``path`` and bring its schema up to date."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_readable(path)
        pending = _pending_migrations(path, migrations)
        if pending:
            make_backup(path, reason=f"voor-{pending[0]}")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        pending = [step.name for step in migrations]
    connection = _connect(path)
    database = Database(path, connection)
    if pending:
        try:
            as_migration_set(migrations).apply(database.db)
            connection.execute(f"PRAGMA user_version = {len(migrations)}")
        except Exception:
            connection.close()
            raise
    return database


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise UserError("database.unreadable", path=str(path), detail=str(error)) from error
    return connection


def check_readable(path: Path) -> None:
    """Raise ``DamagedDatabaseError`` unless ``path`` is an intact SQLite file (read-only check)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise UserError("database.unreadable", path=str(path), detail=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise DamagedDatabaseError(path, "geen SQLite-bestand / not an SQLite file")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error
    if result != [("ok",)]:
        raise DamagedDatabaseError(path, "; ".join(str(row[0]) for row in result[:3]))


def _pending_migrations(path: Path, migrations: list[Migration]) -> list[str]:
    """Names of migrations still to run; refuses a file made by a newer version."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        known = [step.name for step in migrations]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        has_record = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
        ).fetchone()
        applied = [
            row[0]
            for row in connection.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET_NAME,)
            )
        ] if has_record else []
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error
    finally:
        connection.close()
    unknown = [name for name in applied if name not in known]
    if unknown or user_version > len(known):
        raise NewerDatabaseError(found=max(user_version, len(applied)), known=len(known))
    return [name for name in known if name not in applied]


def make_backup(path: Path, reason: str = "kopie") -> Path:
    """Copy the dossier file aside with SQLite's online backup; keep the newest copies.

    The copy is made under a temporary name in the backups folder and renamed into place only when
    complete, so a full disk or an interruption never leaves a partial backup that looks whole.
    A failure is a ``UserError`` naming the backup file.
    """
    from ..atomic_file import replacing
    from ..domain.file_errors import file_write_error

    folder = backup_dir(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise file_write_error(error, folder) from error
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with replacing(target) as temporary:
            destination = sqlite3.connect(str(temporary))
            try:
                destination.execute("PRAGMA journal_mode = OFF")  # a temporary copy needs no journal beside it
                source.backup(destination)
            except sqlite3.Error as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF == 13:  # SQLITE_FULL
                    raise UserError("file.disk_full", path=str(target)) from error
                raise UserError("file.write_failed", path=str(target), detail=str(error)) from error
            finally:
                destination.close()
    finally:
        source.close()
    _prune_backups(folder)
    return target


def list_backups(path: Path) -> list[Path]:
    """Backup copies of ``path``, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime_ns, reverse=True)


def _prune_backups(folder: Path) -> None:
    copies = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in copies[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)


def restore_latest_backup(path: Path) -> Path:
    """Put the newest backup in place of ``path``; the damaged file is kept beside it, renamed."""
    backups = [b for b in list_backups(path) if _is_intact(b)]
    if not backups:
        raise UserError("database.no_backup", path=str(path))
    if path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path.rename(path.with_name(f"{path.name}.beschadigd-{stamp}"))
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(side.with_name(f"{side.name}.beschadigd-{stamp}"))
    source = sqlite3.connect(f"{backups[0].resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(str(path))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return backups[0]


def _is_intact(path: Path) -> bool:
    try:
        check_readable(path)
    except UserError:
        return False
    return True


__all__ = [
    "Database",
    "DamagedDatabaseError",
    "NewerDatabaseError",
    "open_database",
    "check_readable",
    "make_backup",
    "list_backups",
    "restore_latest_backup",
    "MIGRATION_SET_NAME",
]
