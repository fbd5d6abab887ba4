"""Writing the report's PDF or workbook without freezing the window.

The figures are computed on the GUI thread (the database connection belongs
to it); building the file from the finished ``YearlyReport`` — reportlab or
openpyxl, the slow part — runs on a worker thread. Meanwhile the cursor is
busy, a progress window appears if it takes a moment, and the buttons wait.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

PROGRESS_DELAY_MS = 300


class _Relay(QObject):
    """Carries the worker's outcome back to the GUI thread (queued, as it lives there)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None], target: Path, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._target = target
        self._relay = relay

    def run(self) -> None:  # on the worker thread
        try:
            self._work()
        except Exception as error:  # handed to the GUI thread, which says what went wrong
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(self._target)


class ReportExporter(QObject):
    """Runs one export at a time; ``finished(path)`` or ``failed(exception)`` arrive on the GUI thread."""

    finished = Signal(Path)
    failed = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def start(self, work: Callable[[], None], target: Path, label: str) -> bool:
        """Run ``work`` (which writes ``target``) on the worker thread; False when one is running already."""
        if self.busy:
            return False
        progress = QProgressDialog(label, "", 0, 0, self._window)
        progress.setObjectName("reportProgress")
        progress.setWindowTitle(self._window.windowTitle())
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)  # starts the delay after which it shows
        self._progress = progress
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._pool.start(_Job(work, target, self._relay))
        return True

    def wait(self) -> None:
        """Let a running export finish (before the dialog goes away)."""
        self._pool.waitForDone()
        QApplication.sendPostedEvents(self)

    def _end(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
            QApplication.restoreOverrideCursor()

    def _succeeded(self, target: Path) -> None:
        self._end()
        self.finished.emit(target)

    def _failed(self, error: Exception) -> None:
        self._end()
        self.failed.emit(error)
