"""The large dossier of issue 15: 30 production countries, every library criterion, 60 suppliers, 2,000
monitoring items. Built through the services where a buyer's work goes through them (scan, criteria, suppliers
with credentials, plans and follow-up actions); the monitoring items in bulk through the schema, so building
stays well under a second. Used by benchmarks/scale.py (measure_opening, in a process of its own) and by
tests/ui/test_large_dossier_opens.py.
"""
from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.suppliers import CredentialKind

COUNTRIES = ("CN", "IN", "BD", "VN", "MY", "TH", "ID", "PK", "TR", "KH", "LK", "MM", "PH", "MX", "BR",
             "ET", "KE", "GH", "CI", "EG", "MA", "TN", "RO", "BG", "PT", "PL", "UA", "CO", "PE", "GT")


def build_large_dossier(session, suppliers: int = 60, countries: int = 30, monitoring_items: int = 2000,
                        today: date = date(2026, 3, 2)) -> int:
    dossier = session.dossiers.create(f"Groot dossier ({suppliers} leveranciers)")
    for field, value in (("cpv_code", "33141420-0"), ("contract_start", "2024-01-01"), ("duration_months", "48"),
                         ("decision", "apply")):
        session.dossiers.edit(dossier.id, field, value)
    session.risk_scan.add_group(dossier.id, "handschoenen")
    for country in COUNTRIES[:countries]:
        session.risk_scan.add_country(dossier.id, "handschoenen", country, ProductionStage.FINAL_ASSEMBLY)
    for criterion in session.criteria.library._criteria:
        session.criteria.choose(dossier.id, criterion.id)
    supplier_ids = []
    for number in range(suppliers):
        supplier = session.suppliers.add_supplier(dossier.id, f"Leverancier {number:03d} BV", country="MY")
        supplier_ids.append(supplier.id)
        session.suppliers.add_credential(dossier.id, supplier.id, CredentialKind.CERTIFICATE, "SA8000",
                                         today - timedelta(days=400), today + timedelta(days=20 + number))
        if number % 10 == 0:  # every tenth one awarded, with a plan of action and a follow-up action
            session.suppliers.mark_awarded(dossier.id, supplier.id, today - timedelta(days=300))
            session.suppliers.add_action(dossier.id, supplier.id, "Auditrapport opvragen",
                                         today - timedelta(days=number))
    _monitoring_items(session, dossier.id, supplier_ids, monitoring_items, today)
    return dossier.id


def _monitoring_items(session, dossier_id: int, supplier_ids: list[int], count: int, today: date) -> None:
    """Meetings, audits with corrective actions and delivered products, a quarter of ``count`` each."""
    quarter = count // 4
    connection = session.database.connection
    day = [(today - timedelta(days=n % 700)).isoformat() for n in range(quarter)]
    supplier = [supplier_ids[n % len(supplier_ids)] for n in range(quarter)]
    with session.database.transaction():  # one commit (the connection commits each statement by itself)
        connection.executemany(
            "INSERT INTO meetings (dossier_id, supplier_id, held_on, participants, agreements) VALUES (?, ?, ?, ?, ?)",
            [(dossier_id, supplier[n], day[n], "Inkoper, leverancier", f"Afspraak {n}") for n in range(quarter)])
        first_audit = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM audits").fetchone()[0]
        connection.executemany(
            "INSERT INTO audits (id, dossier_id, supplier_id, kind, held_on, auditor, findings) "
            "VALUES (?, ?, ?, 'factory_audit', ?, 'Bureau', ?)",
            [(first_audit + n, dossier_id, supplier[n], day[n], f"Bevinding {n}") for n in range(quarter)])
        connection.executemany(
            "INSERT INTO corrective_actions (audit_id, dossier_id, description, owner, due_on) VALUES (?, ?, ?, ?, ?)",
            [(first_audit + n, dossier_id, f"Maatregel {n}", "Leverancier", day[n]) for n in range(quarter)])
        connection.executemany(
            "INSERT INTO delivered_products (dossier_id, supplier_id, product, site_country, components_json) "
            "VALUES (?, ?, ?, 'MY', ?)",
            [(dossier_id, supplier[n], f"Handschoen {n}", json.dumps([{"component": "latex", "country": "MY"}])) for n in range(quarter)])


def measure_opening(path: Path, rounds: int) -> dict[str, list[float]]:
    """Open the large dossier and a one-supplier dossier in the real window, alternating, ``rounds`` times each:
    the seconds each opening took and the statements the large one ran (run in a process of its own: Qt)."""
    from PySide6.QtWidgets import QApplication

    from isv_desktop.services.session import open_session
    from isv_desktop.ui.main_window import MainWindow
    from isv_desktop.ui.program_settings import program_preferences

    app = QApplication.instance() or QApplication([])
    today = date(2026, 3, 2)
    session = open_session(path, today=lambda: today)
    large = build_large_dossier(session, today=today)
    baseline = build_large_dossier(session, suppliers=1, countries=1, monitoring_items=0, today=today)
    window = MainWindow(session, program_preferences(), "nl")
    window.show()
    app.processEvents()
    connection = session.database.connection
    found: dict[str, list[float]] = {"large": [], "one supplier": [], "statements": []}
    for round_number in range(rounds + 1):  # the first round loads what any first opening loads; not counted
        order = (("large", large), ("one supplier", baseline))
        for name, dossier_id in (order if round_number % 2 == 0 else order[::-1]):
            statements: list[str] = []
            connection.set_trace_callback(statements.append)
            started = time.perf_counter()
            window.open_dossier(dossier_id)
            app.processEvents()
            elapsed = time.perf_counter() - started
            connection.set_trace_callback(None)
            window.show_list()
            app.processEvents()
            if round_number:
                found[name].append(elapsed)
                if name == "large":
                    found["statements"].append(float(len(statements)))
    window.close()
    session.close()
    return found


