"""Dossier export and import benchmark: a large dossier against plain reportlab and plain openpyxl.

The dossier (made through the services): 20 production countries, 60 chosen
criteria, 40 suppliers, 500 monitoring items (progress reports, meetings,
audits, corrective actions, escalation steps, delivered products) and 100
signals followed up. Measured in the same run, alternating, median of RUNS:

(a) the PDF export (reading the dossier, the summary, contents, bookmarks,
    heat map, page furniture, writing the file) ÷ reportlab building a plain
    ``SimpleDocTemplate`` of the same paragraphs and tables (same texts and
    fonts, no page furniture);
(b) the workbook export ÷ openpyxl write-only writing the same cells (every
    value of every sheet, read from the exported file beforehand);
(c) the import (file checks, identification, checksum, JSON, every field
    checked, one transaction with the due list) ÷ openpyxl loading the same
    file read-only and reading every cell.

Peak memory (tracemalloc) of each app operation is measured in a separate
run, since tracing slows everything down. Exits 1 when a target is missed.
"""
from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ISV_DESKTOP_HOME", tempfile.mkdtemp(prefix="isv-bench-"))

from openpyxl import Workbook, load_workbook  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from isv_desktop.domain.criteria import ChosenCriterion, TenderPhase  # noqa: E402
from isv_desktop.domain.monitoring import AuditKind, EscalationStep, SignalSourceKind  # noqa: E402
from isv_desktop.domain.risk_scan_record import ProductionStage  # noqa: E402
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole  # noqa: E402
from isv_desktop.export.dossier_pdf import ContentsPlaceholder, dossier_story  # noqa: E402
from isv_desktop.export.dossier_pdf_kit import Kit  # noqa: E402
from isv_desktop.export.pdf_fonts import register_fonts  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.storage.criteria_repository import CriteriaRepository  # noqa: E402

RUNS = 5
TARGETS = {"pdf": 1.5, "xlsx": 1.5, "import": 2.0}
TODAY = date(2026, 3, 2)
COUNTRIES = ["BD", "CN", "VN", "IN", "PK", "TR", "KH", "MM", "ID", "LK", "MA", "TN", "EG", "ET", "MX", "BR", "PL",
             "RO", "PT", "MY"]
NAMES = ["Đồng Nai May Mặc", "Łódź Tekstil Sanayi", "宁波光伏科技有限公司", "Příliš Žluťoučký s.r.o.", "İğneada Şişe"]


