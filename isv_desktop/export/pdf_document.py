"""The document template every exported PDF uses.

- A4 pages with a header (document name left, dossier reference right) and a
  footer (dossier title left, "pagina X van Y" / "page X of Y" right). The
  canvas holds pages back until the total is known, so the document is laid
  out in a single pass.
- Document metadata: title, author, subject, keywords, creator, language.
- PDF bookmarks (outline) for every paragraph made with :func:`heading`.
- PDF/A-2b with a structure tree (tagged PDF): the frame tags what it places
  (:mod:`.pdf_tags`), :mod:`.pdf_archive` adds XMP, output intent and tree.
- Reproducible output: ``reportlab.rl_config.invariant = 1`` (no dates or
  random ids), so the same content gives the same bytes.
- Paragraph styles in :func:`document_styles`.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from isv_desktop.atomic_file import write_bytes_atomically
from isv_desktop.export.pdf_archive import make_archival
from isv_desktop.export.pdf_fonts import FontSet, font_runs, paragraph_markup, register_fonts, shorten_to_width
from isv_desktop.export.pdf_tags import TableTags, Tagger, TaggingFrame
from isv_desktop.export.pdf_texts import text
from isv_desktop.export.pdf_wrap import fit_long_words

rl_config.invariant = 1

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B7C3D0")
SHADE = colors.HexColor("#E8EEF4")
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FURNITURE_SIZE = 7.5
CELL_PADDING = 4
PDF_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True)
class PdfMeta:
    """What the PDF says about itself, and the running header and footer."""

    title: str
    author: str
    subject: str
    language: str = "nl"  # nl or en: the labels' language, and the PDF's /Lang
    keywords: tuple[str, ...] = ()
    creator: str = "ISV Desktop"
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""


@dataclass(frozen=True)
class DocumentStyles:
    """The paragraph styles of the exported documents."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    item: ParagraphStyle
    tick: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    fonts: FontSet = field(repr=False)


