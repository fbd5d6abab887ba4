"""A dossier with every step filled in, made through the session's services, for the export tests."""
from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from isv_desktop.domain.criteria import AcceptanceMode, AmbitionLevel
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.domain.themes import Theme
from isv_desktop.export.questionnaire_xlsx_layout import (
    COL_ANSWER,
    COL_EVIDENCE,
    COL_EXPLANATION,
    FIRST_QUESTION_ROW,
    QUESTIONS_SHEET,
)
from isv_desktop.services.input_origins import InputOriginService

TODAY = date(2026, 3, 2)
TRACED_ON = date(2025, 2, 10)
VIETNAMESE, TURKISH_POLISH, CHINESE = "Đồng Nai May Mặc", "Łódź Tekstil Sanayi", "宁波光伏科技有限公司"
CONTACTS = ("Jan de Vries-Øberg", "Nguyễn Thị Hoa", "Piotr Wiśniewski")
PARTICIPANTS = "Marieke Jansen (gemeente), Trần Văn Minh (leverancier)"
MANAGER = "Ingrid Contractbeheer-Smit"


def fill_full_dossier(session, title: str = "Bedrijfskleding buitendienst 2026–2030", text: str = "",
                      subject: str = "Werkkleding en schoenen") -> int:
    """Steps 1 to 5 filled in; ``text`` (free text) goes into the notes, so a test can follow it."""
    extra = f" {text}" if text else ""
    dossier = session.dossiers.create(title, "Gemeente Zwolle")
    for field, value in (("reference", "ZWO-2026-014"), ("subject", subject),
                         ("cpv_code", "18110000-3"), ("procedure", "open"), ("estimated_value", "640.000"),
                         ("contract_start", "2025-01-01"), ("duration_months", "36"), ("contract_manager", MANAGER),
                         ("risk_category", "bedrijfskleding"), ("decision", "apply"),
                         ("call_for_competition_date", "2024-09-16"), ("current_step", "monitoring")):
        session.dossiers.edit(dossier.id, field, value)
    dossier_id = dossier.id
    # step 2
    scan = session.risk_scan
    scan.add_group(dossier_id, "werkkleding")
    scan.add_country(dossier_id, "werkkleding", "BD", ProductionStage.FINAL_ASSEMBLY)
    scan.add_country(dossier_id, "werkkleding", "CN", ProductionStage.RAW_MATERIAL)
    scan.add_country(dossier_id, "werkkleding", "VN", ProductionStage.PROCESSING)
    InputOriginService.beside(scan).record(dossier_id, "werkkleding", "Cotton", "US", today=TRACED_ON)
    for theme in scan.high_themes(dossier_id):
        scan.judge(dossier_id, theme, 3, 2, "Bekend uit nieuws" + extra)
    scan.judge(dossier_id, Theme.LIVING_WAGE, 2, 2, "Lonen onder leefbaar niveau")
    scan.add_own_risk(dossier_id, Theme.WORKING_HOURS, "Overuren in piekseizoen" + extra, "CSR Risk Check 2025",
                      "rapport.pdf", b"%PDF-1.4 rapport")
    scan.add_consultation(dossier_id, StakeholderKind.TRADE_UNION, "FNV", date(2025, 3, 4), (Theme.FORCED_LABOUR,),
                          "Wees alert op wervingskosten" + extra)
    # step 3
    session.criteria.set_ambition(dossier_id, AmbitionLevel.SIGNIFICANT)
    session.criteria.set_acceptance(dossier_id, AcceptanceMode.IMPLICIT)
    session.criteria.set_deadlines(dossier_id, 10, 3, 8)
    chosen = session.criteria.choose_suggestions(dossier_id)
    session.criteria.set_text(dossier_id, chosen[0].criterion_id, "nl", "Eigen tekst van de inkoper" + extra)
    session.criteria.set_text(dossier_id, chosen[0].criterion_id, "en", "The buyer's own text" + extra)
    award = next(c for c in session.criteria.library if c.default_weight is not None)
    session.criteria.choose(dossier_id, award.id)
    session.criteria.set_weight(dossier_id, award.id, "12,5")
    session.criteria.set_other_weights(dossier_id, "87,5")
    # step 4
    suppliers = session.suppliers
    first = suppliers.add_supplier(dossier_id, VIETNAMESE, SupplierRole.BIDDER, foreign_registration="VN-0312",
                                   country="VN", contact_person=CONTACTS[1])
    winner = suppliers.add_supplier(dossier_id, "Kleding & Co <B.V.>", kvk_number="12345678", country="NL",
                                    contact_person=CONTACTS[0])
    factory = suppliers.add_supplier(dossier_id, TURKISH_POLISH, SupplierRole.FACTORY, country="PL",
                                     contact_person=CONTACTS[2], parent_id=winner.id)
    suppliers.add_supplier(dossier_id, CHINESE, SupplierRole.SUBCONTRACTOR, country="CN", parent_id=winner.id)
    suppliers.mark_awarded(dossier_id, winner.id, date(2024, 12, 1))
    suppliers.add_credential(dossier_id, winner.id, CredentialKind.CERTIFICATE, "SA8000", date(2023, 4, 1),
                             date(2026, 4, 1))
    suppliers.add_credential(dossier_id, factory.id, CredentialKind.INITIATIVE, "Fair Wear")
    suppliers.record_plan_received(dossier_id, winner.id, date(2025, 2, 20), "plan.pdf", b"%PDF plan")
    suppliers.assess_plan(dossier_id, winner.id,
                          {p: (PlanVerdict.SUFFICIENT if i % 3 else PlanVerdict.PARTLY, f"Punt {i}{extra}")
                           for i, p in enumerate(DueDiligencePoint)}, PlanVerdict.SUFFICIENT, "Redelijke inspanning")
    action = suppliers.add_action(dossier_id, winner.id, "Lijst productielocaties" + extra, date(2025, 6, 1))
    suppliers.complete_action(dossier_id, winner.id, action, date(2025, 5, 20))
    suppliers.add_action(dossier_id, first.id, "Auditrapport opvragen", date(2026, 5, 1))
    _questionnaire(session, dossier_id, winner.id)
    # step 5
    monitoring = session.monitoring
    reports = monitoring.plan_progress_reports(dossier_id)
    monitoring.record_progress_report(dossier_id, reports[0].id, date(2026, 1, 20),
                                      {"measures_status": "Gedragscode ingevoerd", "new_risks": "Nieuwe fabriek",
                                       "incidents": "Geen" + extra, "audit_results": "Twee audits zonder bevinding",
                                       "stakeholder_engagement": "Gesprek met vakbond",
                                       "next_steps": "Audit in Bangladesh"},
                                      "voortgang.pdf", b"%PDF report")
    monitoring.assess_progress_report(dossier_id, reports[0].id,
                                      {p: (PlanVerdict.GOOD, "") for p in DueDiligencePoint}, PlanVerdict.GOOD,
                                      "Goed op weg" + extra)
    monitoring.log_meeting(dossier_id, date(2025, 3, 1), PARTICIPANTS, "Afspraken over audits" + extra, winner.id)
    audit = monitoring.record_audit(dossier_id, AuditKind.FACTORY_AUDIT, date(2025, 11, 1), "Bureau Veritas",
                                    "Paspoorten ingehouden" + extra, factory.id)
    late = monitoring.add_corrective_action(dossier_id, audit, "Paspoorten teruggeven", "Leverancier",
                                            date(2026, 2, 1))
    monitoring.add_corrective_action(dossier_id, audit, "Wervingskosten terugbetalen" + extra, "Leverancier",
                                     date(2026, 3, 20))
    monitoring.update_corrective_action(dossier_id, late, ActionStatus.DONE, "Verklaring werknemers")
    monitoring.escalate(dossier_id, EscalationStep.DIALOGUE, date(2026, 1, 10), "Plan te laat" + extra,
                        supplier_id=winner.id)
    monitoring.escalate(dossier_id, EscalationStep.NOTICE_OF_DEFAULT, date(2026, 2, 15), "Geen herstel" + extra,
                        "Extern advies voegt niets toe" + extra, supplier_id=winner.id)
    monitoring.add_delivered_product(dossier_id, "Werkjas", brand="Kleding & Co", model="WJ-1", site_name="Dhaka 2",
                                     site_address="Plot 7, Ashulia", site_country="BD",
                                     components=(("katoen", "IN"), ("rits", "CN")), open_supply_hub_id="BD2019123ABC4DE",
                                     supplier_id=winner.id)
    signal_id, _ = session.signals.log("Dwangarbeid in katoen" + extra, date(2025, 12, 1), SignalSourceKind.PRESS,
                                       country="CN", link="https://example.org/katoen", group_id="werkkleding",
                                       supplier_name="Kleding & Co", brand="Kleding & Co")
    followup = session.signals.open_followup(signal_id, dossier_id, "Leverancier gevraagd")
    session.signals.close_followup(followup, "Geen katoen uit Xinjiang")
    return dossier_id


