"""Yearly report: the app's figures against the same counts run directly in sqlite3, and the whole report.

2,000 dossiers opened over five years (2021–2025) with their steps filled,
inserted directly for speed: applicability, a stored risk scan (real scan
records), ambition and chosen criteria, stakeholder consultations, an
awarded supplier with questionnaire and plan of action, progress reports,
audits with corrective actions, escalation steps, signals and follow-ups;
some dossiers deleted or left out of the report.

Prints the median time of ``ReportService.compute(2025)`` (every figure,
the themes, the dossier list and the notes; no targets) divided by the
median of hand-written SQL that counts the same in bare sqlite3, measured
alternately in the same run (target: 3 or lower), after checking that both
give the same numbers. Then, with three targets (which need the figures of
earlier years too), the compute time and the time of the whole PDF + xlsx.
"""
from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUNDS = 9
DOSSIERS = 2_000
YEAR = 2025
TARGET_RATIO = 3.0
SCOPES = (("werkkleding", "BD"), ("ict_hardware", "CN"), ("koffie_thee", "ET"), ("natuursteen", "IN"),
          ("zonnepanelen", "CN"), ("catering", None))


def _day(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def build(path: Path):
    from isv_desktop.domain.risk.engine import scan
    from isv_desktop.domain.risk.record import scan_to_record
    from isv_desktop.services.session import open_session
    from isv_desktop.storage.migrations_report import REPORT_TABLES, create_report_tables

    session = open_session(path, today=lambda: date(2026, 1, 15))
    tables = {r[0] for r in session.database.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not set(REPORT_TABLES) <= tables:
        with session.database.transaction():
            create_report_tables(session.database.connection)
    records = [
        json.dumps(scan_to_record(scan(session.knowledge, [group], [country] if country else [],
                                       include_unknown_origin=country is None)), ensure_ascii=False)
        for group, country in SCOPES
    ]
    criteria = [c.id for c in session.criteria.library]
    rng = random.Random(8)
    c = session.database.connection
    with session.database.transaction():
        for n in range(DOSSIERS):
            year = 2021 + n * 5 // DOSSIERS
            opened = _day(rng, year)
            stamp = f"{opened.isoformat()}T09:00:00"
            decision = rng.choices(["apply", "not_apply", "undecided"], [6, 3, 1])[0]
            reason = rng.choice(["below_threshold_proportionate", "no_relevant_chain_risk", "other"]) \
                if decision == "not_apply" else None
            status = "deleted" if n % 97 == 0 else ("archived" if n % 5 == 0 else "active")
            dossier = c.execute(
                "INSERT INTO dossiers (title, reference, contract_kind, estimated_value_cents, risk_category, decision, "
                "non_application_reason, non_application_text, status, created_at, updated_at, contract_start, "
                "duration_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 36)",
                (f"Aanbesteding {n}", f"INK-{year}-{n:04d}", "works" if n % 10 == 0 else "supplies_services",
                 None if n % 50 == 0 else rng.randrange(20_000, 900_000) * 100,
                 rng.choice([None, "", "bedrijfskleding", "catering", "ict_werkomgeving", "energie"]),
                 decision, reason, "Toelichting" if reason == "other" else "", status, stamp, stamp,
                 (opened + timedelta(days=120)).isoformat()),
            ).lastrowid
            if n % 61 == 0:
                c.execute("INSERT INTO report_exclusions VALUES (?, 'testdossier', ?)", (dossier, opened.isoformat()))
            c.execute("INSERT INTO criteria_settings (dossier_id, ambition) VALUES (?, ?)",
                      (dossier, rng.choice(["basis", "significant", "ambitious"])))
            for position, criterion in enumerate(rng.sample(criteria, rng.randrange(0, 5))):
                c.execute("INSERT INTO chosen_criteria (dossier_id, criterion_id, library_version, position, phase) "
                          "VALUES (?, ?, 1, ?, 'contract')", (dossier, criterion, position))
            scope = rng.randrange(len(SCOPES))
            c.execute("INSERT INTO scan_groups VALUES (?, ?, 1)", (dossier, SCOPES[scope][0]))
            for _ in range(rng.randrange(1, 3)):  # earlier scans stay as history; the latest counts
                c.execute("INSERT INTO scan_snapshots (dossier_id, made_at, record_json) VALUES (?, ?, ?)",
                          (dossier, stamp, records[rng.randrange(len(records))]))
            for _ in range(rng.randrange(0, 3)):
                c.execute("INSERT INTO stakeholder_consultations (dossier_id, kind, organisation, consulted_on) "
                          "VALUES (?, ?, 'Organisatie', ?)",
                          (dossier, rng.choice(["ngo", "trade_union", "sector_initiative"]), opened.isoformat()))
            if decision != "apply":
                continue
            award = opened + timedelta(days=rng.randrange(60, 200))
            supplier = c.execute("INSERT INTO suppliers (dossier_id, name, role, award_date, created_at) "
                                 "VALUES (?, 'Leverancier', 'awarded', ?, ?)", (dossier, award.isoformat(), stamp)).lastrowid
            sent = award + timedelta(days=7)
            c.execute("INSERT INTO questionnaires (dossier_id, supplier_id, version, language, questions_json, checksum, "
                      "sent_on, due_on, returned_on) VALUES (?, ?, 1, 'nl', '[]', 'x', ?, ?, ?)",
                      (dossier, supplier, sent.isoformat(), (sent + timedelta(weeks=4)).isoformat(),
                       (sent + timedelta(days=rng.randrange(10, 50))).isoformat() if rng.random() < 0.7 else None))
            due = award + timedelta(weeks=12)
            received = due + timedelta(days=rng.randrange(-20, 15))
            c.execute("INSERT INTO plans_of_action (supplier_id, due_on, received_on, overall_verdict, assessed_on) "
                      "VALUES (?, ?, ?, ?, ?)",
                      (supplier, due.isoformat(), received.isoformat() if rng.random() < 0.8 else None,
                       rng.choice([None, "insufficient", "partly", "sufficient", "good"]), received.isoformat()))
            start = opened + timedelta(days=120)
            for contract_year in (1, 2, 3):
                report_due = date(start.year + contract_year, start.month, min(start.day, 28))
                assessed = report_due + timedelta(days=rng.randrange(-10, 40))
                verdict = rng.choice([None, "partly", "sufficient", "good"])
                c.execute("INSERT INTO progress_reports (dossier_id, supplier_id, contract_year, due_on, received_on, "
                          "verdict, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (dossier, supplier, contract_year, report_due.isoformat(), assessed.isoformat(), verdict,
                           assessed.isoformat() if verdict else None))
            if rng.random() < 0.3:
                held = start + timedelta(days=rng.randrange(30, 900))
                audit = c.execute("INSERT INTO audits (dossier_id, kind, held_on) VALUES (?, ?, ?)",
                                  (dossier, rng.choice(["desk_review", "factory_audit"]), held.isoformat())).lastrowid
                for _ in range(rng.randrange(1, 4)):
                    action_due = held + timedelta(days=rng.randrange(30, 200))
                    done = rng.random() < 0.6
                    c.execute("INSERT INTO corrective_actions (audit_id, dossier_id, description, due_on, status, "
                              "closed_on) VALUES (?, ?, 'Maatregel', ?, ?, ?)",
                              (audit, dossier, action_due.isoformat(), "done" if done else "open",
                               (action_due + timedelta(days=rng.randrange(-20, 20))).isoformat() if done else None))
                if rng.random() < 0.5:
                    c.execute("INSERT INTO escalations (dossier_id, step, taken_on, reason) VALUES (?, 'dialogue', ?, 'x')",
                              (dossier, (held + timedelta(days=60)).isoformat()))
        for n in range(300):
            logged = _day(rng, 2021 + n % 5)
            signal = c.execute("INSERT INTO signals (logged_on, signal_date, source_kind, text, handled_on) "
                               "VALUES (?, ?, 'press', 'Signaal', ?)",
                               (logged.isoformat(), logged.isoformat(),
                                (logged + timedelta(days=20)).isoformat() if n % 3 else None)).lastrowid
            c.execute("INSERT OR IGNORE INTO signal_followups (signal_id, dossier_id, opened_on, closed_on) "
                      "VALUES (?, ?, ?, ?)", (signal, rng.randrange(1, DOSSIERS), logged.isoformat(),
                                              (logged + timedelta(days=20)).isoformat() if n % 3 else None))
    return session


def bare_counts(connection: sqlite3.Connection, types: dict[str, str]) -> dict[str, object]:
    """The report's counts for YEAR, written directly (one threshold period covers 2025)."""
    y0, y1, nxt = f"{YEAR}-01-01", f"{YEAR}-12-31", f"{YEAR + 1}-01-01"
    counted = "status != 'deleted' AND id NOT IN (SELECT dossier_id FROM report_exclusions)"
    started = f"SELECT id FROM dossiers WHERE {counted} AND created_at >= '{y0}' AND created_at < '{nxt}'"

    def has(kind: str) -> str:
        ids = ", ".join(f"'{i}'" for i, t in types.items() if t == kind)
        return f"EXISTS (SELECT 1 FROM chosen_criteria c WHERE c.dossier_id = d.id AND c.criterion_id IN ({ids}))"

    above = ("(d.estimated_value_cents >= CASE d.contract_kind WHEN 'works' THEN 553800000 ELSE 22100000 END)")
    required = f"({above} AND coalesce(d.risk_category, '') != '')"
    tenders = connection.execute(f"""
        SELECT count(*), sum({above}), sum({required}), sum(decision = 'apply'), sum(decision = 'apply' AND {required}),
               sum(decision = 'apply' AND {has('contract_condition')}), sum(decision = 'apply' AND {has('award_criterion')}),
               sum(decision = 'apply' AND ({has('selection_criterion')} OR {has('award_criterion')})),
               sum(decision = 'apply' AND coalesce(s.ambition, 'basis') != 'basis'),
               sum(EXISTS (SELECT 1 FROM stakeholder_consultations k WHERE k.dossier_id = d.id))
        FROM dossiers d LEFT JOIN criteria_settings s ON s.dossier_id = d.id WHERE d.id IN ({started})""").fetchone()
    reasons = connection.execute(f"SELECT non_application_reason, count(*) FROM dossiers WHERE id IN ({started}) "
                                 "AND decision = 'not_apply' GROUP BY 1").fetchall()
    themes = connection.execute(f"""
        SELECT json_extract(t.value, '$.theme'), count(*) FROM scan_snapshots s, json_each(s.record_json, '$.themes') t
        WHERE s.id IN (SELECT max(id) FROM scan_snapshots WHERE dossier_id IN ({started})
                       AND dossier_id IN (SELECT dossier_id FROM scan_groups) GROUP BY dossier_id)
          AND json_extract(t.value, '$.level') = 'high' GROUP BY 1""").fetchall()
    kinds = connection.execute(f"SELECT kind, count(*) FROM stakeholder_consultations WHERE dossier_id IN ({started}) "
                               "GROUP BY kind").fetchall()
    in_counted = f"dossier_id IN (SELECT id FROM dossiers WHERE {counted})"
    activity = connection.execute(f"""SELECT
        (SELECT count(*) FROM questionnaires WHERE sent_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}),
        (SELECT count(returned_on) FROM questionnaires WHERE sent_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}),
        (SELECT count(*) FROM plans_of_action p JOIN suppliers s ON s.id = p.supplier_id
          WHERE p.due_on BETWEEN '{y0}' AND '{y1}' AND s.{in_counted} AND p.received_on <= p.due_on),
        (SELECT count(*) FROM progress_reports WHERE due_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}),
        (SELECT count(*) FROM progress_reports WHERE due_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}
          AND verdict IS NOT NULL AND assessed_on <= due_on),
        (SELECT count(*) FROM signals WHERE logged_on BETWEEN '{y0}' AND '{y1}'),
        (SELECT count(*) FROM audits WHERE held_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}),
        (SELECT count(*) FROM corrective_actions WHERE due_on BETWEEN '{y0}' AND '{y1}' AND {in_counted}
          AND status = 'done'),
        (SELECT count(*) FROM escalations WHERE taken_on BETWEEN '{y0}' AND '{y1}' AND {in_counted})""").fetchone()
    listed = connection.execute(f"SELECT id, title, estimated_value_cents, decision FROM dossiers WHERE id IN ({started}) "
                                "ORDER BY created_at, id").fetchall()
    left_out = connection.execute("SELECT x.dossier_id, x.reason FROM report_exclusions x JOIN dossiers d "
                                  "ON d.id = x.dossier_id WHERE d.status != 'deleted'").fetchall()
    return {"tenders": tuple(v or 0 for v in tenders), "reasons": dict(reasons), "themes": dict(themes),
            "kinds": dict(kinds), "activity": tuple(activity), "listed": len(listed), "left_out": len(left_out)}


def app_counts(report) -> dict[str, object]:
    from isv_desktop.domain.criteria import AmbitionLevel, CriterionType

    t, m, s = report.tenders, report.monitoring, report.suppliers
    return {
        "tenders": (t.started, t.above_threshold, t.required, t.applied, t.applied_required,
                    t.variants[CriterionType.CONTRACT_CONDITION], t.variants[CriterionType.AWARD_CRITERION],
                    t.selection_or_award, t.applied - t.ambitions[AmbitionLevel.BASIS], t.consulted),
        "reasons": {r.reason.value if r.reason else None: r.tenders for r in report.reasons},
        "themes": {c.theme.value: c.tenders for c in report.themes},
        "kinds": {c.kind.value: c.consultations for c in report.consultations},
        "activity": (s.questionnaires_sent, s.questionnaires_returned, s.plans_on_time, m.reports_due,
                     m.reports_assessed_on_time, m.signals_logged, sum(m.audits.values()), m.actions_closed,
                     sum(m.escalations.values())),
        "listed": len(report.dossiers), "left_out": len(report.left_out),
    }


def median_pair(first, second) -> tuple[float, float, object, object]:
    first_times, second_times = [], []
    for round_number in range(ROUNDS + 2):
        start = time.perf_counter()
        a = first()
        middle = time.perf_counter()
        b = second()
        end = time.perf_counter()
        if round_number >= 2:
            first_times.append(middle - start)
            second_times.append(end - middle)
    return statistics.median(first_times), statistics.median(second_times), a, b


def main() -> int:
    os.environ.setdefault("ISV_DESKTOP_HOME", tempfile.mkdtemp())
    folder = Path(os.environ.get("ISV_REPORT_BENCH_DIR") or tempfile.mkdtemp())
    started = time.perf_counter()
    session = build(folder / "report.sqlite")
    print(f"built {DOSSIERS} dossiers over 2021-2025 in {time.perf_counter() - started:.1f} s")
    types = {c.id: c.type.value for c in session.criteria.library}
    raw = sqlite3.connect(folder / "report.sqlite")
    app, bare, report, counts = median_pair(lambda: session.reports.compute(YEAR), lambda: bare_counts(raw, types))
    if app_counts(report) != counts:
        print("MISMATCH", app_counts(report), counts, sep="\n")
        return 1
    ratio = app / bare
    print(f"tenders started in {YEAR}: {report.tenders.started}, ISV applied above threshold in a risk category: "
          f"{report.shares()['applied_required'].display('en')}")
    print(f"compute({YEAR}): {app * 1000:.1f} ms   same counts in bare sqlite3: {bare * 1000:.1f} ms")
    print(f"ratio: {ratio:.2f} (target {TARGET_RATIO:g} or lower)")
    session.reports.add_target("applied_required", 100, 2027, {2022: 40, 2024: 60, 2025: 80})
    session.reports.add_target("selection_or_award", 50, 2026, {2023: 20})
    session.reports.add_target("reports_assessed_on_time", 90, 2025)
    with_targets, whole, _, _ = median_pair(
        lambda: session.reports.compute(YEAR),
        lambda: (session.reports.write_pdf(YEAR, folder / "r.pdf"), session.reports.write_xlsx(YEAR, folder / "r.xlsx")),
    )
    pages = (folder / "r.pdf").read_bytes().count(b"/Type /Page\n")
    print(f"compute({YEAR}) with 3 targets (figures of 5 years): {with_targets * 1000:.1f} ms")
    print(f"whole report, PDF ({pages} pages) + xlsx: {whole:.2f} s")
    session.close()
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
