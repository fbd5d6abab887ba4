"""The yearly report as JSON-ready data: every figure, the targets, the dossiers and the notes.

Counts are integers; a share is ``{"count", "of", "share"}`` with the exact
ratio as a decimal string (``null`` when there is nothing to count); dates
are ISO; enums by their value. Keys are fixed, so the same report gives the
same JSON.
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from .criteria import AmbitionLevel, CriterionType
from .monitoring import AuditKind, EscalationStep
from .report_targets import TargetProgress
from .suppliers import PlanVerdict
from .yearly_report import FIGURES, Share, YearlyReport

FORMAT = "isv-desktop/yearly-report"
FORMAT_VERSION = 1

_Member = TypeVar("_Member", bound=Enum)


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def share_json(share: Share) -> dict[str, Any]:
    return {"count": share.count, "of": share.of, "share": _decimal(share.value)}


def _counts(mapping: Mapping[_Member, int], order: type[_Member]) -> dict[str, int]:
    return {member.value: mapping.get(member, 0) for member in order}


def _target(progress: TargetProgress) -> dict[str, Any]:
    target = progress.target
    return {
        "id": target.id,
        "figure": target.figure,
        "goal": str(target.goal),
        "year": target.year,
        "milestones": {str(y): str(p) for y, p in target.milestones},
        "actual": share_json(progress.actual),
        "expected": _decimal(progress.expected),
        "status": progress.status.value,
        "gap_to_goal": _decimal(progress.gap_to_goal),
        "schedule": [
            {"year": m.year, "percent": str(m.percent), "is_goal": m.is_goal, "status": m.status.value,
             "actual": share_json(m.actual) if m.actual is not None else None}
            for m in progress.milestones
        ],
        "history": [{"year": y, "actual": share_json(s) if s is not None else None} for y, s in progress.history],
    }


def report_as_json(report: YearlyReport) -> dict[str, Any]:
    t, s, m = report.tenders, report.suppliers, report.monitoring
    shares = report.shares()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "year": report.year,
        "organisation": report.organisation.name,
        "criteria_library": report.library_edition,
        "tenders": {
            "started": t.started, "above_threshold": t.above_threshold, "in_risk_category": t.in_risk_category,
            "above_threshold_in_risk_category": t.required, "value_unknown": t.value_unknown,
            "threshold_unknown": t.threshold_unknown, "risk_category_unknown": t.category_unknown,
            "isv_applied": t.applied, "isv_applied_above_threshold_in_risk_category": t.applied_required,
            "isv_not_applied": t.not_applied, "undecided": t.undecided,
            "by_variant": _counts(t.variants, CriterionType), "selection_or_award": t.selection_or_award,
            "no_criteria_chosen": t.no_criteria, "by_ambition": _counts(t.ambitions, AmbitionLevel),
            "with_stakeholder_consultation": t.consulted,
        },
        "shares": {f.key: share_json(shares[f.key]) for f in FIGURES},
        "not_applied_reasons": [
            {"reason": r.reason.value if r.reason else None, "tenders": r.tenders,
             "above_threshold_in_risk_category": r.required}
            for r in report.reasons
        ],
        "themes_rated_high": {"tenders_with_scan": report.scanned,
                              "themes": [{"theme": c.theme.value, "tenders": c.tenders} for c in report.themes]},
        "stakeholder_consultations": [
            {"kind": c.kind.value, "consultations": c.consultations, "tenders": c.tenders} for c in report.consultations
        ],
        "supplier_follow_up": {
            "questionnaires_sent": s.questionnaires_sent, "questionnaires_returned": s.questionnaires_returned,
            "questionnaires_returned_on_time": s.questionnaires_on_time, "plans_due": s.plans_due,
            "plans_received": s.plans_received, "plans_received_on_time": s.plans_on_time,
            "plans_assessed": s.plans_assessed, "plan_verdicts": _counts(s.plan_verdicts, PlanVerdict),
        },
        "monitoring": {
            "progress_reports_due": m.reports_due, "progress_reports_received": m.reports_received,
            "progress_reports_received_on_time": m.reports_received_on_time,
            "progress_reports_assessed": m.reports_assessed,
            "progress_reports_assessed_on_time": m.reports_assessed_on_time,
            "progress_report_verdicts": _counts(m.report_verdicts, PlanVerdict),
            "contracts_with_progress_reports": m.contracts_with_reports,
            "contracts_assessed_on_time": m.contracts_assessed_on_time,
            "signals_logged": m.signals_logged, "signals_handled": m.signals_handled,
            "signal_followups_opened": m.followups_opened, "signal_followups_closed": m.followups_closed,
            "audits": _counts(m.audits, AuditKind),
            "corrective_actions_due": m.actions_due, "corrective_actions_closed": m.actions_closed,
            "corrective_actions_open": m.actions_open, "corrective_actions_closed_on_time": m.actions_closed_on_time,
            "escalation_steps": _counts(m.escalations, EscalationStep),
        },
        "targets": [_target(p) for p in report.targets],
        "dossiers": [
            {"id": d.id, "reference": d.reference, "title": d.title, "started": d.started.isoformat(),
             "status": d.status.value,
             "estimated_value": _decimal(d.estimated_value), "threshold": _decimal(d.threshold),
             "above_threshold": d.above_threshold, "risk_category": d.risk_category,
             "above_threshold_in_risk_category": d.required, "decision": d.decision.value,
             "not_applied_reason": d.reason.value if d.reason else None, "not_applied_text": d.reason_text,
             "ambition": d.ambition.value, "variants": [v.value for v in d.variants],
             "stakeholder_consultations": d.consultations}
            for d in report.dossiers
        ],
        "left_out": [
            {"id": d.id, "reference": d.reference, "title": d.title, "started": d.started.isoformat(),
             "reason": d.reason, "left_out_on": d.left_out_on.isoformat()}
            for d in report.left_out
        ],
    }
