"""A dossier file the size of a municipality's history, built in bulk through the app's own schema.

The file is created by ``open_session`` (every migration), then filled with
plain ``executemany`` inserts in one transaction: dossiers (titles, references,
subjects, values, steps, due dates), a supplier each for one dossier in ten
(with a credential) and signals naming some of those suppliers. 100,000
dossiers take a few seconds; nothing is made through the services, so the
rows are what the schema accepts, not what the app would choose.

    python benchmarks/scale_file.py OUT.sqlite [--dossiers 100000] [--signals 10000]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from isv_desktop.domain.signals import fold  # noqa: E402

SUBJECTS = (
    ("Bedrijfskleding", "18110000-3"), ("Kantoormeubilair", "39130000-2"), ("ICT-hardware", "30200000-1"),
    ("Schoonmaakmiddelen", "39830000-9"), ("Natuursteen", "14500000-2"), ("Zonnepanelen", "09331100-9"),
    ("Schoolmaaltijden", "55523100-3"), ("Werkschoenen", "18830000-6"),
)
STEPS = ("applicability", "risk_scan", "criteria", "suppliers", "monitoring")
SUPPLIER_NAMES = ("Đồng Nai May Mặc", "Łódź Tekstil Sanayi", "Příliš Žluťoučký s.r.o.", "İğneada Şişe",
                  "Van den Berg Textiel B.V.", "Müller & Söhne GmbH")
COUNTRIES = ("BD", "CN", "VN", "IN", "PK", "TR", "KH", "MM", "ID", "LK")


def build(path: Path, dossiers: int = 100_000, signals: int = 10_000) -> dict[str, int]:
    """Create ``path`` with the schema and fill it; returns the row counts."""
    from isv_desktop.services.session import open_session

    session = open_session(path)
    try:
        connection = session.database.connection
        start = datetime(2026, 11, 30, 12, 0, 0)
        today = date(2026, 12, 1)
        with session.database.transaction():
            connection.executemany(
                "INSERT INTO dossiers (id, title, organisation, reference, subject, cpv_code, contract_kind, "
                "estimated_value_cents, decision, current_step, status, created_at, updated_at, next_due_date) "
                "VALUES (?, ?, 'Gemeente Zwolle', ?, ?, ?, 'supplies_services', ?, 'apply', ?, ?, ?, ?, ?)",
                (_dossier(number, start, today) for number in range(1, dossiers + 1)),
            )
            supplier_rows = [
                (number // 10, number // 10, f"{SUPPLIER_NAMES[number % len(SUPPLIER_NAMES)]} {number // 60}",
                 COUNTRIES[number % len(COUNTRIES)], "awarded" if number % 20 == 0 else "bidder",
                 start.isoformat())
                for number in range(10, dossiers + 1, 10)
            ]
            connection.executemany(  # the name folded as the app stores it (signal matching, migration 0014)
                "INSERT INTO suppliers (id, dossier_id, name, country, role, created_at, name_folded) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (row + (fold(row[2]),) for row in supplier_rows),
            )
            connection.executemany(
                "INSERT INTO supplier_credentials (supplier_id, kind, name, valid_from, valid_until) "
                "VALUES (?, 'certificate', ?, '2024-01-01', '2027-01-01')",
                ((row[0], f"SA8000 {row[0]}") for row in supplier_rows),
            )
            connection.executemany(
                "INSERT INTO signals (logged_on, signal_date, source_kind, text, country, supplier_name) "
                "VALUES (?, ?, 'press', ?, ?, ?)",
                (_signal(number, today) for number in range(signals)),
            )
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("dossiers", "suppliers", "signals")}
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.close()
    return counts


def _dossier(number: int, start: datetime, today: date) -> tuple:
    subject, cpv = SUBJECTS[number % len(SUBJECTS)]
    stamp = (start - timedelta(minutes=number)).isoformat()
    return (
        number,
        f"{subject} perceel {number}",
        f"ZWO-{2000 + number % 27}-{number:06d}",
        f"{subject} voor de gemeentelijke organisatie, perceel {number}",
        cpv,
        (number % 977) * 1_000_00 if number % 7 else None,
        STEPS[number % len(STEPS)],
        "archived" if number % 10 == 0 else "active",
        stamp,
        stamp,
        (today + timedelta(days=number % 400 - 30)).isoformat() if number % 3 else None,
    )


def _signal(number: int, today: date) -> tuple:
    day = (today - timedelta(days=number % 700)).isoformat()
    # One signal in four names a supplier the file holds, written as a reader would type it.
    name = f"{SUPPLIER_NAMES[number % len(SUPPLIER_NAMES)].upper()}  {number % 1700}" if number % 4 == 0 else ""
    return (day, day, f"Signaal {number}: misstanden in de keten", COUNTRIES[number % len(COUNTRIES)], name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--signals", type=int, default=10_000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build(args.out, args.dossiers, args.signals)
    print(f"{args.out}: {counts} in {time.perf_counter() - started:.1f} s, "
          f"{args.out.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
