"""Printing a PDF the program wrote, its text kept as text wherever the system allows.

Four routes, best first (:func:`print_route`):

1. ``file`` — the print dialog's "print to file" (PDF): the PDF itself is written, the pages asked for only,
   whole or not at all (atomic_file). Nothing is rasterised.
2. ``lp`` — a printer on a system with CUPS (Linux, macOS): the PDF itself goes to the printer with ``lp``.
   CUPS prints PDF as it is: the text stays text and the printer's driver renders it at the printer's own
   resolution. Copies, page range, two-sided printing and grey scale from the dialog become ``lp`` options.
3. ``device`` — a printer on Windows: PDFium draws every page on the printer's own device context, as
   vectors, no pixels (PostScript passed through to a PostScript printer, its text set with fonts; GDI calls
   to any other), with the dialog's copies, sides and colour in the printer's settings (:mod:`pdf_printing_windows`).
4. ``raster`` — elsewhere (a printer without ``lp``): page by page at the printer's own resolution (at most
   :data:`RASTER_DPI`), each page rendered by PDFium in its print mode, in bands of at most
   :data:`BAND_PIXELS` pixels, into one reused buffer, in 8-bit grey where the page has no colour, drawn at
   the printer's pixels with no scaling in Qt; memory stays bounded whatever the resolution (before: every
   page at 200 dpi held at once, then enlarged to the printer's resolution: +1.2 GiB for 14 pages at
   1200 dpi).
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize
from PySide6.QtGui import QImage, QPainter

from ..atomic_file import output_file

RASTER_DPI = 600  # highest resolution the raster route renders at; a 1200-dpi printer gets 600 dpi, drawn to size
BAND_PIXELS = 4_000_000  # largest band of a page rendered at once: 4 million pixels, 16 MB
LP_TIMEOUT_SECONDS = 60
PAPER_SIZE_FIT = 0.99  # a page this close to the paper's size is the paper's size (rounding of millimetres)


class PrintError(Exception):
    """Printing failed; ``str(error)`` says why, in the program's language."""


@dataclass(frozen=True)
class PageRange:
    """The pages to print, 1-based and inclusive."""

    first: int
    last: int


def page_range(printer, page_count: int) -> PageRange:
    """The pages the dialog asked for (all when it asked for none), within the document."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    return PageRange(first, max(first, last))


def print_route(printer) -> str:
    """``file``, ``lp``, ``device`` or ``raster``: how :func:`print_document` sends the PDF to ``printer``."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file"
    if printer.printerName() and sys.platform == "win32":
        return "device"
    if printer.printerName() and shutil.which("lp"):
        return "lp"
    return "raster"


def windows_job(printer, page_count: int):
    """The dialog's choices on ``printer`` as a :class:`pdf_printing_windows.PrintJob`."""
    from PySide6.QtPrintSupport import QPrinter

    from . import pdf_printing_windows as windows

    pages = page_range(printer, page_count)
    sides = {QPrinter.DuplexMode.DuplexLongSide: windows.DMDUP_VERTICAL,
             QPrinter.DuplexMode.DuplexAuto: windows.DMDUP_VERTICAL,
             QPrinter.DuplexMode.DuplexShortSide: windows.DMDUP_HORIZONTAL}
    return windows.PrintJob(
        printer_name=printer.printerName(), document_name=printer.docName() or "ISV Desktop",
        first=pages.first, last=pages.last, copies=printer.copyCount(), collate=printer.collateCopies(),
        duplex=sides.get(printer.duplex(), windows.DMDUP_SIMPLEX),
        grey=printer.colorMode() == QPrinter.ColorMode.GrayScale, output_file=printer.outputFileName() or None)


