"""The yearly report in the database: figures by SQL aggregation, organisation settings, targets, exclusions.

Each block of figures is one or a few aggregate queries (``report_queries``);
no dossier is loaded to be counted in Python. Rows become the domain's
dataclasses here; no dicts leak out.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal

from ..domain.amounts import amount_to_cents, cents_to_amount
from ..domain.criteria import AmbitionLevel, CriterionType
from ..domain.deadlines import Deadlines
from ..domain.dossier import DossierStatus, IsvDecision, NonApplicationReason
from ..domain.messages import UserError
from ..domain.monitoring import AuditKind, EscalationStep
from ..domain.report_targets import Target
from ..domain.risk_scan_record import StakeholderKind
from ..domain.suppliers import PlanVerdict
from ..domain.themes import Theme
from ..domain.thresholds import ThresholdPeriod
from ..domain.yearly_report import (
    ConsultationCount,
    DossierLine,
    LeftOutDossier,
    MonitoringFigures,
    OrganisationSettings,
    ReasonCount,
    SupplierFigures,
    TenderFigures,
    ThemeCount,
)
from . import report_queries as sql
from .database import Database
from .row_ids import inserted_id

_VARIANT_ORDER = (CriterionType.CONTRACT_CONDITION, CriterionType.MINIMUM_REQUIREMENT,
                  CriterionType.SELECTION_CRITERION, CriterionType.AWARD_CRITERION)
_THEME_ORDER = {theme: index for index, theme in enumerate(Theme)}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _int(value: float | None) -> int:
    """SQLite's total() gives a float and count() an int; both are whole numbers here."""
    return int(value or 0)


def year_parameters(year: int) -> dict[str, str]:
    return {"first_day": f"{year:04d}-01-01", "last_day": f"{year:04d}-12-31", "next_first_day": f"{year + 1:04d}-01-01"}


def periods_parameter(periods: Iterable[ThresholdPeriod]) -> str:
    """The threshold periods in the order that decides overlaps (later wins), amounts in cents."""
    return json.dumps([
        [p.start.isoformat(), p.end.isoformat(), amount_to_cents(p.supplies_services), amount_to_cents(p.works),
         amount_to_cents(p.social_services) if p.social_services is not None else None]
        for p in periods
    ])


def library_parameter(types: Mapping[str, CriterionType]) -> str:
    return json.dumps({criterion_id: kind.value for criterion_id, kind in sorted(types.items())})


class ReportRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def _one(self, query: str, params: Mapping[str, object]) -> tuple:
        return self._connection.execute(query, params).fetchone()

    def _all(self, query: str, params: Mapping[str, object]) -> list[tuple]:
        return self._connection.execute(query, params).fetchall()

    # -- figures ------------------------------------------------------------------------
    def tender_figures(self, year: int, periods: str, library: str) -> TenderFigures:
        """``periods`` and ``library`` as made by :func:`periods_parameter` and :func:`library_parameter`."""
        row = [_int(v) for v in self._one(sql.TENDERS, {**year_parameters(year), "periods": periods, "library": library})]
        (started, value_unknown, threshold_unknown, above, in_category, category_unknown, required, applied,
         applied_required, not_applied, undecided, cc, mr, sc, ac, selection_or_award, no_criteria,
         basis, significant, ambitious, consulted) = row
        return TenderFigures(
            started, value_unknown, threshold_unknown, above, in_category, category_unknown, required, applied,
            applied_required, not_applied, undecided,
            dict(zip(_VARIANT_ORDER, (cc, mr, sc, ac), strict=True)), selection_or_award, no_criteria,
            {AmbitionLevel.BASIS: basis, AmbitionLevel.SIGNIFICANT: significant, AmbitionLevel.AMBITIOUS: ambitious},
            consulted,
        )

    def reasons(self, year: int, periods: str, library: str) -> tuple[ReasonCount, ...]:
        rows = self._all(sql.REASONS, {**year_parameters(year), "periods": periods, "library": library})
        return tuple(
            ReasonCount(NonApplicationReason(reason) if reason else None, _int(tenders), _int(required))
            for reason, tenders, required in rows
        )

    def dossier_lines(self, year: int, periods: str, library: str) -> tuple[DossierLine, ...]:
        rows = self._all(sql.DOSSIER_LIST, {**year_parameters(year), "periods": periods, "library": library})
        lines = []
        for (dossier_id, title, reference, created_at, status, value, threshold, category, decision, reason,
             reason_text, ambition, cc, mr, sc, ac, consultations) in rows:
            variants = tuple(kind for kind, has in zip(_VARIANT_ORDER, (cc, mr, sc, ac), strict=True) if has)
            lines.append(DossierLine(
                dossier_id, title, reference, date.fromisoformat(created_at[:10]), DossierStatus(status),
                cents_to_amount(value) if value is not None else None,
                cents_to_amount(threshold) if threshold is not None else None,
                category, IsvDecision(decision), NonApplicationReason(reason) if reason else None, reason_text,
                AmbitionLevel(ambition), variants, _int(consultations),
            ))
        return tuple(lines)

    def themes_rated_high(self, year: int) -> tuple[int, tuple[ThemeCount, ...]]:
        """(tenders with a scan, themes rated high in their latest scan: most often first, then theme order)."""
        params = year_parameters(year)
        scanned = _int(self._one(sql.SCANNED, params)[0])
        counts = [ThemeCount(Theme(theme), _int(n)) for theme, n in self._all(sql.THEMES_HIGH, params)]
        counts.sort(key=lambda c: (-c.tenders, _THEME_ORDER[c.theme]))
        return scanned, tuple(counts)

    def consultations(self, year: int) -> tuple[ConsultationCount, ...]:
        rows = self._all(sql.CONSULTATIONS, year_parameters(year))
        counts = {StakeholderKind(kind): (_int(n), _int(tenders)) for kind, n, tenders in rows}
        return tuple(ConsultationCount(kind, *counts[kind]) for kind in StakeholderKind if kind in counts)

    def supplier_figures(self, year: int) -> SupplierFigures:
        params = year_parameters(year)
        sent, returned, on_time = (_int(v) for v in self._one(sql.QUESTIONNAIRES, params))
        plans = self._all(sql.PLANS, params)
        verdicts = {PlanVerdict(v): _int(n) for v, n, *_ in plans if v}
        return SupplierFigures(
            sent, returned, on_time,
            sum(_int(r[1]) for r in plans), sum(_int(r[2]) for r in plans), sum(_int(r[3]) for r in plans),
            sum(_int(r[4]) for r in plans),
            {verdict: verdicts[verdict] for verdict in PlanVerdict if verdict in verdicts},
        )

    def monitoring_figures(self, year: int) -> MonitoringFigures:
        params = year_parameters(year)
        reports = self._all(sql.PROGRESS_REPORTS, params)
        verdicts = {PlanVerdict(v): _int(n) for v, n, *_ in reports if v}
        contracts, contracts_on_time = (_int(v) for v in self._one(sql.CONTRACTS, params))
        logged, handled, opened, closed = (_int(v) for v in self._one(sql.SIGNALS, params))
        audits = {AuditKind(kind): _int(n) for kind, n in self._all(sql.AUDITS, params)}
        actions_due, actions_closed, actions_on_time = (_int(v) for v in self._one(sql.ACTIONS, params))
        steps = {EscalationStep(step): _int(n) for step, n in self._all(sql.ESCALATIONS, params)}
        return MonitoringFigures(
            sum(_int(r[1]) for r in reports), sum(_int(r[2]) for r in reports), sum(_int(r[3]) for r in reports),
            sum(_int(r[4]) for r in reports), sum(_int(r[5]) for r in reports),
            {verdict: verdicts[verdict] for verdict in PlanVerdict if verdict in verdicts},
            contracts, contracts_on_time, logged, handled, opened, closed,
            {kind: audits[kind] for kind in AuditKind if kind in audits},
            actions_due, actions_closed, actions_on_time,
            {step: steps[step] for step in EscalationStep if step in steps},
        )

    def left_out(self) -> tuple[LeftOutDossier, ...]:
        return tuple(
            LeftOutDossier(i, title, reference, date.fromisoformat(created[:10]), reason, date.fromisoformat(on[:10]))
            for i, title, reference, created, reason, on in self._all(sql.LEFT_OUT, {})
        )

    # -- organisation settings ----------------------------------------------------------------
    def organisation(self) -> OrganisationSettings:
        row = self._connection.execute(
            "SELECT name, logo, logo_name, default_language, plan_of_action_weeks, questionnaire_weeks, "
            "progress_report_weeks FROM organisation_settings WHERE id = 1"
        ).fetchone()
        if row is None:
            return OrganisationSettings()
        name, logo, logo_name, language, plan, questionnaire, report = row
        return OrganisationSettings(name, bytes(logo) if logo is not None else None, logo_name, language,
                                    Deadlines(plan, questionnaire, report))

    def save_organisation(self, settings: OrganisationSettings) -> None:
        d = settings.deadlines
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO organisation_settings (id, name, logo, logo_name, default_language, plan_of_action_weeks, "
                "questionnaire_weeks, progress_report_weeks, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, logo = excluded.logo, "
                "logo_name = excluded.logo_name, default_language = excluded.default_language, "
                "plan_of_action_weeks = excluded.plan_of_action_weeks, questionnaire_weeks = excluded.questionnaire_weeks, "
                "progress_report_weeks = excluded.progress_report_weeks, updated_at = excluded.updated_at",
                (settings.name, settings.logo, settings.logo_name, settings.language, d.plan_of_action_weeks,
                 d.questionnaire_weeks, d.progress_report_weeks, _now()),
            )

    # -- targets ------------------------------------------------------------------------------
    def targets(self) -> tuple[Target, ...]:
        rows = self._connection.execute(
            "SELECT id, figure, goal, year, milestones_json FROM report_targets ORDER BY id"
        ).fetchall()
        # Built as stored, not re-checked: a target on a figure a later version renamed still loads.
        return tuple(
            Target(figure, Decimal(goal), year, _milestones(milestones, figure, year), id=i)
            for i, figure, goal, year, milestones in rows
        )

    def add_target(self, target: Target) -> int:
        milestones = json.dumps({str(y): str(p) for y, p in target.milestones}, sort_keys=True)
        with self._database.transaction():
            return inserted_id(self._connection.execute(
                "INSERT INTO report_targets (figure, goal, year, milestones_json, created_at) VALUES (?, ?, ?, ?, ?)",
                (target.figure, str(target.goal), target.year, milestones, _now()),
            ))

    def remove_target(self, target_id: int) -> bool:
        with self._database.transaction():
            return self._connection.execute("DELETE FROM report_targets WHERE id = ?", (target_id,)).rowcount > 0

    # -- dossiers left out ---------------------------------------------------------------------
    def leave_out(self, dossier_id: int, reason: str, on: date) -> None:
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO report_exclusions (dossier_id, reason, left_out_on) VALUES (?, ?, ?) "
                "ON CONFLICT (dossier_id) DO UPDATE SET reason = excluded.reason",
                (dossier_id, reason, on.isoformat()),
            )

    def include(self, dossier_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM report_exclusions WHERE dossier_id = ?", (dossier_id,))

    def left_out_reason(self, dossier_id: int) -> str | None:
        row = self._connection.execute(
            "SELECT reason FROM report_exclusions WHERE dossier_id = ?", (dossier_id,)
        ).fetchone()
        return row[0] if row else None


__all__ = ["ReportRepository", "periods_parameter", "library_parameter", "year_parameters"]


def _milestones(text: str, figure: str, year: int) -> tuple[tuple[int, Decimal], ...]:
    """A target's milestones as stored; a damaged value is named instead of stopping the report with a traceback."""
    try:
        return tuple(sorted((int(y), Decimal(p)) for y, p in json.loads(text).items()))
    except (ValueError, TypeError, AttributeError, ArithmeticError, RecursionError) as error:
        raise UserError("report.damaged_target", figure=figure, year=year) from error
