"""Every visible worksheet of the three workbooks prints on A4, one page wide, its table header repeated; no
cell shows over another (merged ranges apart, wrapped text in rows tall enough, long text only over empty
cells on the overview)."""
from __future__ import annotations

import openpyxl
import pytest
from dossier_samples import TODAY, fill_full_dossier
from openpyxl.utils import range_boundaries
from questionnaire_samples import exported_file
from report_samples import build

from isv_desktop.export.dossier_xlsx import write_dossier_workbook
from isv_desktop.export.questionnaire_xlsx_layout import CHARACTERS_PER_WIDTH, LINE_HEIGHT, wrapped_lines
from isv_desktop.services.session import open_session

DEFAULT_WIDTH = 8.43
DEFAULT_HEIGHT = 15.0


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page-setup")
    paths = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ISV_DESKTOP_HOME", str(folder / "home"))
        session = open_session(folder / "d.sqlite", today=lambda: TODAY)
        dossier_id = fill_full_dossier(session, text="Bevindingen over lonen en overuren in de keten. " * 4)
        for personal in (True, False):  # without personal data the overview carries a third, long note
            snapshot, context = session.exports.prepare(dossier_id, include_personal_data=personal)
            paths[f"dossier{personal}"] = folder / f"dossier-{personal}.xlsx"
            write_dossier_workbook(snapshot, context, paths[f"dossier{personal}"])
        session.close()
        paths["questionnaire"] = exported_file(folder)
        report_session, _, _ = build(folder)
        paths["report"] = folder / "report.xlsx"
        report_session.reports.write_xlsx(2025, paths["report"], "nl")
        report_session.close()
    return {name: openpyxl.load_workbook(path) for name, path in paths.items()}


def visible(book):
    return [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]


def header_rows(sheet) -> set[int]:
    rows = {range_boundaries(table.ref)[1] for table in sheet.tables.values()}
    if sheet.freeze_panes:  # a frozen header without a table (the questions sheet)
        rows.add(range_boundaries(sheet.freeze_panes)[1] - 1)
    return rows - {0}


def test_every_visible_sheet_prints_on_a4_one_page_wide_with_its_header_row_repeated(workbooks):
    for name, book in workbooks.items():
        sheets = visible(book)
        assert len(sheets) >= 2, name
        for sheet in sheets:
            where = f"{name}: {sheet.title}"
            assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4), where
            assert sheet.page_setup.orientation in ("portrait", "landscape"), where
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, where
            assert int(sheet.page_setup.fitToWidth) == 1, where
            headers = header_rows(sheet)
            if headers:
                assert sheet.print_title_rows == f"${min(headers)}:${min(headers)}", where


def _width(sheet, column: int) -> float:
    for dimension in sheet.column_dimensions.values():  # one definition may cover a run of columns
        if dimension.min and dimension.max and dimension.min <= column <= dimension.max and dimension.width:
            return dimension.width
    return DEFAULT_WIDTH


def _merged_width(sheet, cell) -> float:
    for merged in sheet.merged_cells.ranges:
        if cell.coordinate in merged:
            return sum(_width(sheet, c) for c in range(merged.min_col, merged.max_col + 1))
    return _width(sheet, cell.column)


def test_no_merged_ranges_overlap(workbooks):
    for name, book in workbooks.items():
        for sheet in visible(book):
            ranges = list(sheet.merged_cells.ranges)
            for index, one in enumerate(ranges):
                for other in ranges[index + 1:]:
                    assert one.isdisjoint(other), f"{name}: {sheet.title}: {one} and {other}"


def test_wrapped_text_has_a_row_tall_enough_for_every_line(workbooks):
    for name, book in workbooks.items():
        for sheet in visible(book):
            for row in sheet.iter_rows():
                for cell in row:
                    if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                        continue
                    lines = wrapped_lines(cell.value, _merged_width(sheet, cell))
                    height = sheet.row_dimensions[cell.row].height or DEFAULT_HEIGHT
                    assert height >= lines * LINE_HEIGHT, f"{name}: {sheet.title}!{cell.coordinate} {cell.value!r}"


def test_on_the_overview_long_text_runs_only_over_empty_cells(workbooks):
    for name in ("dossierTrue", "dossierFalse"):
        sheet = workbooks[name].worksheets[0]
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.alignment.wrap_text:
                    continue
                room, column = 0.0, cell.column
                while room * CHARACTERS_PER_WIDTH < len(cell.value) and column <= sheet.max_column:
                    if column != cell.column:
                        assert sheet.cell(cell.row, column).value in (None, ""), f"{name}: {cell.coordinate}"
                    room += _width(sheet, column)
                    column += 1
