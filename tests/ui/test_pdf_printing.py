"""Printing keeps the text as text: to a PDF file the PDF itself is written, to a CUPS printer it goes with
``lp``; elsewhere pages are painted band by band at the printer's resolution, one band alive at a time. The
preview renders at the screen's pixel ratio and fits the screen."""
from __future__ import annotations

import gc
import os
import stat
import weakref
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from isv_desktop.ui import pdf_preview
from isv_desktop.ui.pdf_preview import PdfPreviewDialog, print_pdf
from isv_desktop.ui.pdf_printing import (
    PrintError,
    lp_arguments,
    page_in_colour,
    paint_document,
    paint_pages,
    print_route,
    send_with_lp,
)

PAGES = 4


@pytest.fixture
def source(tmp_path) -> Path:
    """A four-page A4 PDF with a sentence on every page."""
    path = tmp_path / "dossier.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, PAGES + 1):
        canvas.drawString(72, 760, f"Pagina {number}: Opdrachtnemer meldt misstanden binnen dertig dagen.")
        canvas.showPage()
    canvas.save()
    return path


def texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def file_printer(target: Path, resolution: int = 600) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(resolution)
    printer.setOutputFileName(str(target))
    return printer


def test_printing_to_a_pdf_file_from_the_dialog_keeps_every_page_as_text(qtbot, source, tmp_path, monkeypatch):
    target = tmp_path / "afgedrukt.pdf"

    def accept(dialog):  # the buyer picks "print to file" in the system dialog
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_pdf(source) is True
    assert texts(target) == texts(source) and len(texts(target)) == PAGES
    assert texts(target)[2].startswith("Pagina 3: Opdrachtnemer meldt")
    assert target.read_bytes() == source.read_bytes()  # the PDF itself, not pictures of it


