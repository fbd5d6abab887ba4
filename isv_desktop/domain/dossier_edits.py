"""One edit to a dossier field, as typed by the buyer, validated before it is stored."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .amounts import checked_euro_amount, parse_euro_amount
from .cpv import normalise_cpv
from .dossier import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    ContractKind,
    Dossier,
    DossierStatus,
    IsvDecision,
    NonApplicationReason,
    ProcedureType,
)
from .messages import UserError
from .risk_categories import ISV_RISK_CATEGORIES
from .steps import StepId

SHORT_TEXT_FIELDS = {"organisation", "reference", "contract_manager"}
LONG_TEXT_FIELDS = {"subject", "non_application_text"}
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def _text(value: object, limit: int) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\x00", "")
    if len(text) > limit:
        raise UserError("text.too_long", limit=limit)
    return text


def apply_edit(dossier: Dossier, field: str, value: object) -> Dossier:
    """Return ``dossier`` with ``field`` set from ``value``, or raise ``UserError``.

    Text values arrive as typed; enum, date and number fields accept their
    own type or the text a person would type.
    """
    if field == "title":
        title = _text(value, MAX_SHORT_TEXT).strip()
        if not title:
            raise UserError("title.empty")
        return dossier.with_changes(title=title)
    if field in SHORT_TEXT_FIELDS:
        return dossier.with_changes(**{field: _text(value, MAX_SHORT_TEXT)})
    if field in LONG_TEXT_FIELDS:
        return dossier.with_changes(**{field: _text(value, MAX_LONG_TEXT)})
    if field == "cpv_code":
        text = _text(value, 40).strip()
        return dossier.with_changes(cpv_code=normalise_cpv(text) if text else "")
    if field == "estimated_value":
        if isinstance(value, Decimal):  # read already, in the language it was typed in
            return dossier.with_changes(estimated_value=checked_euro_amount(value))
        text = _text(value, 60)
        return dossier.with_changes(estimated_value=parse_euro_amount(text) if text.strip() else None)
    if field == "duration_months":
        return dossier.with_changes(duration_months=_months(value))
    if field == "contract_start":
        return dossier.with_changes(contract_start=parse_date(value))
    if field == "call_for_competition_date":
        return dossier.with_changes(call_for_competition_date=parse_date(value))
    if field == "procedure":
        return dossier.with_changes(procedure=ProcedureType(value) if value else None)
    if field == "contract_kind":
        return dossier.with_changes(contract_kind=ContractKind(value))
    if field == "risk_category":
        if value not in (None, "") and value not in ISV_RISK_CATEGORIES:
            raise ValueError(f"unknown ISV risk category {value!r}")
        return dossier.with_changes(risk_category=value)
    if field == "decision":
        decision = IsvDecision(value)
        reason = dossier.non_application_reason if decision is IsvDecision.NOT_APPLY else None
        return dossier.with_changes(decision=decision, non_application_reason=reason)
    if field == "non_application_reason":
        return dossier.with_changes(non_application_reason=NonApplicationReason(value) if value else None)
    if field == "current_step":
        return dossier.with_changes(current_step=StepId(value))
    if field == "status":
        return dossier.with_changes(status=DossierStatus(value))
    raise ValueError(f"unknown dossier field {field!r}")


def _months(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        months = int(str(value).strip())
    except ValueError:
        raise UserError("duration.invalid") from None
    if not 1 <= months <= 600:
        raise UserError("duration.invalid")
    return months


def parse_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        day = value
    else:
        text = str(value).strip()
        try:
            if "-" in text and len(text.split("-")[0]) == 4:
                day = date.fromisoformat(text)
            else:
                d, m, y = (int(part) for part in text.replace("/", "-").split("-"))
                day = date(y, m, d)
        except ValueError:
            raise UserError("date.invalid", text=text[:40]) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise UserError("date.out_of_range")
    return day
