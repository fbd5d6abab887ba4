"""The dossier workbook's cell styles, its first sheet (the dossier at a glance) and its identification sheet."""
from __future__ import annotations

import itertools
import json

from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.table import TableStyleInfo

from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.domain.personal_data import left_out
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import PlanVerdict
from isv_desktop.export.dossier_pdf_labels import (
    call_date_text,
    contract_kind_text,
    format_day,
    label,
    step_state_text,
    text,
)
from isv_desktop.export.dossier_xlsx_layout import IDENT_KEYS, STEP_COLOURS, SheetSpec
from isv_desktop.export.questionnaire_xlsx_layout import RowHeights, row_height, style_array, text_cell
from isv_desktop.export.xlsx_number_formats import day_format, euro_format, weight_format
from isv_desktop.export.xlsx_page_setup import print_on_a4

FONT = "Calibri"
#: Widths of the overview's columns A (names), B (values and notes) and C (row counts), in characters.
OVERVIEW_WIDTHS = (34, 90, 12)
#: Height of the title row (16-point text), in points.
TITLE_HEIGHT = 21.0
LEVEL_FILLS = {"high": "F2B8B5", "medium": "FCE3A6", "low": "C8E6C9", "unknown": "E3E3E3"}
VERDICT_LEVELS = {PlanVerdict.INSUFFICIENT: "high", PlanVerdict.PARTLY: "medium", PlanVerdict.SUFFICIENT: "low",
                  PlanVerdict.GOOD: "low"}

IDENT_EXPLANATIONS: dict[str, tuple[str, str]] = {
    "format": ("Soort bestand", "Kind of file"),
    "format_version": ("Versie van het dossierformaat", "Version of the dossier format"),
    "app_version": ("Versie van ISV Desktop die het bestand maakte", "Version of ISV Desktop that made the file"),
    "title": ("Titel van het dossier", "Title of the dossier"),
    "exported_at": ("Moment van export", "Moment of export"),
    "personal_data": ("Persoonsgegevens meegenomen (true/false)", "Personal data included (true/false)"),
    "checksum": ("Controlegetal (SHA-256) van de gegevens", "Checksum (SHA-256) of the data"),
    "data_parts": ("Aantal delen van de gegevens op het verborgen blad", "Number of parts of the data on the hidden "
                                                                          "sheet"),
}


class CellStyles:
    """Styles made once per workbook: style arrays that every cell needing one copies, the tables' style and
    the rules of the conditional formatting."""

    def __init__(self, sheet: WriteOnlyWorksheet, language: str) -> None:
        def made(**attributes: object) -> StyleArray:
            return style_array(sheet, **attributes)

        self.date = made(number_format=day_format(language))
        self.euro = made(number_format=euro_format(language))
        self.percent = made(number_format=weight_format(language))
        self.wrap = made(alignment=Alignment(wrap_text=True, vertical="top"))
        self.top = made(alignment=Alignment(vertical="top"))
        self.bold = made(font=Font(name=FONT, bold=True))
        self.header = made(font=Font(name=FONT, bold=True, color="FFFFFF"), alignment=Alignment(vertical="top"),
                           fill=PatternFill(start_color="1F4E79", end_color="1F4E79", fill_type="solid"))
        self.title = made(font=Font(name=FONT, bold=True, size=16, color="1F4E79"))
        self.heading = made(font=Font(name=FONT, bold=True, size=12, color="1F4E79"))
        self.subtitle = made(font=Font(name=FONT, italic=True, color="5A5A5A"))
        self.table = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        self.muted = made(font=Font(name=FONT, italic=True, color="5A5A5A"), alignment=Alignment(wrap_text=True,
                                                                                                  vertical="top"))
        self.rules = _level_rules(language)


def _level_rules(language: str) -> dict[str, list[Rule]]:
    """Per kind of column ("level", "verdict") one rule per word, with its fill.

    Every sheet shares them, so their priorities are fixed here (levels first), not counted per sheet.
    """
    fills = {key: DifferentialStyle(fill=PatternFill(start_color=colour, end_color=colour, fill_type="solid"))
             for key, colour in LEVEL_FILLS.items()}  # one per colour: openpyxl finds it again by identity
    words = {"level": [(label(level, language), level.value) for level in RiskLevel],
             "verdict": [(label(verdict, language), key) for verdict, key in VERDICT_LEVELS.items()]}
    priorities = itertools.count(1)
    return {kind: [Rule(type="cellIs", operator="equal", formula=[json.dumps(word)], dxf=fills[key],
                        priority=next(priorities)) for word, key in pairs] for kind, pairs in words.items()}


