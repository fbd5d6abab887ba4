"""Migration 0013 on a file built with the old schema: due items that were Dutch sentences become kind and subject."""
from datetime import date

from isv_desktop.domain.due import DueKind
from isv_desktop.storage.database import open_database
from isv_desktop.storage.due_repository import DueRepository
from isv_desktop.storage.migrations import SCHEMA

BEFORE = SCHEMA[:[step.name for step in SCHEMA].index("0013_due_subjects")]
OLD_ROWS = (
    # kind, subject id, the title as the old services wrote it, due on, done on
    ("plan_of_action", 1, "Plan van aanpak Top Glove Europe", "2026-03-01", None),
    ("progress_report", 1, "Voortgangsrapportage jaar 1 (Top Glove Europe)", "2026-01-01", None),
    ("questionnaire", 1, "Vragenlijst Top Glove Europe (versie 1)", "2025-12-01", "2025-11-20"),
    ("corrective_action", 99, "Corrigerende maatregel: Paspoorten teruggeven", "2026-02-01", None),  # id gone, title known
    ("", 5, "Plan van aanpak Top Glove Europe", "2026-04-01", None),  # no kind: the title says which
    ("belafspraak", 3, "Bel de leverancier over de audit", "2026-02-15", None),  # a kind no version knows
    ("follow_up_action", 42, "Keten in kaart (Weg B.V.)", "2026-02-20", None),  # its subject was deleted
)


def old_file(path):
    database = open_database(path, migrations=BEFORE)
    c = database.connection
    with database.transaction():
        c.execute("INSERT INTO dossiers (id, title, created_at, updated_at, next_due_date) "
                  "VALUES (1, 'Handschoenen GGD', '2025-01-01T09:00:00', '2025-01-01T09:00:00', '2025-12-01')")
        c.execute("INSERT INTO suppliers (id, dossier_id, name, role, created_at) "
                  "VALUES (1, 1, 'Top Glove Europe', 'awarded', '2025-01-01T09:00:00')")
        c.execute("INSERT INTO questionnaires (id, dossier_id, supplier_id, version, language, questions_json, checksum, "
                  "sent_on, due_on, returned_on) VALUES (1, 1, 1, 1, 'nl', '[]', 'x', '2025-11-01', '2025-12-01', "
                  "'2025-11-20')")
        c.execute("INSERT INTO progress_reports (id, dossier_id, supplier_id, contract_year, due_on) "
                  "VALUES (1, 1, 1, 1, '2026-01-01')")
        c.execute("INSERT INTO audits (id, dossier_id, kind, held_on) VALUES (1, 1, 'factory_audit', '2025-11-01')")
        c.execute("INSERT INTO corrective_actions (id, audit_id, dossier_id, description, due_on) "
                  "VALUES (7, 1, 1, 'Paspoorten teruggeven', '2026-02-01')")
        c.executemany("INSERT INTO due_items (dossier_id, kind, subject_id, title, due_on, done_on) "
                      "VALUES (1, ?, ?, ?, ?, ?)", OLD_ROWS)
    database.close()


def test_old_titles_become_kinds_and_subjects_and_what_cannot_be_converted_keeps_its_text(tmp_path):
    path = tmp_path / "oud.sqlite"
    old_file(path)
    database = open_database(path)
    try:
        columns = [row[1] for row in database.connection.execute("PRAGMA table_info(due_items)")]
        assert columns == ["id", "dossier_id", "kind", "subject_id", "title", "due_on", "done_on"]
        items = DueRepository(database).items(1)
        converted = {(i.kind, i.subject_id): i for i in items if i.kind is not DueKind.FREE}
        assert set(converted) == {(DueKind.PLAN_OF_ACTION, 1), (DueKind.PROGRESS_REPORT, 1),
                                  (DueKind.QUESTIONNAIRE, 1), (DueKind.CORRECTIVE_ACTION, 7)}
        assert converted[(DueKind.QUESTIONNAIRE, 1)].done_on == date(2025, 11, 20)
        assert converted[(DueKind.PROGRESS_REPORT, 1)].title("en") == "Progress report year 1 (Top Glove Europe)"
        free = sorted((i.title("en"), i.due_on) for i in items if i.kind is DueKind.FREE)
        assert free == [  # nothing lost: the second plan of action item (taken) and the two unknown ones
            ("Bel de leverancier over de audit", date(2026, 2, 15)),
            ("Keten in kaart (Weg B.V.)", date(2026, 2, 20)),
            ("Plan van aanpak Top Glove Europe", date(2026, 4, 1)),
        ]
        stored = database.connection.execute("SELECT count(*) FROM due_items WHERE title IS NOT NULL").fetchone()[0]
        assert stored == 3  # only the free items keep a sentence
        plan = converted[(DueKind.PLAN_OF_ACTION, 1)]
        with database.transaction():
            database.connection.execute("UPDATE suppliers SET name = 'Top Glove BV' WHERE id = 1")
        renamed = {(i.kind, i.subject_id): i for i in DueRepository(database).items(1)}
        assert plan.title("nl") == "Plan van aanpak Top Glove Europe"
        assert renamed[(DueKind.PLAN_OF_ACTION, 1)].title("nl") == "Plan van aanpak Top Glove BV"
        plan_used = database.connection.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM due_items WHERE done_on IS NULL AND due_on <= '2026-03-01'").fetchall()
        assert "due_items_open_by_date" in " ".join(str(row) for row in plan_used)  # still indexed by date
    finally:
        database.close()


def test_a_file_without_due_items_migrates_to_an_empty_list(tmp_path):
    path = tmp_path / "leeg.sqlite"
    open_database(path, migrations=BEFORE).close()
    database = open_database(path)
    try:
        assert DueRepository(database).open_items() == []
    finally:
        database.close()
