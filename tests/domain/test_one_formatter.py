"""Amounts, days and percentages are written by the domain's one formatter per kind (issue 14: one vocabulary):
domain.amounts.format_euro, domain.day_format (format_day, format_long_day, format_moment, day_pattern) and
domain.percentages.format_percent, in the language shown. The screens, the files, the services and the command
line's human output do not write them by hand: this test reads their source and fails on a hand-made pattern.

What may stay is listed in ALLOWED with its reason: ISO days where a file, JSON or the database keeps them (not
shown to a person), and text typed back into a field. An entry no longer needed fails too, so the list shrinks.
"""
from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
from pathlib import Path

import isv_desktop

PACKAGE = Path(isv_desktop.__file__).parent
SCANNED = ("ui", "export", "services", "cli")
GENERATED = PACKAGE / "ui" / "forms"  # compiled from forms/*.ui by devtools.build_forms

HAND_MADE = {
    "strftime": re.compile(r"\.strftime\("),
    "a day pattern of its own": re.compile(r"%d[-/.]%m[-/.]%Y|[\"']dd?[-/.]MM?[-/.]yyyy|[\"']DD[-/.]MM[-/.]YYYY"),
    "isoformat": re.compile(r"\.isoformat\("),
    "a Qt day or number pattern": re.compile(r"\.toString\([^)]*[\"'][dMy#0]"),
    "a percentage by hand": re.compile(
        r"\}\s?%[\"']|[\"'] ?%[\"']\s*(?:\)|$|\+)|\+\s*[\"'] ?%|replace\([\"']%[\"']|\*\s*100\b(?!0)"),
    "an amount by hand": re.compile(
        r"\{[^{}\"']*:,[^{}]*\}|:,\.?\d*f|replace\([\"'][.,][\"'],\s*[\"'][.,][\"']\)|[\"']€ ?\{|#,##0"),
    "a spreadsheet percentage": re.compile(r"number_format\s*=\s*[\"'].*%|[\"']0(\.0+)?%[\"']"),
}

#: (file under isv_desktop, kind) -> why it may stay. ISO where no person reads it; typed text where it goes back
#: into a field to be read again.
ALLOWED = {
    ("export/questionnaire_xlsx_read.py", "isoformat"): "a date answer read from a cell is stored as ISO text",
    ("services/demo_story.py", "isoformat"): "the demo stores its dates through the edit use case (ISO)",
    ("services/data_location.py", "isoformat"): "a backup's file name sorts by its ISO day",
    ("services/input_origins.py", "isoformat"): "the day an input was traced is stored as ISO text",
    ("cli/applicability_command.py", "isoformat"): "--json prints ISO days",
    ("cli/dossier_commands.py", "isoformat"): "--json prints ISO days",
    ("cli/due_command.py", "isoformat"): "--json prints ISO days",
    ("export/dossier_xlsx.py", "isoformat"): "the identification sheet keeps the export time as ISO, read back",
    ("export/questionnaire_xlsx_safety.py", "an amount by hand"):
        "a file size in a message parameter, written before the message's language is known (left alone)",
    ("export/xlsx_number_formats.py", "an amount by hand"): "the workbooks' euro format code per language",
    ("export/xlsx_number_formats.py", "a percentage by hand"): "the workbooks' percentage format codes per language",
    ("services/criteria.py", "a percentage by hand"): "a typed weight is read: '12,5 %' -> 12.5",
    ("services/criteria.py", "an amount by hand"): "a typed weight is read: '12,5 %' -> 12.5",
    ("ui/steps/criteria_format.py", "an amount by hand"): "a weight goes back into its field as typed: '12,5'",
}


def _prose(source: str) -> tuple[dict[int, int], set[int]]:
    """Where a file's comments start (line -> column) and which lines are docstrings: they describe formats,
    they do not write them."""
    comments = {token.start[0]: token.start[1] for token in tokenize.generate_tokens(io.StringIO(source).readline)
                if token.type == tokenize.COMMENT}
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return comments, docstrings


