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
from copy import copy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from isv_desktop.domain.dossier_snapshot import DossierSnapshot, ExportContext
from isv_desktop.domain.dossier_snapshot_record import snapshot_to_record
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.suppliers import PlanVerdict
from isv_desktop.export.dossier_pdf_labels import label, text
from isv_desktop.export.dossier_xlsx_layout import (
    CHUNK, DATA_SHEET, FORMAT_NAME, FORMAT_VERSION, IDENTIFICATION_SHEET, STEP_COLOURS, VISIBLE_TEXT, Column,
    SheetSpec, Value,
)
from isv_desktop.export.dossier_xlsx_overview import write_identification, write_overview
from isv_desktop.export.dossier_xlsx_read import read_dossier_workbook
from isv_desktop.export.dossier_xlsx_sheets import Sheets
from isv_desktop.export.questionnaire_xlsx_layout import LINE_HEIGHT, cell_text, put_text, wrapped_lines

__all__ = ["write_dossier_workbook", "read_dossier_workbook", "record_json"]

#: Called as (done, total); may raise to cancel.
Checkpoint = Callable[[int, int], None]
_FORMULA_START = frozenset("=+-@")  # what put_text guards with a quote prefix
FONT = "Calibri"
LEVEL_FILLS = {"high": "F2B8B5", "medium": "FCE3A6", "low": "C8E6C9", "unknown": "E3E3E3"}
VERDICT_LEVELS = {PlanVerdict.INSUFFICIENT: "high", PlanVerdict.PARTLY: "medium", PlanVerdict.SUFFICIENT: "low",
                  PlanVerdict.GOOD: "low"}
MAX_ROW_HEIGHT = 409  # points; Excel's largest
#: Progress units: the sheets' rows, then saving.
TOTAL_UNITS, SHEET_UNITS = 1000, 850


def record_json(snapshot: DossierSnapshot) -> str:
    """The snapshot as compact JSON, with the two characters XML cannot carry escaped."""
    data = json.dumps(snapshot_to_record(snapshot), ensure_ascii=False, separators=(",", ":"))
    return data.replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff")


class _Styles:
    """Style arrays made once per workbook and copied into every cell that needs one."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        def made(**attributes: object) -> StyleArray:
            probe = Cell(sheet)
            for name, value in attributes.items():
                setattr(probe, name, value)
            return probe._style

        self.date = made(number_format="DD-MM-YYYY")
        self.euro = made(number_format='"€" #,##0.00')
        self.percent = made(number_format='0.0" %"')
        self.wrap = made(alignment=Alignment(wrap_text=True, vertical="top"))
        self.top = made(alignment=Alignment(vertical="top"))
        self.bold = made(font=Font(name=FONT, bold=True))
        self.header = made(font=Font(name=FONT, bold=True, color="FFFFFF"), alignment=Alignment(vertical="top"),
                           fill=PatternFill(start_color="1F4E79", end_color="1F4E79", fill_type="solid"))
        self.title = made(font=Font(name=FONT, bold=True, size=16, color="1F4E79"))
        self.heading = made(font=Font(name=FONT, bold=True, size=12, color="1F4E79"))
        self.subtitle = made(font=Font(name=FONT, italic=True, color="5A5A5A"))
        self.fills = {key: DifferentialStyle(fill=PatternFill(start_color=colour, end_color=colour, fill_type="solid"))
                      for key, colour in LEVEL_FILLS.items()}
        self.muted = made(font=Font(name=FONT, italic=True, color="5A5A5A"), alignment=Alignment(wrap_text=True,
                                                                                                  vertical="top"))


def text_value(sheet: WriteOnlyWorksheet, value: str, style: StyleArray | None = None) -> object:
    """A buyer's text for ``sheet.append``: plain where that is safe, else a cell forced to string."""
    if style is None and value.isprintable() and len(value) <= VISIBLE_TEXT and value[:1] not in _FORMULA_START \
            and value not in ERROR_CODES:
        return value or None  # the common case, and the fast one
    if not value.isprintable():  # printable text needs no cleaning (the common case, and the fast one)
        value = cell_text(value)
    if len(value) > VISIBLE_TEXT:
        value = value[:VISIBLE_TEXT] + " […]"
    if not value:
        return None
    if style is None and value[0] not in _FORMULA_START and value not in ERROR_CODES:
        return value
    cell = Cell(sheet, 1, 1, style_array=copy(style) if style is not None else None)
    put_text(cell, value)
    return cell


