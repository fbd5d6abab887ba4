"""Export a dossier as PDF and Excel in the background, then preview, print or open the folder."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog

from ..domain.personal_data import left_out
from ..file_names import safe_file_stem
from .export_worker import ExportJob, ExportWorker
from .forms.export_dialog_ui import Ui_ExportDialog


def file_stem(reference: str, title: str) -> str:
    """A file name from the dossier's reference (or title) that every file system accepts (see file_names)."""
    return safe_file_stem(reference) or safe_file_stem(title) or "dossier"


class ExportDialog(QDialog):
    def __init__(
        self, database_path: Path, dossier_id: int, title: str, reference: str, language: str,
        today: Callable[[], date] = date.today, folder: Path | None = None, parent=None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ExportDialog()
        self.form.setupUi(self)
        self._database_path = database_path
        self._dossier_id = dossier_id
        self._language = language
        self._today = today
        self._stem = file_stem(reference, title)
        self._worker: ExportWorker | None = None
        self._progress: QProgressDialog | None = None
        self.written: list[Path] = []
        f = self.form
        f.dossierTitle.setText(title)
        f.languageCombo.addItem("Nederlands", "nl")
        f.languageCombo.addItem("English", "en")
        f.languageCombo.setCurrentIndex(f.languageCombo.findData(language))
        f.personalDataCheck.setToolTip(self.tr(
            "Weggelaten: {left_out}. Zonder vinkje komen ze mee, bijvoorbeeld voor het archief."
        ).format(left_out=left_out(language)))
        f.folderEdit.setText(str(folder or Path.home()))
        f.folderButton.clicked.connect(self._choose_folder)
        f.exportButton.clicked.connect(self.start)
        f.closeButton.clicked.connect(self.reject)
        f.previewButton.clicked.connect(self.preview)
        f.printButton.clicked.connect(self.print)
        f.openFolderButton.clicked.connect(self.open_folder)

    def targets(self) -> tuple[Path | None, Path | None]:
        f = self.form
        folder = Path(f.folderEdit.text().strip() or ".")
        pdf = folder / f"{self._stem}.pdf" if f.pdfCheck.isChecked() else None
        xlsx = folder / f"{self._stem}.xlsx" if f.xlsxCheck.isChecked() else None
        return pdf, xlsx

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de export"), self.form.folderEdit.text())
        if chosen:
            self.form.folderEdit.setText(chosen)

    def start(self) -> None:
        pdf, xlsx = self.targets()
        f = self.form
        first = pdf or xlsx
        if first is None:
            f.resultLabel.setText(self.tr("Kies PDF, Excel of beide."))
            return
        folder = first.parent
        if not folder.is_dir():
            f.resultLabel.setText(self.tr("De map {folder} bestaat niet.").format(folder=folder))
            return
        job = ExportJob(self._database_path, self._dossier_id, pdf, xlsx, f.languageCombo.currentData(),
                        not f.personalDataCheck.isChecked())
        self._worker = ExportWorker(job, self._today, self)
        self._progress = QProgressDialog(self.tr("Bezig met exporteren…"), self.tr("Annuleren"), 0, 1000, self)
        self._progress.setObjectName("exportProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.canceled.connect(self._worker.cancel)
        self._worker.progressed.connect(self._progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.was_cancelled.connect(self._cancelled)
        self._worker.finished.connect(self._finished)
        f.exportButton.setEnabled(False)
        self._worker.start()

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total - 1))

    def _succeeded(self, written: list) -> None:
        self.written = [Path(p) for p in written]
        names = "\n".join(str(p) for p in self.written)
        self.form.resultLabel.setText(self.tr("Opgeslagen:\n{files}").format(files=names))
        has_pdf = any(p.suffix == ".pdf" for p in self.written)
        self.form.previewButton.setEnabled(has_pdf)
        self.form.printButton.setEnabled(has_pdf)
        self.form.openFolderButton.setEnabled(bool(self.written))

    def _failed(self, message: str) -> None:
        self.form.resultLabel.setText(self.tr("Niet geëxporteerd: {message}").format(message=message))

    def _cancelled(self) -> None:
        self.form.resultLabel.setText(self.tr("Geannuleerd; er is geen bestand geschreven."))

    def _finished(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.form.exportButton.setEnabled(True)

    def wait_for_export(self, milliseconds: int = 60_000) -> bool:
        return self._worker is None or self._worker.wait(milliseconds)

    def _pdf(self) -> Path | None:
        return next((p for p in self.written if p.suffix == ".pdf"), None)

    def preview(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        pdf = self._pdf()
        if pdf is not None:
            PdfPreviewDialog(pdf, self, self._language).exec()

    def print(self) -> None:
        from .pdf_preview import print_pdf

        pdf = self._pdf()
        if pdf is not None:
            print_pdf(pdf, self, self._language)

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def reject(self) -> None:
        if self._worker is not None and self._worker.isRunning():
            self._worker.cancel()
            self._worker.wait()
        super().reject()

