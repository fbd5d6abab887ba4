"""``isv-desktop report --year YYYY [--pdf FILE] [--xlsx FILE] [--json]``: the yearly ISV report."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subcommands, common) -> None:
    report = subcommands.add_parser("report", parents=[common], help="yearly ISV report (jaarrapportage)")
    report.add_argument("--year", type=int, required=True, help="the reporting year, e.g. 2025")
    report.add_argument("--pdf", type=Path, help="write the report as a PDF to publish")
    report.add_argument("--xlsx", type=Path, help="write the figures and the dossier list as an xlsx")
    report.add_argument("--json", action="store_true", help="print every figure as JSON")
    report.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from ..services.session import open_session

    session = open_session(args.db)
    try:
        service = session.reports
        report = service.compute(args.year)
        language = args.lang or report.organisation.language
        if args.pdf:
            service.write_pdf(args.year, args.pdf, language, report=report)
        if args.xlsx:
            service.write_xlsx(args.year, args.xlsx, language, report=report)
        data = service.report_json(args.year, report=report) if args.json else None
    finally:
        session.close()
    if data is not None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    tenders = report.tenders
    applied = report.shares()["applied_required"]
    print(f"Jaarrapportage / yearly report {report.year}: {tenders.started} aanbestedingen / tenders, "
          f"{tenders.required} boven drempel in risicocategorie / above threshold in a risk category, "
          f"ISV {applied.count} van / of {applied.of} ({applied.display(language)})")
    for written in (args.pdf, args.xlsx):
        if written:
            print(f"{written}")
    return 0
