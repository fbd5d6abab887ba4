"""Dossier files damaged on purpose, for the start check and the background check."""
from pathlib import Path

from isv_desktop.storage.database import open_database


def damage_a_middle_page(path: Path) -> Path:
    """Make ``path`` a file whose header and schema are intact, with a damaged page in the middle of a table."""
    database = open_database(path)
    with database.transaction():
        database.connection.executemany(
            "INSERT INTO dossiers (title, created_at, updated_at) VALUES (?, '2026-01-01', '2026-01-01')",
            ((f"Dossier {n} " + "x" * 200,) for n in range(3000)))
    database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = database.connection.execute("PRAGMA page_size").fetchone()[0]
    database.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle:middle + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    return path
