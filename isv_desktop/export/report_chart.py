"""A target's chart: the figure per year as bars, the milestones and the goal as marks, 0–100 %.

Drawn with reportlab graphics shapes so every label uses the document's
fonts and the drawing is the same for the same progress (reproducible PDF).
Bars and marks differ in shape as well as colour, so the chart reads in black
and white print too. The drawing's default font is the document's (an unused
standard Helvetica would otherwise be named, unembedded), and it carries an
alternative text with every value for the tagged PDF's Figure element.
"""
from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from isv_desktop.domain.percentages import format_percent
from isv_desktop.domain.report_targets import TargetProgress
from isv_desktop.export.pdf_document import ACCENT, MUTED, RULE
from isv_desktop.export.pdf_fonts import register_fonts
from isv_desktop.export.pdf_tags import FigureDrawing
from isv_desktop.export.report_texts import text

MARK = colors.HexColor("#C55A11")
BAR_LIGHT = colors.HexColor("#9DB7D5")  # years before the report year
LABEL_SIZE = 7
CHART_HEIGHT = 52 * mm
ALT_TEXTS = {  # (nl, en)
    "alt.chart": ("Staafdiagram van de behaalde waarde per jaar, van 0 tot 100 %", "Bar chart of the value achieved per year, from 0 to 100%"),
    "alt.none": ("geen waarde", "no value"),
    "alt.milestone": ("(tussen)doel {value}", "milestone or goal {value}"),
}


def _alt(key: str, language: str, **values: object) -> str:
    return ALT_TEXTS[key][language != "nl"].format(**values)


def chart_alt_text(progress: TargetProgress, language: str = "nl") -> str:
    """The chart in words: every year's value and milestone, as the bars and marks show them."""
    schedule = {m.year: m.percent for m in progress.milestones}
    years = []
    for year, share in progress.history:
        value = format_percent(share.percent, language) if share is not None and share.percent is not None \
            else _alt("alt.none", language)
        if year in schedule:
            value += ", " + _alt("alt.milestone", language, value=format_percent(schedule[year], language, 0))
        years.append(f"{year}: {value}")
    return _alt("alt.chart", language) + ". " + "; ".join(years) + "."


def _y(percent: Decimal | float, bottom: float, height: float) -> float:
    return bottom + height * float(percent) / 100


def target_chart(progress: TargetProgress, width: float, language: str = "nl") -> Drawing:
    """Bars for the figure of each year up to the report year, diamonds for the schedule points."""
    fonts = register_fonts()
    drawing = FigureDrawing(width, CHART_HEIGHT, alt_text=chart_alt_text(progress, language),
                            initialFontName=fonts.regular)
    left, right, bottom, top = 11 * mm, 11 * mm, 7 * mm, 9 * mm
    plot_width, plot_height = width - left - right, CHART_HEIGHT - bottom - top
    for step in range(0, 101, 25):
        y = _y(step, bottom, plot_height)
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=RULE, strokeWidth=0.4 if step else 0.8))
        drawing.add(String(left - 2, y - 2.3, format_percent(step, language, 0),
                           fontName=fonts.regular, fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="end"))
    years = [year for year, _ in progress.history]
    slot = plot_width / max(1, len(years))
    bar = min(slot * 0.55, 14 * mm)
    schedule = {m.year: m.percent for m in progress.milestones}
    for index, (year, share) in enumerate(progress.history):
        centre = left + slot * (index + 0.5)
        weight = fonts.bold if year == progress.report_year else fonts.regular
        drawing.add(String(centre, bottom - 5.5, str(year), fontName=weight, fontSize=LABEL_SIZE,
                           fillColor=colors.black if year <= progress.report_year else MUTED, textAnchor="middle"))
        if share is not None and share.percent is not None:
            colour = ACCENT if year == progress.report_year else BAR_LIGHT
            height = max(0.6, _y(share.percent, 0, plot_height))
            drawing.add(Rect(centre - bar / 2, bottom, bar, height, fillColor=colour, strokeColor=None))
            inside = height >= 12  # the value in the bar's top, clear of a milestone mark just above it
            drawing.add(String(centre, bottom + height - 8 if inside else bottom + height + 1.5,
                               format_percent(share.percent, language), fontName=fonts.regular,
                               fontSize=LABEL_SIZE - 0.5, textAnchor="middle",
                               fillColor=colors.white if inside and colour == ACCENT else colors.black))
        if year in schedule:
            y = _y(schedule[year], bottom, plot_height)
            half = min(bar / 2 + 2.5, slot / 2 - 0.5)
            drawing.add(Line(centre - half, y, centre + half, y, strokeColor=MARK, strokeWidth=1.4))
            drawing.add(_diamond(centre, y, 2.4))
            drawing.add(String(centre + half + 1.5, y - 2.3, format_percent(schedule[year], language, 0),
                               fontName=fonts.regular, fontSize=LABEL_SIZE - 0.5, fillColor=MARK))
    _legend(drawing, width - 2 * mm, CHART_HEIGHT - 5.5, language, fonts.regular)
    return drawing


def _diamond(x: float, y: float, size: float) -> Polygon:
    return Polygon([x - size, y, x, y + size, x + size, y, x, y - size], fillColor=MARK, strokeColor=None)


def _legend(drawing: Drawing, right: float, y: float, language: str, font: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    items = ((text("chart.actual", language), "bar"), (text("chart.milestone", language), "mark"))
    x = right
    for label_text, kind in reversed(items):
        x -= stringWidth(label_text, font, LABEL_SIZE)
        drawing.add(String(x, y - 2.3, label_text, fontName=font, fontSize=LABEL_SIZE, fillColor=MUTED))
        x -= 3
        if kind == "bar":
            drawing.add(Rect(x - 6, y - 3, 6, 6, fillColor=ACCENT, strokeColor=None))
            x -= 6
        else:
            drawing.add(Line(x - 10, y, x, y, strokeColor=MARK, strokeWidth=1.4))
            drawing.add(_diamond(x - 5, y, 2.2))
            x -= 10
        x -= 10
