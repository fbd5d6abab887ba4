"""Import a shared dossier workbook in the background (issue 15).

Reading and checking a workbook and storing its dossier took 320 ms on the GUI thread. Here both run in a worker
thread with its own connection to the dossier file (SQLite connections belong to one thread; WAL lets it read
while the window writes), as the report figures do (ui/report_computing.py). Only the question — the file already
holds this dossier: import it as a copy, or cancel? — is asked on the GUI thread, between the two.

Nothing here waits: the question box is opened, not executed, and the worker's results arrive as queued
signals, so the window's event loop keeps running throughout (an earlier attempt executed the question from the
worker's result while the caller waited on the thread, and hung). ``finished`` says how it ended: the new
dossier's id, or None when nothing was stored (a refused file, Cancel, a failure).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QProgressDialog, QWidget

from ..domain.messages import UserError
from .background_work import BackgroundWork, start_with_progress


def in_own_session(database_path: Path, today: Callable[[], date], use: Callable) -> object:
    """``use(session)`` on a session of its own on the dossier file, closed afterwards (for a worker thread)."""
    from ..services.session import open_session

    # the window's session checked the file when it opened it: the bounded check is enough here
    session = open_session(database_path, today, whole_check=False)
    try:
        return use(session)
    finally:
        session.close()


class WorkbookImport(QObject):
    """One import of ``source`` into the dossier file at ``database_path``; call :meth:`start`."""

    finished = Signal(object)  # the new dossier's id, or None when nothing was stored

    def __init__(self, database_path: Path, source: Path, language: str, today: Callable[[], date],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._database_path = database_path
        self._source = source
        self._language = language
        self._today = today
        self._worker: BackgroundWork | None = None
        self.progress: QProgressDialog | None = None
        self.running = False

    def start(self) -> None:
        """Read and check the workbook in the background; the rest follows from its answer."""
        self.running = True
        source = self._source

        def read(session):
            snapshot = session.exports.read_xlsx(source)
            return snapshot, session.exports.existing(snapshot)

        self._run(read, self._read)

    def _run(self, use: Callable, succeeded: Callable) -> None:
        path, today = self._database_path, self._today
        worker = BackgroundWork(lambda: in_own_session(path, today, use), self)
        worker.succeeded.connect(succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(worker.deleteLater)
        self._worker = worker
        translate = QCoreApplication.translate  # the import's words stay with the export dialog's (as they were)
        self.progress = start_with_progress(worker, self._window, translate("ExportDialog", "Bezig met importeren…"))
        self.progress.setObjectName("importProgress")

    def _read(self, result: tuple) -> None:
        snapshot, existing = result
        if existing is None:
            self._store(snapshot, as_copy=False)
            return
        box, as_copy = question_box(existing, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(snapshot, box.clickedButton() is as_copy))
        box.open()  # window-modal, without a loop of its own: nothing here waits for the buyer

    def _answered(self, snapshot, as_copy: bool) -> None:
        if as_copy:
            self._store(snapshot, as_copy=True)
        else:
            self._end(None)  # Cancel stores nothing

    def _store(self, snapshot, as_copy: bool) -> None:
        language = self._language
        self._run(lambda session: session.exports.store(snapshot, as_copy=as_copy, language=language), self._end)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            self._end(None)
            raise error  # a fault of the program: the crash handler logs it
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ExportDialog", "Niet geïmporteerd"),
                          error.message(self._language),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("importRefusedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._end(None)

    def _end(self, dossier_id: int | None) -> None:
        self.running = False
        self.finished.emit(dossier_id)

    def wait(self) -> None:
        """Wait for the worker still running (the window closes: no thread outlives it)."""
        worker = self._worker
        if worker is not None:
            try:
                worker.wait()
            except RuntimeError:  # finished and deleted already
                self._worker = None


def question_box(existing, parent: QWidget | None = None) -> tuple[QMessageBox, QAbstractButton]:
    """The question whether a dossier the file already holds is imported as a copy, and its button saying yes."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("ExportDialog", "Dossier bestaat al"), "", parent=parent)
    box.setObjectName("dossierExistsBox")
    reference = existing.reference.strip() or translate("ExportDialog", "geen")
    box.setText(translate(
        "ExportDialog", "Dit dossier staat al in het bestand: ‘{title}’ (kenmerk: {reference}, dossier {number})."
    ).format(title=existing.title, reference=reference, number=existing.id))
    box.setInformativeText(translate(
        "ExportDialog", "Importeer het als kopie: de titel krijgt ‘(kopie)’ en de kopie telt niet mee in de "
                        "jaarrapportage. Of annuleer: dan wordt niets opgeslagen."))
    as_copy = box.addButton(translate("ExportDialog", "Als kopie importeren"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("ExportDialog", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, as_copy