def write_overview(sheet: WriteOnlyWorksheet, snapshot: DossierContents, context: ExportContext, specs: list[SheetSpec], language: str,
                   styles: CellStyles) -> None:
    def t(message_id: str, **values: object) -> str:
        return text(message_id, language, **values)

    sheet.sheet_properties.tabColor = STEP_COLOURS[0]
    print_on_a4(sheet, landscape=True)  # sheet properties go out with the first row
    for column, width in zip("ABC", OVERVIEW_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    rows: list[list[object]] = []
    heights = RowHeights(sheet)
    dossier = snapshot.dossier
    rows.append([text_cell(sheet, dossier.title, styles.title)])
    heights.set(1, TITLE_HEIGHT)
    rows.append([text_cell(sheet, t("xlsx.subtitle", day=format_day(context.exported_at.date(), language),
                                 version=context.app_version), styles.subtitle)])
    rows.append([])
    awarded = ", ".join(s.name for s in snapshot.awarded)
    due = context.next_due
    judged_on = context.applicability.judged_on if context.applicability else None
    facts = [
        (t("field.reference"), dossier.reference), (t("field.organisation"), dossier.organisation),
        (t("field.call_date"), call_date_text(dossier, judged_on, language)),
        (t("field.contract_kind"), contract_kind_text(dossier, context.kind_suggestion, language)),
        (t("field.decision"), label(dossier.decision, language)),
        (t("field.ambition"), label(snapshot.criteria.ambition, language)),
        (t("summary.supplier"), awarded or t("summary.not_awarded", count=len(snapshot.suppliers))),
        (t("summary.next_due"), f"{due.title(language)} \u2014 {format_day(due.due_on, language)}" if due else t("summary.none_due")),
    ]
    for name, value in facts:
        rows.append([text_cell(sheet, name, styles.bold), text_cell(sheet, value, styles.top) if value else None])
    value_cell = None
    if dossier.estimated_value is not None:
        value_cell = Cell(sheet, 1, 1, value=dossier.estimated_value, style_array=styles.euro)
    rows.append([text_cell(sheet, t("field.value"), styles.bold), value_cell])
    rows.append([])
    rows.append([text_cell(sheet, t("summary.steps"), styles.heading)])
    for step in StepId:
        rows.append([text_cell(sheet, f"{step.number}. {label(step, language)}"),
                      text_cell(sheet, step_state_text(dossier, context, step, language)[1])])
    rows.append([])
    rows.append([text_cell(sheet, t("xlsx.sheets"), styles.heading), None, text_cell(sheet, t("xlsx.rows"), styles.bold)])
    for spec in specs:
        rows.append([text_cell(sheet, spec.name), None, len(spec.rows)])
    rows.append([])
    notes = [t("xlsx.note_import"), t("xlsx.note_formulas")]
    if not snapshot.personal_data_included:
        notes.append(t("cover.no_personal_data", left_out=left_out(language)))
    # Each note wraps in column B in a row tall enough for all its lines: at the default height a spreadsheet
    # program shows a long note over the rows below it (it does not fit heights to wrapped text on opening).
    for note in notes:
        rows.append([None, text_cell(sheet, note, styles.muted)])
        heights.set(len(rows), row_height([(note, OVERVIEW_WIDTHS[1])]))
    for row in rows:
        sheet.append(row)


def write_identification(sheet: WriteOnlyWorksheet, values: dict[str, str], language: str, styles: CellStyles) -> None:
    """One row per key: name, value, and what it means (a header row first)."""
    sheet.sheet_properties.tabColor = STEP_COLOURS[0]
    print_on_a4(sheet, landscape=True, title_row=1)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["C"].width = 50
    sheet.append([text_cell(sheet, h, styles.bold) for h in (text("xlsx.field", language), text("xlsx.value", language),
                                                         text("field.explanation", language))])
    index = 0 if language == "nl" else 1
    for key in IDENT_KEYS:
        sheet.append([text_cell(sheet, key), text_cell(sheet, values[key]),
                      text_cell(sheet, IDENT_EXPLANATIONS[key][index])])
