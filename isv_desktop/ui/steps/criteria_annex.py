"""The tender annex of step 3: save it as a PDF or an editable Word document, preview and print it, or put
it on the clipboard as formatted text."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QStandardPaths, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ...domain.annex_builder import UnknownCriterionError
from ...domain.messages import UserError
from ...file_names import safe_file_stem
from ...services.annex_files import annex_writer
from ...services.criteria import CriteriaService
from ..background_work import BackgroundWork, start_with_progress
from ..palette_colours import ERROR, text_style

if TYPE_CHECKING:
    from ..pdf_preview import PdfPreviewDialog



class AnnexActions(QObject):
    """Wires the annex buttons of the form; ``before`` stores pending edits first."""

    save_finished = Signal()  # the annex saved in the background was written, or could not be

    def __init__(self, criteria: CriteriaService, form, language: str, window: QWidget, before=None) -> None:
        super().__init__(window)
        self._criteria = criteria
        self._form = form
        self._language = language
        self._window = window
        self._before = before or (lambda: None)
        self._dossier_id: int | None = None
        self._folder: Path | None = None
        self.saved_path: Path | None = None
        self.preview_dialog: PdfPreviewDialog | None = None  # while the preview is open
        self.save_work: BackgroundWork | None = None  # the last annex saved in the background
        form.exportPdfButton.clicked.connect(self.export_pdf)
        form.exportDocxButton.clicked.connect(self.export_docx)
        form.previewAnnexButton.clicked.connect(self.preview)
        form.printAnnexButton.clicked.connect(self.print)
        form.copyTextButton.clicked.connect(self.copy_text)
        form.openFolderButton.clicked.connect(self.open_folder)
        # Ctrl+P and Ctrl+Shift+P are the main window's (File menu): from any step they come here

    def set_dossier(self, dossier_id: int) -> None:
        self._dossier_id = dossier_id
        self.saved_path = None
        self._form.openFolderButton.hide()
        self._say("")

    def default_file_name(self, suffix: str = ".pdf") -> str:
        assert self._dossier_id is not None, "the annex is of the dossier shown"
        content = self._criteria.annex_content(self._dossier_id, self._language)
        stem = safe_file_stem(content.reference) or safe_file_stem(content.dossier_title)
        prefix = self.tr("Bijlage ISV")
        return f"{prefix} {stem}{suffix}" if stem else f"{prefix}{suffix}"

    def export_pdf(self) -> None:
        self._export(".pdf", self.tr("PDF-bestanden (*.pdf)"))

    def export_docx(self) -> None:
        self._export(".docx", self.tr("Word-documenten (*.docx)"))

    def _export(self, suffix: str, file_filter: str) -> None:
        if self._dossier_id is None:
            return
        self._before()
        try:
            name = self.default_file_name(suffix)
        except (UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Bijlage ISV opslaan"), str(folder / name), file_filter
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:  # what the annex says is read here; it is laid out and written in the background (issue 15)
            write = annex_writer(self._criteria, self._dossier_id, suffix, self._language)
        except (UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            return
        self.save_work = work = BackgroundWork(lambda: write(target), self)
        work.succeeded.connect(lambda _result: self._saved(target))
        work.failed.connect(self._not_saved)
        work.finished.connect(self.save_finished)
        self._form.exportPdfButton.setEnabled(False)
        self._form.exportDocxButton.setEnabled(False)
        work.finished.connect(lambda: self._form.exportPdfButton.setEnabled(True))
        work.finished.connect(lambda: self._form.exportDocxButton.setEnabled(True))
        start_with_progress(work, self._window, self.tr("Bijlage ISV opslaan"))

    def _not_saved(self, error: Exception) -> None:
        if not isinstance(error, (OSError, UserError, UnknownCriterionError)):
            raise error  # a fault: the crash handler reports it
        self._say(self._problem(error), error=True)

    def _saved(self, target: Path) -> None:
        self._folder = target.parent
        self.saved_path = target
        self._say(self.tr("De bijlage is opgeslagen als {path}.").format(path=target))
        self._form.openFolderButton.show()
        self._form.openFolderButton.setFocus()

    def preview(self) -> None:
        """The annex in the preview window, from where it can be printed too."""
        from ..pdf_preview import PdfPreviewDialog

        with self._annex_pdf() as path:
            if path is not None:
                self.preview_dialog = dialog = PdfPreviewDialog(path, self._window, self._language)
                dialog.exec()
                self.preview_dialog = None

    def print(self) -> None:
        """The annex to a printer chosen in the system print dialog, its text kept as text."""
        from ..pdf_preview import print_pdf

        with self._annex_pdf() as path:
            if path is not None and print_pdf(path, self._window, self._language):
                self._say(self.tr("De bijlage is naar de printer gestuurd."))

    @contextmanager
    def _annex_pdf(self) -> Iterator[Path | None]:
        """The annex as it stands, as a PDF in a private temporary folder removed afterwards (None when it
        cannot be made: the reason is shown)."""
        if self._dossier_id is None:
            yield None
            return
        self._before()
        folder = QTemporaryDir()
        try:
            path = Path(folder.path()) / self.default_file_name(".pdf")
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._criteria.write_annex_pdf(self._dossier_id, path, self._language)
            finally:
                QApplication.restoreOverrideCursor()
        except (OSError, UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            yield None
            return
        try:
            yield path
        finally:
            folder.remove()

    def open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def copy_text(self) -> None:
        if self._dossier_id is None:
            return
        self._before()
        try:
            html, plain = self._criteria.annex_as_text(self._dossier_id, self._language)
        except (UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            return
        mime = QMimeData()
        mime.setHtml(html)
        mime.setText(plain)
        QGuiApplication.clipboard().setMimeData(mime)
        self._say(self.tr("De bijlage staat op het klembord, opgemaakt en als platte tekst. Plak die in uw eigen document."))

    def _problem(self, error: Exception) -> str:
        if isinstance(error, UserError):
            return error.message(self._language)
        if isinstance(error, UnknownCriterionError):
            return self.tr(
                "Criterium {id} staat niet meer in de criteriabibliotheek. Verwijder het uit de lijst en probeer het opnieuw."
            ).format(id=error.criterion_id)
        return self.tr("De bijlage kon niet worden opgeslagen: {reason}").format(
            reason=(error.strerror if isinstance(error, OSError) else None) or error)

    def _say(self, text: str, error: bool = False) -> None:
        self._form.annexStatus.setText(text)
        self._form.annexStatus.setStyleSheet(text_style(ERROR) if error else "")
        if error:
            self._form.openFolderButton.hide()
