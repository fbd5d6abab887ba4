"""The tender annex of step 3: save it as a PDF, or put it on the clipboard as formatted text."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ...domain.annex_builder import UnknownCriterionError
from ...domain.messages import UserError
from ...file_names import safe_file_stem
from ...services.criteria import CriteriaService

ERROR_STYLE = "color: #b00020;"


class AnnexActions(QObject):
    """Wires the annex buttons of the form; ``before`` stores pending edits first."""

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
        form.exportPdfButton.clicked.connect(self.export_pdf)
        form.copyTextButton.clicked.connect(self.copy_text)
        form.openFolderButton.clicked.connect(self.open_folder)

    def set_dossier(self, dossier_id: int) -> None:
        self._dossier_id = dossier_id
        self.saved_path = None
        self._form.openFolderButton.hide()
        self._say("")

    def default_file_name(self) -> str:
        content = self._criteria.annex_content(self._dossier_id, self._language)
        stem = safe_file_stem(content.reference) or safe_file_stem(content.dossier_title)
        prefix = self.tr("Bijlage ISV")
        return f"{prefix} {stem}.pdf" if stem else f"{prefix}.pdf"

    def export_pdf(self) -> None:
        if self._dossier_id is None:
            return
        self._before()
        try:
            name = self.default_file_name()
        except (UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Bijlage ISV opslaan"), str(folder / name), self.tr("PDF-bestanden (*.pdf)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._criteria.write_annex_pdf(self._dossier_id, target, self._language)
        except (OSError, UserError, UnknownCriterionError) as error:
            self._say(self._problem(error), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._folder = target.parent
        self.saved_path = target
        self._say(self.tr("De bijlage is opgeslagen als {path}.").format(path=target))
        self._form.openFolderButton.show()
        self._form.openFolderButton.setFocus()

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
        return self.tr("De bijlage kon niet worden opgeslagen: {reason}").format(reason=error.strerror or error)

    def _say(self, text: str, error: bool = False) -> None:
        self._form.annexStatus.setText(text)
        self._form.annexStatus.setStyleSheet(ERROR_STYLE if error else "")
        if error:
            self._form.openFolderButton.hide()
