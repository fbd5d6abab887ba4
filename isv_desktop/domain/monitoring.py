"""Step 5: contract monitoring — deliverables per contract year, audits, escalation, traceability.

Dutch guidance names a proportionate escalation ladder: dialogue → external
advice or investigation → notice of default (ingebrekestelling) → penalty
(boete) → termination (ontbinding). Each step is dated with its reason;
skipping a step needs a reason of its own.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .deadlines import Deadlines
from .messages import UserError

ESCALATION_RESPONSE_DAYS = {"dialogue": 28, "external_advice": 56, "notice_of_default": 28, "penalty": 28}


class EscalationStep(str, Enum):
    DIALOGUE = "dialogue"
    EXTERNAL_ADVICE = "external_advice"
    NOTICE_OF_DEFAULT = "notice_of_default"  # ingebrekestelling
    PENALTY = "penalty"  # boete
    TERMINATION = "termination"  # ontbinding

    @property
    def rank(self) -> int:
        return list(EscalationStep).index(self)


class AuditKind(str, Enum):
    DESK_REVIEW = "desk_review"
    HEAD_OFFICE_CHECK = "head_office_check"
    FACTORY_AUDIT = "factory_audit"
    WORKER_DRIVEN = "worker_driven"


class ActionStatus(str, Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class SignalSourceKind(str, Enum):
    PRESS = "press"
    NGO_REPORT = "ngo_report"
    UNION_REPORT = "union_report"
    WITHHOLD_RELEASE_ORDER = "withhold_release_order"
    COURT_CASE = "court_case"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class EscalationRecord:
    step: EscalationStep
    taken_on: date
    reason: str
    skip_reason: str = ""
    id: int | None = None
    supplier_id: int | None = None  # the supplier the step concerns, if one


@dataclass(frozen=True, slots=True)
class EscalationProposal:
    step: EscalationStep
    respond_by: date | None


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def contract_end(start: date, duration_months: int) -> date:
    return add_months(start, duration_months) - timedelta(days=1)


def progress_report_dates(start: date, duration_months: int) -> list[tuple[int, date]]:
    """(contract year, due date): a report on every anniversary within the contract,
    or one at the end for a contract shorter than a year."""
    end = contract_end(start, duration_months)
    dates = []
    year = 1
    while True:
        due = add_months(start, 12 * year)
        if due > end + timedelta(days=1):
            break
        dates.append((year, due))
        year += 1
    if not dates:
        dates.append((1, end))
    return dates


def progress_report_due_dates(start: date, duration_months: int, deadlines: Deadlines) -> list[tuple[int, date]]:
    """(contract year, due date): the report on a contract year falls due the dossier's number of weeks
    (default 6) after that year ends, as the annex promises; a contract shorter than a year, after its end."""
    dates = []
    for year, year_end in progress_report_dates(start, duration_months):
        if year_end == add_months(start, 12 * year):  # a whole contract year
            dates.append((year, deadlines.progress_report_due(start, year)))
        else:
            dates.append((year, year_end + timedelta(days=1, weeks=deadlines.progress_report_weeks)))
    return dates


def next_escalation(history: list[EscalationRecord], today: date) -> EscalationProposal | None:
    """The step after the highest one taken, with the date to respond by; None after termination."""
    if not history:
        return EscalationProposal(EscalationStep.DIALOGUE, None)
    last = max(history, key=lambda r: (r.step.rank, r.taken_on))
    if last.step is EscalationStep.TERMINATION:
        return None
    following = list(EscalationStep)[last.step.rank + 1]
    return EscalationProposal(following, respond_by(last))


def respond_by(record: EscalationRecord) -> date | None:
    """The day the supplier is to respond to a step taken (none after termination)."""
    days = ESCALATION_RESPONSE_DAYS.get(record.step.value)
    return record.taken_on + timedelta(days=days) if days else None


def escalation_responses(history: list[EscalationRecord]) -> list[tuple[EscalationRecord, date, date | None]]:
    """(step taken, respond-by date, answered on) for every step that awaits the supplier's response; a step
    counts as answered on the day the next step up the ladder was taken."""
    ordered = sorted(history, key=lambda r: (r.step.rank, r.taken_on))
    responses = []
    for index, record in enumerate(ordered):
        by = respond_by(record)
        if by is not None:
            following = ordered[index + 1:]
            responses.append((record, by, following[0].taken_on if following else None))
    return responses


def check_escalation(history: list[EscalationRecord], record: EscalationRecord) -> None:
    """Steps go up the ladder in date order; skipping one needs a reason."""
    if not record.reason.strip():
        raise UserError("escalation.reason")
    if history:
        last = max(history, key=lambda r: (r.step.rank, r.taken_on))
        if record.taken_on < last.taken_on:
            raise UserError("escalation.date_order")
        if record.step.rank <= last.step.rank:
            raise UserError("escalation.order")
        skipped = record.step.rank - last.step.rank > 1
    else:
        skipped = record.step.rank > 0
    if skipped and not record.skip_reason.strip():
        raise UserError("escalation.skip_reason")
