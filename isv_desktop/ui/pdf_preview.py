"""A PDF shown inside the program and printed through the system print dialog.

Pages are rendered by PDFium (pypdfium2): the Qt wheels on PyPI carry no QtPdf module, and rendering to
images works the same on every platform. The preview renders at the screen's pixel ratio, so it is sharp on
a high-density screen, and its window fits the screen's available area. Printing keeps the text as text
where the system allows (:mod:`pdf_printing`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .pdf_printing import PrintError, print_document

PREVIEW_SCALE = 1.3  # 1 = 72 dpi, in the screen's logical pixels
#: The preview's size when the screen has room for it; a smaller screen gets its available area less a margin.
PREFERRED_SIZE = QSize(900, 1000)
SCREEN_MARGIN = 40


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


def pixel_ratio(widget: QWidget) -> float:
    """Device pixels per logical pixel on the screen ``widget`` is on (2 on most high-density screens)."""
    screen = widget.screen()
    return screen.devicePixelRatio() if screen is not None else widget.devicePixelRatioF()


def fitted_size(widget: QWidget, preferred: QSize = PREFERRED_SIZE) -> QSize:
    """``preferred``, made smaller where the screen's available area (without task bar or dock) is smaller."""
    screen = widget.screen()
    if screen is None:
        return preferred
    room = screen.availableGeometry()
    return QSize(min(preferred.width(), room.width() - SCREEN_MARGIN),
                 min(preferred.height(), room.height() - SCREEN_MARGIN))


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, parent=None, language: str = "nl") -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Voorbeeld: {name}").format(name=path.name))
        self.path = path
        pages = QWidget(self)
        layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        self.page_pixmaps: list[QPixmap] = []  # as rendered (a label hands back its own copy at its ratio)
        ratio = pixel_ratio(self)
        for image in render_pages(path, PREVIEW_SCALE * ratio):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)  # device pixels: sharp, at the size of a 1.3× page on any screen
            label = QLabel(pages)
            label.setPixmap(pixmap)
            self.page_pixmaps.append(pixmap)
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
        self.print_button.clicked.connect(lambda: print_pdf(self.path, self, language))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(fitted_size(self))


def print_pdf(path: Path, parent=None, language: str = "nl") -> bool:
    """Ask for a printer with the system dialog and print; False when the buyer cancels or printing fails
    (said in a message box)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ..domain.messages import UserError

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        print_document(path, printer)
    except (PrintError, OSError, UserError) as error:
        reason = error.message(language) if isinstance(error, UserError) else str(error)
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPreviewDialog", "Afdrukken"), reason)
        return False
    return True
