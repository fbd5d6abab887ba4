"""``isv-desktop due`` and ``isv-desktop signal add``: step 5 from the command line."""
from __future__ import annotations

import json
import sys

from ..domain.monitoring import SignalSourceKind
from .due_command import run_due


def register(subcommands, common) -> None:
    due = subcommands.add_parser("due", parents=[common], help="what is overdue and falls due soon, across all dossiers")
    due.add_argument("--within", type=int, default=30, metavar="DAYS", help="days ahead (default 30)")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(func=run_due)

    signal = subcommands.add_parser("signal", parents=[common], help="signals of risk")
    actions = signal.add_subparsers(dest="signal_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="log a signal and list the dossiers it touches")
    add.add_argument("--text", required=True)
    add.add_argument("--country", help="ISO 3166 alpha-2 code")
    add.add_argument("--group", help="product group id")
    add.add_argument("--supplier", default="", help="supplier name")
    add.add_argument("--brand", default="", help="brand or production site name")
    add.add_argument("--source", default="other", choices=[k.value for k in SignalSourceKind])
    add.add_argument("--link", default="")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(func=run_signal_add)


def run_signal_add(args) -> int:
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        signal_id, touched = session.signals.log(
            args.text, source_kind=SignalSourceKind(args.source), country=args.country, group_id=args.group,
            supplier_name=args.supplier, brand=args.brand, link=args.link,
        )
    finally:
        session.close()
    if args.json:
        json.dump({"signal_id": signal_id, "dossiers": [
            {"id": t.dossier_id, "title": t.title, "because": list(t.because)} for t in touched
        ]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"Signaal {signal_id} vastgelegd; raakt {len(touched)} dossier(s):")
        for t in touched:
            print(f"  {t.dossier_id:>6}  {t.title}  ({', '.join(t.because)})")
    return 0
