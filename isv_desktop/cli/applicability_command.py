"""``isv-desktop applicability --cpv CODE --value EUR --date YYYY-MM-DD [--category ID] [--json]``.

The applicability check of step 1 for a purchase, for checks and scripts: the
EU threshold in force on the date for the kind of contract the CPV code points
to (the buyer's own threshold entries in the dossier file count, as in the
window), and what the central government's ISV rule would say.
"""
from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from ..domain.messages import UserError

NONE_OF_THE_TEN = "none"


def register(subcommands, common) -> None:
    parser = subcommands.add_parser(
        "applicability",
        parents=[common],
        help="EU threshold and the ISV rule for a purchase (step 1)",
        description="Toepasbaarheid: Europese drempel op de datum van de oproep tot mededinging en de rijksregel.",
    )
    parser.add_argument("--cpv", metavar="CODE", required=True, help="CPV code, e.g. 55523100-3")
    parser.add_argument("--value", metavar="EUR", required=True, help="estimated value excl. VAT, e.g. 250000")
    parser.add_argument("--date", metavar="YYYY-MM-DD", required=True,
                        help="the day the call for competition is sent (planned or actual)")
    parser.add_argument("--category", metavar="ID",
                        help=f"ISV risk category id, or '{NONE_OF_THE_TEN}' for none of the ten (default: not known)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _category(text: str | None) -> str | None:
    from ..domain.risk_categories import ISV_RISK_CATEGORIES

    if text is None:
        return None
    if text.strip() == NONE_OF_THE_TEN:
        return ""
    if text.strip() not in ISV_RISK_CATEGORIES:
        raise UserError("risk_category.unknown", value=text[:40],
                        choices=", ".join([*ISV_RISK_CATEGORIES, NONE_OF_THE_TEN]))
    return text.strip()


def _euros(amount: Decimal | None) -> int | float | None:
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def run(args: argparse.Namespace) -> int:
    from ..domain.amounts import parse_euro_amount
    from ..domain.cpv import normalise_cpv
    from ..domain.dossier_edits import parse_date
    from ..domain.thresholds import CentralGovernmentRule
    from ..services.session import open_session

    language = args.lang or "nl"
    cpv = normalise_cpv(args.cpv)
    value = parse_euro_amount(args.value, language)
    day = parse_date(args.date)
    if day is None:
        raise UserError("date.invalid", text=args.date[:40])
    category = _category(args.category)
    session = open_session(args.db)
    try:
        service = session.applicability
        result, kind = service.assess_purchase(cpv, value, day, category)
        suggested = service.suggest_category(cpv)
    finally:
        session.close()
    data: dict[str, Any] = {
        "threshold": _euros(result.threshold_amount),
        "above_threshold": result.above_threshold,
        "isv_required_by_rijk_rule": {
            CentralGovernmentRule.REQUIRED: True, CentralGovernmentRule.NOT_REQUIRED: False,
        }.get(result.central_rule),
        "contract_kind": kind.kind.value,
        "period": {"start": result.period.start.isoformat(), "end": result.period.end.isoformat()}
        if result.period else None,
        "source": result.source or None,
        "date": day.isoformat(),
        "contract_kind_basis": kind.basis.value,
        "annex_xiv_point": kind.annex_point.number if kind.annex_point else None,
        "suggested_risk_category": suggested.category_id if suggested else None,
        "warnings": [warning.value for warning in result.warnings],
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(_text(data, language))
    return 0


def _text(data: dict[str, Any], language: str) -> str:
    from ..domain.amounts import format_euro

    nl = language == "nl"
    yes_no = {True: "ja" if nl else "yes", False: "nee" if nl else "no", None: "onbekend" if nl else "unknown"}
    threshold = data["threshold"]
    lines = [
        f"{'Soort opdracht' if nl else 'Kind of contract'}: {data['contract_kind']} ({data['contract_kind_basis']})",
        f"{'Drempel' if nl else 'Threshold'}: "
        + (format_euro(Decimal(str(threshold)), language, whole_euros=True) if threshold is not None else yes_no[None])
        + (f" ({data['source']})" if data["source"] else ""),
        f"{'Boven de drempel' if nl else 'Above the threshold'}: {yes_no[data['above_threshold']]}",
        f"{'ISV verplicht volgens de rijksregel' if nl else 'ISV required by the Rijk rule'}: "
        f"{yes_no[data['isv_required_by_rijk_rule']]}",
    ]
    if data["warnings"]:
        lines.append(f"{'Waarschuwingen' if nl else 'Warnings'}: {', '.join(data['warnings'])}")
    return "\n".join(lines)
