"""``isv-desktop demo``, ``isv-desktop dossier list`` and ``isv-desktop dossier status``."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(subcommands, common) -> None:
    demo = subcommands.add_parser("demo", parents=[common], help="fill a database with sample dossiers")
    demo.add_argument("--out", type=Path, help="also write each sample dossier's PDF and xlsx into this folder")
    demo.set_defaults(func=run_demo)

    dossier = subcommands.add_parser("dossier", parents=[common], help="dossiers")
    dossier_sub = dossier.add_subparsers(dest="dossier_command", metavar="ACTION", required=True)
    listing = dossier_sub.add_parser("list", parents=[common], help="list the dossiers")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--archived", action="store_true", help="include archived dossiers")
    listing.set_defaults(func=run_dossier_list)
    status = dossier_sub.add_parser(
        "status", parents=[common], help="per step: complete or not and what is missing; the next action"
    )
    status.add_argument("dossier_id", type=int, metavar="ID")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(func=run_dossier_status)


def run_demo(args) -> int:
    from ..services.demo import fill_with_samples
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        ids = fill_with_samples(session)
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            for dossier_id in ids:
                stem = f"voorbeelddossier-{dossier_id}"
                session.exports.write_pdf(dossier_id, args.out / f"{stem}.pdf", args.lang or "nl")
                session.exports.write_xlsx(dossier_id, args.out / f"{stem}.xlsx")
    finally:
        session.close()
    print(f"{len(ids)} voorbeelddossiers toegevoegd / sample dossiers added: {', '.join(map(str, ids))}")
    if args.out is not None:
        print(f"PDF en xlsx in / written to {args.out}")
    return 0


def dossier_as_json(dossier) -> dict:
    return {
        "id": dossier.id,
        "title": dossier.title,
        "organisation": dossier.organisation,
        "reference": dossier.reference,
        "subject": dossier.subject,
        "cpv_code": dossier.cpv_code,
        "procedure": dossier.procedure.value if dossier.procedure else None,
        "contract_kind": dossier.contract_kind.value,
        "estimated_value": str(dossier.estimated_value) if dossier.estimated_value is not None else None,
        "contract_start": dossier.contract_start.isoformat() if dossier.contract_start else None,
        "call_for_competition_date": (
            dossier.call_for_competition_date.isoformat() if dossier.call_for_competition_date else None
        ),
        "duration_months": dossier.duration_months,
        "contract_manager": dossier.contract_manager,
        "risk_category": dossier.risk_category,
        "decision": dossier.decision.value,
        "non_application_reason": (
            dossier.non_application_reason.value if dossier.non_application_reason else None
        ),
        "non_application_text": dossier.non_application_text,
        "current_step": dossier.current_step.value,
        "status": dossier.status.value,
        "next_due_date": dossier.next_due_date.isoformat() if dossier.next_due_date else None,
    }


def run_dossier_list(args) -> int:
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        dossiers = session.dossiers.all(include_archived=args.archived)
    finally:
        session.close()
    if args.json:
        json.dump([dossier_as_json(d) for d in dossiers], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for d in dossiers:
            print(f"{d.id:>6}  {d.reference:<16}  {d.title}")
    return 0


STATE_MARKS = {"complete": "✓", "incomplete": "○", "not_needed": "–"}


def progress_as_json(progress, language: str) -> dict:
    def missing(item) -> dict:
        return {"message": item.message_id, "kind": item.kind, "key": item.key, "text": item.text(language)}

    def step(s) -> dict:
        shown = {"step": s.step.value, "complete": s.complete, "state": s.state.value,
                 "missing": [missing(m) for m in s.missing]}
        if s.not_needed is not None:
            shown["not_needed"] = missing(s.not_needed)
        return shown

    following = progress.next_action
    return {
        "steps": [step(s) for s in progress.steps],
        "next": None if following is None else {"step": following.step.value, **missing(following.missing)},
    }


def run_dossier_status(args) -> int:
    from ..services.session import open_session

    language = args.lang or "nl"
    session = open_session(args.db)
    try:
        progress = session.progress.status(args.dossier_id)
    finally:
        session.close()
    if args.json:
        json.dump(progress_as_json(progress, language), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for step in progress.steps:
        print(f"{STATE_MARKS[step.state.value]} {step.step.number}. {step.step.value}")
        for item in step.missing + ((step.not_needed,) if step.not_needed else ()):
            print(f"    - {item.text(language)}")
    following = progress.next_action
    label = "Volgende stap" if language == "nl" else "Next"
    print(f"{label}: {following.missing.text(language) if following else '—'}")
    return 0
