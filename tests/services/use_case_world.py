"""A dossier file with something of everything, and every use case that stores, ready to run on it.

``USE_CASES`` names each storing service method as "Class.method" with a way to prepare it (not measured)
and the call itself (measured): the transaction tests run every one of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from isv_desktop.domain.criteria import AcceptanceMode, AmbitionLevel
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import Session

TODAY = date(2026, 3, 2)
GLOVES_CPV = "33141420-0"


@dataclass
class World:
    session: Session
    folder: Path
    dossier: int = 0
    bare: int = 0  # a CPV code, and its group taken away again
    deleted: Any = None
    winner: int = 0
    bidder: int = 0
    credential: int = 0
    action: int = 0
    report: int = 0
    audit: int = 0
    corrective: int = 0
    product: int = 0
    own_risk: int = 0
    consultation: int = 0
    country_entry: int = 0
    signal: int = 0
    followup: int = 0
    target: int = 0


def build_world(session: Session, folder: Path) -> World:
    s, w = session, World(session, folder)
    dossier = s.dossiers.create("Handschoenen GGD")
    w.dossier = dossier.id
    for field, value in (("cpv_code", GLOVES_CPV), ("contract_start", "2025-01-01"), ("duration_months", "36"),
                         ("decision", "apply")):
        s.dossiers.edit(w.dossier, field, value)
    s.risk_scan.add_country(w.dossier, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    w.country_entry = s.risk_scan.countries(w.dossier)[0].id
    w.own_risk = s.risk_scan.add_own_risk(w.dossier, Theme.FORCED_LABOUR, "Schuldslavernij", "Gesprek met Arisa")
    w.consultation = s.risk_scan.add_consultation(w.dossier, StakeholderKind.NGO, "Arisa", date(2026, 1, 5),
                                                  (Theme.FORCED_LABOUR,), "Vraag naar wervingskosten")
    s.criteria.choose_suggestions(w.dossier)
    w.winner = s.suppliers.add_supplier(w.dossier, "Top Glove Europe", country="MY").id
    w.bidder = s.suppliers.add_supplier(w.dossier, "Handschoen BV").id
    s.suppliers.mark_awarded(w.dossier, w.winner, date(2024, 12, 1))
    w.credential = s.suppliers.add_credential(w.dossier, w.winner, CredentialKind.CERTIFICATE, "SA8000",
                                              valid_until=date(2026, 6, 1))
    w.action = s.suppliers.add_action(w.dossier, w.winner, "Auditrapport opvragen", date(2026, 4, 1))
    w.report = s.monitoring.progress_reports(w.dossier)[0].id
    w.audit = s.monitoring.record_audit(w.dossier, AuditKind.FACTORY_AUDIT, date(2026, 1, 5), "Bureau", "Bevindingen")
    w.corrective = s.monitoring.add_corrective_action(w.dossier, w.audit, "Paspoorten teruggeven", "Leverancier",
                                                      date(2026, 2, 1))
    w.product = s.monitoring.add_delivered_product(w.dossier, "Nitril handschoen", site_country="MY")
    w.signal, _ = s.signals.log("Dwangarbeid bij handschoenfabrieken", country="MY")
    w.followup = s.signals.open_followup(w.signal, w.dossier)
    w.target = s.reports.add_target("applied_required", "100", 2027).id
    bare = s.dossiers.create("Werkkleding")
    w.bare = bare.id
    s.dossiers.edit(w.bare, "cpv_code", "18110000-3")
    s.risk_scan.remove_group(w.bare, s.risk_scan.groups(w.bare)[0])
    w.deleted = s.dossiers.delete(s.dossiers.create("Weggegooid").id)
    return w


def _chosen(w: World) -> str:
    return w.session.criteria.chosen(w.dossier)[0].criterion_id


def _not_chosen(w: World) -> str:
    chosen = {c.criterion_id for c in w.session.criteria.chosen(w.dossier)}
    return next(c.id for c in w.session.criteria.library if c.id not in chosen)


def _questionnaire_preview(w: World):
    target = w.folder / "vragenlijst.xlsx"
    w.session.questionnaires.export(w.dossier, w.winner, target)
    return w.session.questionnaires.preview_import(target)


def _longer_contract(w: World) -> None:
    """A contract made longer behind the services' back: planning has a fourth year to add."""
    w.session.database.connection.execute("UPDATE dossiers SET duration_months = 48 WHERE id = ?", (w.dossier,))