def build(session) -> int:
    """The large dossier, through the services (setting up is not measured)."""
    dossier = session.dossiers.create("Bedrijfskleding regio Noord 2026–2030 (benchmark)", "Gemeente Zwolle")
    for field, value in (("reference", "ZWO-2026-900"), ("subject", "Werkkleding, schoenen en handschoenen"),
                         ("cpv_code", "18110000-3"), ("procedure", "open"), ("estimated_value", "4.250.000"),
                         ("contract_start", "2022-01-01"), ("duration_months", "48"), ("decision", "apply"),
                         ("contract_manager", "Contractmanager Facilitair"), ("risk_category", "bedrijfskleding")):
        session.dossiers.edit(dossier.id, field, value)
    dossier_id = dossier.id
    scan = session.risk_scan
    scan.add_group(dossier_id, "werkkleding")
    for index, country in enumerate(COUNTRIES):
        scan.add_country(dossier_id, "werkkleding", country, list(ProductionStage)[index % 4])
    for theme in scan.high_themes(dossier_id):
        scan.judge(dossier_id, theme, 3, 2, "Bekend uit rapporten van ngo's en vakbonden")
    library = session.criteria.library
    for criterion in library:
        session.criteria.choose(dossier_id, criterion.id)
    chosen = session.criteria.chosen(dossier_id)
    chosen += [ChosenCriterion(f"eigen.{n}", 1, len(chosen) + n, TenderPhase.CONTRACT,
                               f"Eigen voorwaarde {n}: Opdrachtnemer <meldt> & herstelt binnen 30 dagen.", None)
               for n in range(60 - len(chosen))]
    CriteriaRepository(session.database).replace_chosen(dossier_id, chosen)
    suppliers = session.suppliers
    ids = []
    for n in range(40):
        supplier = suppliers.add_supplier(dossier_id, f"{NAMES[n % 5]} {n}", SupplierRole.BIDDER, country=COUNTRIES[n % 20],
                                          contact_person=f"Contactpersoon {n}")
        ids.append(supplier.id)
        suppliers.add_credential(dossier_id, supplier.id, CredentialKind.CERTIFICATE, f"SA8000 nr. {n}",
                                 date(2023, 1, 1), date(2027, 1, 1))
        if n < 10:
            suppliers.mark_awarded(dossier_id, supplier.id, date(2021, 12, 1))
            suppliers.record_plan_received(dossier_id, supplier.id, date(2022, 2, 1))
            suppliers.assess_plan(dossier_id, supplier.id, {p: (PlanVerdict.SUFFICIENT, "Voldoende onderbouwd")
                                                            for p in DueDiligencePoint}, PlanVerdict.SUFFICIENT, "Ok")
            suppliers.add_action(dossier_id, supplier.id, f"Lijst productielocaties {n}", date(2022, 6, 1))
    monitoring = session.monitoring
    reports = monitoring.plan_progress_reports(dossier_id)  # 10 awarded × 4 years = 40
    for report in reports[:20]:
        monitoring.record_progress_report(dossier_id, report.id, report.due_on, {"incidents": "Geen incidenten",
                                                                                  "next_steps": "Audit volgt"})
    items = len(reports)
    start = date(2022, 1, 10)
    for n in range(160):
        monitoring.log_meeting(dossier_id, start + timedelta(days=7 * n), "Inkoper, leverancier",
                               f"Afspraken over maatregelen en audits, overleg {n}", ids[n % 40])
    for n in range(60):
        audit = monitoring.record_audit(dossier_id, list(AuditKind)[n % 4], start + timedelta(days=20 * n),
                                        "Bureau Veritas", f"Bevindingen audit {n}: overuren en lonen", ids[n % 40])
        for k in range(2):
            monitoring.add_corrective_action(dossier_id, audit, f"Maatregel {n}.{k}: lonen aanpassen", "Leverancier",
                                             start + timedelta(days=20 * n + 60))
    for n, step in enumerate(EscalationStep):
        monitoring.escalate(dossier_id, step, start + timedelta(days=100 * n), f"Geen verbetering na stap {n}",
                            supplier_id=ids[0])
    for n in range(115):
        monitoring.add_delivered_product(dossier_id, f"Werkjas model {n}", brand="Merk", model=f"M{n}",
                                         site_name=f"Fabriek {n}", site_country=COUNTRIES[n % 20],
                                         components=(("katoen", "IN"), ("rits", "CN")), supplier_id=ids[n % 40])
    items += 160 + 60 + 120 + len(EscalationStep) + 115
    for n in range(100):
        signal_id, _ = session.signals.log(f"Signaal {n}: dwangarbeid in de katoenketen", start + timedelta(days=n),
                                           SignalSourceKind.PRESS, country=COUNTRIES[n % 20],
                                           link=f"https://example.org/{n}")
        session.signals.open_followup(signal_id, dossier_id, f"Opgepakt {n}")
    assert items == 500, items
    return dossier_id


def plain_pdf_material(session, dossier_id: int) -> list[tuple[str, object]]:
    """The same paragraphs and tables as the app's PDF: ("p", markup), ("t", (rows of markup, column widths))."""
    snapshot = session.exports.snapshot(dossier_id)
    kit = Kit(snapshot, session.exports.context(dossier_id, snapshot), "nl")
    material: list[tuple[str, object]] = []
    for flowable in dossier_story(kit, ContentsPlaceholder()):
        if isinstance(flowable, Paragraph):
            material.append(("p", flowable.text))
        elif isinstance(flowable, Table):
            rows = [[cell.text if isinstance(cell, Paragraph) else str(cell) for cell in row]
                    for row in flowable._cellvalues]
            material.append(("t", (rows, flowable._colWidths)))
    return material


