"""Due list across all dossiers: the app's query against the same query run directly in sqlite3.

2,000 dossiers and 50,000 dated items. Prints the median time of
``DueService.due_list(30)`` (what the home screen and ``isv-desktop due``
use) divided by the median of the bare SQL, measured alternately in the
same run. Target: 3 or lower.
"""
from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROUNDS = 15
DOSSIERS = 2_000
ITEMS = 50_000


def build(path: Path, today: date):
    from isv_desktop.services.session import open_session

    session = open_session(path, today=lambda: today)
    random.seed(7)
    stamp = today.isoformat()
    with session.database.transaction() as db:
        db["dossiers"].insert_all(
            {"title": f"Dossier {n}", "created_at": stamp, "updated_at": stamp} for n in range(DOSSIERS)
        )
        db["due_items"].insert_all(
            {
                "dossier_id": random.randint(1, DOSSIERS),
                "kind": random.choice(["progress_report", "corrective_action", "follow_up_action", "credential_expiry"]),
                "subject_id": n,
                "title": f"Item {n}",
                "due_on": (today + timedelta(days=random.randint(-400, 1200))).isoformat(),
                "done_on": None if random.random() < 0.4 else stamp,
            }
            for n in range(ITEMS)
        )
    return session


def main() -> int:
    os.environ.setdefault("ISV_DESKTOP_HOME", tempfile.mkdtemp())
    today = date(2026, 6, 1)
    folder = Path(tempfile.mkdtemp())
    session = build(folder / "due.sqlite", today)
    until = (today + timedelta(days=30)).isoformat()
    raw = sqlite3.connect(folder / "due.sqlite")
    sql = (
        "SELECT d.dossier_id, d.kind, d.subject_id, d.title, d.due_on, d.done_on, o.title FROM due_items d "
        "JOIN dossiers o ON o.id = d.dossier_id WHERE d.done_on IS NULL AND o.status != 'deleted' AND d.due_on <= ? "
        "ORDER BY d.due_on, d.id"
    )
    app_times, sql_times = [], []
    for round_number in range(ROUNDS + 2):
        start = time.perf_counter()
        due = session.due.due_list(30)
        app = time.perf_counter() - start
        start = time.perf_counter()
        rows = raw.execute(sql, (until,)).fetchall()
        bare = time.perf_counter() - start
        if round_number >= 2:
            app_times.append(app)
            sql_times.append(bare)
    assert len(due.overdue) + len(due.upcoming) == len(rows)
    app_median, sql_median = statistics.median(app_times), statistics.median(sql_times)
    print(f"items listed: {len(rows)} of {ITEMS} ({len(due.overdue)} overdue)")
    print(f"due_list(30): {app_median * 1000:.1f} ms   bare sqlite3: {sql_median * 1000:.1f} ms")
    print(f"ratio: {app_median / sql_median:.2f} (target 3 or lower)")
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
