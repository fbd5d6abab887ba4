"""The schema, built only by numbered migrations (each runs in a transaction).

Never edit a migration that has shipped: add a new one at the end.
"""
from __future__ import annotations

from sqlite_utils.migrations import Migrations

MIGRATION_SET_NAME = "isv_desktop"
MIGRATIONS = Migrations(MIGRATION_SET_NAME)


@MIGRATIONS(name="0001_dossiers")
def create_dossiers(db) -> None:
    db.execute(
        """
        CREATE TABLE dossiers (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            cpv_code TEXT NOT NULL DEFAULT '',
            procedure TEXT,
            contract_kind TEXT NOT NULL DEFAULT 'supplies_services',
            estimated_value_cents INTEGER,
            contract_start TEXT,
            duration_months INTEGER,
            contract_manager TEXT NOT NULL DEFAULT '',
            risk_category TEXT,
            decision TEXT NOT NULL DEFAULT 'undecided',
            non_application_reason TEXT,
            non_application_text TEXT NOT NULL DEFAULT '',
            current_step TEXT NOT NULL DEFAULT 'applicability',
            status TEXT NOT NULL DEFAULT 'active',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            next_due_date TEXT
        )
        """
    )
    db.execute("CREATE INDEX dossiers_by_status_updated ON dossiers(status, updated_at)")
    db.execute("CREATE INDEX dossiers_by_title ON dossiers(title COLLATE NOCASE)")
    db.execute("CREATE INDEX dossiers_by_next_due ON dossiers(next_due_date)")


@MIGRATIONS(name="0002_threshold_entries")
def create_threshold_entries(db) -> None:
    """EU thresholds the buyer entered for periods the shipped table does not cover."""
    db.execute(
        """
        CREATE TABLE threshold_entries (
            id INTEGER PRIMARY KEY,
            valid_from TEXT NOT NULL,
            valid_until TEXT NOT NULL,
            supplies_services_cents INTEGER NOT NULL,
            works_cents INTEGER NOT NULL,
            entered_at TEXT NOT NULL
        )
        """
    )