def typed_value(sheet: WriteOnlyWorksheet, column: Column, value: Value, styles: _Styles) -> object:
    if value is None:
        return None
    if isinstance(value, str):
        return text_value(sheet, value)
    if isinstance(value, date):
        return Cell(sheet, 1, 1, value=value, style_array=copy(styles.date))
    if isinstance(value, Decimal):  # a weight in a percent column, else an amount
        style = styles.percent if column.kind == "percent" else styles.euro
        return Cell(sheet, 1, 1, value=value, style_array=copy(style))
    return value


def _level_rules(sheet: WriteOnlyWorksheet, spec: SheetSpec, last_row: int, language: str, styles: _Styles) -> None:
    """Colour levels and verdicts by conditional formatting: one rule per word, over all such columns at once."""
    for kind in ("level", "verdict"):
        letters = [get_column_letter(n) for n, c in enumerate(spec.columns, start=1) if c.kind == kind]
        if not letters:
            continue
        cells = " ".join(f"{letter}2:{letter}{last_row}" for letter in letters)
        if kind == "level":
            words = [(label(level, language), level.value) for level in RiskLevel]
        else:
            words = [(label(verdict, language), key) for verdict, key in VERDICT_LEVELS.items()]
        for word, key in words:  # one shared fill per colour: openpyxl finds it again by identity, at once
            rule = Rule(type="cellIs", operator="equal", formula=[json.dumps(word)], dxf=styles.fills[key])
            sheet.conditional_formatting.add(cells, rule)


def _write_sheet(workbook: Workbook, spec: SheetSpec, index: int, styles: _Styles, language: str,
                 tick: Callable[[int], None]) -> None:
    sheet = workbook.create_sheet(spec.name)
    sheet.sheet_properties.tabColor = STEP_COLOURS[spec.step]
    for number, column in enumerate(spec.columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    headers = [cell_text(c.header) for c in spec.columns]
    sheet.append([text_value(sheet, header, styles.header) for header in headers])
    widths = [column.width if column.kind == "wrap" else None for column in spec.columns]
    for number, row in enumerate(spec.rows, start=1):
        values: list[object] = []
        lines = 1
        for column, width, value in zip(spec.columns, widths, row):
            if type(value) is str:
                if width is not None and (len(value) > width or "\n" in value):
                    lines = max(lines, wrapped_lines(value[:2000], width))
                    values.append(text_value(sheet, value, styles.wrap))
                else:
                    values.append(text_value(sheet, value))
            else:
                values.append(typed_value(sheet, column, value, styles))
        if lines > 1:  # spreadsheet programs do not grow rows to wrapped text when they open a file
            sheet.row_dimensions[number + 1].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)
        sheet.append(values)
        if number % 200 == 0:
            tick(200)
    tick(len(spec.rows) % 200)
    last_row = max(2, len(spec.rows) + 1)
    last_column = get_column_letter(len(spec.columns))
    table = Table(displayName=f"Tabel{index}", ref=f"A1:{last_column}{last_row}")
    table.tableColumns = [TableColumn(id=number, name=header) for number, header in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # "add table columns manually" in write-only mode: they are, above
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)
    _level_rules(sheet, spec, last_row, language, styles)


def _write_data(workbook: Workbook, payload: str) -> None:
    sheet = workbook.create_sheet(DATA_SHEET)
    for start in range(0, len(payload), CHUNK):
        cell = Cell(sheet, 1, 1)
        put_text(cell, payload[start:start + CHUNK])
        sheet.append([cell])
    sheet.sheet_state = "veryHidden"


def write_dossier_workbook(snapshot: DossierSnapshot, context: ExportContext,
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
        workbook.save(target)
    except BaseException:
        _discard(workbook)
        raise


def _fill(workbook: Workbook, snapshot: DossierSnapshot, context: ExportContext, specs: list[SheetSpec],
          payload: str, language: str, tick: Callable[[int], None]) -> None:
    overview = workbook.create_sheet(text("sheet.overview", language))
    styles = _Styles(overview)
    write_overview(overview, snapshot, context, specs, language, styles)
    tick(0)
    for index, spec in enumerate(specs, start=1):
        _write_sheet(workbook, spec, index, styles, language, tick)
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
