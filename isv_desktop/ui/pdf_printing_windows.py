"""Printing a PDF on Windows through the printer's own device context, drawn by PDFium as vectors.

PDFium draws a page straight onto a printer's device context (``FPDF_RenderPage``, in pypdfium2's bindings on
Windows only): no bitmap of the page is made, the driver gets lines, fills and text at its own resolution.
A PostScript printer gets PostScript passed through (its text set glyph by glyph with fonts, not pixels); any
other gets GDI calls (lines and fills; text PDFium cannot hand to GDI as a font goes as glyph outlines). The
device context is made with the dialog's printer and its choices (copies, collation, two-sided, grey) set in
the printer's own settings (DEVMODE). Run under Wine with its PostScript driver printing to a file
(benchmarks/printing_windows.py): the 14-page dossier in 0.3 s, 1.4 MB of PostScript, against 1.4 s to
render its pages to 490 million pixels for the raster route.

Nothing here runs outside Windows; the module imports everywhere (ctypes' Windows parts are reached only
when printing).
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path

# GetDeviceCaps indexes
LOGPIXELSX, LOGPIXELSY = 88, 90
PHYSICALWIDTH, PHYSICALHEIGHT, PHYSICALOFFSETX, PHYSICALOFFSETY = 110, 111, 112, 113
# ExtEscape: can the driver take PostScript as it is?
QUERYESCSUPPORT, PASSTHROUGH = 8, 19
# DEVMODEW: byte offsets of the fields set here (wingdi.h; the same on 32 and 64 bits) and their dmFields bits
DM_SIZE_AT, DM_FIELDS_AT = 68, 72  # after dmDeviceName (32 WCHAR), dmSpecVersion and dmDriverVersion
DM_COPIES_AT, DM_COLOR_AT, DM_DUPLEX_AT, DM_COLLATE_AT = 86, 92, 94, 100
DM_COPIES, DM_COLOR, DM_DUPLEX, DM_COLLATE = 0x100, 0x800, 0x1000, 0x8000
DMCOLOR_MONOCHROME, DMCOLOR_COLOR = 1, 2
DMDUP_SIMPLEX, DMDUP_VERTICAL, DMDUP_HORIZONTAL = 1, 2, 3  # one-sided, long edge, short edge
DM_OUT_BUFFER = 2
# pdfium print modes (fpdf_edit.h / fpdfview.h)
# (modes 2 and 3 hide PostScript in an EMF's comments, for an EMF device context; a printer's own takes it
# through the PASSTHROUGH escape: mode 5; under Wine mode 3 printed empty pages)
FPDF_PRINTMODE_EMF, FPDF_PRINTMODE_POSTSCRIPT3_PASSTHROUGH = 0, 5


class WindowsPrintError(Exception):
    """The printer refused a step; ``str(error)`` names it."""


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog asked for, in plain values."""

    printer_name: str
    document_name: str
    first: int  # 1-based, inclusive
    last: int
    copies: int = 1
    collate: bool = True
    duplex: int = DMDUP_SIMPLEX
    grey: bool = False
    output_file: str | None = None  # "print to file" of the driver (a FILE: port), else the printer


def _failed(step: str) -> WindowsPrintError:
    return WindowsPrintError(f"{step}: {ctypes.get_last_error()}")  # type: ignore[attr-defined] # Windows only


def set_devmode_fields(devmode: ctypes.Array, job: PrintJob) -> None:
    """Write the job's copies, collation, sides and colour into a DEVMODEW buffer and mark them as set."""
    def put(offset: int, value: int) -> None:
        ctypes.c_short.from_buffer(devmode, offset).value = value

    put(DM_COPIES_AT, max(1, job.copies))
    put(DM_COLLATE_AT, 1 if job.collate else 0)
    put(DM_DUPLEX_AT, job.duplex)
    put(DM_COLOR_AT, DMCOLOR_MONOCHROME if job.grey else DMCOLOR_COLOR)
    fields = ctypes.c_uint32.from_buffer(devmode, DM_FIELDS_AT)
    fields.value |= DM_COPIES | DM_COLLATE | DM_DUPLEX | DM_COLOR


