"""The report's figures as labelled rows, the same for the PDF and the xlsx.

Each row is a count, optionally out of a total (a share); a row that is one
of the report's target figures carries its key (``yearly_report.FIGURES``).
"""
from __future__ import annotations

from dataclasses import dataclass

from isv_desktop.domain.criteria import AmbitionLevel, CriterionType
from isv_desktop.domain.monitoring import AuditKind, EscalationStep
from isv_desktop.domain.risk_scan_record import StakeholderKind
from isv_desktop.domain.suppliers import PlanVerdict
from isv_desktop.domain.themes import Theme
from isv_desktop.domain.yearly_report import FIGURES_BY_KEY, Share, YearlyReport
from isv_desktop.export.report_texts import label, text


@dataclass(frozen=True, slots=True)
class FigureRow:
    label: str
    count: int
    share: Share | None = None  # count out of share.of
    key: str | None = None  # the figure key when the row is a target figure
    indent: int = 0


@dataclass(frozen=True, slots=True)
class FigureSection:
    id: str
    title: str
    rows: tuple[FigureRow, ...]


def _figure(report_shares: dict[str, Share], key: str, language: str, indent: int = 1) -> FigureRow:
    share = report_shares[key]
    return FigureRow(FIGURES_BY_KEY[key].label(language), share.count, share, key, indent)


def _tenders(report: YearlyReport, language: str) -> FigureSection:
    t = report.tenders
    started = t.started
    rows = (
        FigureRow(text("row.started", language), started),
        FigureRow(text("row.above", language), t.above_threshold, Share(t.above_threshold, started), indent=1),
        FigureRow(text("row.in_category", language), t.in_risk_category, Share(t.in_risk_category, started), indent=1),
        FigureRow(text("row.required", language), t.required, Share(t.required, started), indent=1),
        FigureRow(text("row.value_unknown", language), t.value_unknown, Share(t.value_unknown, started), indent=1),
        FigureRow(text("row.threshold_unknown", language), t.threshold_unknown, Share(t.threshold_unknown, started),
                  indent=1),
        FigureRow(text("row.category_unknown", language), t.category_unknown, Share(t.category_unknown, started),
                  indent=1),
    )
    return FigureSection("tenders", text("section.tenders", language, year=report.year), rows)


def _applied(report: YearlyReport, shares: dict[str, Share], language: str) -> tuple[FigureSection, ...]:
    t = report.tenders
    applied = (
        _figure(shares, "applied_all", language, 0),
        _figure(shares, "applied_required", language, 0),
        FigureRow(text("row.not_applied", language), t.not_applied, Share(t.not_applied, t.started)),
        FigureRow(text("row.undecided", language), t.undecided, Share(t.undecided, t.started)),
    )
    variants = tuple(_figure(shares, f"variant_{kind.value}", language, 0) for kind in CriterionType) + (
        _figure(shares, "selection_or_award", language, 0),
        FigureRow(text("row.no_criteria", language), t.no_criteria, Share(t.no_criteria, t.applied)),
    )
    ambition = tuple(_figure(shares, f"ambition_{level.value}", language, 0) for level in AmbitionLevel) + (
        _figure(shares, "ambition_significant_or_higher", language, 0),
    )
    return (
        FigureSection("applied", text("section.applied", language), applied),
        FigureSection("variants", text("section.variants", language), variants),
        FigureSection("ambition", text("section.ambition", language), ambition),
    )


def _explain(report: YearlyReport, language: str) -> FigureSection:
    t = report.tenders
    rows = [
        FigureRow(label(r.reason, language) if r.reason else text("row.no_reason", language), r.tenders,
                  Share(r.tenders, t.not_applied))
        for r in report.reasons
    ]
    not_applied_required = sum(r.required for r in report.reasons)
    rows.append(FigureRow(text("row.not_applied_required", language), not_applied_required,
                          Share(not_applied_required, t.required)))
    return FigureSection("explain", text("section.explain", language), tuple(rows))


def _themes(report: YearlyReport, language: str) -> FigureSection:
    counts = {c.theme: c.tenders for c in report.themes}
    ordered = [c.theme for c in report.themes] + [theme for theme in Theme if theme not in counts]
    rows = tuple(FigureRow(theme.label(language), counts.get(theme, 0), Share(counts.get(theme, 0), report.scanned))
                 for theme in ordered)
    return FigureSection("themes", text("section.themes", language), rows)


