"""The yearly ISV report as an xlsx: the figures, the dossier list, the targets and the notes.

Each list is an Excel table (filter and sort work at once). Counts and
amounts are numbers, shares are numbers formatted as percentages, dates are
dates; every text, the buyer's included, goes in through ``put_text`` (a
string, never a formula).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from isv_desktop.atomic_file import output_file
from isv_desktop.domain.criteria import CriterionType
from isv_desktop.domain.dossier import IsvDecision
from isv_desktop.domain.yearly_report import FIGURES_BY_KEY, Share, YearlyReport
from isv_desktop.export.questionnaire_xlsx_layout import put_text, row_height
from isv_desktop.export.report_rows import figure_sections
from isv_desktop.export.report_texts import label, risk_category_text, text, yes_no
from isv_desktop.export.xlsx_number_formats import day_format, euro_format, share_format
from isv_desktop.export.xlsx_page_setup import print_on_a4

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
Cell = str | int | float | Decimal | datetime | None


def _put(sheet: Worksheet, row: int, column: int, value: Cell, number_format: str | None = None) -> None:
    cell = sheet.cell(row, column)
    if isinstance(value, str):
        put_text(cell, value)
    else:
        cell.value = value
    if number_format and value is not None:
        cell.number_format = number_format


def _share_value(share: Share | None) -> float | None:
    value = share.value if share is not None else None
    return None if value is None else float(value)


def _table(sheet: Worksheet, name: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
           formats: Sequence[str | None], widths: Sequence[int], first_row: int = 1) -> None:
    """Headers and rows from ``first_row`` down as an Excel table named ``name``."""
    for column, header in enumerate(headers, start=1):
        _put(sheet, first_row, column, header)
        sheet.cell(first_row, column).font = HEADER_FONT
        sheet.cell(first_row, column).fill = HEADER_FILL
    for offset, row in enumerate(rows, start=1):
        for column, (value, number_format) in enumerate(zip(row, formats, strict=True), start=1):
            _put(sheet, first_row + offset, column, value, number_format)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = first_row + max(1, len(rows))
    if not rows:  # a table needs a data row
        for column in range(1, len(headers) + 1):
            sheet.cell(first_row + 1, column).value = None
    reference = f"A{first_row}:{get_column_letter(len(headers))}{last}"
    table = Table(displayName=name, ref=reference)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(table)


def _figures_sheet(sheet: Worksheet, report: YearlyReport, language: str) -> None:
    headers = [text(k, language) for k in ("col.section", "col.figure", "col.key", "col.count", "col.of", "col.share")]
    rows = []
    indents = []
    for section in figure_sections(report, language):
        for row in section.rows:
            rows.append((section.title, row.label, row.key or "", row.count, row.share.of if row.share else None,
                         _share_value(row.share)))
            indents.append(row.indent)
    _table(sheet, "Figures", headers, rows, (None, None, None, "0", "0", share_format(language)), (44, 70, 34, 10, 10, 11))
    print_on_a4(sheet, landscape=True, title_row=1)
    for offset, indent in enumerate(indents, start=2):
        if indent:
            sheet.cell(offset, 2).alignment = Alignment(indent=indent)
    sheet.freeze_panes = "A2"


def _dossiers_sheet(sheet: Worksheet, report: YearlyReport, language: str) -> None:
    keys = ("dossier.number", "dossier.reference", "dossier.title", "dossier.started", "dossier.status",
            "dossier.value", "dossier.threshold", "dossier.above", "dossier.category", "dossier.decision",
            "dossier.reason", "dossier.explanation", "dossier.ambition")
    headers = [text(k, language) for k in keys] + [kind.label(language) for kind in CriterionType]
    headers.append(text("dossier.consultations", language))
    rows = []
    for d in report.dossiers:
        applied = d.decision is IsvDecision.APPLY
        rows.append((
            d.id, d.reference, d.title, datetime(d.started.year, d.started.month, d.started.day),
            label(d.status, language), d.estimated_value, d.threshold, yes_no(d.above_threshold, language),
            risk_category_text(d.risk_category, language), label(d.decision, language),
            label(d.reason, language) if d.reason else "", d.reason_text,
            d.ambition.label(language) if applied else "",
            *[yes_no(kind in d.variants, language) if applied else "" for kind in CriterionType], d.consultations,
        ))
    day, euro = day_format(language), euro_format(language, whole_euros=True)
    formats = ("0", None, None, day, None, euro, euro, None, None, None, None, None, None, None, None, None, None, "0")
    widths = (7, 16, 40, 12, 12, 16, 14, 12, 26, 16, 30, 40, 12, 16, 16, 16, 16, 12)
    _table(sheet, "Dossiers", headers, rows, formats, widths)
    print_on_a4(sheet, landscape=True, title_row=1)
    for row, values in enumerate(rows, start=2):
        sheet.cell(row, 12).alignment = Alignment(wrap_text=True, vertical="top")
        explanation = str(values[11] or "")
        if "\n" in explanation or len(explanation) > widths[11]:  # tall enough for every line of it
            sheet.row_dimensions[row].height = row_height([(explanation, widths[11])])
    sheet.freeze_panes = "D2"


def _targets_sheet(sheet: Worksheet, report: YearlyReport, language: str) -> None:
    year = report.year
    headers = [text("target.figure", language), text("col.key", language), text("target.year", language),
               text("target.milestone", language), text("col.count", language), text("col.of", language),
               text("col.share", language), text("target.status", language)]
    rows: list[tuple[str, str, int, float | None, int | None, int | None, float | None, str]] = []
    for p in report.targets:
        definition = FIGURES_BY_KEY.get(p.target.figure)
        name = definition.label(language) if definition else p.target.figure
        years = {m.year for m in p.milestones}
        for m in p.milestones:
            actual = m.actual
            rows.append((name, p.target.figure, m.year, float(m.percent / 100),
                         actual.count if actual else None, actual.of if actual else None, _share_value(actual),
                         label(m.status, language)))
        if year not in years:
            rows.append((name, p.target.figure, year, float(p.expected / 100) if p.expected is not None else None,
                         p.actual.count, p.actual.of, _share_value(p.actual), label(p.status, language)))
    share = share_format(language)
    _table(sheet, "Targets", headers, rows, (None, None, "0", share, "0", "0", share, None),
           (60, 34, 8, 12, 10, 10, 11, 22))
    print_on_a4(sheet, landscape=True, title_row=1)
    sheet.freeze_panes = "A2"


def _notes_sheet(sheet: Worksheet, report: YearlyReport, language: str) -> None:
    name = report.organisation.name or text("no_organisation", language)
    lines = [text("title", language, year=report.year), name, "", text("notes.definitions", language),
             text("notes.activity", language, year=report.year), text("notes.rounding", language), "",
             text("notes.left_out", language)]
    widths = (8, 16, 40, 12, 50, 14)
    characters_per_line = sum(widths)
    for row, line in enumerate(lines, start=1):
        _put(sheet, row, 1, line)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 15 * max(1, -(-len(line) // characters_per_line)) + 3
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.row_dimensions[1].height = 21
    sheet.cell(len(lines), 1).font = Font(bold=True)
    headers = [text(k, language) for k in ("dossier.number", "dossier.reference", "dossier.title", "dossier.started")]
    headers += [text("notes.reason", language), text("dossier.left_out_on", language)]
    rows = [(d.id, d.reference, d.title, datetime(d.started.year, d.started.month, d.started.day), d.reason,
             datetime(d.left_out_on.year, d.left_out_on.month, d.left_out_on.day)) for d in report.left_out]
    day = day_format(language)
    _table(sheet, "LeftOut", headers, rows, ("0", None, None, day, None, day), widths, first_row=len(lines) + 1)
    print_on_a4(sheet, landscape=True, title_row=len(lines) + 1)


def write_report_xlsx(report: YearlyReport, language: str, target: Path) -> None:
    """Write the workbook to ``target`` through a temporary file beside it, renamed into place when complete."""
    workbook = Workbook()
    figures = workbook.active
    figures.title = text("sheet.figures", language)
    _figures_sheet(figures, report, language)
    _dossiers_sheet(workbook.create_sheet(text("sheet.dossiers", language)), report, language)
    _targets_sheet(workbook.create_sheet(text("sheet.targets", language)), report, language)
    _notes_sheet(workbook.create_sheet(text("sheet.notes", language)), report, language)
    workbook.properties.creator = "ISV Desktop"
    workbook.properties.title = text("title", language, year=report.year)
    with output_file(target) as out:  # written whole or not at all
        workbook.save(out)
