"""Labels of step 5's domain values in the interface language (Qt translation, context "MonitoringLabels").

States carry a word and a symbol as well as a colour, so "late" reads without
colour too (and in black and white print).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from ...domain.suppliers import DueDiligencePoint, PlanVerdict, SupplierRole

ON_TIME, LATE, OPEN = "on_time", "late", "open"


def state_of(due_on: date, done_on: date | None, today: date) -> str:
    """On time (done by its date), late (done after it, or not done and the date has passed) or open."""
    if done_on is not None:
        return ON_TIME if done_on <= due_on else LATE
    return LATE if due_on < today else OPEN


def state_label(state: str) -> str:
    return {
        ON_TIME: QCoreApplication.translate("MonitoringLabels", "op tijd"),
        LATE: QCoreApplication.translate("MonitoringLabels", "te laat"),
        OPEN: QCoreApplication.translate("MonitoringLabels", "open"),
    }[state]


def audit_kind_label(kind: AuditKind) -> str:
    return {
        AuditKind.DESK_REVIEW: QCoreApplication.translate("MonitoringLabels", "Documentenonderzoek (desk review)"),
        AuditKind.HEAD_OFFICE_CHECK: QCoreApplication.translate("MonitoringLabels", "Documentcontrole op het hoofdkantoor"),
        AuditKind.FACTORY_AUDIT: QCoreApplication.translate("MonitoringLabels", "Fabrieksaudit"),
        AuditKind.WORKER_DRIVEN: QCoreApplication.translate("MonitoringLabels", "Monitoring door werknemers (worker-driven)"),
    }[kind]


def action_status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("MonitoringLabels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("MonitoringLabels", "In uitvoering"),
        ActionStatus.DONE: QCoreApplication.translate("MonitoringLabels", "Afgerond"),
    }[status]


def escalation_label(step: EscalationStep) -> str:
    return {
        EscalationStep.DIALOGUE: QCoreApplication.translate("MonitoringLabels", "Dialoog"),
        EscalationStep.EXTERNAL_ADVICE: QCoreApplication.translate("MonitoringLabels", "Extern advies of onderzoek"),
        EscalationStep.NOTICE_OF_DEFAULT: QCoreApplication.translate("MonitoringLabels", "Ingebrekestelling"),
        EscalationStep.PENALTY: QCoreApplication.translate("MonitoringLabels", "Boete"),
        EscalationStep.TERMINATION: QCoreApplication.translate("MonitoringLabels", "Ontbinding"),
    }[step]


def source_kind_label(kind: SignalSourceKind) -> str:
    return {
        SignalSourceKind.PRESS: QCoreApplication.translate("MonitoringLabels", "Persbericht of nieuwsartikel"),
        SignalSourceKind.NGO_REPORT: QCoreApplication.translate("MonitoringLabels", "Rapport van een ngo"),
        SignalSourceKind.UNION_REPORT: QCoreApplication.translate("MonitoringLabels", "Rapport van een vakbond"),
        SignalSourceKind.WITHHOLD_RELEASE_ORDER: QCoreApplication.translate(
            "MonitoringLabels", "Withhold Release Order (VS-douane)"),
        SignalSourceKind.COURT_CASE: QCoreApplication.translate("MonitoringLabels", "Rechtszaak"),
        SignalSourceKind.OTHER: QCoreApplication.translate("MonitoringLabels", "Anders"),
    }[kind]


def verdict_label(verdict: PlanVerdict) -> str:
    return {
        PlanVerdict.INSUFFICIENT: QCoreApplication.translate("MonitoringLabels", "Onvoldoende"),
        PlanVerdict.PARTLY: QCoreApplication.translate("MonitoringLabels", "Deels voldoende"),
        PlanVerdict.SUFFICIENT: QCoreApplication.translate("MonitoringLabels", "Voldoende"),
        PlanVerdict.GOOD: QCoreApplication.translate("MonitoringLabels", "Goed"),
    }[verdict]


def point_label(point: DueDiligencePoint) -> str:
    return {
        DueDiligencePoint.POLICY: QCoreApplication.translate("MonitoringLabels", "Beleid voor verantwoord ondernemen"),
        DueDiligencePoint.RISK_IDENTIFICATION: QCoreApplication.translate("MonitoringLabels", "Risico's in kaart gebracht"),
        DueDiligencePoint.PRIORITISED_RISKS: QCoreApplication.translate("MonitoringLabels", "Risico's geprioriteerd"),
        DueDiligencePoint.MEASURES: QCoreApplication.translate(
            "MonitoringLabels", "Maatregelen om risico's te stoppen, voorkomen of beperken"),
        DueDiligencePoint.MONITORING: QCoreApplication.translate("MonitoringLabels", "Monitoring van de uitvoering"),
        DueDiligencePoint.GRIEVANCE_REMEDY: QCoreApplication.translate("MonitoringLabels", "Klachtenmechanisme en herstel"),
        DueDiligencePoint.STAKEHOLDER_ENGAGEMENT: QCoreApplication.translate(
            "MonitoringLabels", "Betrekken van belanghebbenden"),
    }[point]


def role_label(role: SupplierRole) -> str:
    return {
        SupplierRole.BIDDER: QCoreApplication.translate("MonitoringLabels", "inschrijver"),
        SupplierRole.AWARDED: QCoreApplication.translate("MonitoringLabels", "opdrachtnemer"),
        SupplierRole.SUBCONTRACTOR: QCoreApplication.translate("MonitoringLabels", "onderaannemer"),
        SupplierRole.FACTORY: QCoreApplication.translate("MonitoringLabels", "fabriek"),
    }[role]


def touch_reason_label(reason: str) -> str:
    """Why a signal touches a dossier (the message ids of ``domain.signals.Touch.because``)."""
    labels = {
        "supplier": QCoreApplication.translate("MonitoringLabels", "leverancier genoemd"),
        "brand": QCoreApplication.translate("MonitoringLabels", "merk van een geleverd product"),
        "site": QCoreApplication.translate("MonitoringLabels", "productielocatie van een geleverd product"),
        "country": QCoreApplication.translate("MonitoringLabels", "land van productie"),
        "group_country": QCoreApplication.translate("MonitoringLabels", "productgroep en land van productie"),
    }
    return labels.get(reason, reason)
