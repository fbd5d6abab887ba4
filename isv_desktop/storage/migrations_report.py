"""The tables of the organisation's view (issue 8): settings, report targets, dossiers left out.

``create_report_tables`` is a migration function (registered in
``migrations.py`` as ``0007_report``). It only calls ``db.execute``, so it
runs on the sqlite-utils database the migration set passes in as well as on
a plain ``sqlite3`` connection.
"""
from __future__ import annotations

REPORT_TABLES = ("organisation_settings", "report_targets", "report_exclusions")

_STATEMENTS = (
    # One row (id = 1): the organisation the reports speak for.
    """CREATE TABLE organisation_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        logo BLOB,
        logo_name TEXT,
        default_language TEXT NOT NULL DEFAULT 'nl' CHECK (default_language IN ('nl', 'en')),
        plan_of_action_weeks INTEGER NOT NULL DEFAULT 12,
        questionnaire_weeks INTEGER NOT NULL DEFAULT 4,
        progress_report_weeks INTEGER NOT NULL DEFAULT 6,
        updated_at TEXT NOT NULL)""",
    # A goal on one of the report's shares, with interim milestones {"2026": "50", …} (percent, as text).
    """CREATE TABLE report_targets (
        id INTEGER PRIMARY KEY,
        figure TEXT NOT NULL,
        goal TEXT NOT NULL,
        year INTEGER NOT NULL,
        milestones_json TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL)""",
    # A dossier the buyer left out of every report figure (e.g. a test dossier), with the reason shown in the notes.
    """CREATE TABLE report_exclusions (
        dossier_id INTEGER PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        left_out_on TEXT NOT NULL)""",
    # The report selects the tenders of a year by the day their dossier was opened.
    "CREATE INDEX dossiers_by_created ON dossiers(created_at)",
)


def create_report_tables(db) -> None:
    """Migration 0007_report: organisation settings, report targets and report exclusions."""
    for statement in _STATEMENTS:
        db.execute(statement)
