"""``isv-desktop export`` and ``isv-desktop import``: a dossier as PDF and workbook, and a shared workbook back in."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(subcommands, common) -> None:
    export = subcommands.add_parser("export", parents=[common], help="write a dossier as PDF and/or Excel workbook")
    export.add_argument("dossier_id", type=int)
    export.add_argument("--pdf", type=Path, help="the dossier report (PDF)")
    export.add_argument("--xlsx", type=Path, help="the dossier workbook (xlsx), to share and import")
    personal = export.add_mutually_exclusive_group()
    personal.add_argument("--include-personal-data", action="store_true",
                          help="keep personal data (names of people, follow-up notes, attachments): for the archive, "
                               "not for sharing; without it they are left out")
    personal.add_argument("--no-personal-data", action="store_true",
                          help="leave personal data out: the default, kept so that older scripts still work")
    export.set_defaults(func=run_export)
    read = subcommands.add_parser("import", parents=[common], help="import a shared dossier workbook as a new dossier")
    read.add_argument("--xlsx", type=Path, required=True)
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--as-copy", action="store_true",
                      help="when the file already holds this dossier (same reference, or same title without one), "
                           "import it as a copy: titled '(kopie)', marked, not counted in the yearly report; "
                           "without it such a dossier is refused (exit 2)")
    read.set_defaults(func=run_import)


def run_export(args) -> int:
    if args.pdf is None and args.xlsx is None:
        print("Geef --pdf en/of --xlsx. / Give --pdf and/or --xlsx.", file=sys.stderr)
        return 2
    from ..services.session import open_session

    language = args.lang or "nl"
    personal = args.include_personal_data  # left out unless asked for (--no-personal-data: the default)
    session = open_session(args.db)
    try:
        for target, write in ((args.pdf, lambda path: session.exports.write_pdf(args.dossier_id, path, language,
                                                                                 personal)),
                              (args.xlsx, lambda path: session.exports.write_xlsx(args.dossier_id, path, personal,
                                                                                  language=language))):
            if target is None:
                continue
            try:
                write(target)
            except OSError as error:  # the folder is missing or not writable
                print(f"Kan {target} niet schrijven / cannot write {target}: {error.strerror or error}",
                      file=sys.stderr)
                return 2
            print(target)
    finally:
        session.close()
    return 0


def run_import(args) -> int:
    from ..domain.messages import UserError, render
    from ..services.session import open_session

    language = args.lang or "nl"
    session = open_session(args.db)
    try:
        dossier_id = session.exports.import_xlsx(args.xlsx, as_copy=args.as_copy, language=language)
        dossier = session.dossiers.get(dossier_id)
    except UserError as error:
        if not error.message_id.startswith("import.exists_"):
            raise
        print(f"{error.message(language)} {render('import.as_copy_hint', language)}", file=sys.stderr)
        return 2
    finally:
        session.close()
    if args.json:
        json.dump({"id": dossier.id, "title": dossier.title}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"{dossier.id}  {dossier.title}")
    return 0
