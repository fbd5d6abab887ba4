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

import os
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import Iterator

from ..domain.messages import UserError
from ..paths import backup_dir
from .migrations import MIGRATION_SET_NAME, SCHEMA, Migration, as_migration_set
from .sqlite_uri import is_network_path, sqlite_uri
from .text_values import prepare_text

MIGRATIONS_TABLE = "_sqlite_migrations"  # the table sqlite-utils keeps its record of applied migrations in
_savepoint_numbers = count()

# SQLite's primary result codes that matter when a file is opened.
SQLITE_BUSY, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = (
    5, 8, 10, 11, 13, 14, 26)
# How long a write waits for another process's write to finish before it gives up.
BUSY_TIMEOUT_MS = 10000
BACKUPS_KEPT = 10
#: A file up to this size is checked whole (``PRAGMA quick_check``, every page) at every start. The whole check
#: grows with the file: ~1.3 ms per MiB from the disk cache, ~12 ms per MiB from disk (55 ms at 44 MiB warm,
#: 1.9 s at 162 MiB cold), against ~10 ms at 8 MiB. A larger file gets the bounded check at start (header, schema,
#: both ends of every table) and the whole check in the background once the window shows
#: (``check_in_background``); the whole check runs at start again after an unclean exit, after a background check
#: found damage (the marker file) and before any migration.
WHOLE_CHECK_AT_START_BYTES = 8 * 2**20