def print_on_windows_printer(path: Path, printer) -> None:
    """The PDF drawn by PDFium on the Windows printer's own device context (:mod:`pdf_printing_windows`)."""
    import pypdfium2 as pdfium

    from . import pdf_printing_windows as windows

    document = pdfium.PdfDocument(str(path))
    try:
        page_count = len(document)
    finally:
        document.close()
    try:
        windows.print_on_device(path, windows_job(printer, page_count))
    except windows.WindowsPrintError as error:
        raise PrintError(_refused(str(error))) from error


def print_document(path: Path, printer) -> str:
    """Print the PDF at ``path`` on ``printer`` by the best route; returns the route taken."""
    route = print_route(printer)
    if route == "file":
        write_pages(path, Path(printer.outputFileName()), printer)
    elif route == "lp":
        send_with_lp(path, printer)
    elif route == "device":
        print_on_windows_printer(path, printer)
    else:
        paint_pages(path, printer)
    return route


def write_pages(path: Path, target: Path, printer) -> None:
    """The pages ``printer`` asks for, copied from the PDF as they are (text, fonts, tags kept)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(path))
    try:
        pages = page_range(printer, len(source))
        if (pages.first, pages.last) == (1, len(source)):
            data = path.read_bytes()
        else:
            chosen = pdfium.PdfDocument.new()
            try:
                chosen.import_pages(source, list(range(pages.first - 1, pages.last)))
                buffer = io.BytesIO()
                chosen.save(buffer)
                data = buffer.getvalue()
            finally:
                chosen.close()
    finally:
        source.close()
    with output_file(target) as out:
        out.write(data)


def lp_arguments(path: Path, printer, printer_name: str | None = None) -> list[str]:
    """The ``lp`` command that prints ``path`` as ``printer`` is set up in the dialog."""
    from PySide6.QtPrintSupport import QPrinter

    arguments = ["lp", "-d", printer_name or printer.printerName(), "-t", printer.docName() or path.name]
    if printer.copyCount() > 1:
        arguments += ["-n", str(printer.copyCount())]
        if printer.collateCopies():
            arguments += ["-o", "collate=true"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        arguments += ["-P", f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"]
    sides = {QPrinter.DuplexMode.DuplexNone: "one-sided", QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge"}
    arguments += ["-o", f"sides={sides.get(printer.duplex(), 'one-sided')}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        arguments += ["-o", "print-color-mode=monochrome"]
    arguments += ["--", str(path)]
    return arguments


def send_with_lp(path: Path, printer, printer_name: str | None = None) -> None:
    """Hand the PDF to CUPS; a refusal becomes a :class:`PrintError` with what ``lp`` said."""
    try:
        result = subprocess.run(lp_arguments(path, printer, printer_name), capture_output=True, text=True,
                                timeout=LP_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(_refused(str(error))) from error
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip() or f"lp: {result.returncode}"
        raise PrintError(_refused(reason))


def _refused(reason: str) -> str:
    message = QCoreApplication.translate("PdfPrinting", "De printer kreeg het document niet: {reason}")
    return message.format(reason=reason)


def page_in_colour(page) -> bool:
    """Whether anything on the page (text, lines, fills, also inside form objects) has a colour other than a
    grey, or is an image or shading that may have one: such a page is rendered in colour, any other in grey."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    for item in page.get_objects(max_depth=15):
        if item.type in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH):
            for colour in (pdfium_c.FPDFPageObj_GetFillColor, pdfium_c.FPDFPageObj_GetStrokeColor):
                if colour(item, red, green, blue, alpha) and not red.value == green.value == blue.value:
                    return True
        elif item.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if item.get_metadata().colorspace not in (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY,
                                                      pdfium_c.FPDF_COLORSPACE_CALGRAY):
                return True
        elif item.type == pdfium_c.FPDF_PAGEOBJ_SHADING:
            return True
    return False


