"""Tagged PDF during layout: marked content around what reportlab draws, and the structure it belongs to.

reportlab's open-source edition cannot tag, so the template does it itself:

- :class:`TaggingFrame` wraps each flowable it places in a marked-content
  sequence (``/P <</MCID n>> BDC … EMC``) and records a structure element:
  headings by paragraph style (H1–H3), paragraphs (P), bulleted paragraphs
  as list items (L / LI / LBody), pictures and charts as figures with their
  alternative text (a flowable's ``alt_text``) and bounding box, anything
  else as Div;
- :class:`TableTags`, a table's ``renderCB``, tags each cell (Table / TR /
  TH with its scope / TD); the table's parts split over pages form one
  Table, the header rows repeated on a new page are artifacts, and so are the
  grid and the cell shading;
- page furniture (header, footer, page numbers) is drawn as ``/Artifact``.

:mod:`.pdf_archive` turns the recorded tree into the PDF's StructTreeRoot.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isStringOrNone
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Image, Paragraph, Table
from reportlab.platypus.flowables import CondPageBreak, PageBreak, Spacer

ROLE_BY_STYLE = {"title": "H1", "heading1": "H1", "heading2": "H2", "phase": "H2", "heading3": "H3"}
HEADING_ROLES = frozenset({"H1", "H2", "H3"})
_SILENT = (Spacer, CondPageBreak, PageBreak)


@dataclass(frozen=True)
class MarkedContent:
    """One marked-content sequence: its page (from 0) and its MCID there."""

    page: int
    mcid: int


@dataclass(eq=False)
class StructNode:
    """A structure element: a standard role, its kids (elements or marked content) and attributes."""

    role: str
    kids: list[StructNode | MarkedContent] = field(default_factory=list)
    alt: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    bbox: tuple[float, float, float, float] | None = None


class Tagger:
    """Records the structure while the canvas draws; one per document build."""

    def __init__(self) -> None:
        self.root = StructNode("Document")
        self._next_mcid: dict[int, int] = {}
        self._depth = 0  # > 0 inside a sequence: what is drawn there belongs to it
        self._list: StructNode | None = None

    @staticmethod
    def _page(canvas: Canvas) -> int:
        return len(getattr(canvas, "_held_pages", ()))

    def begin(self, canvas: Canvas, role: str) -> MarkedContent | None:
        self._depth += 1
        if self._depth > 1:
            return None
        page = self._page(canvas)
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        canvas._code.append(f"/{role} <</MCID {mcid}>> BDC")
        return MarkedContent(page, mcid)

    def begin_artifact(self, canvas: Canvas) -> None:
        self._depth += 1
        if self._depth == 1:
            canvas._code.append("/Artifact BMC")

    def end(self, canvas: Canvas) -> None:
        self._depth -= 1
        if self._depth == 0:
            canvas._code.append("EMC")

    @property
    def nested(self) -> bool:
        return self._depth > 0

    def attach(self, node: StructNode) -> None:
        """A top-level element, after the ones before it (ends a running list)."""
        self._list = None
        self.root.kids.append(node)

    def _list_item(self, node: StructNode) -> None:
        if self._list is None:
            self._list = StructNode("L")
            self.root.kids.append(self._list)
        self._list.kids.append(StructNode("LI", [node]))

    def draw_flowable(self, canvas: Canvas, flowable: Flowable, draw: Callable[[], None], x: float, y: float) -> None:
        """Draw ``flowable`` at (x, y) inside its marked content, and record its element."""
        if isinstance(flowable, _SILENT) or self.nested:
            draw()
            return
        if isinstance(flowable, Table):
            if getattr(flowable, "_renderCB", None) is None:
                flowable._renderCB = TableTags(header_rows=flowable.repeatRows)
            draw()
            return
        role, alt, bbox = self._role(flowable, canvas, x, y)
        node = StructNode("LBody" if role == "LI" else role, alt=alt, bbox=bbox)
        node.kids.append(self.begin(canvas, node.role))  # type: ignore[arg-type]
        try:
            draw()
        finally:
            self.end(canvas)
        if role == "LI":
            self._list_item(node)
        else:
            self.attach(node)

    @staticmethod
    def _role(flowable: Flowable, canvas: Canvas, x: float,
              y: float) -> tuple[str, str | None, tuple[float, float, float, float] | None]:
        if isinstance(flowable, Paragraph):
            if getattr(flowable, "bulletText", None) or getattr(flowable.style, "bulletText", None):
                return "LI", None, None
            return ROLE_BY_STYLE.get(flowable.style.name, "P"), None, None
        alt = getattr(flowable, "alt_text", None)
        if alt is None or not isinstance(flowable, (Image, Drawing)):
            return "Div", None, None
        width = getattr(flowable, "drawWidth", None) or flowable.width
        height = getattr(flowable, "drawHeight", None) or flowable.height
        left, bottom = canvas.absolutePosition(x, y)
        return "Figure", alt, (round(left, 2), round(bottom, 2), round(left + width, 2), round(bottom + height, 2))


class TableTags:
    """A table's ``renderCB``: Table, TR, TH (scope Column for header rows, Row for a header column), TD."""

    def __init__(self, header_rows: int = 0, header_columns: int = 0) -> None:
        self.header_rows = header_rows
        self.header_columns = header_columns
        self._tagger: Tagger | None = None
        self._node: StructNode | None = None
        self._parts = 0
        self._nested = False  # drawn inside another element's content: that element holds it
        self._skip = False  # a header row repeated on a new page
        self._row: StructNode | None = None

    def __call__(self, table: Table, event: str, *args: Any) -> None:
        canvas = table.canv
        tagger: Tagger | None = getattr(canvas, "isv_tagger", None)
        if tagger is None:
            return
        if event == "startTable":
            if tagger is not self._tagger:
                self._tagger, self._node, self._parts = tagger, None, 0
            self._nested = tagger.nested
            if not self._nested:
                if self._node is None:
                    self._node = StructNode("Table")
                    tagger.attach(self._node)
                self._parts += 1
            return
        if self._nested or self._node is None:
            return
        if event in ("startBG", "startLines"):
            tagger.begin_artifact(canvas)
        elif event in ("endBG", "endLines"):
            tagger.end(canvas)
        elif event == "startRow":
            self._skip = self._parts > 1 and args[0] < table.repeatRows
            if self._skip:
                tagger.begin_artifact(canvas)
            else:
                self._row = StructNode("TR")
                self._node.kids.append(self._row)
        elif event == "endRow" and self._skip:
            tagger.end(canvas)
        elif event == "startCell" and not self._skip and self._row is not None:
            row, column = args[0], args[1]
            if row < self.header_rows:
                cell = StructNode("TH", attributes={"O": "Table", "Scope": "Column"})
            elif column < self.header_columns:
                cell = StructNode("TH", attributes={"O": "Table", "Scope": "Row"})
            else:
                cell = StructNode("TD")
            cell.kids.append(tagger.begin(canvas, cell.role))  # type: ignore[arg-type]
            self._row.kids.append(cell)
        elif event == "endCell" and not self._skip:
            tagger.end(canvas)


class TaggingFrame(Frame):
    """A frame that has the canvas's :class:`Tagger` (if any) tag every flowable it places."""

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:  # noqa: N803 (reportlab's name)
        tagger: Tagger | None = getattr(canv, "isv_tagger", None)
        if tagger is None:
            return super().add(flowable, canv, trySplit)
        original = flowable.drawOn

        def draw_on(canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
            tagger.draw_flowable(canvas, flowable, lambda: original(canvas, x, y, _sW=_sW), x, y)

        flowable.__dict__["drawOn"] = draw_on  # past a Drawing's attribute checks
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            del flowable.__dict__["drawOn"]


class FigureDrawing(Drawing):
    """A drawing (chart) with the alternative text its Figure element carries."""

    _attrMap = AttrMap(  # noqa: N815 - reportlab's name for a Drawing's attribute map
        BASE=Drawing, alt_text=AttrMapValue(isStringOrNone, desc="alternative text for the tags")
    )

    def __init__(self, width: float, height: float, alt_text: str, **kwargs: Any) -> None:
        super().__init__(width, height, **kwargs)
        self.alt_text = alt_text
