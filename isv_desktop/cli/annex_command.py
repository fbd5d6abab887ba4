"""``isv-desktop annex DOSSIER_ID --db PATH --pdf FILE [--lang nl|en]``: the tender annex as PDF."""
from __future__ import annotations

from pathlib import Path



def register(subcommands, common) -> None:
    annex = subcommands.add_parser("annex", parents=[common], help="write the tender annex (bijlage ISV) as PDF")
    annex.add_argument("dossier_id", type=int)
    annex.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    annex.set_defaults(func=run)


def run(args) -> int:
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        session.criteria.write_annex_pdf(args.dossier_id, args.pdf, args.lang or "nl")
    finally:
        session.close()
    print(args.pdf)
    return 0