def damaged_copy(template: Path, folder: Path, statement: str) -> Path:
    """A copy of the dossier file ``template`` in ``folder`` with one value damaged by ``statement``, as
    another program using plain sqlite3 could leave it."""
    path = folder / "dossiers.sqlite"
    shutil.copy(template, path)
    other = sqlite3.connect(path)
    with other:
        assert other.execute(statement).rowcount >= 1
    other.close()
    return path


def _questionnaire(session, dossier_id: int, supplier_id: int) -> None:
    """Send the questionnaire, fill it in as the supplier would (openpyxl), and import it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vragenlijst.xlsx"
        record = session.questionnaires.export(dossier_id, supplier_id, path)
        book = openpyxl.load_workbook(path)
        sheet = book[QUESTIONS_SHEET]
        for index in range(len(record.questionnaire.questions)):
            row = FIRST_QUESTION_ROW + index
            sheet.cell(row, COL_ANSWER).value = "ja" if index % 2 else "nee"
            sheet.cell(row, COL_EXPLANATION).value = f"Uitleg {index}"
            sheet.cell(row, COL_EVIDENCE).value = "bewijs.pdf" if index % 3 else ""
        book.save(path)
        session.questionnaires.import_file(path)


def pdf_text(data: bytes) -> tuple[str, int]:
    """All text of the PDF with whitespace collapsed, and its page count."""
    reader = PdfReader(BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)