def plain_pdf(material: list[tuple[str, object]], font: str) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontName = font
    story = []
    for kind, content in material:
        if kind == "p":
            story.append(Paragraph(content, body))  # type: ignore[arg-type]
        else:
            rows, widths = content  # type: ignore[misc]
            story.append(Table([[Paragraph(cell, body) for cell in row] for row in rows], colWidths=widths,
                               repeatRows=1, splitInRow=1))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def workbook_cells(path: Path) -> list[tuple[str, list[list[object]]]]:
    book = load_workbook(path, read_only=True)
    sheets = [(sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    book.close()
    return sheets


def plain_xlsx(sheets: list[tuple[str, list[list[object]]]], target: Path) -> None:
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(target)


def plain_read(path: Path) -> int:
    book = load_workbook(path, read_only=True)
    cells = sum(len(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True))
    book.close()
    return cells


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def peak_mb(action) -> float:
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="isv-export-bench-"))
    session = open_session(folder / "bench.sqlite", today=lambda: TODAY)
    receiver = open_session(folder / "receiver.sqlite", today=lambda: TODAY)
    fonts = register_fonts()
    dossier_id = build(session)
    pdf, xlsx, plain_xlsx_path = folder / "d.pdf", folder / "d.xlsx", folder / "plain.xlsx"
    app = {
        "pdf": lambda: session.exports.write_pdf(dossier_id, pdf),
        "xlsx": lambda: session.exports.write_xlsx(dossier_id, xlsx),
        "import": lambda: receiver.exports.import_xlsx(xlsx),
    }
    app["pdf"](), app["xlsx"]()  # warm-up: imports, font subsets, knowledge names
    material = plain_pdf_material(session, dossier_id)
    cells = workbook_cells(xlsx)
    plain = {
        "pdf": lambda: plain_pdf(material, fonts.regular),
        "xlsx": lambda: plain_xlsx(cells, plain_xlsx_path),
        "import": lambda: plain_read(xlsx),
    }
    app["import"](), plain["pdf"](), plain["xlsx"](), plain["import"]()
    times: dict[str, dict[str, list[float]]] = {kind: {"app": [], "plain": []} for kind in app}
    for _ in range(RUNS):
        for kind in app:
            times[kind]["app"].append(timed(app[kind]))
            times[kind]["plain"].append(timed(plain[kind]))
    peaks = {kind: peak_mb(action) for kind, action in app.items()}
    snapshot = session.exports.snapshot(dossier_id)
    print(f"dossier: {len(snapshot.risk_scan.countries)} countries, {len(snapshot.criteria.chosen)} criteria, "
          f"{len(snapshot.suppliers)} suppliers, {len(snapshot.monitoring.signal_followups)} signals; "
          f"PDF {pdf.stat().st_size // 1024} KiB, workbook {xlsx.stat().st_size // 1024} KiB, "
          f"{sum(len(rows) for _, rows in cells)} rows in {len(cells)} sheets")
    labels = {"pdf": "(a) PDF export / plain reportlab", "xlsx": "(b) xlsx export / openpyxl write-only",
              "import": "(c) import / openpyxl read-only load"}
    missed = False
    for kind, label in labels.items():
        ours, theirs = statistics.median(times[kind]["app"]), statistics.median(times[kind]["plain"])
        ratio = ours / theirs
        missed |= ratio > TARGETS[kind]
        print(f"{label:42s} {ours * 1000:8.1f} ms / {theirs * 1000:8.1f} ms = {ratio:4.2f}  "
              f"(target <= {TARGETS[kind]})  peak {peaks[kind]:6.1f} MB")
    session.close()
    receiver.close()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