@lru_cache(maxsize=1)
def document_styles() -> DocumentStyles:
    """The shared styles (fonts registered on first use)."""
    fonts = register_fonts()
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=13.5, spaceAfter=5,
                          alignment=TA_LEFT, textColor=colors.black, bulletFontName=fonts.regular)

    def derived(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return DocumentStyles(
        title=derived("title", fontName=fonts.bold, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=2),
        subtitle=derived("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=12),
        heading1=derived("heading1", fontName=fonts.bold, fontSize=13.5, leading=17, textColor=ACCENT,
                         spaceBefore=14, spaceAfter=6),
        heading2=derived("heading2", fontName=fonts.bold, fontSize=10.5, leading=14, spaceBefore=10,
                         spaceAfter=2),
        heading3=derived("heading3", fontName=fonts.bold, fontSize=9.5, leading=13, spaceBefore=6,
                         spaceAfter=3),
        body=base,
        small=derived("small", fontSize=8, leading=10.5, textColor=MUTED),
        meta=derived("meta", fontName=fonts.italic, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4),
        item=derived("item", leftIndent=16, bulletIndent=3, spaceAfter=2),
        tick=derived("tick", leftIndent=22, bulletIndent=2, bulletFontSize=13, spaceAfter=7),
        cell=derived("cell", fontSize=8.5, leading=11, spaceAfter=0),
        cell_header=derived("cell_header", fontName=fonts.bold, fontSize=8.5, leading=11, spaceAfter=0),
        fonts=fonts,
    )


def para(plain_text: str, style: ParagraphStyle, **kwargs: object) -> Paragraph:
    """A paragraph showing plain text exactly (escaped, with font fallback)."""
    return Paragraph(paragraph_markup(plain_text), style, **kwargs)


def cell_para(plain_text: str, style: ParagraphStyle, column_width: float, padding: float = CELL_PADDING) -> Paragraph:
    """A table cell's paragraph: a word wider than the column gets lines of its own, hyphenated to fit."""
    bold = style.fontName == document_styles().fonts.bold
    return para(fit_long_words(plain_text, column_width - 2 * padding - 0.5, style.fontSize, bold), style)


def keep_space(height: float) -> CondPageBreak:
    """Start a new page unless ``height`` is left: put before a heading so it is not orphaned.

    The styles do not use ``keepWithNext``: reportlab then lays out the
    grouped flowables twice, which costs a third of the build time.
    """
    return CondPageBreak(height)


class KeepWithStart(CondPageBreak):
    """A new page unless ``heads`` and the start of ``following`` fit: a heading never ends a page.

    reportlab's own ``keepWithNext`` keeps the whole next flowable with the
    heading, so a long paragraph moves to the next page with it and leaves a
    half-empty page; this needs room only for the heads and the first
    ``lines`` lines of a paragraph (a table's header and first row).
    """

    def __init__(self, heads: Sequence[Flowable], following: Flowable, lines: int = 3) -> None:
        super().__init__(0)
        self._heads = list(heads)
        self._following = following
        self._lines = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        need = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self._heads)
        following = self._following
        _, height = following.wrap(availWidth, availHeight)
        if isinstance(following, Paragraph):
            height = min(height, self._lines * following.style.leading)
        elif isinstance(following, Table) and following._rowHeights:
            height = sum(following._rowHeights[:following.repeatRows + 1])
        self.height = need + following.getSpaceBefore() + height
        return super().wrap(availWidth, availHeight)


def keep_with_next(story: Sequence[Flowable], lines: int = 3) -> list[Flowable]:
    """The story with each run of flowables marked ``keepWithNext`` kept with the start of the next one.

    The marks are turned into a :class:`KeepWithStart` before the run (and
    cleared, so reportlab does not keep the next flowable whole as well).
    """
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        run = []
        while index < len(story) and getattr(story[index], "keepWithNext", False):
            story[index].keepWithNext = False
            run.append(story[index])
            index += 1
        if run and index < len(story):
            out.append(KeepWithStart(run, story[index], lines))
        out.extend(run)
        if index < len(story):
            out.append(story[index])
            index += 1
    return out


def heading(plain_text: str, style: ParagraphStyle, outline_level: int | None = 0) -> Paragraph:
    """A heading paragraph that gets a PDF bookmark at ``outline_level`` (None: none)."""
    paragraph = para(plain_text, style)
    paragraph.outline_level = outline_level
    paragraph.outline_title = " ".join(plain_text.split())
    return paragraph


def data_table(rows: Sequence[Sequence[str]], widths: Sequence[float], styles: DocumentStyles,
           header: bool = True, bold_first_column: bool = False) -> Table:
    """A grid of plain-text cells (escaped, font fallback); the first row is a header unless told.

    Rows repeat their header on a new page and may split inside a row, so a
    very long cell never stops the build. A word wider than its column is
    hyphenated on lines of its own (:func:`cell_para`), never cut mid-line.
    """
    data = []
    for index, row in enumerate(rows):
        cells = []
        for column, value in enumerate(row):
            is_header = (header and index == 0) or (bold_first_column and column == 0)
            cells.append(cell_para(value, styles.cell_header if is_header else styles.cell, widths[column]))
        data.append(cells)
    commands = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    if bold_first_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT",
                  renderCB=TableTags(1 if header else 0, 1 if bold_first_column else 0))
    table.setStyle(TableStyle(commands))
    return table


PagePainter = Callable[[Canvas, int, int], None]


