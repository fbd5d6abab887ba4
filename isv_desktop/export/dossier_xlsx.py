"""The dossier as an Excel workbook, to share with a colleague who imports it (see :mod:`.dossier_xlsx_layout`).

Written in openpyxl's write-only mode (rows stream to the file). Every text
a buyer typed goes in as a string cell — never a formula, never an error
value — by the rule of :func:`.questionnaire_xlsx_layout.put_text`.
:func:`read_dossier_workbook` (in :mod:`.dossier_xlsx_read`) reads it back.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.formatting.formatting import ConditionalFormatting
from openpyxl.formatting.rule import Rule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import ColumnDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn

from isv_desktop.atomic_file import output_file
from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.domain.dossier_contents_record import contents_to_record
from isv_desktop.export.dossier_pdf_labels import text
from isv_desktop.export.dossier_xlsx_layout import (
    CHUNK,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    IDENTIFICATION_SHEET,
    STEP_COLOURS,
    VISIBLE_TEXT,
    SheetSpec,
)
from isv_desktop.export.dossier_xlsx_overview import CellStyles, write_identification, write_overview
from isv_desktop.export.dossier_xlsx_read import read_dossier_workbook
from isv_desktop.export.dossier_xlsx_sheets import Sheets
from isv_desktop.export.questionnaire_xlsx_layout import LINE_HEIGHT, RowHeights, cell_text, string_cell, wrapped_lines
from isv_desktop.export.xlsx_page_setup import PORTRAIT_WIDTH, print_on_a4

__all__ = ["write_dossier_workbook", "read_dossier_workbook", "record_json"]

#: Called as (done, total); may raise to cancel.
Checkpoint = Callable[[int, int], None]
_FORMULA_START = frozenset("=+-@")  # what put_text guards with a quote prefix
MAX_ROW_HEIGHT = 409  # points; Excel's largest
#: Progress units: the sheets' rows, then saving.
TOTAL_UNITS, SHEET_UNITS = 1000, 850


def record_json(snapshot: DossierContents) -> str:
    """The dossier's contents as compact JSON in ASCII.

    Every other character is escaped, so the text holds nothing XML cannot carry (control characters, U+FFFE,
    lone surrogates) and goes into cells as it is. (A record is a tree: no need to check for cycles.)
    """
    return json.dumps(contents_to_record(snapshot), separators=(",", ":"), check_circular=False)


#: First characters of a text that must go in as a cell forced to string: a formula's, or an error value's ("#N/A").
_NEEDS_CELL = frozenset("=+-@#")


def _odd_text(sheet: WriteOnlyWorksheet, value: str, wrap_width: float | None,
              styles: CellStyles) -> tuple[object, int]:
    """A text the fast path of :func:`_table_rows` left: (what to append, lines it takes when wrapped).

    Cleaned and cut to what a cell shows; wrapped (and counted) in a wrapping column when longer than the column
    or on several lines; forced to string when a spreadsheet would read it as a formula or an error value.
    """
    if not value.isprintable():
        value = cell_text(value)
    if len(value) > VISIBLE_TEXT:
        value = value[:VISIBLE_TEXT] + " […]"
    if not value:
        return None, 1
    if wrap_width is not None and (len(value) > wrap_width or "\n" in value):
        return string_cell(sheet, value, styles.wrap), wrapped_lines(value[:2000], wrap_width)
    if value[0] in _FORMULA_START or value in ERROR_CODES:
        return string_cell(sheet, value), 1
    return value, 1


def _table_rows(sheet: WriteOnlyWorksheet, spec: SheetSpec, styles: CellStyles) -> list[list[object]]:
    """The rows of ``spec`` as ``sheet.append`` takes them (their heights set on ``sheet``).

    A short printable text goes in as it is (most cells: the fast path); the few others, dates and amounts become
    cells with a style array made once (:class:`CellStyles`). Rows of wrapped text get the height it needs, since
    spreadsheet programs do not grow rows to wrapped text when they open a file.
    """
    wrapping = [column.width if column.kind == "wrap" else None for column in spec.columns]
    limits = [VISIBLE_TEXT if width is None else width for width in wrapping]
    amounts = [styles.percent if column.kind == "percent" else styles.euro for column in spec.columns]
    heights = RowHeights(sheet)
    rows: list[list[object]] = []
    for number, row in enumerate(spec.rows, start=2):
        values: list[object] = []
        lines = 1
        for value, limit, wrap_width, amount in zip(row, limits, wrapping, amounts, strict=True):
            if value.__class__ is str:
                if len(value) <= limit and value.isprintable() and value[:1] not in _NEEDS_CELL:
                    values.append(value or None)
                    continue
                cell_value, used = _odd_text(sheet, value, wrap_width, styles)
                lines = max(lines, used)
                values.append(cell_value)
            elif isinstance(value, date):
                values.append(Cell(sheet, 1, 1, value=value, style_array=styles.date))
            elif isinstance(value, Decimal):  # a weight in a percent column, else an amount
                values.append(Cell(sheet, 1, 1, value=value, style_array=amount))
            else:
                values.append(value)
        if lines > 1:
            heights.set(number, min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3))
        rows.append(values)
    return rows


def _column_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Column numbers (ascending) as runs of neighbours: [1, 2, 3, 5] → [(1, 3), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def _set_widths(sheet: WriteOnlyWorksheet, spec: SheetSpec) -> None:
    """The columns' widths, one definition per run of equal widths (the heat map's countries share one)."""
    widths = [column.width for column in spec.columns]
    first = 1
    for number in range(1, len(widths) + 1):
        if number == len(widths) or widths[number] != widths[first - 1]:
            letter = get_column_letter(first)
            sheet.column_dimensions[letter] = ColumnDimension(sheet, index=letter, width=widths[first - 1],
                                                              min=first, max=number)
            first = number + 1


def _colour_levels(sheet: WriteOnlyWorksheet, spec: SheetSpec, last_row: int, rules: dict[str, list[Rule]]) -> None:
    """Colour levels and verdicts by conditional formatting: each rule over all such columns at once."""
    for kind, kind_rules in rules.items():
        numbers = [n for n, c in enumerate(spec.columns, start=1) if c.kind == kind]
        if numbers:
            cells = ConditionalFormatting(" ".join(f"{get_column_letter(first)}2:{get_column_letter(last)}{last_row}"
                                                   for first, last in _column_runs(numbers)))
            for rule in kind_rules:
                sheet.conditional_formatting.add(cells, rule)


def _set_up_sheet(workbook: Workbook, spec: SheetSpec, headers: list[str], index: int,
                  styles: CellStyles) -> WriteOnlyWorksheet:
    """A new sheet for ``spec`` with all but its rows: tab colour, widths, frozen header, print setup, the table
    (with filter buttons) and the conditional formatting, which openpyxl writes when the sheet is finished."""
    sheet = workbook.create_sheet(spec.name)
    sheet.sheet_properties.tabColor = STEP_COLOURS[spec.step]
    _set_widths(sheet, spec)
    sheet.freeze_panes = "A2"
    print_on_a4(sheet, landscape=sum(column.width for column in spec.columns) > PORTRAIT_WIDTH, title_row=1)
    last_row = max(2, len(spec.rows) + 1)
    ref = f"A1:{get_column_letter(len(spec.columns))}{last_row}"
    table = Table(displayName=f"Tabel{index}", ref=ref, autoFilter=AutoFilter(ref=ref))  # the filter buttons
    table.tableColumns = [TableColumn(id=number, name=header) for number, header in enumerate(headers, start=1)]
    table.tableStyleInfo = styles.table
    sheet.add_table(table)
    _colour_levels(sheet, spec, last_row, styles.rules)
    return sheet


def _write_sheets(workbook: Workbook, specs: list[SheetSpec], styles: CellStyles,
                  tick: Callable[[int], None]) -> None:
    """The visible sheets: all set up and all their rows made first, then the rows written.

    Making every row in one go and writing them all in another is measurably faster (some 10 %) than
    alternating the two row by row: each part keeps its own code and data at hand.
    """
    headers = [[cell_text(column.header) for column in spec.columns] for spec in specs]
    with warnings.catch_warnings():  # in write-only mode openpyxl asks to add table columns by hand: they are
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually", UserWarning)
        sheets = [_set_up_sheet(workbook, spec, names, index, styles)
                  for index, (spec, names) in enumerate(zip(specs, headers, strict=True), start=1)]
    prepared = [(sheet, [[string_cell(sheet, name, styles.header) for name in names],
                         *_table_rows(sheet, spec, styles)]) for sheet, spec, names in zip(sheets, specs, headers, strict=True)]
    for sheet, rows in prepared:
        for number, values in enumerate(rows):
            sheet.append(values)
            if number % 200 == 0 and number:
                tick(200)
        tick((len(rows) - 1) % 200)


def _write_data(workbook: Workbook, payload: str) -> None:
    """The JSON in pieces of :data:`CHUNK` characters, one string cell each, down column A.

    :func:`record_json` is ASCII without control characters, so the pieces go in as they are, only forced to
    string: a piece may start with "=".
    """
    sheet = workbook.create_sheet(DATA_SHEET)
    for start in range(0, len(payload), CHUNK):
        cell = Cell(sheet, 1, 1, value=payload[start:start + CHUNK])
        cell.data_type = "s"
        sheet.append([cell])
    sheet.sheet_state = "veryHidden"


def write_dossier_workbook(snapshot: DossierContents, context: ExportContext,
                           target: str | os.PathLike[str] | BinaryIO, language: str = "nl",
                           checkpoint: Checkpoint | None = None) -> None:
    """Write the workbook to ``target``; ``checkpoint(done, total)`` may raise to cancel."""
    language = "en" if language.startswith("en") else "nl"
    specs = Sheets(snapshot, context, language).all()
    payload = record_json(snapshot)
    rows_total = max(1, sum(len(spec.rows) for spec in specs))
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if checkpoint is not None:
            checkpoint(SHEET_UNITS * min(done, rows_total) // rows_total, TOTAL_UNITS)

    workbook = Workbook(write_only=True)
    try:
        _fill(workbook, snapshot, context, specs, payload, language, tick)
        if checkpoint is not None:
            checkpoint(SHEET_UNITS + 50, TOTAL_UNITS)
        with output_file(target) as out:  # a path is written whole or not at all
            workbook.save(out)
    except BaseException:
        _discard(workbook)
        raise


def _fill(workbook: Workbook, snapshot: DossierContents, context: ExportContext, specs: list[SheetSpec],
          payload: str, language: str, tick: Callable[[int], None]) -> None:
    overview = workbook.create_sheet(text("sheet.overview", language))
    styles = CellStyles(overview, language)
    write_overview(overview, snapshot, context, specs, language, styles)
    tick(0)
    _write_sheets(workbook, specs, styles, tick)
    identification = workbook.create_sheet(IDENTIFICATION_SHEET)
    checksum = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    parts = -(-len(payload) // CHUNK)
    write_identification(identification, {
        "format": FORMAT_NAME, "format_version": str(FORMAT_VERSION), "app_version": context.app_version,
        "title": snapshot.dossier.title, "exported_at": context.exported_at.isoformat(timespec="seconds"),
        "personal_data": "true" if snapshot.personal_data_included else "false", "checksum": checksum,
        "data_parts": str(parts),
    }, language, styles)
    _write_data(workbook, payload)
    workbook.properties.creator = "ISV Desktop"
    workbook.properties.title = f"{text('cover.kind', language)} \u2014 {cell_text(snapshot.dossier.title)}"[:250]


def _discard(workbook: Workbook) -> None:
    """Finish the sheets of a workbook that will not be saved and remove their temporary files."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
        except Exception:  # noqa: BLE001 - a half-written sheet may not finish; its file goes all the same
            pass
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            Path(writer.out).unlink(missing_ok=True)
