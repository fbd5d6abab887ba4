"""Work that takes longer than a glance, off the GUI thread, with a progress dialog (issue 15).

The work is a plain callable that touches no database connection (SQLite connections belong to one thread): what
it needs is read on the GUI thread first (a service gives the callable), the slow part — laying out a PDF,
writing a workbook — runs here. The exports, which read a whole dossier, open their own connection instead
(ui/export_worker.py).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class BackgroundWork(QThread):
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which says it or raises it
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


def start_with_progress(work: BackgroundWork, parent: QWidget, label: str) -> QProgressDialog:
    """Start ``work``; a busy dialog shows when it takes longer than 400 ms and closes when it ends."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)
    work.finished.connect(dialog.reset)
    work.finished.connect(dialog.deleteLater)
    work.start()
    return dialog
