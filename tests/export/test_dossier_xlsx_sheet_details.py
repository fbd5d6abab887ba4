"""The dossier workbook's visible sheets in detail: filter buttons, widths, wrapped rows, colour rules, the data."""
from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest
from dossier_samples import TODAY, fill_full_dossier

from isv_desktop.domain.dossier import Dossier
from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.export.dossier_xlsx import read_dossier_workbook, write_dossier_workbook
from isv_desktop.export.dossier_xlsx_layout import DATA_SHEET, IDENTIFICATION_SHEET
from isv_desktop.export.dossier_xlsx_sheets import Sheets
from isv_desktop.services.session import open_session

LONG_NOTE = "Bevindingen over lonen en overuren die niet in een smalle kolom passen. " * 4


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx-details")
    session = open_session(folder / "d.sqlite", today=lambda: TODAY)
    dossier_id = fill_full_dossier(session, text=LONG_NOTE)
    snapshot, context = session.exports.prepare(dossier_id, include_personal_data=True)
    path = folder / "dossier.xlsx"
    write_dossier_workbook(snapshot, context, path)
    yield openpyxl.load_workbook(path), Sheets(snapshot, context, "nl").all()
    session.close()


def _step_sheets(book):
    return [book[name] for name in book.sheetnames[1:] if name not in (IDENTIFICATION_SHEET, DATA_SHEET)]


def test_every_table_has_filter_buttons_over_the_whole_table(exported):
    book, _ = exported
    for sheet in _step_sheets(book):
        [table] = sheet.tables.values()
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref, sheet.title


def test_every_column_gets_the_width_of_its_spec(exported):
    book, specs = exported
    for spec in specs:
        widths = {}
        for dimension in book[spec.name].column_dimensions.values():
            widths.update({number: dimension.width for number in range(dimension.min, dimension.max + 1)})
        assert widths == {n: c.width for n, c in enumerate(spec.columns, start=1)}, spec.name


def test_long_text_wraps_and_its_row_is_tall_enough(exported):
    book, _ = exported
    sheet = book["2 Oordeel"]
    cell = next(c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and LONG_NOTE.strip()
                in c.value)
    assert cell.alignment.wrap_text
    assert sheet.row_dimensions[cell.row].height >= 4 * 15
    assert all(c.number_format == "DD-MM-YYYY" for row in book["5 Overleg"].iter_rows(min_row=2, max_col=1)
               for c in row if c.value is not None)


def test_colour_rules_cover_every_level_column_and_have_their_own_priorities(exported):
    book, specs = exported
    for spec in specs:
        sheet = book[spec.name]
        covered = set()
        priorities = []
        for formatting in sheet.conditional_formatting:
            for cells in formatting.sqref.ranges:
                covered |= set(range(cells.min_col, cells.max_col + 1))
            priorities += [rule.priority for rule in formatting.rules]
        expected = {n for n, c in enumerate(spec.columns, start=1) if c.kind in ("level", "verdict")}
        assert covered == expected, spec.name
        assert len(priorities) == len(set(priorities)), spec.name


def test_the_data_is_ascii_json_and_even_a_lone_surrogate_comes_back():
    from isv_desktop.knowledge.criteria_library import load_criteria_library

    snapshot = DossierContents(Dossier(title="Titel \ud800 😀", subject="宁波 \uffff\x00 =1+1", organisation="@x"))
    context = ExportContext(datetime(2026, 3, 2, 9, 0), "0.1.0", load_criteria_library())
    buffer = io.BytesIO()
    write_dossier_workbook(snapshot, context, buffer)
    data = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))[DATA_SHEET]
    assert all(cell.value.isascii() and cell.data_type == "s" for row in data.iter_rows() for cell in row)
    assert read_dossier_workbook(io.BytesIO(buffer.getvalue())) == snapshot
