"""``isv-desktop scan (--cpv CODE | --group ID) [--country ISO2 ...] [--json]``."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from .. import paths
from ..domain.messages import UserError

if TYPE_CHECKING:  # loaded in run(): starting the window must not pay for the risk engine
    from ..domain.risk.assessment import ScanResult, ThemeAssessment
    from ..domain.risk.knowledge_base import KnowledgeBase

EXIT_OK = 0
EXIT_KNOWLEDGE_BROKEN = 1
EXIT_USER_ERROR = 2


def register(subparsers: Any, common: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """Add the ``scan`` subcommand; ``common`` (parent options such as --lang) is optional."""
    parser = subparsers.add_parser(
        "scan",
        parents=[common] if common is not None else [],
        help="risk scan of a product group against countries of production",
        description="Risicoscan: productgroep × land van productie → risico per thema, met bronnen.",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--cpv", metavar="CODE", help="CPV code, e.g. 33141420-0")
    target.add_argument("--group", metavar="ID", help="product group id, e.g. handschoenen")
    parser.add_argument(
        "--country",
        metavar="ISO2",
        nargs="+",
        action="extend",
        default=[],
        help="country of production (ISO 3166 alpha-2); none: origin unknown",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    if common is None:
        parser.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help="language")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace, knowledge: KnowledgeBase | None = None) -> int:
    from ..domain.risk.engine import scan
    from ..knowledge.errors import KnowledgeFileError
    from ..knowledge.loader import load_knowledge_base

    """Print the scan; 2 for an unknown CPV code, group or country, 1 for a broken knowledge file."""
    language = getattr(args, "lang", None) or "nl"
    try:
        if knowledge is None:
            knowledge = load_knowledge_base(paths.resources_dir(), paths.data_dir() / "knowledge")
    except KnowledgeFileError as error:
        print(error.message(language), file=sys.stderr)
        return EXIT_KNOWLEDGE_BROKEN
    try:
        group = knowledge.require_group_for_cpv(args.cpv) if args.cpv else knowledge.group(args.group)
        result = scan(knowledge, [group.id], args.country)
    except UserError as error:
        print(error.message(language), file=sys.stderr)
        return EXIT_USER_ERROR
    if args.json:
        print(json.dumps(scan_as_json(result, knowledge, language), ensure_ascii=False, indent=2))
    else:
        print(scan_as_text(result, knowledge, language))
    return EXIT_OK


def scan_as_json(result: ScanResult, knowledge: KnowledgeBase, language: str = "nl") -> dict[str, Any]:
    """The object form of issue 3: groups, countries, themes (all nine), origins."""
    return {
        "groups": [
            {"id": g.id, "name_nl": g.name_nl, "cpv": list(g.cpv_codes)}
            for g in (knowledge.groups[group_id] for group_id in result.group_ids)
        ],
        "countries": list(result.countries),
        "themes": {
            theme.value: {
                "level": assessment.level.value,
                "reasons": [
                    {"source": r.source_title, "edition": r.edition, "text": r.text(language)}
                    for r in assessment.reasons
                ],
            }
            for theme, assessment in result.themes.items()
        },
        "origins": [
            {
                "country": o.country,
                "goods": list(o.goods),
                "child_labour": o.child_labour,
                "forced_labour": o.forced_labour,
            }
            for o in result.origins
        ],
    }


_WORDS = {
    "nl": {
        "title": "Risicoscan",
        "countries": "Landen van productie",
        "unknown": "herkomst onbekend",
        "origins": "Landen waar de goederen met kinder- of dwangarbeid worden gemaakt",
        "child": "kinderarbeid",
        "forced": "dwangarbeid",
        "sources": "Bronnen",
    },
    "en": {
        "title": "Risk scan",
        "countries": "Countries of production",
        "unknown": "origin unknown",
        "origins": "Countries where the goods are made with child or forced labour",
        "child": "child labour",
        "forced": "forced labour",
        "sources": "Sources",
    },
}


def scan_as_text(result: ScanResult, knowledge: KnowledgeBase, language: str = "nl") -> str:
    words = _WORDS["nl" if language == "nl" else "en"]
    lines = []
    for group_id in result.group_ids:
        group = knowledge.groups[group_id]
        lines.append(f"{words['title']}: {group.name(language)} ({group.id}; CPV {', '.join(group.cpv_codes)})")
    countries = [f"{knowledge.countries[c].name(language)} ({c})" for c in result.countries]
    lines.append(f"{words['countries']}: {', '.join(countries) if countries else words['unknown']}")
    for theme, assessment in result.themes.items():
        lines.append("")
        lines.append(f"{theme.label(language)}: {assessment.level.label(language).upper()}{_per_country(result, theme, language)}")
        lines.extend(_reason_lines(assessment, language))
    if result.origins:
        lines.append("")
        lines.append(f"{words['origins']}:")
        for origin in result.origins:
            kinds = [words[k] for k, on in (("child", origin.child_labour), ("forced", origin.forced_labour)) if on]
            goods = ", ".join(knowledge.goods[g].label(language) for g in origin.goods)
            lines.append(f"  {knowledge.countries[origin.country].name(language)} ({origin.country}): {goods} — {', '.join(kinds)}")
    lines.append("")
    editions = " · ".join(
        f"{knowledge.sources[s].short_title} {e}" for s, e in result.editions.items() if s in knowledge.sources
    )
    lines.append(f"{words['sources']}: {editions}")
    return "\n".join(lines)


def _per_country(result: ScanResult, theme, language: str) -> str:
    if len(result.countries) < 2:
        return ""
    parts = [f"{c} {result.cell(theme, c).level.label(language)}" for c in result.countries]
    return f" ({', '.join(parts)})"


def _reason_lines(assessment: ThemeAssessment, language: str) -> list[str]:
    lines = [f"  - {reason.cited(language)}" for reason in assessment.reasons]
    lines.extend(f"  ! {note}" for note in assessment.notes(language))
    return lines
