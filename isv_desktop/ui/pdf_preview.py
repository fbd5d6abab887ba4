"""A PDF shown inside the program and printed through the system print dialog.

Pages are rendered by PDFium (pypdfium2): the Qt wheels on PyPI carry no QtPdf module, and rendering to
images works the same on every platform. Pages are rendered when they scroll into view, never all up front:
every page has its place (its size is known without rendering it), only the pages in view are drawn, and at
most :data:`CACHED_PAGES` rendered pages are kept. They are rendered at the pixel ratio of the screen the
preview is on, again when it moves to a screen of another ratio, so they are sharp on a high-density screen;
the window fits the screen's available area. Printing keeps the text as text where the system allows
(:mod:`pdf_printing`).
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer
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
CACHED_PAGES = 6  # rendered pages kept besides those in view: scrolling back is instant, memory stays bounded
#: The preview's size when the screen has room for it; a smaller screen gets its available area less a margin.
PREFERRED_SIZE = QSize(900, 1000)
SCREEN_MARGIN = 40


def render_page(document, index: int, scale: float) -> QImage:
    """Page ``index`` of an open pypdfium2 document, rendered at ``scale`` device pixels per point."""
    bitmap = document[index].render(scale=scale, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
    return image.copy()  # its own memory: the bitmap goes


def render_pages(path: Path, scale: float) -> list[QImage]:
    """Every page of the PDF at ``path`` (the benchmark's route before; the preview renders page by page)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [render_page(document, index, scale) for index in range(len(document))]
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
        import pypdfium2 as pdfium

        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Voorbeeld: {name}").format(name=path.name))
        self.path = path
        # read into memory: the file may be removed while the preview is open (and Windows keeps open files)
        document = pdfium.PdfDocument(path.read_bytes())
        self._document: pdfium.PdfDocument | None = document
        self.page_count = len(document)
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()  # rendered pages, least recently seen first
        self._ratio = 0.0  # the pixel ratio the kept pages were rendered at
        self.rendered: list[int] = []  # every page rendered, in order (what the tests count)
        pages = QWidget(self)
        pages.setObjectName("previewPages")
        layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for index in range(self.page_count):
            width, height = document.get_page_size(index)
            label = QLabel(pages)
            label.setFixedSize(round(width * PREVIEW_SCALE), round(height * PREVIEW_SCALE))
            label.setAccessibleName(self.tr("Pagina {number} van {count}").format(number=index + 1,
                                                                                  count=self.page_count))
            label.setStyleSheet("QLabel { background: white; }")  # paper, until the page is drawn on it
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._pages = pages
        self._pages_layout = layout
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(pages)
        self.scroll_area.setWidgetResizable(True)
        self._pending = QTimer(self)  # scrolling and resizing render once the events settle
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.render_visible)
        for bar in (self.scroll_area.verticalScrollBar(), self.scroll_area.horizontalScrollBar()):
            bar.valueChanged.connect(lambda _value: self._pending.start())  # not start(msec): the value is no delay
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Af&drukken…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(lambda: print_pdf(self.path, self, language))
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self.resize(fitted_size(self))
        self.finished.connect(self._close_document)

    def visible_pages(self) -> list[int]:
        """The pages (0-based) of which some part is in the scroll area's view."""
        viewport = self.scroll_area.viewport()
        seen = QRect(self._pages.mapFrom(viewport, viewport.rect().topLeft()), viewport.size())
        return [index for index, label in enumerate(self.page_labels) if label.geometry().intersects(seen)]

    def page_pixmap(self, index: int) -> QPixmap | None:
        """Page ``index`` as rendered and kept, or None while it is not."""
        return self._pixmaps.get(index)

    def render_visible(self) -> None:
        """Render the pages in view that are not yet, at the screen's pixel ratio; let go of the oldest others."""
        if self._document is None or not self.isVisible():
            return
        ratio = pixel_ratio(self)
        if ratio != self._ratio:  # another screen: every kept page is at the wrong density
            for index in self._pixmaps:
                self.page_labels[index].clear()
            self._pixmaps.clear()
            self._ratio = ratio
        self._pages_layout.activate()
        visible = self.visible_pages()
        for index in visible:
            if index not in self._pixmaps:
                pixmap = QPixmap.fromImage(render_page(self._document, index, PREVIEW_SCALE * ratio))
                pixmap.setDevicePixelRatio(ratio)  # device pixels: sharp, at the size of a 1.3× page on any screen
                self.page_labels[index].setPixmap(pixmap)
                self._pixmaps[index] = pixmap
                self.rendered.append(index)
            self._pixmaps.move_to_end(index)
        while len(self._pixmaps) > max(CACHED_PAGES, len(visible)):
            index, _pixmap = self._pixmaps.popitem(last=False)
            self.page_labels[index].clear()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._pending.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._pending.start()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to a screen of another density
            self._pending.start()
        return super().event(event)

    def _close_document(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None


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
