"""Migration 0014: folded names beside the names a signal is matched against (storage/signal_matching.py)."""
from __future__ import annotations

from ..domain.signals import fold

#: table, name column, folded column
FOLDED_COLUMNS = (
    ("suppliers", "name", "name_folded"),
    ("delivered_products", "brand", "brand_folded"),
    ("delivered_products", "site_name", "site_name_folded"),
)


def add_folded_names(db) -> None:
    for table, name, folded in FOLDED_COLUMNS:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {folded} TEXT")
        rows = db.execute(f"SELECT id, {name} FROM {table}").fetchall()
        db.conn.executemany(f"UPDATE {table} SET {folded} = ? WHERE id = ?",
                            [(fold(value or ""), row_id) for row_id, value in rows])
        # the rows matching must fold itself (normally none) are found in an index, not by reading the table
        db.execute(f"CREATE INDEX {table}_{folded}_missing ON {table}(id) WHERE {folded} IS NULL")
        db.execute(
            f"CREATE TRIGGER {table}_{name}_changed AFTER UPDATE OF {name} ON {table} "
            f"WHEN new.{name} IS NOT old.{name} AND new.{folded} IS old.{folded} "
            f"BEGIN UPDATE {table} SET {folded} = NULL WHERE id = new.id; END"
        )
