"""The heat map of the risk scan: themes down, countries across, each cell coloured and lettered by level.

Drawn with reportlab graphics, so it stays vector (sharp in print). The
letter in each cell (H/G/L/O, or H/M/L/U in English) keeps the map
readable in black and white; a legend follows. More countries than fit
across the page give several maps, one under the other.
"""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from isv_desktop.domain.risk.assessment import ScanResult
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.export.dossier_pdf_labels import text
from isv_desktop.export.pdf_fonts import register_fonts, shorten_to_width

#: Strong fills for the map (the tables use the lighter ones).
MAP_FILLS = {
    RiskLevel.HIGH: colors.HexColor("#D64541"),
    RiskLevel.MEDIUM: colors.HexColor("#F2A93B"),
    RiskLevel.LOW: colors.HexColor("#5BA45F"),
    RiskLevel.UNKNOWN: colors.HexColor("#C9C9C9"),
}
_TEXT_ON = {RiskLevel.HIGH: colors.white, RiskLevel.MEDIUM: colors.black, RiskLevel.LOW: colors.white,
            RiskLevel.UNKNOWN: colors.black}
LETTERS = {"nl": {RiskLevel.HIGH: "H", RiskLevel.MEDIUM: "G", RiskLevel.LOW: "L", RiskLevel.UNKNOWN: "O"},
           "en": {RiskLevel.HIGH: "H", RiskLevel.MEDIUM: "M", RiskLevel.LOW: "L", RiskLevel.UNKNOWN: "U"}}
LABEL_WIDTH = 58 * mm
CELL_HEIGHT = 5.6 * mm
MAX_CELL_WIDTH = 13 * mm
MIN_CELL_WIDTH = 6.5 * mm
FONT_SIZE = 7
UNKNOWN_COLUMN = "?"


def column_label(column: str | None) -> str:
    return UNKNOWN_COLUMN if column is None else column


def heat_maps(result: ScanResult, width: float, language: str) -> list[Drawing]:
    """One drawing per slice of columns that fits ``width``, and the legend as the last drawing."""
    themes = [theme for theme in Theme if any((theme, column) in result.cells for column in result.columns)]
    columns = list(result.columns)
    if not themes or not columns:
        return []
    fits = max(1, int((width - LABEL_WIDTH) // MIN_CELL_WIDTH))
    count = -(-len(columns) // fits)
    per_map = -(-len(columns) // count)  # even slices: 20 columns make two maps of 10, not 17 and 3
    maps = [_map(result, themes, columns[start:start + per_map], width, language, per_map)
            for start in range(0, len(columns), per_map)]
    return maps + [legend(width, language, None in result.columns)]


def _map(result: ScanResult, themes: list[Theme], columns: list[str | None], width: float, language: str,
         per_map: int) -> Drawing:
    fonts = register_fonts()
    cell_width = min(MAX_CELL_WIDTH, (width - LABEL_WIDTH) / per_map)
    height = CELL_HEIGHT * (len(themes) + 1) + 2
    drawing = Drawing(LABEL_WIDTH + cell_width * len(columns), height, initialFontName=fonts.regular)
    top = height - CELL_HEIGHT
    for index, column in enumerate(columns):
        x = LABEL_WIDTH + index * cell_width + cell_width / 2
        drawing.add(String(x, top + 1.6 * mm, column_label(column), fontName=fonts.bold, fontSize=FONT_SIZE,
                           textAnchor="middle"))
    letters = LETTERS.get(language, LETTERS["nl"])
    for row, theme in enumerate(themes):
        y = top - (row + 1) * CELL_HEIGHT
        label = shorten_to_width(theme.label(language), LABEL_WIDTH - 2 * mm, FONT_SIZE)
        drawing.add(String(0, y + 1.8 * mm, label, fontName=fonts.regular, fontSize=FONT_SIZE))
        for index, column in enumerate(columns):
            assessment = result.cells.get((theme, column))
            level = assessment.level if assessment is not None else RiskLevel.UNKNOWN
            x = LABEL_WIDTH + index * cell_width
            drawing.add(Rect(x + 0.4, y + 0.4, cell_width - 0.8, CELL_HEIGHT - 0.8, fillColor=MAP_FILLS[level],
                             strokeColor=None))
            drawing.add(String(x + cell_width / 2, y + 1.8 * mm, letters[level], fontName=fonts.bold,
                               fontSize=FONT_SIZE, fillColor=_TEXT_ON[level], textAnchor="middle"))
    return drawing


def legend(width: float, language: str, with_unknown_column: bool) -> Drawing:
    fonts = register_fonts()
    drawing = Drawing(width, 6 * mm, initialFontName=fonts.regular)
    x = 0.0
    letters = LETTERS.get(language, LETTERS["nl"])
    for level in (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.UNKNOWN):
        drawing.add(Rect(x, 1.2 * mm, 4 * mm, 3.6 * mm, fillColor=MAP_FILLS[level], strokeColor=None))
        drawing.add(String(x + 2 * mm, 2.1 * mm, letters[level], fontName=fonts.bold, fontSize=6.5,
                           fillColor=_TEXT_ON[level], textAnchor="middle"))
        caption = level.label(language)
        drawing.add(String(x + 5.5 * mm, 2.1 * mm, caption, fontName=fonts.regular, fontSize=FONT_SIZE))
        x += 5.5 * mm + len(caption) * 1.6 * mm + 6 * mm
    if with_unknown_column:
        drawing.add(String(x, 2.1 * mm, text("heatmap.unknown_column", language, mark=UNKNOWN_COLUMN),
                           fontName=fonts.regular, fontSize=FONT_SIZE))
    return drawing
