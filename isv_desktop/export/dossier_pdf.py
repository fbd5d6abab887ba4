"""The dossier as a PDF report: cover, contents, one-page summary, the five steps in full, sources.

Built on the shared template (:mod:`.pdf_document`: header with the
reference, footer "pagina X van Y", metadata, bookmarks, reproducible bytes).
The table of contents costs no second layout pass: the template already holds
every page back until the last one is laid out (to know the page count), so
the contents page is drawn then, into the space a placeholder kept free, with
page numbers and links to the bookmarks.

``checkpoint(done, total)`` is called as the story is built and as reportlab
lays out each flowable; it may raise to cancel (nothing is written then).
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.export.dossier_pdf_criteria import criteria
from isv_desktop.export.dossier_pdf_kit import Checkpoint, Kit
from isv_desktop.export.dossier_pdf_monitoring import monitoring, sources
from isv_desktop.export.dossier_pdf_overview import applicability, cover, summary
from isv_desktop.export.dossier_pdf_risks import risk_scan
from isv_desktop.export.dossier_pdf_suppliers import suppliers
from isv_desktop.export.pdf_document import (
    ACCENT,
    MUTED,
    IsvDocTemplate,
    PdfMeta,
    finish_pdf,
    heading,
    page_count_canvas,
)
from isv_desktop.export.pdf_fonts import font_runs, shorten_to_width
from isv_desktop.export.pdf_tags import Tagger

#: Progress units: building the chapters, then laying out the flowables, then writing.
BUILD_UNITS, LAYOUT_UNITS, TOTAL_UNITS = 50, 900, 1000
CHAPTERS: tuple[Callable[[Kit], list[Flowable]], ...] = (summary, applicability, risk_scan, criteria, suppliers,
                                                         monitoring, sources)
TOC_LEVELS = 2  # chapters and their sections; deeper headings are bookmarks only


@dataclass(frozen=True)
class TocEntry:
    title: str
    level: int
    key: str
    page: int


class ContentsPlaceholder(Flowable):
    """Keeps the rest of its page free and remembers where; the entries are drawn there at the end."""

    def __init__(self) -> None:
        super().__init__()
        self.page: int | None = None
        self.box: tuple[float, float, float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, max(0.0, available_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.box = (x, y, self.width, self.height)
        self.page = len(self.canv._held_pages) + 1


class DossierDocTemplate(IsvDocTemplate):
    def __init__(self, target: BinaryIO, meta: PdfMeta, contents: ContentsPlaceholder, checkpoint: Checkpoint | None,
                 flowables: int) -> None:
        super().__init__(target, meta)
        self.contents = contents
        self.entries: list[TocEntry] = []
        self._checkpoint = checkpoint
        self._flowables = max(1, flowables)
        if checkpoint is not None:
            self.setProgressCallBack(self._progress)

    def _progress(self, kind: str, value: int) -> None:
        if kind == "PROGRESS" and self._checkpoint is not None:
            self._checkpoint(BUILD_UNITS + LAYOUT_UNITS * min(value, self._flowables) // self._flowables, TOTAL_UNITS)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        super().afterFlowable(flowable)
        level = getattr(flowable, "outline_level", None)
        if level is not None and level < TOC_LEVELS:
            page = len(self.canv._held_pages) + 1
            self.entries.append(TocEntry(flowable.outline_title, level, f"h{self._bookmarks}", page))

    def paint_page_count(self, canvas: Canvas, page: int, total: int) -> None:
        super().paint_page_count(canvas, page, total)
        if page == self.contents.page and self.contents.box is not None:
            self._draw_contents(canvas)

    def _draw_contents(self, canvas: Canvas) -> None:
        x, bottom, width, height = self.contents.box  # type: ignore[misc]
        entries = self.entries
        steps = {0: 8.2 * mm, 1: 5.6 * mm}
        if sum(steps[e.level] for e in entries) > height:
            entries = [e for e in entries if e.level == 0]
        fonts = self.styles.fonts
        y = bottom + height - 4 * mm
        canvas.saveState()
        for entry in entries:
            bold, size = (True, 10.5) if entry.level == 0 else (False, 9)
            y -= steps[entry.level] if entry is not entries[0] else 0
            indent = 0 if entry.level == 0 else 7 * mm
            number = str(entry.page)
            room = width - indent - 14 * mm
            runs = font_runs(shorten_to_width(entry.title, room, size, bold), bold=bold, fonts=fonts)
            canvas.setFillColor(ACCENT if entry.level == 0 else colors.black)
            cursor = x + indent
            for font, run in runs:
                canvas.setFont(font, size)
                canvas.drawString(cursor, y, run)
                cursor += canvas.stringWidth(run, font, size)
            canvas.setFont(fonts.bold if bold else fonts.regular, size)
            canvas.drawRightString(x + width, y, number)
            dots_end = x + width - canvas.stringWidth(number, fonts.regular, size) - 2 * mm
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.regular, size)
            dot = canvas.stringWidth(". ", fonts.regular, size)
            position = cursor + 2 * mm
            while position + dot < dots_end:
                canvas.drawString(position, y, ".")
                position += dot
            canvas.setFillColorRGB(0, 0, 0)
            canvas.linkRect("", entry.key, (x, y - 1.5, x + width, y + size), relative=0, thickness=0)
        canvas.restoreState()


def dossier_meta(snapshot: DossierContents, kit: Kit) -> PdfMeta:
    dossier = snapshot.dossier
    return PdfMeta(
        title=f"{kit.t('cover.kind')} \u2014 {dossier.title}",
        author=dossier.organisation,
        subject=kit.t("meta.subject", title=dossier.title),
        language=kit.language,
        keywords=tuple(k.strip() for k in kit.t("meta.keywords").split(",")),
        header_left=f"{kit.t('header.kind')} \u00b7 {dossier.organisation}" if dossier.organisation else kit.t("header.kind"),
        header_right=kit.t("meta.reference", reference=dossier.reference or "\u2014"),
        footer_left=dossier.title,
    )


def dossier_story(kit: Kit, contents: ContentsPlaceholder, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    story = cover(kit)
    story += [PageBreak(), heading(kit.t("contents.title"), kit.styles.heading1, outline_level=None), contents]
    for number, chapter in enumerate(CHAPTERS, start=1):
        if checkpoint is not None:
            checkpoint(BUILD_UNITS * number // len(CHAPTERS), TOTAL_UNITS)
        story += chapter(kit)
    return story


def build_dossier_pdf(snapshot: DossierContents, context: ExportContext, target: str | Path | BinaryIO | None = None,
                      language: str = "nl", checkpoint: Checkpoint | None = None) -> bytes:
    """The dossier as PDF bytes (Dutch or English); also written to ``target`` when given."""
    kit = Kit(snapshot, context, "en" if language.startswith("en") else "nl")
    contents = ContentsPlaceholder()
    story = dossier_story(kit, contents, checkpoint)
    buffer = io.BytesIO()
    meta = dossier_meta(snapshot, kit)
    document = DossierDocTemplate(buffer, meta, contents, checkpoint, len(story))
    tagger = Tagger()
    document.build(story, canvasmaker=page_count_canvas(document.paint_page_count, tagger))
    if checkpoint is not None:
        checkpoint(TOTAL_UNITS - 1, TOTAL_UNITS)
    return finish_pdf(buffer.getvalue(), meta, tagger, target)  # PDF/A-2b, tagged; the contents page an artifact