def _scanned_files() -> list[Path]:
    files = []
    for folder in SCANNED:
        files.extend(p for p in sorted((PACKAGE / folder).rglob("*.py")) if GENERATED not in p.parents)
    return files


@functools.cache
def _hits() -> dict[tuple[str, str], list[str]]:
    hits: dict[tuple[str, str], list[str]] = {}
    for path in _scanned_files():
        source = path.read_text(encoding="utf-8")
        found = [(number, line, kind, match.start()) for number, line in enumerate(source.splitlines(), start=1)
                 for kind, pattern in HAND_MADE.items() for match in [pattern.search(line)] if match]
        if not found:
            continue
        comments, docstrings = _prose(source)  # only for the few files with a candidate: tokenizing is slow
        name = path.relative_to(PACKAGE).as_posix()
        for number, line, kind, column in found:
            if number not in docstrings and column < comments.get(number, len(line) + 1):
                hits.setdefault((name, kind), []).append(f"{name}:{number}: {line.strip()}")
    return hits


def test_no_screen_file_service_or_command_writes_an_amount_a_day_or_a_percentage_by_hand():
    hits = _hits()
    found = [line for key, lines in sorted(hits.items()) if key not in ALLOWED for line in lines]
    assert not found, "written by hand instead of through domain.amounts / day_format / percentages:\n" \
        + "\n".join(found)


def test_every_allowance_is_still_needed():
    hits = _hits()
    assert [key for key in ALLOWED if key not in hits] == []


def test_the_scan_finds_what_it_looks_for():
    """The patterns catch the ways these were written by hand before (so the test above can fail)."""
    written_by_hand = {
        "strftime": 'when=stored.made_at.strftime("%d-%m-%Y %H:%M")',
        "a day pattern of its own": 'DATE_FORMAT = "%d-%m-%Y"',
        "isoformat": 'facts.append(f"{period.start.isoformat()} – {period.end.isoformat()}")',
        "a Qt day or number pattern": 'QDate.currentDate().toString("dd-MM-yyyy")',
        "a percentage by hand": 'f"{step}%" if language == "en" else f"{step} %"',
        "an amount by hand": '(f"€ {threshold:,}".replace(",", "."))',
        "a spreadsheet percentage": 'PERCENT = "0.0%"',
    }
    for kind, line in written_by_hand.items():
        assert HAND_MADE[kind].search(line), kind
    for kind, line in [("a percentage by hand", 'f"{share:.1f}%"'), ("a percentage by hand", "round(part / whole * 100)"),
                       ("a percentage by hand", 'text + " %"'), ("an amount by hand", 'f"{value:,.2f}"'),
                       ("a day pattern of its own", 'DATE = "DD-MM-YYYY"'), ("an amount by hand", "EURO = '\"€\" #,##0'"),
                       ("a spreadsheet percentage", "made(number_format='0.0\" %\"')")]:
        assert HAND_MADE[kind].search(line), line
    for line in ['format_percent(share, language)', 'format_euro(value, language)', "1000 * done",
                 'f"{name} ({size} kB)"', "QLocale().toString(QDate(2026, 3, 2), day_pattern(language))"]:
        assert not any(pattern.search(line) for pattern in HAND_MADE.values()), line


_WRAPPER = re.compile(r"^_?(format_percent|percent_text)$|^_percent$|^(format|text|display)_.*percent|percent_(text|label)$")


def test_a_percentage_formatter_is_imported_only_from_the_domain():
    """No module re-exports or wraps format_percent: the old wrappers (yearly_report's re-export,
    criteria_format.percent_text, annex_sections.format_percent) are gone and their callers use the one."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "percent" not in source:
            continue
        tree = ast.parse(source)
        name = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(a.name == "format_percent" for a in node.names) \
                    and not (node.module or "").endswith("percentages"):
                offenders.append(f"{name}: from {'.' * node.level}{node.module} import format_percent")
            if isinstance(node, ast.FunctionDef) and _WRAPPER.search(node.name) and name != "domain/percentages.py":
                offenders.append(f"{name}: def {node.name}")
    assert offenders == []
