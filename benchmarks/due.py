"""The due list at a municipality's scale: 100,000 dossiers and 1,050,000 dated items.

The file is built in bulk through the app's schema (``open_session`` runs every
migration, then plain ``executemany`` inserts in one transaction): two suppliers
a dossier, and items of every kind pointing at real subject rows (progress
reports, follow-up actions, credentials, questionnaires, plans of action,
corrective actions, escalation steps, signal follow-ups), 40 % of them open,
one dossier in a hundred deleted. Then, alternating round by round:

- the due panel's ``refresh()`` (first page of overdue and the coming 30 days,
  and the count line) against the raw SQL of the same page in bare sqlite3;
- a page fetched by the panel deep in "Alles tonen" (``fetchMore`` after 25
  pages) against the raw SQL of that page;
- the panel's count line (``DueService.counts``) on its own;
- ``isv-desktop due --json --lang en`` in a process of its own: its time against
  a bare sqlite3 process writing the same rows as JSON, and its peak memory
  against a process that only opens the file.

    python benchmarks/due.py [--rounds 7] [--dossiers 100000]
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date.today()  # the command line reads the real date
TARGETS = {"refresh": 100.0, "page fetch": 100.0}  # milliseconds on the GUI thread (issue 15)
DEEP_PAGES = 25


def build(path: Path, dossiers: int = 100_000) -> int:
    """Create ``path`` with the schema and fill it; returns the number of due items."""
    from isv_desktop.services.session import open_session

    session = open_session(path, today=lambda: TODAY)
    connection = session.database.connection
    chance = random.Random(7)
    stamp = TODAY.isoformat()
    suppliers = 2 * dossiers
    items: list[tuple] = []

    def owner(subject: int) -> int:  # the dossier of supplier (subject % suppliers + 1)
        return (subject % suppliers + 2) // 2

    def add(kind: str, subjects: range, dossier_of=owner) -> None:
        items.extend((dossier_of(n), kind, n, (TODAY + timedelta(days=chance.randint(-400, 1200))).isoformat(),
                      None if chance.random() < 0.4 else stamp) for n in subjects)

    def insert(sql: str, rows) -> None:
        connection.executemany(sql, rows)

    try:
        with session.database.transaction():
            insert("INSERT INTO dossiers (id, title, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                   ((n, f"Dossier {n}", "deleted" if n % 100 == 0 else "archived" if n % 10 == 0 else "active",
                     stamp, stamp) for n in range(1, dossiers + 1)))
            insert("INSERT INTO suppliers (id, dossier_id, name, role, created_at) VALUES (?, ?, ?, 'awarded', ?)",
                   ((n, (n + 1) // 2, f"Leverancier {n} B.V.", stamp) for n in range(1, suppliers + 1)))
            count = 3 * dossiers
            insert("INSERT INTO progress_reports (id, dossier_id, supplier_id, contract_year, due_on) "
                   "VALUES (?, ?, ?, ?, ?)",
                   ((n, owner(n), n % suppliers + 1, n // suppliers + 1, stamp) for n in range(1, count + 1)))
            add("progress_report", range(1, count + 1))
            count = 5 * dossiers // 2
            insert("INSERT INTO follow_up_actions (id, supplier_id, description, due_on) VALUES (?, ?, ?, ?)",
                   ((n, n % suppliers + 1, f"Vervolgactie {n}: bezoek aan de productielocatie", stamp)
                    for n in range(1, count + 1)))
            add("follow_up_action", range(1, count + 1))
            count = 2 * dossiers
            insert("INSERT INTO supplier_credentials (id, supplier_id, kind, name) VALUES (?, ?, 'certificate', ?)",
                   ((n, n % suppliers + 1, f"SA8000 {n}") for n in range(1, count + 1)))
            add("credential_expiry", range(1, count + 1))
            insert("INSERT INTO questionnaires (id, dossier_id, supplier_id, version, language, questions_json, "
                   "checksum, sent_on, due_on) VALUES (?, ?, ?, 1, 'nl', '[]', '', ?, ?)",
                   ((n, owner(n), n % suppliers + 1, stamp, stamp) for n in range(1, dossiers + 1)))
            add("questionnaire", range(1, dossiers + 1))
            add("plan_of_action", range(1, dossiers // 2 + 1), lambda n: (n + 1) // 2)
            insert("INSERT INTO audits (id, dossier_id, supplier_id, kind, held_on) VALUES (?, ?, ?, 'social', ?)",
                   ((n, owner(2 * n), 2 * n % suppliers + 1, stamp) for n in range(1, dossiers // 2 + 1)))
            insert("INSERT INTO corrective_actions (id, audit_id, dossier_id, description, due_on) "
                   "VALUES (?, ?, ?, ?, ?)",
                   ((n, (n + 1) // 2, owner(n + 1), f"Maatregel {n}", stamp) for n in range(1, dossiers + 1)))
            add("corrective_action", range(1, dossiers + 1), lambda n: owner(n + 1))
            insert("INSERT INTO escalations (id, dossier_id, supplier_id, step, taken_on, reason) "
                   "VALUES (?, ?, ?, 'dialogue', ?, 'Geen plan van aanpak')",
                   ((n, owner(n), n % suppliers + 1, stamp) for n in range(1, dossiers // 4 + 1)))
            add("escalation_response", range(1, dossiers // 4 + 1))
            insert("INSERT INTO signals (id, logged_on, signal_date, source_kind, text) VALUES (?, ?, ?, 'press', ?)",
                   ((n, stamp, stamp, f"Signaal {n}: misstanden in de keten") for n in range(1, 10_001)))
            insert("INSERT INTO signal_followups (id, signal_id, dossier_id, opened_on) VALUES (?, ?, ?, ?)",
                   ((n, n % 10_000 + 1, n * 7 % dossiers + 1, stamp) for n in range(1, dossiers // 4 + 1)))
            add("signal_follow_up", range(1, dossiers // 4 + 1), lambda n: n * 7 % dossiers + 1)
            insert("INSERT INTO due_items (dossier_id, kind, subject_id, due_on, done_on) VALUES (?, ?, ?, ?, ?)",
                   items)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.close()
    return len(items)


def spread(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms ({min(values) * 1000:.1f}–{max(values) * 1000:.1f})"


def report(name: str, app: list[float], base: list[float], target_ms: float | None = None) -> bool:
    per_round = [a / b for a, b in zip(app, base, strict=True)]
    ratio = statistics.median(app) / statistics.median(base)
    ok = target_ms is None or statistics.median(app) * 1000 <= target_ms
    verdict = "" if target_ms is None else f"   target <= {target_ms:.0f} ms  {'OK' if ok else 'TARGET MISSED'}"
    print(f"  {name:<11}{spread(app)}  raw SQL {spread(base)}  ratio {ratio:6.2f} "
          f"({min(per_round):.2f}–{max(per_round):.2f}){verdict}")
    return ok


def raw_page(raw: sqlite3.Connection, until: date | None, after: tuple[date, int] | None) -> list[tuple]:
    """The panel's page query (the repository's own SQL text) in bare sqlite3, rows as tuples."""
    from isv_desktop.storage.due_repository import page_query

    sql, params = page_query(until, after, 200)
    return raw.execute(sql, params).fetchall()


def measure_panel(path: Path, rounds: int) -> bool:
    from PySide6.QtWidgets import QApplication

    from isv_desktop.services.session import open_session
    from isv_desktop.ui.due_panel import WITHIN_DAYS, DuePanel

    app = QApplication.instance() or QApplication([])
    session = open_session(path, today=lambda: TODAY)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    panel = DuePanel(session.due, "nl")
    panel.resize(900, 600)
    panel.show()
    app.processEvents()
    times: dict[str, list[float]] = {name: [] for name in ("refresh", "refresh raw", "fetch", "fetch raw", "counts")}
    until = TODAY + timedelta(days=WITHIN_DAYS)
    try:
        for round_number in range(rounds + 1):
            panel.show_all_button.setChecked(False)
            start = time.perf_counter()
            panel.refresh()
            refresh = time.perf_counter() - start
            start = time.perf_counter()
            raw_page(raw, until, None)
            refresh_raw = time.perf_counter() - start
            start = time.perf_counter()
            session.due.counts(WITHIN_DAYS)
            counts = time.perf_counter() - start
            panel.show_all_button.setChecked(True)  # reloads: every open item, first page
            for _ in range(DEEP_PAGES):
                panel.model.fetchMore()
            app.processEvents()
            last = panel.model.items()[-1]
            position = panel.model.last_position()
            start = time.perf_counter()
            panel.model.fetchMore()
            app.processEvents()
            fetch = time.perf_counter() - start
            assert panel.model.rowCount() == (DEEP_PAGES + 2) * 200, panel.model.rowCount()
            start = time.perf_counter()
            rows = raw_page(raw, None, position)
            fetch_raw = time.perf_counter() - start
            assert len(rows) == 200 and rows[0][5] >= last.due_on.isoformat()
            if round_number:  # the first round warms the cache
                for name, value in (("refresh", refresh), ("refresh raw", refresh_raw), ("fetch", fetch),
                                    ("fetch raw", fetch_raw), ("counts", counts)):
                    times[name].append(value)
    finally:
        raw.close()
        panel.close()
        session.close()
    print(f"  count line: {panel.summary_label.text()}")
    ok = report("refresh", times["refresh"], times["refresh raw"], TARGETS["refresh"])
    ok &= report("page fetch", times["fetch"], times["fetch raw"], TARGETS["page fetch"])
    print(f"  counts     {spread(times['counts'])}  (the count line's part of the refresh)")
    return ok


CLI_BASELINE = """
import json, sqlite3, sys
from isv_desktop.storage.due_repository import page_query
from datetime import date
raw = sqlite3.connect(sys.argv[1])
sql, params = page_query(date.fromisoformat(sys.argv[2]), None, -1)
for row in raw.execute(sql, params):
    sys.stdout.write(json.dumps(row, ensure_ascii=False, indent=2))
