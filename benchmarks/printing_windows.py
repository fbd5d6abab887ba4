"""Windows printing benchmark: a PDF through the ``device`` route (PDFium drawing on the printer's device
context) against rendering its pages to pixels at the printer's resolution (the raster route's PDFium part,
without Qt), in the same run. Windows only: run it with a Windows Python that has pypdfium2, e.g. the one
``make windows-installer`` builds, under Wine:

    .venv/bin/python benchmarks/printing.py --keep /tmp/dossier.pdf     # the 14-page dossier (Linux)
    WINEPREFIX=... wine build/windows/python/python.exe benchmarks\\printing_windows.py --wine-file-printer \\
        Z:\\tmp\\dossier.pdf Z:\\tmp\\printed.ps

``--wine-file-printer`` first adds a printer "ISV Test" on Wine's PostScript driver (a generic A4 600-dpi
PostScript printer; with no CUPS Wine has none), and prints into the file named. Measured that way on the
2-core machine: 14 pages in 0.3 s (the first print of a process, loading the fonts, up to 2 s), 1.4 MB of
PostScript, its text 22,758 glyphs set with (Type 3) fonts, not pixels; rendering the pages to 490 million
pixels took 1.4 s.
"""
from __future__ import annotations

import ctypes
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PRINTER = "ISV Test"
GENERIC_PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "GENERIC.PPD"
*Manufacturer: "Generic"
*Product: "(Generic)"
*ModelName: "Generic PostScript Printer"
*NickName: "Generic PostScript Printer"
*ColorDevice: True
*DefaultResolution: 600dpi
*LanguageLevel: "3"
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]/ImagingBBox null>>setpagedevice"
*DefaultImageableArea: A4
*ImageableArea A4/A4: "18 18 577 824"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
"""


def add_wine_file_printer() -> None:
    """A printer named :data:`PRINTER` on Wine's PostScript driver, on the FILE: port (once per prefix)."""
    from ctypes import wintypes

    winspool = ctypes.WinDLL("winspool.drv")

    class DriverInfo3(ctypes.Structure):
        _fields_ = [("cVersion", wintypes.DWORD)] + [(name, wintypes.LPWSTR) for name in (
            "pName", "pEnvironment", "pDriverPath", "pDataFile", "pConfigFile", "pHelpFile", "pDependentFiles",
            "pMonitorName", "pDefaultDataType")]

    class PrinterInfo2(ctypes.Structure):
        _fields_ = [(name, wintypes.LPWSTR) for name in (
            "pServerName", "pPrinterName", "pShareName", "pPortName", "pDriverName", "pComment", "pLocation")] + [
            ("pDevMode", ctypes.c_void_p), ("pSepFile", wintypes.LPWSTR), ("pPrintProcessor", wintypes.LPWSTR),
            ("pDatatype", wintypes.LPWSTR), ("pParameters", wintypes.LPWSTR),
            ("pSecurityDescriptor", ctypes.c_void_p)] + [(name, wintypes.DWORD) for name in (
                "Attributes", "Priority", "DefaultPriority", "StartTime", "UntilTime", "Status", "cJobs", "AveragePPM")]

    folder = ctypes.create_unicode_buffer(260)
    needed = wintypes.DWORD()
    winspool.GetPrinterDriverDirectoryW(None, None, 1, folder, ctypes.sizeof(folder), ctypes.byref(needed))
    os.makedirs(folder.value, exist_ok=True)
    Path(folder.value, "generic.ppd").write_text(GENERIC_PPD, encoding="latin-1")
    driver = DriverInfo3(cVersion=3, pName="Wine PostScript Driver", pEnvironment="Windows x64",
                         pDriverPath="wineps.drv", pDataFile="generic.ppd", pConfigFile="wineps.drv")
    winspool.AddPrinterDriverW(None, 3, ctypes.byref(driver))
    printer = PrinterInfo2(pPrinterName=PRINTER, pPortName="FILE:", pDriverName="Wine PostScript Driver",
                           pPrintProcessor="WinPrint", pDatatype="RAW")
    winspool.AddPrinterW.restype = wintypes.HANDLE
    handle = winspool.AddPrinterW(None, 2, ctypes.byref(printer))
    if handle:
        winspool.ClosePrinter(wintypes.HANDLE(handle))


def render_to_pixels(source: Path, dpi: int) -> float:
    """Seconds to render every page at ``dpi`` in bands of the raster route, nothing drawn anywhere."""
    import pypdfium2 as pdfium

    from isv_desktop.ui.pdf_printing import BandBuffer, page_bands

    start = time.perf_counter()
    document = pdfium.PdfDocument(str(source))
    buffer = BandBuffer()
    for number in range(len(document)):
        page = document[number]
        for _top, _band in page_bands(page, dpi / 72, buffer=buffer):
            pass
        page.close()
    document.close()
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    if sys.platform != "win32":
        print("printing_windows.py runs on Windows (or under Wine) only")
        return 2
    from isv_desktop.ui.pdf_printing_windows import PrintJob, print_on_device

    if "--wine-file-printer" in argv:
        argv.remove("--wine-file-printer")
        add_wine_file_printer()
    source, target = Path(argv[0]), argv[1]
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(str(source)))
    job = PrintJob(PRINTER, source.name, 1, pages, output_file=target)
    runs, mode = [], ""
    for _ in range(3):
        start = time.perf_counter()
        mode = print_on_device(source, job)
        runs.append(time.perf_counter() - start)
    printed = Path(target).read_bytes()
    device_seconds = statistics.median(runs)
    pixels_seconds = render_to_pixels(source, 600)
    print(f"{pages} pages to '{PRINTER}' ({mode}): {device_seconds:.2f} s (runs {', '.join(f'{r:.2f}' for r in runs)}),"
          f" {len(printed) // 1024} KiB, {printed.count(b'%%Page:')} pages in the output, "
          f"{printed.count(b'>Tj')} glyphs set with fonts (PostScript Tj)")
    print(f"rendering the pages to pixels at 600 dpi: {pixels_seconds:.2f} s; ratio device / pixels: "
          f"{device_seconds / pixels_seconds:.2f}")
    glyphs_kept = mode != "postscript" or printed.count(b">Tj") > 0  # PostScript with no text printed blank pages
    return 0 if printed.count(b"%%Page:") in (0, pages) and glyphs_kept else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
