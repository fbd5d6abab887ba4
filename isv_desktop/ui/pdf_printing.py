"""Printing a PDF the program wrote, its text kept as text wherever the system allows.

Three routes, best first (:func:`print_route`):

1. ``file`` — the print dialog's "print to file" (PDF): the PDF itself is written, the pages asked for only,
   whole or not at all (atomic_file). Nothing is rasterised.
2. ``lp`` — a printer on a system with CUPS (Linux, macOS): the PDF itself goes to the printer with ``lp``.
   CUPS prints PDF as it is: the text stays text and the printer's driver renders it at the printer's own
   resolution. Copies, page range, two-sided printing and grey scale from the dialog become ``lp`` options.
3. ``raster`` — elsewhere (Windows, or no ``lp``): page by page at the printer's own resolution (at most
   :data:`RASTER_DPI`), each page rendered by PDFium in bands of at most :data:`BAND_PIXELS` pixels; one band
   is alive at a time, painted at its place and released, so memory stays bounded whatever the resolution
   (before: every page at 200 dpi held at once, then enlarged to the printer's resolution: +1.2 GiB for 14
   pages at 1200 dpi).
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QImage, QPainter

from ..atomic_file import output_file

RASTER_DPI = 600  # highest resolution the raster route renders at; a 1200-dpi printer gets 600 dpi, drawn to size
BAND_PIXELS = 4_000_000  # largest band of a page rendered at once: 4 million pixels, 16 MB
LP_TIMEOUT_SECONDS = 60


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
    """``file``, ``lp`` or ``raster``: how :func:`print_document` sends the PDF to ``printer``."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file"
    if printer.printerName() and sys.platform != "win32" and shutil.which("lp"):
        return "lp"
    return "raster"


def print_document(path: Path, printer) -> str:
    """Print the PDF at ``path`` on ``printer`` by the best route; returns the route taken."""
    route = print_route(printer)
    if route == "file":
        write_pages(path, Path(printer.outputFileName()), printer)
    elif route == "lp":
        send_with_lp(path, printer)
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


def page_bands(page, scale: float, band_pixels: int = BAND_PIXELS) -> Iterator[tuple[int, QImage]]:
    """The page rendered at ``scale`` in horizontal bands of at most ``band_pixels`` pixels: (top, image).

    Each band is rendered when asked for, PDFium drawing the whole page shifted up by ``top`` into a bitmap
    the band's size (exact to the pixel, unlike cropping in points); the caller paints it and lets it go
    before asking for the next.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    width_points, height_points = page.get_size()
    width, height = round(width_points * scale), round(height_points * scale)
    rows = max(1, band_pixels // max(1, width))
    flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING | pdfium_c.FPDF_REVERSE_BYTE_ORDER
    for top in range(0, height, rows):
        band_rows = min(rows, height - top)
        bitmap = pdfium.PdfBitmap.new_native(width, band_rows, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, band_rows)
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, -top, width, height, 0, flags)
        image = QImage(bitmap.buffer, width, band_rows, bitmap.stride, QImage.Format.Format_RGBX8888)
        yield top, image  # a view on the bitmap's memory: painted before the bitmap goes
        del image, bitmap


def paint_pages(path: Path, printer, band_pixels: int = BAND_PIXELS) -> None:
    """Paint the pages ``printer`` asks for, each at the printer's resolution (at most :data:`RASTER_DPI`),
    band by band."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        pages = page_range(printer, len(document))
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("PdfPrinting", "De printer kon niet worden geopend."))
        resolution = printer.resolution()
        dpi = min(resolution, RASTER_DPI)
        for number in range(pages.first - 1, pages.last):
            if number > pages.first - 1:
                printer.newPage()
            page = document[number]
            try:
                _paint_page(painter, page, dpi, resolution, band_pixels)
            finally:
                page.close()
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _paint_page(painter: QPainter, page, dpi: int, resolution: int, band_pixels: int) -> None:
    """One page fitted into the printable area, keeping its proportions."""
    target = painter.viewport()
    width_points, height_points = page.get_size()
    natural = resolution / 72  # device pixels per point at the page's own size
    fit = min(target.width() / (width_points * natural), target.height() / (height_points * natural), 1.0)
    to_device = natural * fit / (dpi / 72)  # device pixels per rendered pixel
    for top, band in page_bands(page, dpi / 72, band_pixels):
        painter.drawImage(QRect(target.x(), target.y() + round(top * to_device), round(band.width() * to_device),
                                round(band.height() * to_device)), band)
