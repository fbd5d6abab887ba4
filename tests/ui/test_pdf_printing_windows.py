"""The Windows route: a printer on Windows gets the PDF drawn by PDFium on its device context, with the
dialog's choices in its settings (DEVMODE). The drawing itself runs only on Windows (it was run under Wine
with its PostScript driver printing to a file); here: the DEVMODE fields land where wingdi.h has them, and
the dialog's choices reach the job."""
from __future__ import annotations

import ctypes
import types

import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from isv_desktop.ui import pdf_printing, pdf_printing_windows
from isv_desktop.ui.pdf_printing import PrintError, print_document, print_route, windows_job
from isv_desktop.ui.pdf_printing_windows import PrintJob, WindowsPrintError, set_devmode_fields

WCHAR = ctypes.c_uint16  # Windows' WCHAR, whatever the platform's wchar_t


class DEVMODEW(ctypes.Structure):  # noqa: N801 - wingdi.h's name; the printer variant of the union
    _fields_ = [("dmDeviceName", WCHAR * 32), ("dmSpecVersion", ctypes.c_uint16), ("dmDriverVersion", ctypes.c_uint16),
                ("dmSize", ctypes.c_uint16), ("dmDriverExtra", ctypes.c_uint16), ("dmFields", ctypes.c_uint32),
                ("dmOrientation", ctypes.c_int16), ("dmPaperSize", ctypes.c_int16), ("dmPaperLength", ctypes.c_int16),
                ("dmPaperWidth", ctypes.c_int16), ("dmScale", ctypes.c_int16), ("dmCopies", ctypes.c_int16),
                ("dmDefaultSource", ctypes.c_int16), ("dmPrintQuality", ctypes.c_int16), ("dmColor", ctypes.c_int16),
                ("dmDuplex", ctypes.c_int16), ("dmYResolution", ctypes.c_int16), ("dmTTOption", ctypes.c_int16),
                ("dmCollate", ctypes.c_int16), ("dmFormName", WCHAR * 32), ("dmLogPixels", ctypes.c_uint16),
                ("dmBitsPerPel", ctypes.c_uint32), ("dmPelsWidth", ctypes.c_uint32), ("dmPelsHeight", ctypes.c_uint32),
                ("dmDisplayFlags", ctypes.c_uint32), ("dmDisplayFrequency", ctypes.c_uint32),
                ("dmICMMethod", ctypes.c_uint32), ("dmICMIntent", ctypes.c_uint32), ("dmMediaType", ctypes.c_uint32),
                ("dmDitherType", ctypes.c_uint32), ("dmReserved1", ctypes.c_uint32), ("dmReserved2", ctypes.c_uint32),
                ("dmPanningWidth", ctypes.c_uint32), ("dmPanningHeight", ctypes.c_uint32)]


def test_the_dialogs_choices_land_in_the_devmode_fields_of_wingdi_h():
    assert ctypes.sizeof(DEVMODEW) == 220  # as Windows has it
    buffer = ctypes.create_string_buffer(ctypes.sizeof(DEVMODEW) + 40)  # a driver's private part follows
    devmode = DEVMODEW.from_buffer(buffer)
    devmode.dmSize, devmode.dmFields, devmode.dmPaperSize, devmode.dmPaperWidth = 220, 0x1, 9, 2100
    set_devmode_fields(buffer, PrintJob("Kantoor", "Bijlage", 1, 3, copies=3, collate=False,
                                        duplex=pdf_printing_windows.DMDUP_VERTICAL, grey=True))
    assert (devmode.dmCopies, devmode.dmCollate, devmode.dmDuplex, devmode.dmColor) == (3, 0, 2, 1)
    assert devmode.dmFields == 0x1 | 0x100 | 0x8000 | 0x1000 | 0x800  # orientation kept; copies, collate, duplex, colour
    assert (devmode.dmSize, devmode.dmPaperSize, devmode.dmPaperWidth) == (220, 9, 2100)  # the rest untouched


def a_windows_printer(monkeypatch) -> QPrinter:
    monkeypatch.setattr(pdf_printing, "sys", types.SimpleNamespace(platform="win32"))
    printer = QPrinter()
    printer.printerName = lambda: "Kantoor 2e verdieping"  # no such printer here: Qt would forget the name
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    return printer


def test_a_windows_printer_gets_the_device_route_with_the_dialogs_choices(qtbot, tmp_path, monkeypatch):
    printer = a_windows_printer(monkeypatch)
    printer.setDocName("Bijlage ISV")
    printer.setCopyCount(2)
    printer.duplex = lambda: QPrinter.DuplexMode.DuplexShortSide  # the PDF engine here has no two-sided printing
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    assert print_route(printer) == "device"
    assert windows_job(printer, 4) == PrintJob("Kantoor 2e verdieping", "Bijlage ISV", 2, 4, copies=2,
                                               collate=printer.collateCopies(),
                                               duplex=pdf_printing_windows.DMDUP_HORIZONTAL, grey=True)
    jobs = []
    monkeypatch.setattr(pdf_printing_windows, "print_on_device", lambda path, job: jobs.append((path, job)) or "gdi")
    path = tmp_path / "vier.pdf"
    canvas = Canvas(str(path))
    for _ in range(4):
        canvas.showPage()
    canvas.save()
    assert print_document(path, printer) == "device"
    assert jobs == [(path, windows_job(printer, 4))]

    def refuse(path, job):
        raise WindowsPrintError("StartDoc: 1804")

    monkeypatch.setattr(pdf_printing_windows, "print_on_device", refuse)
    with pytest.raises(PrintError, match="StartDoc: 1804"):
        print_document(path, printer)
