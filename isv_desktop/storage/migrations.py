"""The schema, built only by numbered migrations (each runs in a transaction).

Never edit a migration that has shipped: add a new one at the end.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

MIGRATION_SET_NAME = "isv_desktop"


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable


SCHEMA: list[Migration] = []


def migration(name: str):
    """Register the decorated function as the next numbered migration."""

    def register(function: Callable) -> Callable:
        if any(step.name == name for step in SCHEMA):
            raise ValueError(f"migration {name} is registered twice")
        SCHEMA.append(Migration(name, function))
        return function

    return register


def as_migration_set(steps: list[Migration]) -> "Migrations":
    """The steps as a sqlite-utils migration set (imported only when a file needs migrating)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET_NAME)
    for step in steps:
        migrations(name=step.name)(step.apply)
    return migrations


@migration("0001_dossiers")
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


@migration("0002_threshold_entries")
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


@migration("0003_risk_scan")
def create_risk_scan(db) -> None:
    """Step 2: what is scanned, the scan as it was made, the buyer's judgement and sources."""
    db.execute(
        """
        CREATE TABLE scan_groups (
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (dossier_id, group_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE scan_countries (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            country TEXT NOT NULL,
            stage TEXT NOT NULL,
            UNIQUE (dossier_id, group_id, country, stage)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE scan_snapshots (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            made_at TEXT NOT NULL,
            record_json TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX scan_snapshots_by_dossier ON scan_snapshots(dossier_id, id)")
    db.execute(
        """
        CREATE TABLE theme_judgements (
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            severity INTEGER CHECK (severity BETWEEN 1 AND 3),
            likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 3),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (dossier_id, theme)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE own_risks (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            description TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            attachment_name TEXT,
            attachment BLOB,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE stakeholder_consultations (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            organisation TEXT NOT NULL,
            consulted_on TEXT NOT NULL,
            themes TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''
        )
        """
    )
    for table in ("scan_countries", "own_risks", "stakeholder_consultations"):
        db.execute(f"CREATE INDEX {table}_by_dossier ON {table}(dossier_id)")


@migration("0004_criteria")
def create_criteria(db) -> None:
    """Step 3: the dossier's ambition, acceptance and deadlines, and its chosen criteria."""
    db.execute(
        """
        CREATE TABLE criteria_settings (
            dossier_id INTEGER PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
            ambition TEXT NOT NULL DEFAULT 'basis',
            acceptance TEXT NOT NULL DEFAULT 'explicit',
            plan_of_action_weeks INTEGER NOT NULL DEFAULT 12,
            questionnaire_weeks INTEGER NOT NULL DEFAULT 4,
            progress_report_weeks INTEGER NOT NULL DEFAULT 6,
            other_weights TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE chosen_criteria (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            library_version INTEGER NOT NULL,
            position INTEGER NOT NULL,
            phase TEXT NOT NULL,
            custom_text_nl TEXT,
            custom_text_en TEXT,
            weight TEXT,
            UNIQUE (dossier_id, criterion_id)
        )
        """
    )


@migration("0005_suppliers")
def create_suppliers(db) -> None:
    """Step 4: bidders and the awarded supplier, their credentials, questionnaires, plan of action."""
    db.execute(
        """
        CREATE TABLE suppliers (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kvk_number TEXT NOT NULL DEFAULT '',
            foreign_registration TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            award_date TEXT,
            parent_id INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX suppliers_by_dossier ON suppliers(dossier_id)")
    db.execute(
        """
        CREATE TABLE supplier_credentials (
            id INTEGER PRIMARY KEY,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            valid_from TEXT,
            valid_until TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE questionnaires (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            language TEXT NOT NULL,
            questions_json TEXT NOT NULL,
            checksum TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            returned_on TEXT,
            answers_json TEXT,
            UNIQUE (supplier_id, version)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plans_of_action (
            supplier_id INTEGER PRIMARY KEY REFERENCES suppliers(id) ON DELETE CASCADE,
            due_on TEXT,
            received_on TEXT,
            attachment_name TEXT,
            attachment BLOB,
            overall_verdict TEXT,
            overall_reason TEXT NOT NULL DEFAULT '',
            assessed_on TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plan_assessments (
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
            point TEXT NOT NULL,
            verdict TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (supplier_id, point)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE follow_up_actions (
            id INTEGER PRIMARY KEY,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
            description TEXT NOT NULL,
            due_on TEXT NOT NULL,
            done_on TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE due_items (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            due_on TEXT NOT NULL,
            done_on TEXT,
            UNIQUE (kind, subject_id)
        )
        """
    )
    db.execute("CREATE INDEX due_items_open_by_date ON due_items(done_on, due_on)")
    db.execute("CREATE INDEX due_items_by_dossier ON due_items(dossier_id, done_on, due_on)")


@migration("0006_monitoring")
def create_monitoring(db) -> None:
    """Step 5: meetings, progress reports, signals, audits and corrective actions, escalation, traceability."""
    statements = [
        """CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
            held_on TEXT NOT NULL, participants TEXT NOT NULL DEFAULT '', agreements TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE progress_reports (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
            contract_year INTEGER NOT NULL, due_on TEXT NOT NULL, received_on TEXT,
            measures_status TEXT NOT NULL DEFAULT '', new_risks TEXT NOT NULL DEFAULT '',
            incidents TEXT NOT NULL DEFAULT '', audit_results TEXT NOT NULL DEFAULT '',
            stakeholder_engagement TEXT NOT NULL DEFAULT '', next_steps TEXT NOT NULL DEFAULT '',
            attachment_name TEXT, attachment BLOB,
            verdict TEXT, verdict_reason TEXT NOT NULL DEFAULT '', assessed_on TEXT,
            UNIQUE (supplier_id, contract_year))""",
        """CREATE TABLE progress_report_points (
            report_id INTEGER NOT NULL REFERENCES progress_reports(id) ON DELETE CASCADE,
            point TEXT NOT NULL, verdict TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, point))""",
        """CREATE TABLE signals (
            id INTEGER PRIMARY KEY,
            logged_on TEXT NOT NULL, signal_date TEXT NOT NULL, source_kind TEXT NOT NULL,
            text TEXT NOT NULL, link TEXT NOT NULL DEFAULT '', attachment_name TEXT, attachment BLOB,
            group_id TEXT, country TEXT, supplier_name TEXT NOT NULL DEFAULT '', brand TEXT NOT NULL DEFAULT '',
            handled_on TEXT)""",
        """CREATE TABLE signal_followups (
            id INTEGER PRIMARY KEY,
            signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            opened_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', closed_on TEXT,
            UNIQUE (signal_id, dossier_id))""",
        """CREATE TABLE audits (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
            kind TEXT NOT NULL, held_on TEXT NOT NULL, auditor TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE corrective_actions (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            description TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open', evidence TEXT NOT NULL DEFAULT '', closed_on TEXT)""",
        """CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
            step TEXT NOT NULL, taken_on TEXT NOT NULL, reason TEXT NOT NULL, skip_reason TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE delivered_products (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            supplier_id INTEGER REFERENCES suppliers(id) ON DELETE SET NULL,
            product TEXT NOT NULL, brand TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',
            site_name TEXT NOT NULL DEFAULT '', site_address TEXT NOT NULL DEFAULT '', site_country TEXT NOT NULL DEFAULT '',
            components_json TEXT NOT NULL DEFAULT '[]', open_supply_hub_id TEXT NOT NULL DEFAULT '')""",
    ]
    for statement in statements:
        db.execute(statement)
    for table in ("meetings", "progress_reports", "audits", "corrective_actions", "escalations", "delivered_products"):
        db.execute(f"CREATE INDEX {table}_by_dossier ON {table}(dossier_id)")


@migration("0007_report")
def create_report(db) -> None:
    """The organisation's view: settings, ISV targets and dossiers left out of the yearly report."""
    from .migrations_report import create_report_tables

    create_report_tables(db)


@migration("0008_call_for_competition_date")
def add_call_for_competition_date(db) -> None:
    """Step 1: the day the call for competition is sent (planned or actual); the EU threshold is judged on it."""
    db.execute("ALTER TABLE dossiers ADD COLUMN call_for_competition_date TEXT")


@migration("0009_traced_inputs")
def create_traced_inputs(db) -> None:
    """Step 2: where the buyer traced a critical input to come from; replaces the knowledge base's assumption."""
    db.execute(
        """
        CREATE TABLE scan_traced_inputs (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            good TEXT NOT NULL,
            country TEXT NOT NULL,
            recorded_on TEXT NOT NULL,
            UNIQUE (dossier_id, group_id, good, country)
        )
        """
    )


@migration("0010_dossier_copies")
def add_copy_of(db) -> None:
    """A dossier made as a copy of another (imported again as copy, or duplicated) names its original's id."""
    db.execute("ALTER TABLE dossiers ADD COLUMN copy_of INTEGER")


@migration("0012_dossier_list_indexes")
def add_dossier_list_indexes(db) -> None:
    """The dossier list reads each sort column in its index, by keyset (storage/dossier_keyset.py): no temporary
    B-tree sorts 100,000 rows for the first page, and a page near the end starts where it is."""
    db.execute("CREATE INDEX dossiers_by_updated ON dossiers(updated_at)")
    db.execute("CREATE INDEX dossiers_by_reference ON dossiers(reference COLLATE NOCASE)")
    db.execute("CREATE INDEX dossiers_by_subject ON dossiers(subject COLLATE NOCASE)")
    db.execute("CREATE INDEX dossiers_by_value ON dossiers(estimated_value_cents)")
    db.execute("CREATE INDEX dossiers_by_step ON dossiers(current_step)")
    db.execute("CREATE INDEX dossiers_by_status ON dossiers(status)")


@migration("0013_due_subjects")
def convert_due_items(db) -> None:
    """Due items keep a kind and a subject, no Dutch sentence: titles are rendered when shown (domain.due)."""
    from .migrations_due import convert_due_items as convert

    convert(db)


@migration("0014_folded_names")
def add_folded_names(db) -> None:
    """Names a signal is matched against are folded once, when stored (domain.signals.fold): the supplier's name,
    a delivered product's brand and production site. Matching compares the folded columns in SQL; a trigger empties
    the folded value when a name changes without it (a write that does not know it), and such a row is folded when
    matched. The names already stored are folded here."""
    from .migrations_folded import add_folded_names as add

    add(db)


@migration("0015_dossier_search")
def add_dossier_search(db) -> None:
    """The dossier list's search reads an FTS5 trigram index of the five searched columns, kept in step by
    triggers (storage/dossier_search.py), instead of reading every dossier; the stored dossiers are indexed here."""
    from .dossier_search import create_dossier_search

    create_dossier_search(db)