def _api():
    from ctypes import wintypes

    gdi32 = ctypes.WinDLL("gdi32", use_last_error=True)
    winspool = ctypes.WinDLL("winspool.drv", use_last_error=True)
    gdi32.CreateDCW.restype = wintypes.HDC
    gdi32.CreateDCW.argtypes = [wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.LPCWSTR, ctypes.c_void_p]
    gdi32.StartDocW.argtypes = [wintypes.HDC, ctypes.POINTER(DocInfo)]
    for name in ("StartPage", "EndPage", "EndDoc", "AbortDoc", "DeleteDC"):
        getattr(gdi32, name).argtypes = [wintypes.HDC]
    gdi32.GetDeviceCaps.argtypes = [wintypes.HDC, ctypes.c_int]
    gdi32.ExtEscape.argtypes = [wintypes.HDC, ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    winspool.OpenPrinterW.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(wintypes.HANDLE), ctypes.c_void_p]
    winspool.ClosePrinter.argtypes = [wintypes.HANDLE]
    winspool.DocumentPropertiesW.restype = ctypes.c_long
    winspool.DocumentPropertiesW.argtypes = [wintypes.HWND, wintypes.HANDLE, wintypes.LPCWSTR, ctypes.c_void_p,
                                             ctypes.c_void_p, wintypes.DWORD]
    return gdi32, winspool


class DocInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_int), ("lpszDocName", ctypes.c_wchar_p), ("lpszOutput", ctypes.c_wchar_p),
                ("lpszDatatype", ctypes.c_wchar_p), ("fwType", ctypes.c_uint32)]


def _devmode(winspool, job: PrintJob) -> ctypes.Array | None:
    """The printer's own settings with the job's choices in them (None: the printer's defaults)."""
    from ctypes import wintypes

    handle = wintypes.HANDLE()
    if not winspool.OpenPrinterW(job.printer_name, ctypes.byref(handle), None):
        return None
    try:
        size = winspool.DocumentPropertiesW(None, handle, job.printer_name, None, None, 0)
        if size <= 0:
            return None
        devmode = ctypes.create_string_buffer(size)
        if winspool.DocumentPropertiesW(None, handle, job.printer_name, devmode, None, DM_OUT_BUFFER) < 0:
            return None
        set_devmode_fields(devmode, job)
        return devmode
    finally:
        winspool.ClosePrinter(handle)


def print_on_device(path: Path, job: PrintJob) -> str:
    """Print pages ``job.first``–``job.last`` of the PDF at ``path``; returns the mode: ``postscript`` or ``gdi``."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    gdi32, winspool = _api()
    devmode = _devmode(winspool, job)
    device = gdi32.CreateDCW("WINSPOOL", job.printer_name, None, devmode)
    if not device:
        raise _failed(f"CreateDC {job.printer_name}")
    document = pdfium.PdfDocument(str(path))
    started = False
    try:
        escape = ctypes.c_int(PASSTHROUGH)
        postscript = gdi32.ExtEscape(device, QUERYESCSUPPORT, ctypes.sizeof(escape), ctypes.byref(escape), 0, None) > 0
        pdfium_c.FPDF_SetPrintMode(FPDF_PRINTMODE_POSTSCRIPT3_PASSTHROUGH if postscript else FPDF_PRINTMODE_EMF)
        info = DocInfo(ctypes.sizeof(DocInfo), job.document_name, job.output_file, None, 0)
        if gdi32.StartDocW(device, ctypes.byref(info)) <= 0:
            raise _failed("StartDoc")
        started = True
        resolution_x, resolution_y = gdi32.GetDeviceCaps(device, LOGPIXELSX), gdi32.GetDeviceCaps(device, LOGPIXELSY)
        offset_x, offset_y = gdi32.GetDeviceCaps(device, PHYSICALOFFSETX), gdi32.GetDeviceCaps(device, PHYSICALOFFSETY)
        paper = gdi32.GetDeviceCaps(device, PHYSICALWIDTH), gdi32.GetDeviceCaps(device, PHYSICALHEIGHT)
        for number in range(job.first - 1, min(job.last, len(document))):
            page = document[number]
            try:
                width, height = page.get_size()
                width_px, height_px = width * resolution_x / 72, height * resolution_y / 72
                fit = min(paper[0] / width_px, paper[1] / height_px)
                fit = 1.0 if fit > 0.99 else fit  # the paper's size, give or take rounding: the page's own size
                if gdi32.StartPage(device) <= 0:
                    raise _failed("StartPage")
                # the device's origin is the printable area's corner: the page goes on the paper's corner
                pdfium_c.FPDF_RenderPage(device, page, -offset_x, -offset_y, round(width_px * fit),
                                         round(height_px * fit), 0, pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING)
                if gdi32.EndPage(device) <= 0:
                    raise _failed("EndPage")
            finally:
                page.close()
        started = False
        if gdi32.EndDoc(device) <= 0:
            raise _failed("EndDoc")
        return "postscript" if postscript else "gdi"
    finally:
        if started:
            gdi32.AbortDoc(device)
        document.close()
        gdi32.DeleteDC(device)
