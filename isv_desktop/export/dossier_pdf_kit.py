"""The building blocks the dossier PDF's chapters share: texts, dates, headings, tables, level colours.

Every text reaches reportlab through :func:`~.pdf_document.para` (escaped,
with font fallback); nothing here builds markup from text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from isv_desktop.domain.amounts import format_euro
from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.domain.risk.levels import Priority, RiskLevel
from isv_desktop.export.dossier_pdf_labels import format_day, label, text
from isv_desktop.export.pdf_document import ACCENT, DocumentStyles, data_table, document_styles, heading, para

TEXT_WIDTH = 170 * mm
DASH = "\u2014"
#: Fills of the level cells: light enough for black text, distinct in greyscale too.
LEVEL_FILLS: dict[str, colors.Color] = {
    "high": colors.HexColor("#F2B8B5"),
    "medium": colors.HexColor("#FCE3A6"),
    "low": colors.HexColor("#C8E6C9"),
    "unknown": colors.HexColor("#E3E3E3"),
}
#: Checkpoint: (done, total) → None; raises to cancel the export.
Checkpoint = Callable[[int, int], None]
#: reportlab lays out the rest of a split paragraph again on every page, so a paragraph (or a table cell) of
#: thousands of lines takes quadratic time. Body text goes in paragraphs of at most PARAGRAPH_LINES lines; a
#: cell with more than CELL_LINES lines flows as one paragraph with ¶ where the lines broke.
PARAGRAPH_LINES = 40
CELL_LINES = 150
PILCROW = " \u00b6 "


def cell_lines(text: str) -> str:
    """A table cell's text: line breaks kept, unless there are too many to lay out in reasonable time."""
    if text.count("\n") + text.count("\r") <= CELL_LINES:
        return text
    return PILCROW.join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


class Kit:
    """One dossier PDF being written: the snapshot, its context, the language and the styles."""

    def __init__(self, snapshot: DossierContents, context: ExportContext, language: str) -> None:
        self.snapshot = snapshot
        self.context = context
        self.language = language
        self.styles: DocumentStyles = document_styles()
        self.phase_style = ParagraphStyle("phase", parent=self.styles.heading2, textColor=ACCENT, fontSize=10,
                                          spaceBefore=12)
        self._chapter: int | None = None
        self._sections = 0

    # -- words -----------------------------------------------------------------------
    def t(self, message_id: str, **values: object) -> str:
        return text(message_id, self.language, **values)

    def label(self, value: Enum | None) -> str:
        return DASH if value is None else label(value, self.language)

    def day(self, value: date | None) -> str:
        return DASH if value is None else format_day(value, self.language)

    def euro(self, value: Decimal | None) -> str:
        return DASH if value is None else format_euro(value, self.language)

    def or_dash(self, value: str | None) -> str:
        return value if value and value.strip() else DASH

    def country(self, code: str | None) -> str:
        if not code:
            return DASH
        name = self.context.country_name(code, self.language)
        return code if name == code else f"{name} ({code})"

    def attachment(self, name: str | None, content: bytes | None) -> str:
        """An attachment's name and size ("rapport.pdf (120 kB)"), or a dash."""
        if not name:
            return DASH
        if content is None:
            return name
        return f"{name} ({self.t('size.kb', size=max(1, round(len(content) / 1024)))})"

    def supplier(self, number: int | None) -> str:
        return self.snapshot.supplier_name(number) or DASH

    # -- flowables ---------------------------------------------------------------------
    def p(self, plain: str, style: str = "body") -> Paragraph:
        return para(plain, getattr(self.styles, style))

    def paragraphs(self, plain: str, style: str = "body") -> list[Flowable]:
        """Free text as paragraphs: a new one at each blank line and after every PARAGRAPH_LINES lines."""
        flowables: list[Flowable] = []
        block: list[str] = []
        for line in plain.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            if line.strip():
                block.append(line)
            if block and (not line.strip() or len(block) == PARAGRAPH_LINES):
                flowables.append(self.p("\n".join(block), style))
                block = []
        if block:
            flowables.append(self.p("\n".join(block), style))
        return flowables

    def note(self, message_id: str, **values: object) -> Paragraph:
        return para(self.t(message_id, **values), self.styles.small)

    def chapter(self, title: str, number: int | None = None) -> list[Flowable]:
        """A chapter starts on a new page, with a level-0 bookmark; its sections are numbered after it."""
        self._chapter, self._sections = number, 0
        shown = title if number is None else f"{number}\u2002{title}"
        return [PageBreak(), heading(shown, self.styles.heading1, outline_level=0)]

    def section(self, title: str, room: float = 40 * mm) -> list[Flowable]:
        self._sections += 1
        shown = title if self._chapter is None else f"{self._chapter}.{self._sections}\u2002{title}"
        return [CondPageBreak(room), heading(shown, self.styles.heading2, outline_level=1)]

    def subsection(self, title: str, outline: int | None = 2, room: float = 30 * mm,
                   style: str = "heading3") -> list[Flowable]:
        """A heading below a section; ``style`` "phase" sets it off in the accent colour."""
        shown = self.phase_style if style == "phase" else getattr(self.styles, style)
        return [CondPageBreak(room), heading(title, shown, outline_level=outline)]

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              levels: dict[tuple[int, int], str] | None = None) -> Table:
        """A table with a header row; ``widths`` in millimetres; ``levels`` colours cells (column, row)."""
        rows = [[cell_lines(cell) for cell in row] for row in rows]
        table = data_table([list(header), *rows], [w * mm for w in widths], self.styles)
        commands = [("BACKGROUND", (column, row + 1), (column, row + 1), LEVEL_FILLS[level])
                    for (column, row), level in (levels or {}).items() if level in LEVEL_FILLS]
        if commands:
            table.setStyle(commands)
        return table

    def facts(self, rows: Sequence[tuple[str, str]], first: float = 48) -> Table:
        rows = [(name, cell_lines(value)) for name, value in rows]
        return data_table(rows, (first * mm, TEXT_WIDTH - first * mm), self.styles, header=False,
                          bold_first_column=True)

    @staticmethod
    def gap(height: float = 3) -> Spacer:
        return Spacer(1, height * mm)


def level_key(level: RiskLevel | Priority | None) -> str:
    """The fill key of a level or priority ("high", "medium", "low", "unknown")."""
    return "unknown" if level is None else level.value


__all__ = ["Kit", "Checkpoint", "DASH", "LEVEL_FILLS", "TEXT_WIDTH", "level_key"]
