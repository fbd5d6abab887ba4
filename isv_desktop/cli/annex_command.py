"""``isv-desktop annex DOSSIER_ID --db PATH (--pdf FILE | --docx FILE) [--lang nl|en]``: the tender annex as PDF
and/or as an editable Word document."""
from __future__ import annotations

from pathlib import Path


def register(subcommands, common) -> None:
    annex = subcommands.add_parser("annex", parents=[common],
                                   help="write the tender annex (bijlage ISV) as PDF and/or Word document")
    annex.add_argument("dossier_id", type=int)
    annex.add_argument("--pdf", type=Path, help="the PDF file to write")
    annex.add_argument("--docx", type=Path, help="the Word document (.docx) to write, editable")
    annex.set_defaults(func=run, parser=annex)


def run(args) -> int:
    from ..services.session import open_session

    if args.pdf is None and args.docx is None:
        args.parser.error("give --pdf FILE, --docx FILE or both")
    session = open_session(args.db)
    try:
        language = args.lang or "nl"
        if args.pdf is not None:
            session.criteria.write_annex_pdf(args.dossier_id, args.pdf, language)
        if args.docx is not None:
            session.criteria.write_annex_docx(args.dossier_id, args.docx, language)
    finally:
        session.close()
    for path in (args.pdf, args.docx):
        if path is not None:
            print(path)
    return 0