def test_a_page_range_writes_only_those_pages_still_as_text(qtbot, source, tmp_path):
    printer = file_printer(tmp_path / "deel.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_route(printer) == "file"
    pdf_preview.print_document(source, printer)
    assert texts(tmp_path / "deel.pdf") == texts(source)[1:3]


def test_painting_renders_bands_at_the_printer_resolution_into_one_buffer(qtbot, source, tmp_path, monkeypatch):
    alive: set[int] = set()
    most = {"alive": 0, "pixels": 0, "made": 0}
    rendered = []
    new = pdfium.PdfBitmap.new_native
    render = pdfium_c.FPDF_RenderPageBitmap

    def counted(*args, **kwargs):
        bitmap = new(*args, **kwargs)
        key = id(bitmap)
        alive.add(key)
        weakref.finalize(bitmap, alive.discard, key)
        most["alive"] = max(most["alive"], len(alive))
        most["pixels"] = max(most["pixels"], bitmap.width * bitmap.height)
        most["made"] += 1
        return bitmap

    def render_band(bitmap, page, x, y, width, height, rotation, flags):
        rendered.append((pdfium_c.FPDFBitmap_GetHeight(bitmap), -y, height, flags))
        return render(bitmap, page, x, y, width, height, rotation, flags)

    monkeypatch.setattr(pdfium.PdfBitmap, "new_native", counted)
    monkeypatch.setattr(pdfium_c, "FPDF_RenderPageBitmap", render_band)
    gc.disable()  # only reference counting frees the bands, as it does when printing
    try:
        printer = file_printer(tmp_path / "geschilderd.pdf", resolution=150)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        paint_pages(source, printer, band_pixels=100_000)
    finally:
        gc.enable()
    assert most["alive"] == 1 and most["made"] == 1  # one buffer for every band of every page
    assert most["pixels"] <= 100_000
    page_rows = round(A4[1] * 150 / 72)  # at the printer's 150 dpi, the page's own size
    assert {height for _rows, _top, height, _flags in rendered} == {page_rows}
    tops = [top for _rows, top, _height, _flags in rendered]
    step = tops[1]
    assert tops == PAGES * list(range(0, page_rows, step))  # every row of every page, band after band
    assert all(flags & pdfium_c.FPDF_PRINTING for *_rest, flags in rendered)
    assert len(PdfReader(tmp_path / "geschilderd.pdf").pages) == PAGES


def test_painted_at_the_devices_own_pixels_grey_where_the_page_has_no_colour(qtbot, tmp_path):
    path = tmp_path / "vlakken.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(72, A4[1] - 144, 72, 72, stroke=0, fill=1)  # an inch square, an inch from the top left corner
    canvas.showPage()
    canvas.setFillColorRGB(0.8, 0.1, 0.1)
    canvas.rect(72, A4[1] - 144, 72, 72, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(str(path))
    assert [page_in_colour(document[0]), page_in_colour(document[1])] == [False, True]
    device = QImage(round(A4[0] * 150 / 72), round(A4[1] * 150 / 72), QImage.Format.Format_RGB32)
    seen = []
    painter = QPainter(device)
    draw = painter.drawImage
    painter.drawImage = lambda point, band: seen.append(band.format()) or draw(point, band)
    for number in (0, 1):
        device.fill(0xFFFFFFFF)
        paint_document(document, range(number, number + 1), painter, 150, device.size(), lambda: None,
                       band_pixels=200_000)
        assert device.pixelColor(225, 225).getRgb()[:3] == ((0, 0, 0) if number == 0 else (204, 26, 26))
        assert device.pixelColor(145, 225).getRgb()[:3] == (255, 255, 255)  # an inch is 150 pixels: no scaling
        assert device.pixelColor(225, 305).getRgb()[:3] == (255, 255, 255)
    painter.end()
    document.close()
    assert set(seen[:3]) == {QImage.Format.Format_Grayscale8} and set(seen[-3:]) == {QImage.Format.Format_RGB32}


def test_a_cups_printer_gets_the_pdf_itself_with_the_dialogs_choices(qtbot, source, tmp_path, monkeypatch):
    log = tmp_path / "lp.log"
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    printer = QPrinter()
    printer.setDocName("Bijlage ISV")
    printer.setCopyCount(2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    send_with_lp(source, printer, "Kantoor-2e-verdieping")
    arguments = log.read_text().splitlines()
    assert arguments[:4] == ["-d", "Kantoor-2e-verdieping", "-t", "Bijlage ISV"]
    assert ["-n", "2"] == arguments[4:6] and "-P" in arguments and arguments[arguments.index("-P") + 1] == "2-3"
    assert "print-color-mode=monochrome" in arguments and "sides=one-sided" in arguments and arguments[-2:] == ["--", str(source)]


def test_a_refusing_printer_is_said_in_words(qtbot, source, tmp_path, monkeypatch):
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(PrintError, match="does not exist"):
        send_with_lp(source, QPrinter(), "Weg")
    assert lp_arguments(source, QPrinter(), "Weg")[:3] == ["lp", "-d", "Weg"]


def test_the_preview_renders_at_the_screens_pixel_ratio_and_fits_the_screen(qtbot, source, monkeypatch):
    monkeypatch.setattr(pdf_preview, "pixel_ratio", lambda widget: 2.0)
    preview = PdfPreviewDialog(source)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_pixmap(0) is not None)
    pixmap = preview.page_pixmap(0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == round(A4[0] * pdf_preview.PREVIEW_SCALE * 2)  # device pixels
    assert preview.page_labels[0].sizeHint().width() <= round(A4[0] * pdf_preview.PREVIEW_SCALE) + 2
    room = preview.screen().availableGeometry()
    assert preview.width() <= room.width() and preview.height() <= room.height()
    assert room.contains(preview.print_button.mapToGlobal(preview.print_button.rect().center()))


def long_document(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.drawString(72, 760, f"Pagina {number} van het dossier")
        canvas.showPage()
    canvas.save()
    return path


def test_the_preview_of_fourteen_pages_renders_only_those_in_view_as_they_scroll_in(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_preview, "pixel_ratio", lambda widget: 1.0)
    preview = PdfPreviewDialog(long_document(tmp_path / "dossier.pdf", 14))
    qtbot.addWidget(preview)
    assert preview.rendered == []  # nothing before it is shown
    preview.show()
    qtbot.waitUntil(lambda: bool(preview.rendered))
    visible = preview.visible_pages()
    assert preview.page_count == 14 and 1 <= len(visible) <= 2
    assert preview.rendered == visible  # only the pages in view, each once
    bar = preview.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # to the last page
    qtbot.waitUntil(lambda: 13 in preview.rendered)
    assert set(preview.rendered) == set(visible) | set(preview.visible_pages())  # none of the pages passed over
    for value in range(0, bar.maximum(), bar.pageStep()):  # through every page
        bar.setValue(value)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: set(preview.rendered) == set(range(14)))
    kept = [index for index in range(14) if preview.page_pixmap(index) is not None]
    assert len(kept) <= pdf_preview.CACHED_PAGES
    assert [index for index in range(14) if not preview.page_labels[index].pixmap().isNull()] == kept


def test_the_preview_renders_again_on_a_screen_of_another_pixel_ratio(qtbot, source, monkeypatch):
    ratio = {"now": 1.0}
    monkeypatch.setattr(pdf_preview, "pixel_ratio", lambda widget: ratio["now"])
    preview = PdfPreviewDialog(source)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_pixmap(0) is not None)
    assert preview.page_pixmap(0).width() == round(A4[0] * pdf_preview.PREVIEW_SCALE)
    ratio["now"] = 2.0  # dragged onto a high-density screen
    preview.resize(preview.width() - 1, preview.height())
    qtbot.waitUntil(lambda: preview.page_pixmap(0) is not None and preview.page_pixmap(0).devicePixelRatio() == 2.0)
    assert preview.page_pixmap(0).width() == round(A4[0] * pdf_preview.PREVIEW_SCALE * 2)
