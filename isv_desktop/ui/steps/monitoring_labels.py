"""Labels of step 5's domain values in the interface language (Qt translation, context "MonitoringLabels").

States carry a word and a symbol as well as a colour, so "late" reads without
colour too (and in black and white print).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.due import due_state
from ...domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from ...domain.suppliers import DueDiligencePoint, PlanVerdict, SupplierRole
from ..labels import value_label

ON_TIME, LATE, OPEN = "on_time", "late", "open"


def state_of(due_on: date, done_on: date | None, today: date) -> str:
    """On time (done by its date), late (done after it, or not done and the date has passed) or open."""
    state = due_state(due_on, done_on, today)  # the domain's one rule
    return LATE if state.is_late else (ON_TIME if state.is_done else OPEN)


def state_label(state: str) -> str:
    return {
        ON_TIME: QCoreApplication.translate("MonitoringLabels", "op tijd"),
        LATE: QCoreApplication.translate("MonitoringLabels", "te laat"),
        OPEN: QCoreApplication.translate("MonitoringLabels", "open"),
    }[state]


def audit_kind_label(kind: AuditKind) -> str:
    return value_label(kind)


def action_status_label(status: ActionStatus) -> str:
    return value_label(status)


def escalation_label(step: EscalationStep) -> str:
    return value_label(step)


def source_kind_label(kind: SignalSourceKind) -> str:
    return value_label(kind)


def verdict_label(verdict: PlanVerdict) -> str:
    return value_label(verdict)


def point_label(point: DueDiligencePoint) -> str:
    return value_label(point)


def role_label(role: SupplierRole) -> str:
    return value_label(role)


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