class DamagedDatabaseError(UserError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__("database.damaged", path=str(path), detail=detail)
        self.path = path


class NewerDatabaseError(UserError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__("database.newer", found=found, known=known)


class Database:
    """An open dossier file. Repositories share its connection; writes go through ``transaction``.

    ``read_only_reason`` is "file" or "folder" when the file could only be opened for reading:
    the buyer can browse and export, and every write is refused with a message.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only_reason: str | None = None) -> None:
        self.path = path
        self.connection = connection
        prepare_text(connection)  # lone surrogates stored replaced, damaged text read replaced
        self.read_only_reason = read_only_reason
        self.checked_whole = True  # False: only the bounded check ran at start; the whole one is still due
        self._utils = None

    @property
    def writable(self) -> bool:
        return self.read_only_reason is None

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
        """All or nothing; nested blocks become savepoints.

        The write lock is taken up front (``BEGIN IMMEDIATE``), waiting up to the busy timeout for
        another process's write: a deferred transaction that reads first and then writes fails at
        once with "database is locked" when another process wrote in between.
        """
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
        # A read-only file: the use case may read (an edit that changes nothing passes), its first write is refused.
        try:
            self.connection.execute("BEGIN IMMEDIATE" if self.writable else "BEGIN")
        except sqlite3.OperationalError as error:
            raise writing_error(self.path, error) from error
        try:
            yield self
        except BaseException as error:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError) and _is_write_refusal(error):
                if not self.writable:
                    raise UserError("database.read_only_write", path=str(self.path)) from error
                raise writing_error(self.path, error) from error
            raise
        else:
            try:
                self.connection.execute("COMMIT")
            except sqlite3.OperationalError as error:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                raise writing_error(self.path, error) from error

    def close(self) -> None:
        self.connection.close()


def _is_write_refusal(error: sqlite3.Error) -> bool:
    """The file could not take the write (busy, read-only, full disk, I/O), as opposed to a bug."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in (
        SQLITE_BUSY, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN)


def writing_error(path: Path, error: sqlite3.Error) -> UserError:
    """What the buyer is told when a write could not be made; nothing of it was stored."""
    return UserError("database.write_failed", path=str(path), detail=str(error))


def open_database(path: Path, *, migrations: list[Migration] = SCHEMA, whole_check: bool | None = None) -> Database:
    """Open (or create) the dossier file at ``path`` and bring its schema up to date.

    A file this process cannot write is opened read-only (no migrations, no writes). ``whole_check``: check
    every page (True), only the bounded part (False), or decide by size and marker (None, see
    ``WHOLE_CHECK_AT_START_BYTES``).
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    read_only_reason = None
    checked_whole = True
    if existed:
        if whole_check is None:
            whole_check = path.stat().st_size <= WHOLE_CHECK_AT_START_BYTES or whole_check_marker(path).exists()
        check_readable(path, whole=whole_check)
        pending = _pending_migrations(path, migrations)
        if pending and not whole_check:
            check_readable(path)  # a file is migrated only when every page of it was read intact
            whole_check = True
        if whole_check:
            try:
                whole_check_marker(path).unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder: the marker stays, the next start checks whole again
        checked_whole = whole_check
        read_only_reason = why_read_only(path)
        if read_only_reason is not None:
            if pending:
                raise UserError("database.read_only_outdated", path=str(path))
            database = _open_read_only_database(path, read_only_reason)
            database.checked_whole = checked_whole
            return database
        if pending:
            make_backup(path, reason=f"voor-{pending[0]}")
    else:
        if is_network_path(path):
            raise UserError("database.network_new", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError("database.unreadable", path=str(path), detail=error.strerror or str(error)) from error
        pending = [step.name for step in migrations]
    connection = _connect(path)
    database = Database(path, connection)
    database.checked_whole = checked_whole
    if pending:
        try:
            as_migration_set(migrations).apply(database.db)
            connection.execute(f"PRAGMA user_version = {len(migrations)}")
        except sqlite3.OperationalError as error:
            connection.close()
            raise writing_error(path, error) from error
        except Exception:
            connection.close()
            raise
    return database


def _open_read_only_database(path: Path, reason: str) -> Database:
    try:
        connection = open_read_only(path)
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise opening_error(path, error) from error
    return Database(path, connection, read_only_reason=reason)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise opening_error(path, error) from error
    return connection


def check_readable(path: Path, whole: bool = True) -> None:
    """Raise ``DamagedDatabaseError`` unless ``path`` is an intact SQLite file (read-only check).

    ``whole``: every page (``PRAGMA quick_check``); otherwise the bounded check: the header, the schema and
    the first and last rows of every table (a few pages each, whatever the file's size).

    The file is read only through SQLite: on POSIX, closing *any* other descriptor of a file drops
    every lock this process holds on it, and another process could then checkpoint over a live WAL.
    A file that cannot be opened for another reason (permissions, a path SQLite refuses) raises
    ``database.unreadable``, never "damaged": restoring a backup over it would be wrong.
    """
    try:
        connection = open_read_only(path)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall() if whole else _bounded_check(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise opening_error(path, error) from error
    if result != [("ok",)]:
        raise DamagedDatabaseError(path, "; ".join(str(row[0]) for row in result[:3]))


def _bounded_check(connection: sqlite3.Connection) -> list[tuple[str]]:
    """Header and schema (SQLite parses both), then both ends of every table's b-tree: a bounded number of pages."""
    connection.execute("PRAGMA schema_version").fetchone()
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    for table, sql in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        if (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            continue  # the search index (FTS5) keeps its pages in its own tables, checked here as the others
        key = "rowid"
        if "WITHOUT ROWID" in (sql or "").upper():  # the search index's terms: both ends of its primary key
            key = next(row[1] for row in connection.execute(f"PRAGMA table_info({quoted})") if row[5] == 1)
            key = '"' + key.replace('"', '""') + '"'
        # Two subqueries: SQLite finds a lone min() or max() of the rowid at one end of the b-tree, but
        # "SELECT min(rowid), max(rowid)" walks the whole table (30 ms at 100,000 dossiers, every page read).
        connection.execute(f"SELECT (SELECT min({key}) FROM {quoted}), (SELECT max({key}) FROM {quoted})").fetchone()
    return [("ok",)]


def whole_check_marker(path: Path) -> Path:
    """A file beside the dossier file saying its next start checks every page (a background check found damage)."""
    return path.with_name(path.name + ".controleren")


def check_in_background(path: Path) -> None:
    """The whole check on its own read-only connection (any thread); on damage, marks the file for the next start
    (best effort: a folder that cannot hold the marker still gets the message) and raises the error."""
    try:
        check_readable(path)
    except DamagedDatabaseError:
        try:
            whole_check_marker(path).touch()
        except OSError:
            pass
        raise


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; in a folder where SQLite cannot make its WAL files, one that trusts the file unchanged."""
    connection = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.Error as error:
        connection.close()
        if error.sqlite_errorcode & 0xFF != SQLITE_CANTOPEN:
            raise
    # A WAL-mode file in a read-only folder: the -shm file cannot be made, so read the file as it is.
    connection = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


def opening_error(path: Path, error: sqlite3.Error) -> UserError:
    """``DamagedDatabaseError`` only when SQLite says the file is damaged or not a database."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(path, str(error))
    if code in (SQLITE_IOERR, SQLITE_FULL) and _disk_is_full(path):
        return UserError("database.disk_full", path=str(path))  # SQLite could not make its shared-memory file
    return UserError("database.unreadable", path=str(path), detail=str(error))


def _disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def why_read_only(path: Path) -> str | None:
    """"network", "file" or "folder" when this process cannot (safely) write the file or make the WAL files beside it.

    A file on a network share is read only: WAL mode keeps its index in shared memory that only
    processes on one computer share, so two computers writing one file could lose each other's work.
    """
    if is_network_path(path):
        return "network"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "file"
    return None


def _pending_migrations(path: Path, migrations: list[Migration]) -> list[str]:
    """Names of migrations still to run; refuses a file made by a newer version."""
    try:
        connection = open_read_only(path)
    except sqlite3.Error as error:
        raise opening_error(path, error) from error
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

    A failure (a full disk) is a ``UserError`` naming the backup file, and leaves no partial copy.
    """
    from ..domain.file_errors import file_write_error

    folder = backup_dir(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise file_write_error(error, folder) from error
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    _copy_database(path, target)
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
    _copy_database(backups[0], path)
    return backups[0]


def copy_to_folder(path: Path, folder: Path, name: str | None = None) -> Path:
    """A copy of the dossier file in ``folder`` (e.g. off a network share), named ``name`` (by default the file's
    own name), or with a number added where that name is taken."""
    from ..domain.file_errors import file_write_error

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise file_write_error(error, folder) from error
    wanted = Path(name or path.name)
    target = folder / wanted.name
    number = 2
    while target.exists():
        target = folder / f"{wanted.stem} ({number}){wanted.suffix}"
        number += 1
    _copy_database(path, target)
    return target


def _copy_database(source_path: Path, target: Path) -> None:
    """Copy with SQLite's online backup (a consistent read, through SQLite only) to a temporary file beside
    ``target``, renamed into place only when complete: a full disk or an interruption never leaves a partial
    copy that looks whole, at a backup's name or at the dossier file's own name when a backup is restored."""
    from ..atomic_file import replacing

    source = open_read_only(source_path)
    try:
        with replacing(target) as temporary:
            destination = sqlite3.connect(str(temporary))
            try:
                destination.execute("PRAGMA journal_mode = OFF")  # a temporary copy needs no journal beside it
                source.backup(destination)
            except sqlite3.Error as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF == SQLITE_FULL:
                    raise UserError("file.disk_full", path=str(target)) from error
                raise UserError("file.write_failed", path=str(target), detail=str(error)) from error
            finally:
                destination.close()
    finally:
        source.close()


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
    "copy_to_folder",
    "MIGRATION_SET_NAME",
]