"""
OPEN_ONLY = "import sys\nfrom isv_desktop.services.session import open_session\nopen_session(sys.argv[1]).close()\n"


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident MiB of one child process, its output thrown away."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise RuntimeError(f"{command} failed with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def measure_cli(path: Path, rounds: int) -> None:
    env = dict(os.environ)
    until = (TODAY + timedelta(days=30)).isoformat()
    commands = {
        "cli": [sys.executable, "-m", "isv_desktop", "due", "--db", str(path), "--json", "--lang", "en"],
        "raw": [sys.executable, "-c", CLI_BASELINE, str(path), until],
        "open": [sys.executable, "-c", OPEN_ONLY, str(path)],
    }
    found: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in commands}
    for round_number in range(rounds + 1):
        for name in (commands if round_number % 2 else reversed(commands)):
            elapsed, peak = run_measured(commands[name], env)
            if round_number:
                found[name][0].append(elapsed)
                found[name][1].append(peak)
    print(f"  cli due:   {spread(found['cli'][0])}   peak {statistics.median(found['cli'][1]):6.1f} MiB")
    print(f"  raw JSON:  {spread(found['raw'][0])}   peak {statistics.median(found['raw'][1]):6.1f} MiB")
    print(f"  open only:                          peak {statistics.median(found['open'][1]):6.1f} MiB")
    ratio = statistics.median(found["cli"][0]) / statistics.median(found["raw"][0])
    extra = statistics.median(a - b for a, b in zip(found["cli"][1], found["open"][1], strict=True))
    print(f"  cli time ratio to raw JSON {ratio:.2f}; peak memory {extra:+.1f} MiB above opening the file")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # only build this file (a child process)
    args = parser.parse_args(argv)
    if args.build:
        print(build(args.build, args.dossiers))
        return 0
    work = Path(tempfile.mkdtemp(prefix="isv-due-"))
    os.environ["ISV_DESKTOP_HOME"] = str(work / "home")  # nothing of this run touches the user's folders
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = work / "due.sqlite"
    started = time.perf_counter()
    # Built in a child, and the command line measured before this process loads the app: a child's peak memory
    # counts what its parent held when it was started.
    items = int(subprocess.run([sys.executable, __file__, "--build", str(path), "--dossiers", str(args.dossiers)],
                               check=True, capture_output=True, text=True).stdout.split()[-1])
    print(f"due: built {args.dossiers:,} dossiers, {items:,} due items in {time.perf_counter() - started:.1f} s "
          f"({path.stat().st_size / 2**20:.0f} MiB); {args.rounds} rounds, median (min–max of the rounds)")
    measure_cli(path, max(3, args.rounds // 2))
    ok = measure_panel(path, args.rounds)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