Prepare = Callable[[World], Any]
Act = Callable[[World, Any], Any]
NOTHING: Prepare = lambda w: None  # noqa: E731

# name → (prepare, act); the name is "Class.method" of the service method the act calls.
USE_CASES: dict[str, tuple[Prepare, Act]] = {
    # dossiers
    "DossierService.create": (NOTHING, lambda w, _: w.session.dossiers.create("Nieuw dossier")),
    "DossierService.edit": (NOTHING, lambda w, _: w.session.dossiers.edit(w.dossier, "duration_months", "48")),
    "DossierService.rename": (NOTHING, lambda w, _: w.session.dossiers.rename(w.dossier, "Handschoenen 2")),
    "DossierService.duplicate": (NOTHING, lambda w, _: w.session.dossiers.duplicate(w.dossier)),
    "DossierService.archive": (NOTHING, lambda w, _: w.session.dossiers.archive(w.dossier)),
    "DossierService.unarchive": (lambda w: w.session.dossiers.archive(w.dossier),
                                 lambda w, _: w.session.dossiers.unarchive(w.dossier)),
    "DossierService.delete": (NOTHING, lambda w, _: w.session.dossiers.delete(w.dossier)),
    "DossierService.undo_delete": (NOTHING, lambda w, _: w.session.dossiers.undo_delete(w.deleted)),
    "DossierService.purge_deleted": (NOTHING, lambda w, _: w.session.dossiers.purge_deleted()),
    # step 1: thresholds
    "ApplicabilityService.enter_thresholds": (NOTHING, lambda w, _: w.session.applicability.enter_thresholds(
        date(2026, 1, 1), date(2027, 12, 31), Decimal(216000), Decimal(5404000))),
    # step 2
    "RiskScanService.preselect_from_cpv": (NOTHING, lambda w, _: w.session.risk_scan.preselect_from_cpv(w.bare)),
    "RiskScanService.add_group": (NOTHING, lambda w, _: w.session.risk_scan.add_group(w.dossier, "laboratorium")),
    "RiskScanService.remove_group": (NOTHING, lambda w, _: w.session.risk_scan.remove_group(w.dossier, "handschoenen")),
    "RiskScanService.add_country": (NOTHING, lambda w, _: w.session.risk_scan.add_country(
        w.dossier, "handschoenen", "TH", ProductionStage.RAW_MATERIAL)),
    "RiskScanService.remove_country": (NOTHING, lambda w, _: w.session.risk_scan.remove_country(
        w.dossier, w.country_entry)),
    "RiskScanService.rescan": (NOTHING, lambda w, _: w.session.risk_scan.rescan(w.dossier)),
    "RiskScanService.rescan_with_changes": (NOTHING, lambda w, _: w.session.risk_scan.rescan_with_changes(w.dossier)),
    "RiskScanService.judge": (NOTHING, lambda w, _: w.session.risk_scan.judge(
        w.dossier, Theme.FORCED_LABOUR, 3, 2, "Wervingskosten")),
    "RiskScanService.add_own_risk": (NOTHING, lambda w, _: w.session.risk_scan.add_own_risk(
        w.dossier, Theme.LIVING_WAGE, "Lonen", "Bron")),
    "RiskScanService.remove_own_risk": (NOTHING, lambda w, _: w.session.risk_scan.remove_own_risk(
        w.dossier, w.own_risk)),
    "RiskScanService.add_consultation": (NOTHING, lambda w, _: w.session.risk_scan.add_consultation(
        w.dossier, StakeholderKind.TRADE_UNION, "FNV", date(2026, 2, 1), (Theme.WORKING_HOURS,), "")),
    "RiskScanService.remove_consultation": (NOTHING, lambda w, _: w.session.risk_scan.remove_consultation(
        w.dossier, w.consultation)),
    # step 3
    "CriteriaService.set_ambition": (NOTHING, lambda w, _: w.session.criteria.set_ambition(
        w.dossier, AmbitionLevel.AMBITIOUS)),
    "CriteriaService.set_acceptance": (NOTHING, lambda w, _: w.session.criteria.set_acceptance(
        w.dossier, AcceptanceMode.IMPLICIT)),
    "CriteriaService.set_deadlines": (NOTHING, lambda w, _: w.session.criteria.set_deadlines(w.dossier, 6, 5, 4)),
    "CriteriaService.set_other_weights": (NOTHING, lambda w, _: w.session.criteria.set_other_weights(w.dossier, "60")),
    "CriteriaService.choose": (NOTHING, lambda w, _: w.session.criteria.choose(w.dossier, _not_chosen(w))),
    "CriteriaService.choose_suggestions": (lambda w: w.session.criteria.remove(w.dossier, _chosen(w)),
                                           lambda w, _: w.session.criteria.choose_suggestions(w.dossier)),
    "CriteriaService.remove": (NOTHING, lambda w, _: w.session.criteria.remove(w.dossier, _chosen(w))),
    "CriteriaService.restore": (lambda w: w.session.criteria.chosen(w.dossier)[1:],
                                lambda w, earlier: w.session.criteria.restore(w.dossier, earlier)),
    "CriteriaService.move": (NOTHING, lambda w, _: w.session.criteria.move(w.dossier, _chosen(w), 1)),
    "CriteriaService.set_text": (NOTHING, lambda w, _: w.session.criteria.set_text(
        w.dossier, _chosen(w), "nl", "Eigen tekst")),
    "CriteriaService.revert": (lambda w: w.session.criteria.set_text(w.dossier, _chosen(w), "nl", "Eigen tekst"),
                               lambda w, _: w.session.criteria.revert(w.dossier, _chosen(w))),
    "CriteriaService.set_weight": (NOTHING, lambda w, _: w.session.criteria.set_weight(w.dossier, _chosen(w), "10")),
    # step 4
    "SupplierService.add_supplier": (NOTHING, lambda w, _: w.session.suppliers.add_supplier(w.dossier, "Derde BV")),
    "SupplierService.update_supplier": (NOTHING, lambda w, _: w.session.suppliers.update_supplier(
        w.dossier, w.winner, name="Top Glove Europe BV")),
    "SupplierService.mark_awarded": (NOTHING, lambda w, _: w.session.suppliers.mark_awarded(
        w.dossier, w.bidder, date(2024, 12, 15))),
    "SupplierService.remove_supplier": (NOTHING, lambda w, _: w.session.suppliers.remove_supplier(w.dossier, w.winner)),
    "SupplierService.add_credential": (NOTHING, lambda w, _: w.session.suppliers.add_credential(
        w.dossier, w.winner, CredentialKind.INITIATIVE, "amfori BSCI", valid_until=date(2027, 1, 1))),
    "SupplierService.remove_credential": (NOTHING, lambda w, _: w.session.suppliers.remove_credential(
        w.dossier, w.winner, w.credential)),
    "SupplierService.record_plan_received": (NOTHING, lambda w, _: w.session.suppliers.record_plan_received(
        w.dossier, w.winner, date(2026, 1, 10), "plan.txt", b"plan")),
    "SupplierService.assess_plan": (NOTHING, lambda w, _: w.session.suppliers.assess_plan(
        w.dossier, w.winner, {DueDiligencePoint.POLICY: (PlanVerdict.GOOD, "")}, PlanVerdict.SUFFICIENT, "Redelijk")),
    "SupplierService.add_action": (NOTHING, lambda w, _: w.session.suppliers.add_action(
        w.dossier, w.winner, "Bezoek plannen", date(2026, 5, 1))),
    "SupplierService.complete_action": (NOTHING, lambda w, _: w.session.suppliers.complete_action(
        w.dossier, w.winner, w.action)),
    "QuestionnaireService.export": (NOTHING, lambda w, _: w.session.questionnaires.export(
        w.dossier, w.winner, w.folder / "uit.xlsx")),
    "QuestionnaireService.store_import": (_questionnaire_preview,
                                          lambda w, preview: w.session.questionnaires.store_import(preview)),
    # step 5
    "MonitoringService.plan_progress_reports": (_longer_contract,
                                                lambda w, _: w.session.monitoring.plan_progress_reports(w.dossier)),
    "MonitoringService.record_progress_report": (NOTHING, lambda w, _: w.session.monitoring.record_progress_report(
        w.dossier, w.report, date(2026, 1, 20), {"measures_status": "Loopt"})),
    "MonitoringService.assess_progress_report": (NOTHING, lambda w, _: w.session.monitoring.assess_progress_report(
        w.dossier, w.report, {DueDiligencePoint.POLICY: (PlanVerdict.GOOD, "")}, PlanVerdict.SUFFICIENT, "")),
    "MonitoringService.log_meeting": (NOTHING, lambda w, _: w.session.monitoring.log_meeting(
        w.dossier, date(2026, 2, 2), "Inkoper, leverancier", "Afspraken")),
    "MonitoringService.record_audit": (NOTHING, lambda w, _: w.session.monitoring.record_audit(
        w.dossier, AuditKind.DESK_REVIEW, date(2026, 2, 3), "Bureau", "Niets")),
    "MonitoringService.add_corrective_action": (NOTHING, lambda w, _: w.session.monitoring.add_corrective_action(
        w.dossier, w.audit, "Lonen herstellen", "Leverancier", date(2026, 6, 1))),
    "MonitoringService.update_corrective_action": (NOTHING, lambda w, _: w.session.monitoring.update_corrective_action(
        w.dossier, w.corrective, ActionStatus.DONE, "Bewijs")),
    "MonitoringService.escalate": (NOTHING, lambda w, _: w.session.monitoring.escalate(
        w.dossier, EscalationStep.DIALOGUE, date(2026, 2, 10), "Plan te laat")),
    "MonitoringService.add_delivered_product": (NOTHING, lambda w, _: w.session.monitoring.add_delivered_product(
        w.dossier, "Vinyl handschoen")),
    "MonitoringService.remove_delivered_product": (NOTHING, lambda w, _: w.session.monitoring.remove_delivered_product(
        w.dossier, w.product)),
    "SignalService.log": (NOTHING, lambda w, _: w.session.signals.log("Staking in Klang", country="MY")),
    "SignalService.open_followup": (NOTHING, lambda w, _: w.session.signals.open_followup(w.signal, w.bare)),
    "SignalService.close_followup": (NOTHING, lambda w, _: w.session.signals.close_followup(w.followup, "Besproken")),
    # the organisation's report
    "ReportService.set_organisation": (NOTHING, lambda w, _: w.session.reports.set_organisation(name="Gemeente Zwolle")),
    "ReportService.add_target": (NOTHING, lambda w, _: w.session.reports.add_target("selection_or_award", 50, 2026)),
    "ReportService.remove_target": (NOTHING, lambda w, _: w.session.reports.remove_target(w.target)),
    "ReportService.leave_out": (NOTHING, lambda w, _: w.session.reports.leave_out(w.dossier, "Raamcontract")),
    "ReportService.include": (lambda w: w.session.reports.leave_out(w.dossier, "Raamcontract"),
                              lambda w, _: w.session.reports.include(w.dossier)),
    # a dossier from a workbook
    "DossierExportService.store": (lambda w: w.session.exports.snapshot(w.dossier),
                                   lambda w, snapshot: w.session.exports.store(snapshot, as_copy=True)),
}