class BandBuffer:
    """The one bitmap the bands of a print are rendered into, made again only when the band's size or colour
    changes (so once for a document of pages of one size), and the band as an image on its memory."""

    def __init__(self) -> None:
        self._bitmap = None
        self._key: tuple[int, int, bool] | None = None

    def band(self, page, width: int, height: int, top: int, rows: int, capacity: int, grey: bool) -> QImage:
        """Rows ``top`` to ``top + rows`` of ``page`` drawn at ``width`` × ``height`` device pixels, in a buffer
        of ``capacity`` rows: PDFium draws the whole page shifted up by ``top`` into it (exact to the pixel,
        unlike cropping in points), in its print mode; valid until the next band is asked for."""
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        key = (width, capacity, grey)
        if key != self._key:
            self._bitmap = None  # the old one goes before the new one comes
            self._bitmap = pdfium.PdfBitmap.new_native(
                width, capacity, pdfium_c.FPDFBitmap_Gray if grey else pdfium_c.FPDFBitmap_BGRx)
            self._key = key
        bitmap = self._bitmap
        assert bitmap is not None
        pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, width, rows, 0xFFFFFFFF)
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, -top, width, height, 0,
                                       pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING)
        return QImage(bitmap.buffer, width, rows, bitmap.stride,  # BGRx is Qt's own RGB32: drawn without converting
                      QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)


def page_bands(page, scale: float, band_pixels: int = BAND_PIXELS, grey: bool = False,
               buffer: BandBuffer | None = None) -> Iterator[tuple[int, QImage]]:
    """The page rendered at ``scale`` device pixels per point in horizontal bands of at most ``band_pixels``
    pixels: (top, image), each rendered when asked for into the one buffer, to be painted before the next."""
    buffer = buffer or BandBuffer()
    width_points, height_points = page.get_size()
    width, height = round(width_points * scale), round(height_points * scale)
    rows = min(height, max(1, band_pixels // max(1, width)))
    for top in range(0, height, rows):
        band = buffer.band(page, width, height, top, min(rows, height - top), rows, grey)
        yield top, band
        del band


def paint_document(document, numbers: range, painter: QPainter, resolution: int, paper: QSize, new_page,
                   grey: bool = False, band_pixels: int = BAND_PIXELS) -> None:
    """The pages ``numbers`` (0-based) of an open pypdfium2 document painted on ``painter``, whose device has
    ``resolution`` pixels per inch and ``paper`` pixels from its top left corner: each page at its own size
    (made smaller only where the paper is), rendered at the device's pixels and drawn as it is, with no
    scaling in Qt; ``new_page()`` between pages. In grey where ``grey`` or the page has no colour."""
    buffer = BandBuffer()
    natural = resolution / 72  # device pixels per point at the page's own size
    for number in numbers:
        if number != numbers[0]:
            new_page()
        page = document[number]
        try:
            width_points, height_points = page.get_size()
            fit = min(paper.width() / (width_points * natural), paper.height() / (height_points * natural))
            fit = 1.0 if fit > PAPER_SIZE_FIT else fit  # A4 on A4 (a pixel less by rounding): at its own size
            for top, band in page_bands(page, natural * fit, band_pixels, grey or not page_in_colour(page), buffer):
                painter.drawImage(QPoint(0, top), band)
        finally:
            page.close()


def paint_pages(path: Path, printer, band_pixels: int = BAND_PIXELS) -> None:
    """Paint the pages ``printer`` asks for on the whole paper, at the printer's resolution (asking for
    :data:`RASTER_DPI` where it has more), band by band."""
    import pypdfium2 as pdfium
    from PySide6.QtPrintSupport import QPrinter

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        pages = page_range(printer, len(document))
        printer.setFullPage(True)  # the PDF has its margins: the page goes on the paper as it is
        if printer.resolution() > RASTER_DPI:
            printer.setResolution(RASTER_DPI)  # the driver enlarges, not Qt
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("PdfPrinting", "De printer kon niet worden geopend."))
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).size().toSize()
        paint_document(document, range(pages.first - 1, pages.last), painter, printer.resolution(), paper,
                       printer.newPage, printer.colorMode() == QPrinter.ColorMode.GrayScale, band_pixels)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
