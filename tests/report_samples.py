"""A dossier file with known tenders, suppliers and monitoring, for the yearly report's tests.

Built through the services, with a clock the test moves. The app stamps a
dossier's ``created_at`` itself, so ``started`` backdates it with one UPDATE.
The expected figures of 2025 are written out in ``EXPECTED_2025``.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from isv_desktop.domain.criteria import AmbitionLevel
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.suppliers import DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.domain.themes import Theme
from isv_desktop.export.questionnaire_xlsx_layout import COL_ANSWER, FIRST_QUESTION_ROW, QUESTIONS_SHEET
from isv_desktop.services.session import Session, open_session
from isv_desktop.storage.migrations_report import REPORT_TABLES, create_report_tables

TYPED_REASON = "=HYPERLINK(\"http://x\") <b>oefen</b> & test"
TYPED_EXPLANATION = "=SUM(A1:A9) <i>klein</i> & <font name='x'>"


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def ensure_report_tables(session: Session) -> None:
    """Apply the report migration unless the file has it already (once it is registered, it will)."""
    connection = session.database.connection
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(REPORT_TABLES) <= present:
        with session.database.transaction():
            create_report_tables(connection)


def open_report_session(path: Path, clock: Clock) -> Session:
    session = open_session(path, today=clock)
    ensure_report_tables(session)
    return session


def started(session: Session, dossier_id: int, day: str) -> None:
    with session.database.transaction():
        session.database.connection.execute(
            "UPDATE dossiers SET created_at = ? WHERE id = ?", (f"{day}T10:00:00", dossier_id))


def tender(session: Session, title: str, day: str, value: str | None, category: str | None, decision: str,
           reason: str | None = None, kind: str = "supplies_services") -> int:
    dossier = session.dossiers.create(title, "Gemeente Voorbeeld")
    edits = [("contract_kind", kind), ("estimated_value", value), ("risk_category", category), ("decision", decision)]
    if reason:
        edits.append(("non_application_reason", reason))
    for field, content in edits:
        if content is not None:
            session.dossiers.edit(dossier.id, field, content)
    started(session, dossier.id, day)
    return dossier.id


def award(session: Session, clock: Clock, dossier_id: int, name: str, on: date) -> int:
    supplier = session.suppliers.add_supplier(dossier_id, name, role=SupplierRole.AWARDED)
    clock.day = on
    session.suppliers.mark_awarded(dossier_id, supplier.id, on)
    return supplier.id


def assess_report(session: Session, clock: Clock, dossier_id: int, year: int, received: date, assessed: date,
                  verdict: PlanVerdict) -> None:
    report = next(r for r in session.monitoring.plan_progress_reports(dossier_id) if r.contract_year == year)
    session.monitoring.record_progress_report(dossier_id, report.id, received)
    clock.day = assessed
    session.monitoring.assess_progress_report(dossier_id, report.id, {p: (verdict, "") for p in DueDiligencePoint},
                                              verdict)


def build(folder: Path) -> tuple[Session, Clock, dict[str, int]]:
    clock = Clock(date(2025, 1, 2))
    session = open_report_session(folder / "report.sqlite", clock)
    ids: dict[str, int] = {}
    s = session
    # -- tenders started in 2025 ------------------------------------------------------------
    ids["A"] = tender(s, "Werkkleding handhaving", "2025-03-01", "300000", "bedrijfskleding", "apply")
    s.risk_scan.add_group(ids["A"], "werkkleding")
    s.risk_scan.add_country(ids["A"], "werkkleding", "BD", ProductionStage.FINAL_ASSEMBLY)
    s.criteria.set_ambition(ids["A"], AmbitionLevel.SIGNIFICANT)
    for criterion in ("due_diligence.significant", "selection_due_diligence.significant", "textile.award.ambitious"):
        s.criteria.choose(ids["A"], criterion)
    s.risk_scan.add_consultation(ids["A"], StakeholderKind.NGO, "Schone Kleren Campagne", date(2025, 3, 5),
                                 (Theme.LIVING_WAGE,), "Leefbaar loon als gunningscriterium")
    s.risk_scan.add_consultation(ids["A"], StakeholderKind.TRADE_UNION, "FNV", date(2025, 3, 9), (), "")
    ids["B"] = tender(s, "ICT-werkplekken", "2025-05-10", "500000", "ict_werkomgeving", "apply")
    s.risk_scan.add_group(ids["B"], "ict_hardware")
    s.risk_scan.add_country(ids["B"], "ict_hardware", "CN", ProductionStage.FINAL_ASSEMBLY)
    s.criteria.choose(ids["B"], "due_diligence.basis")
    ids["C"] = tender(s, "Catering stadhuis", "2025-06-01", "250000", "catering", "not_apply", "no_relevant_chain_risk")
    ids["D"] = tender(s, "Schoonmaak wijkcentra", "2025-07-01", "100000", "", "not_apply",
                      "below_threshold_proportionate")
    s.dossiers.edit(ids["D"], "non_application_text", TYPED_EXPLANATION)
    ids["E"] = tender(s, "Fietsenstalling", "2025-08-01", "1000000", None, "apply", kind="works")
    s.criteria.set_ambition(ids["E"], AmbitionLevel.AMBITIOUS)
    s.criteria.choose(ids["E"], "traceability.ambitious")
    ids["F"] = tender(s, "Oefendossier", "2025-02-01", "999999", "bedrijfskleding", "apply")
    s.reports.leave_out(ids["F"], TYPED_REASON)
    ids["G"] = tender(s, "Per ongeluk aangemaakt", "2025-04-01", "300000", "catering", "apply")
    s.dossiers.delete(ids["G"])
    s.dossiers.archive(ids["B"])  # archived dossiers count
    # -- older contracts, monitored in 2025 --------------------------------------------------------
    ids["H"] = tender(s, "Energie", "2024-06-01", "400000", "energie", "apply")
    s.dossiers.edit(ids["H"], "contract_start", "2024-01-01")
    s.dossiers.edit(ids["H"], "duration_months", "36")
    s.risk_scan.add_group(ids["H"], "energie")
    s.criteria.choose(ids["H"], "progress_report.basis")
    ids["J"] = tender(s, "Schoonmaakdiensten", "2023-03-01", "300000", "", "not_apply", "no_relevant_chain_risk")
    s.dossiers.edit(ids["J"], "contract_start", "2023-06-01")
    s.dossiers.edit(ids["J"], "duration_months", "24")
    ids["I"] = tender(s, "Dataverbindingen", "2026-02-01", "300000", "dataverbindingen", "not_apply",
                      "no_relevant_chain_risk")
    # -- suppliers: plans of action and questionnaires -------------------------------------------
    supplier_a = award(s, clock, ids["A"], "Kleding B.V.", date(2025, 4, 1))  # plan due 2025-06-24
    s.suppliers.record_plan_received(ids["A"], supplier_a, date(2025, 6, 20))
    clock.day = date(2025, 7, 1)
    s.suppliers.assess_plan(ids["A"], supplier_a, {p: (PlanVerdict.SUFFICIENT, "") for p in DueDiligencePoint},
                            PlanVerdict.SUFFICIENT)
    supplier_b = award(s, clock, ids["B"], "ICT Levering B.V.", date(2025, 10, 1))  # plan due 2025-12-24
    s.suppliers.record_plan_received(ids["B"], supplier_b, date(2026, 1, 5))
    award(s, clock, ids["F"], "Oefen B.V.", date(2025, 3, 1))  # left out: its plan must not count
    supplier_h = award(s, clock, ids["H"], "Groene Stroom B.V.", date(2024, 1, 1))
    award(s, clock, ids["J"], "Schoon B.V.", date(2023, 5, 1))
    clock.day = date(2025, 3, 10)
    record = s.questionnaires.export(ids["A"], supplier_a, folder / "vragenlijst.xlsx")
    book = openpyxl.load_workbook(folder / "vragenlijst.xlsx")
    for offset in range(len(record.questionnaire.questions)):
        book[QUESTIONS_SHEET].cell(FIRST_QUESTION_ROW + offset, COL_ANSWER).value = "ja"
    book.save(folder / "vragenlijst.xlsx")
    clock.day = date(2025, 3, 30)
    s.questionnaires.import_file(folder / "vragenlijst.xlsx")
    clock.day = date(2025, 9, 1)
    s.questionnaires.export(ids["H"], supplier_h, folder / "vragenlijst-h.xlsx")  # never returned
    # -- monitoring ------------------------------------------------------------------------------------
    # reports fall due 6 weeks after the contract year ends
    assess_report(s, clock, ids["H"], 1, date(2024, 12, 15), date(2024, 12, 20), PlanVerdict.GOOD)  # due 2025-02-12
    assess_report(s, clock, ids["J"], 2, date(2025, 7, 20), date(2025, 7, 25), PlanVerdict.PARTLY)  # due 2025-07-13
    factory = s.monitoring.record_audit(ids["H"], AuditKind.FACTORY_AUDIT, date(2025, 3, 1), "Bureau", "Bevindingen")
    s.monitoring.record_audit(ids["J"], AuditKind.DESK_REVIEW, date(2025, 5, 1), "Eigen", "")
    s.monitoring.record_audit(ids["H"], AuditKind.DESK_REVIEW, date(2024, 12, 1), "Eigen", "")
    on_time = s.monitoring.add_corrective_action(ids["H"], factory, "Paspoorten teruggeven", "", date(2025, 6, 1))
    s.monitoring.add_corrective_action(ids["H"], factory, "Klachtenlijn", "", date(2025, 9, 1))
    late = s.monitoring.add_corrective_action(ids["H"], factory, "Loonstroken", "", date(2025, 10, 1))
    clock.day = date(2025, 5, 20)
    s.monitoring.update_corrective_action(ids["H"], on_time, ActionStatus.DONE)
    clock.day = date(2025, 11, 1)
    s.monitoring.update_corrective_action(ids["H"], late, ActionStatus.DONE)
    s.monitoring.escalate(ids["J"], EscalationStep.DIALOGUE, date(2024, 11, 1), "Rapportage te laat")
    s.monitoring.escalate(ids["H"], EscalationStep.DIALOGUE, date(2025, 4, 1), "Audit")
    s.monitoring.escalate(ids["H"], EscalationStep.EXTERNAL_ADVICE, date(2025, 6, 1), "Geen herstel")
    # -- signals -------------------------------------------------------------------------------------------
    clock.day = date(2024, 12, 1)
    s.signals.log("Oud signaal", source_kind=SignalSourceKind.PRESS)
    clock.day = date(2025, 2, 10)
    handled, _ = s.signals.log("Dwangarbeid bij leverancier", source_kind=SignalSourceKind.NGO_REPORT)
    s.signals.log("Staking in fabriek", source_kind=SignalSourceKind.PRESS)
    followup = s.signals.open_followup(handled, ids["H"])
    clock.day = date(2025, 3, 1)
    s.signals.close_followup(followup, "Besproken")
    return session, clock, ids


EXPECTED_2025 = {
    "tenders": {
        "started": 5, "above_threshold": 3, "in_risk_category": 3, "above_threshold_in_risk_category": 3,
        "value_unknown": 0, "threshold_unknown": 0, "risk_category_unknown": 1, "isv_applied": 3,
        "isv_applied_above_threshold_in_risk_category": 2, "isv_not_applied": 2, "undecided": 0,
        "by_variant": {"contract_condition": 2, "minimum_requirement": 1, "selection_criterion": 1,
                       "award_criterion": 1},
        "selection_or_award": 1, "no_criteria_chosen": 0,
        "by_ambition": {"basis": 1, "significant": 1, "ambitious": 1}, "with_stakeholder_consultation": 1,
    },
    "shares": {
        "applied_required": (2, 3), "applied_all": (3, 5), "variant_contract_condition": (2, 3),
        "variant_minimum_requirement": (1, 3), "variant_selection_criterion": (1, 3), "variant_award_criterion": (1, 3),
        "selection_or_award": (1, 3), "ambition_basis": (1, 3), "ambition_significant": (1, 3),
        "ambition_ambitious": (1, 3), "ambition_significant_or_higher": (2, 3), "stakeholder_consulted": (1, 5),
        "questionnaires_returned": (1, 2), "questionnaires_returned_on_time": (1, 2), "plans_received_on_time": (1, 2),
        "plans_assessed": (1, 2), "reports_assessed": (2, 2), "reports_assessed_on_time": (1, 2),
        "contracts_reports_assessed_on_time": (1, 2), "signals_handled": (1, 2), "actions_closed": (2, 3),
        "actions_closed_on_time": (1, 3),
    },
    "not_applied_reasons": [
        {"reason": "below_threshold_proportionate", "tenders": 1, "above_threshold_in_risk_category": 0},
        {"reason": "no_relevant_chain_risk", "tenders": 1, "above_threshold_in_risk_category": 1},
    ],
    "stakeholder_consultations": [
        {"kind": "ngo", "consultations": 1, "tenders": 1}, {"kind": "trade_union", "consultations": 1, "tenders": 1},
    ],
    "supplier_follow_up": {
        "questionnaires_sent": 2, "questionnaires_returned": 1, "questionnaires_returned_on_time": 1, "plans_due": 2,
        "plans_received": 2, "plans_received_on_time": 1, "plans_assessed": 1,
        "plan_verdicts": {"insufficient": 0, "partly": 0, "sufficient": 1, "good": 0},
    },
    "monitoring": {
        "progress_reports_due": 2, "progress_reports_received": 2, "progress_reports_received_on_time": 1,
        "progress_reports_assessed": 2, "progress_reports_assessed_on_time": 1,
        "progress_report_verdicts": {"insufficient": 0, "partly": 1, "sufficient": 0, "good": 1},
        "contracts_with_progress_reports": 2, "contracts_assessed_on_time": 1, "signals_logged": 2,
        "signals_handled": 1, "signal_followups_opened": 1, "signal_followups_closed": 1,
        "audits": {"desk_review": 1, "head_office_check": 0, "factory_audit": 1, "worker_driven": 0},
        "corrective_actions_due": 3, "corrective_actions_closed": 2, "corrective_actions_open": 1,
        "corrective_actions_closed_on_time": 1,
        "escalation_steps": {"dialogue": 1, "external_advice": 1, "notice_of_default": 0, "penalty": 0,
                             "termination": 0},
    },
}
