"""How every visible worksheet prints: on A4, one page wide, the header row repeated on every page.

Without a paper size a spreadsheet program falls back to its own default (LibreOffice: US Letter in many
installations), and a wide table prints over several pages side by side.
"""
from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

A4 = Worksheet.PAPERSIZE_A4
#: Column widths (in characters) that fit across a portrait A4 page at the default margins; wider tables print
#: landscape.
PORTRAIT_WIDTH = 95


def print_on_a4(sheet: Worksheet | WriteOnlyWorksheet, landscape: bool, title_row: int | None = None,
                pages_high: int = 0) -> None:
    """A4 in the given orientation, fitted to one page wide (``pages_high`` pages high, 0: as many as
    needed), with ``title_row`` (a table's header row) repeated at the top of every printed page."""
    setup = sheet.page_setup
    setup.paperSize = A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, pages_high
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row is not None:
        sheet.print_title_rows = f"{title_row}:{title_row}"