class PageCountCanvas(Canvas):
    """Holds finished pages back until the end, so each can show the total page count.

    ``showPage`` keeps the page's state; ``save`` replays every page, lets
    ``page_painter(canvas, page, total)`` draw on it, and writes it. Layout
    happens once. Bookmarks made meanwhile point at the page being built.
    """

    def __init__(self, *args: object, page_painter: PagePainter | None = None, tagger: Tagger | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._page_painter = page_painter
        self._held_pages: list[dict[str, object]] = []
        self.isv_tagger = tagger

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def bookmarkPage(self, key: str, **kwargs: object) -> object:  # noqa: N802 (reportlab's name)
        document = self._doc
        counter = document.pageCounter
        document.pageCounter = counter + len(self._held_pages)  # the page this bookmark will be on
        try:
            return super().bookmarkPage(key, **kwargs)
        finally:
            document.pageCounter = counter

    def save(self) -> None:
        if self._code:  # a page in progress counts too
            self.showPage()
        held, self._held_pages = self._held_pages, []
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            if self._page_painter is not None:
                self.begin_artifact()
                self._page_painter(self, number, len(held))
                self.end_artifact()
            Canvas.showPage(self)
        Canvas.save(self)

    def begin_artifact(self) -> None:
        """What follows is page furniture (header, footer, page numbers), not content."""
        if self.isv_tagger is not None:
            self.isv_tagger.begin_artifact(self)

    def end_artifact(self) -> None:
        if self.isv_tagger is not None:
            self.isv_tagger.end(self)


class IsvDocTemplate(BaseDocTemplate):
    """A4 with header, footer "pagina X van Y", metadata and bookmarks for headings."""

    def __init__(self, target: str | BinaryIO, meta: PdfMeta) -> None:
        self.meta = meta
        self.styles = document_styles()
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=meta.title, author=meta.author, subject=meta.subject,
            creator=meta.creator, keywords=list(meta.keywords), lang=PDF_LANGUAGES.get(meta.language, meta.language),
            invariant=1,
            displayDocTitle=1, initialFontName=self.styles.fonts.regular,
        )
        frame = TaggingFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._bookmarks = 0
        self._furniture: tuple[list[tuple[str, str]], ...] | None = None

    def _line(self, plain: str, width: float) -> list[tuple[str, str]]:
        return font_runs(shorten_to_width(plain, width, FURNITURE_SIZE), fonts=self.styles.fonts)

    def _draw_runs(self, canvas: Canvas, runs: list[tuple[str, str]], x: float, y: float, right: bool) -> None:
        """Draw a line of (font, text) runs; the end at ``x`` when ``right``."""
        if right:
            x -= sum(canvas.stringWidth(run, font, FURNITURE_SIZE) for font, run in runs)
        for font, run in runs:
            canvas.setFont(font, FURNITURE_SIZE)
            canvas.drawString(x, y, run)
            x += canvas.stringWidth(run, font, FURNITURE_SIZE)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer of every page (the page count follows in ``paint_page_count``)."""
        if self._furniture is None:  # the same on every page: measure once
            half = self.width / 2 - 4 * mm
            self._furniture = (self._line(self.meta.header_left, half), self._line(self.meta.header_right, half),
                               self._line(self.meta.footer_left, self.width - 40 * mm))
        header_left, header_right, footer_left = self._furniture
        left, right = self.leftMargin, A4[0] - self.rightMargin
        top, bottom = A4[1] - 14 * mm, 11 * mm
        if isinstance(canvas, PageCountCanvas):
            canvas.begin_artifact()
        canvas.saveState()
        canvas.setFillColor(MUTED)
        self._draw_runs(canvas, header_left, left, top + 1.5, right=False)
        self._draw_runs(canvas, header_right, right, top + 1.5, right=True)
        self._draw_runs(canvas, footer_left, left, bottom + 1.2, right=False)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        canvas.line(left, bottom + 4.5 * mm, right, bottom + 4.5 * mm)
        canvas.restoreState()
        if isinstance(canvas, PageCountCanvas):
            canvas.end_artifact()
        if canvas.getPageNumber() == 1:
            canvas.showOutline()

    def paint_page_count(self, canvas: Canvas, page: int, total: int) -> None:
        """Draw "pagina X van Y" at the bottom right (called once the total is known)."""
        label = text("page.x_of", self.meta.language, page=page) + str(total)
        canvas.saveState()
        canvas.setFont(self.styles.fonts.regular, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - self.rightMargin, 11 * mm + 1.2, label)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        self._bookmarks += 1
        key = f"h{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=False)


def build_pdf(story: Sequence[Flowable], meta: PdfMeta, target: str | Path | BinaryIO | None = None) -> bytes:
    """Lay out ``story`` with the template; write to ``target`` if given and return the bytes."""
    buffer = io.BytesIO()
    document = IsvDocTemplate(buffer, meta)
    tagger = Tagger()
    document.build(list(story), canvasmaker=page_count_canvas(document.paint_page_count, tagger))
    return finish_pdf(buffer.getvalue(), meta, tagger, target)


def page_count_canvas(painter: PagePainter, tagger: Tagger | None) -> Callable[..., PageCountCanvas]:
    """The canvas maker for ``build``: pages held for ``painter``, content tagged by ``tagger``."""

    def canvas_maker(*args: object, **kwargs: object) -> PageCountCanvas:
        return PageCountCanvas(*args, page_painter=painter, tagger=tagger, **kwargs)

    return canvas_maker


def finish_pdf(data: bytes, meta: PdfMeta, tagger: Tagger | None, target: str | Path | BinaryIO | None) -> bytes:
    """reportlab's PDF made PDF/A-2b (tagged with ``tagger``'s structure), written to ``target`` if given."""
    data = make_archival(data, PDF_LANGUAGES.get(meta.language, meta.language), tagger)
    if isinstance(target, (str, Path)):
        write_bytes_atomically(target, data)  # whole or not at all; the old file stays if writing fails
    elif target is not None:
        target.write(data)
    return data
