"""``isv-desktop questionnaire export|import``: the self-assessment questionnaire as Excel, out and back."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(subcommands, common) -> None:
    questionnaire = subcommands.add_parser("questionnaire", parents=[common], help="self-assessment questionnaire")
    actions = questionnaire.add_subparsers(dest="questionnaire_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common], help="write the questionnaire for a supplier")
    export.add_argument("dossier_id", type=int)
    export.add_argument("supplier_id", type=int)
    export.add_argument("--xlsx", type=Path, required=True)
    export.set_defaults(func=run_export)
    read = actions.add_parser("import", parents=[common], help="read a returned questionnaire and print the scores")
    read.add_argument("--xlsx", type=Path, required=True)
    read.add_argument("--replace", action="store_true", help="replace answers imported before")
    read.add_argument("--json", action="store_true", help="print JSON")
    read.set_defaults(func=run_import)


def run_export(args) -> int:
    from ..domain.day_format import format_day
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        record = session.questionnaires.export(args.dossier_id, args.supplier_id, args.xlsx, args.lang or "nl")
    finally:
        session.close()
    due = format_day(record.due_on, args.lang or "nl")
    print(f"{args.xlsx}: {len(record.questionnaire.questions)} vragen / questions, "
          f"versie {record.questionnaire.version}, terug uiterlijk / due {due}")
    return 0


def run_import(args) -> int:
    from ..services.session import open_session

    language = args.lang or "nl"
    session = open_session(args.db)
    try:
        record, result = session.questionnaires.import_file(args.xlsx, replace=args.replace)
    finally:
        session.close()
    themes = {(g.theme.value if g.theme else "deliverables"): g.score for g in result.themes}
    if result.deliverables is not None:
        themes["deliverables"] = result.deliverables.score
    if args.json:
        json.dump({
            "dossier_id": record.questionnaire.dossier_id, "supplier_id": record.questionnaire.supplier_id,
            "version": record.questionnaire.version, "overall": result.overall, "themes": themes,
            "red_flags": [{"kind": f.kind.value, "question": f.number, "message": f.message(language)} for f in result.red_flags],
        }, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"Totaal / overall: {result.overall}")
        for theme, value in themes.items():
            print(f"  {theme}: {value}")
        for flag in result.red_flags:
            print(f"  ! {flag.message(language)}")
    return 0