OPEN_LIMIT_MS, STEP_LIMIT_MS, STATEMENT_LIMIT = 150.0, 100.0, 50


def measure_steps(path: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    """Per round, in a new window (its step pages not built yet): the large dossier opened at step 5, then each
    other step shown for the first time (each a GUI-thread operation: the call and the events it posts); the same
    walk for a one-supplier dossier in a window of its own is the baseline. Milliseconds and statements per name
    ("open at step 5", "step 1 first shown", ...) and dossier ("large", "one supplier"). Round 0 (what any first
    opening loads: modules, the knowledge base) is not counted."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from isv_desktop.domain.steps import StepId
    from isv_desktop.services.session import open_session
    from isv_desktop.ui.main_window import MainWindow
    from isv_desktop.ui.program_settings import program_preferences

    app = QApplication.instance() or QApplication([])
    today = date(2026, 3, 2)
    session = open_session(path, today=lambda: today)
    dossiers = {"large": build_large_dossier(session, today=today),
                "one supplier": build_large_dossier(session, suppliers=1, countries=1, monitoring_items=0, today=today)}
    for dossier_id in dossiers.values():
        session.dossiers.edit(dossier_id, "current_step", StepId.MONITORING.value)
    connection = session.database.connection
    found: dict[str, dict[str, list[float]]] = {}

    def timed(window_name: str, name: str, action) -> None:
        statements: list[str] = []
        connection.set_trace_callback(statements.append)
        started = time.perf_counter()
        action()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        connection.set_trace_callback(None)
        if counted:
            times = found.setdefault(name, {}).setdefault(window_name, [])
            times.append(elapsed)
            found[name].setdefault(f"{window_name} statements", []).append(float(len(statements)))

    for round_number in range(rounds + 1):
        counted = round_number > 0
        order = list(dossiers.items())
        for name, dossier_id in (order if round_number % 2 == 0 else order[::-1]):
            window = MainWindow(session, program_preferences(), "nl")
            window.resize(1280, 860)
            window.show()
            end = time.perf_counter() + 0.5  # what the window does after its first paint is not the opening's
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.005)
            timed(name, "open at step 5", lambda w=window, d=dossier_id: w.open_dossier(d))
            tabs = window.dossier_view.current_page().form.tabs  # each other tab of step 5 is built when first shown
            for tab in range(1, tabs.count()):
                timed(name, f"step 5 tab {tab + 1} first shown", lambda t=tabs, i=tab: t.setCurrentIndex(i))
            tabs.setCurrentIndex(0)
            app.processEvents()
            for row in range(4):
                timed(name, f"step {row + 1} first shown", lambda w=window, r=row: w.dossier_view.go_to(r))
            window.close()
            window.deleteLater()  # deleted now: outside an event loop Qt would keep every round's window
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
    session.close()
    return found


def print_steps(found: dict[str, dict[str, list[float]]]) -> int:
    """One line per step: the large dossier's median (min–max), the one-supplier dossier's, their ratio and the
    large one's statements; exits 1 when a step is over its limit."""
    import statistics

    over = []
    for name, figures in found.items():
        large, base = statistics.median(figures["large"]), statistics.median(figures["one supplier"])
        statements = max(figures["large statements"])
        limit = OPEN_LIMIT_MS if name.startswith("open") else STEP_LIMIT_MS
        print(f"{name:26} {large:7.1f} ms ({min(figures['large']):.0f}–{max(figures['large']):.0f}) "
              f"{large / base:5.2f} × one supplier ({base:.1f} ms); {statements:.0f} statements; limit {limit:.0f} ms")
        if large > limit or (name.startswith("open") and statements > STATEMENT_LIMIT):
            over.append(name)
    print(f"over the limit: {', '.join(over) or 'none'}")
    return 1 if over else 0


if __name__ == "__main__":
    # python benchmarks/large_dossier.py FILE ROUNDS: what measure_opening found, as JSON (benchmarks/scale.py)
    # python benchmarks/large_dossier.py [--steps [ROUNDS]]: opening at step 5 and each other step's first show
    # (what `make benchmarks` runs, with no arguments)
    if sys.argv[1:2] in ([], ["--steps"]):
        import os
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="isv-large-dossier-"))
        os.environ["ISV_DESKTOP_HOME"] = str(folder / "home")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            code = print_steps(measure_steps(folder / "large.sqlite", int(sys.argv[2]) if sys.argv[2:] else 5))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        sys.exit(code)
    print(json.dumps(measure_opening(Path(sys.argv[1]), int(sys.argv[2]))))