def _stakeholders(report: YearlyReport, shares: dict[str, Share], language: str) -> FigureSection:
    counts = {c.kind: c.consultations for c in report.consultations}
    rows = (_figure(shares, "stakeholder_consulted", language, 0),) + tuple(
        FigureRow(text("row.consultations", language, kind=label(kind, language)), counts.get(kind, 0), indent=1)
        for kind in StakeholderKind
    )
    return FigureSection("stakeholders", text("section.stakeholders", language), rows)


def _suppliers(report: YearlyReport, shares: dict[str, Share], language: str) -> FigureSection:
    s = report.suppliers
    rows = [
        FigureRow(text("row.questionnaires_sent", language), s.questionnaires_sent),
        _figure(shares, "questionnaires_returned", language),
        _figure(shares, "questionnaires_returned_on_time", language),
        FigureRow(text("row.plans_due", language, year=report.year), s.plans_due),
        FigureRow(text("row.plans_received", language), s.plans_received, Share(s.plans_received, s.plans_due), indent=1),
        _figure(shares, "plans_received_on_time", language),
        _figure(shares, "plans_assessed", language),
    ]
    rows.extend(
        FigureRow(text("row.plan_verdict", language, verdict=label(v, language)), s.plan_verdicts.get(v, 0),
                  Share(s.plan_verdicts.get(v, 0), s.plans_assessed), indent=2)
        for v in PlanVerdict
    )
    return FigureSection("suppliers", text("section.suppliers", language), tuple(rows))


def _monitoring(report: YearlyReport, shares: dict[str, Share], language: str) -> FigureSection:
    m = report.monitoring
    rows = [
        FigureRow(text("row.reports_due", language, year=report.year), m.reports_due),
        FigureRow(text("row.reports_received", language), m.reports_received, Share(m.reports_received, m.reports_due),
                  indent=1),
        FigureRow(text("row.reports_received_on_time", language), m.reports_received_on_time,
                  Share(m.reports_received_on_time, m.reports_due), indent=1),
        _figure(shares, "reports_assessed", language),
        _figure(shares, "reports_assessed_on_time", language),
    ]
    rows.extend(
        FigureRow(text("row.report_verdict", language, verdict=label(v, language)), m.report_verdicts.get(v, 0),
                  Share(m.report_verdicts.get(v, 0), m.reports_assessed), indent=2)
        for v in PlanVerdict
    )
    rows += [
        FigureRow(text("row.contracts", language, year=report.year), m.contracts_with_reports),
        _figure(shares, "contracts_reports_assessed_on_time", language),
        FigureRow(text("row.signals", language), m.signals_logged),
        _figure(shares, "signals_handled", language),
        FigureRow(text("row.followups_opened", language), m.followups_opened, indent=1),
        FigureRow(text("row.followups_closed", language), m.followups_closed,
                  Share(m.followups_closed, m.followups_opened), indent=1),
        FigureRow(text("row.audits", language), sum(m.audits.values())),
    ]
    rows.extend(FigureRow(text("row.audit_kind", language, kind=label(k, language)), m.audits.get(k, 0), indent=1)
                for k in AuditKind)
    rows += [
        FigureRow(text("row.actions_due", language, year=report.year), m.actions_due),
        _figure(shares, "actions_closed", language),
        FigureRow(text("row.actions_open", language), m.actions_open, Share(m.actions_open, m.actions_due), indent=1),
        _figure(shares, "actions_closed_on_time", language),
    ]
    rows.extend(FigureRow(text("row.escalation", language, step=label(step, language)), m.escalations.get(step, 0))
                for step in EscalationStep)
    return FigureSection("monitoring", text("section.monitoring", language), tuple(rows))


def figure_sections(report: YearlyReport, language: str = "nl") -> tuple[FigureSection, ...]:
    """Every figure of the report, section by section, in reading order."""
    shares = report.shares()
    return (
        _tenders(report, language),
        *_applied(report, shares, language),
        _explain(report, language),
        _themes(report, language),
        _stakeholders(report, shares, language),
        _suppliers(report, shares, language),
        _monitoring(report, shares, language),
    )
