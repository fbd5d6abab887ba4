"""A PDF shown inside the program and printed through the system print dialog.

Pages are rendered by PDFium (pypdfium2): the Qt wheels on PyPI carry no
QtPdf module, and rendering to images works the same on every platform.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_SCALE = 1.3  # 1 = 72 dpi
PRINT_DPI = 200


def render_pages(path: Path, scale: float) -> list[QImage]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
            images.append(image.copy())
        return images
    finally:
        document.close()


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Voorbeeld: {name}").format(name=path.name))
        self.path = path
        pages = QWidget(self)
        layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in render_pages(path, PREVIEW_SCALE):
            label = QLabel(pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea(self)
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Af&drukken…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(lambda: print_pdf(self.path, self))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(900, 1000)


def print_pdf(path: Path, parent=None) -> bool:
    """Ask for a printer with the system dialog and print every page; False when the buyer cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(path, printer)
    return True


def paint_pages(path: Path, printer) -> None:
    painter = QPainter(printer)
    try:
        for number, image in enumerate(render_pages(path, PRINT_DPI / 72)):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                                    Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
