"""Migration 0013: due items become a kind and a subject; their Dutch sentences go.

Until this migration every due item carried a Dutch title written when it was
made ("Plan van aanpak {name}", "Voortgangsrapportage jaar 2 (...)"), which
went stale when a supplier was renamed and could not be shown in English. Now
the title is rendered from the subject when shown (``domain.due``). The old
titles are read here, once:

- an item of a known kind whose subject still exists in its dossier keeps its
  kind and subject; its title is dropped;
- an item of an unknown kind, or whose subject is gone, is recognised by its
  title where the title names a subject of its dossier (a plan of action, a
  progress report, a questionnaire, a corrective action, an expiring
  credential);
- anything else stays as kind ``free`` with its old title as text: nothing is
  lost.

Only ``db.execute`` is used, so it runs on the sqlite-utils database the
migration set passes in as on a plain ``sqlite3`` connection.
"""
from __future__ import annotations

import re

# kind → is its subject (by id) in the dossier?
_SUBJECT_IN_DOSSIER = {
    "questionnaire": "SELECT 1 FROM questionnaires WHERE id = ? AND dossier_id = ?",
    "plan_of_action": "SELECT 1 FROM suppliers WHERE id = ? AND dossier_id = ?",
    "follow_up_action": "SELECT 1 FROM follow_up_actions f JOIN suppliers s ON s.id = f.supplier_id "
                        "WHERE f.id = ? AND s.dossier_id = ?",
    "credential_expiry": "SELECT 1 FROM supplier_credentials c JOIN suppliers s ON s.id = c.supplier_id "
                         "WHERE c.id = ? AND s.dossier_id = ?",
    "progress_report": "SELECT 1 FROM progress_reports WHERE id = ? AND dossier_id = ?",
    "corrective_action": "SELECT 1 FROM corrective_actions WHERE id = ? AND dossier_id = ?",
}

# The sentences the services used to write, each with the query finding its subject in the dossier from
# what the sentence says (the last parameter is always the dossier id).
_OLD_TITLES = (
    ("plan_of_action", re.compile(r"^Plan van aanpak (?P<supplier>.+)$"),
     "SELECT id FROM suppliers WHERE name = :supplier AND dossier_id = :dossier ORDER BY id"),
    ("progress_report", re.compile(r"^Voortgangsrapportage jaar (?P<year>\d+) \((?P<supplier>.*)\)$"),
     "SELECT r.id FROM progress_reports r JOIN suppliers s ON s.id = r.supplier_id "
     "WHERE s.name = :supplier AND r.contract_year = :year AND r.dossier_id = :dossier ORDER BY r.id"),
    ("questionnaire", re.compile(r"^Vragenlijst (?P<supplier>.*) \(versie (?P<version>\d+)\)$"),
     "SELECT q.id FROM questionnaires q JOIN suppliers s ON s.id = q.supplier_id "
     "WHERE s.name = :supplier AND q.version = :version AND q.dossier_id = :dossier ORDER BY q.id"),
    ("corrective_action", re.compile(r"^Corrigerende maatregel: (?P<text>.*)$", re.DOTALL),
     "SELECT id FROM corrective_actions WHERE description = :text AND dossier_id = :dossier ORDER BY id"),
    ("credential_expiry", re.compile(r"^(?P<text>.*) \((?P<supplier>.*)\) verloopt$", re.DOTALL),
     "SELECT c.id FROM supplier_credentials c JOIN suppliers s ON s.id = c.supplier_id "
     "WHERE c.name = :text AND s.name = :supplier AND s.dossier_id = :dossier ORDER BY c.id"),
)

_NEW_TABLE = """
    CREATE TABLE due_items_converted (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        subject_id INTEGER NOT NULL,
        title TEXT,
        due_on TEXT NOT NULL,
        done_on TEXT,
        CHECK ((kind = 'free') = (title IS NOT NULL)),
        UNIQUE (kind, subject_id)
    )
"""


def convert(dossier_id: int, kind: str, subject_id: int, title: str, exists, find) -> tuple[str, int | None]:
    """(kind, subject id) for an old item; subject id None means: keep it as a free item with its title.

    ``exists(kind, subject_id, dossier_id)`` and ``find(sql, values)`` (the first id or None) ask the file.
    """
    if kind in _SUBJECT_IN_DOSSIER and exists(kind, subject_id, dossier_id):
        return kind, subject_id
    for old_kind, pattern, sql in _OLD_TITLES:
        match = pattern.match(title)
        if match is None:
            continue
        found = find(sql, {**match.groupdict(), "dossier": dossier_id})
        if found is not None:
            return old_kind, found
    return "free", None


def convert_due_items(db) -> None:
    def exists(kind: str, subject_id: int, dossier_id: int) -> bool:
        return db.execute(_SUBJECT_IN_DOSSIER[kind], (subject_id, dossier_id)).fetchone() is not None

    def find(sql: str, values: dict) -> int | None:
        row = db.execute(sql, values).fetchone()
        return row[0] if row else None

    db.execute(_NEW_TABLE)
    rows = db.execute("SELECT id, dossier_id, kind, subject_id, title, due_on, done_on FROM due_items ORDER BY id")
    for row_id, dossier_id, kind, subject_id, title, due_on, done_on in rows.fetchall():
        new_kind, new_subject = convert(dossier_id, kind, subject_id, title, exists, find)
        taken = new_subject is not None and db.execute(
            "SELECT 1 FROM due_items_converted WHERE kind = ? AND subject_id = ?", (new_kind, new_subject)).fetchone()
        if new_subject is None or taken:
            new_kind, new_subject, kept = "free", row_id, title
        else:
            kept = None
        db.execute(
            "INSERT INTO due_items_converted (dossier_id, kind, subject_id, title, due_on, done_on) "
            "VALUES (?, ?, ?, ?, ?, ?)", (dossier_id, new_kind, new_subject, kept, due_on, done_on))
    db.execute("DROP TABLE due_items")
    db.execute("ALTER TABLE due_items_converted RENAME TO due_items")
    db.execute("CREATE INDEX due_items_open_by_date ON due_items(done_on, due_on)")
    db.execute("CREATE INDEX due_items_by_dossier ON due_items(dossier_id, done_on, due_on)")
