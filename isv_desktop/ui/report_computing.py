"""The yearly report's figures computed in the background (issue 15).

A whole municipality's history takes a while to count (315 ms at 10,000 dossiers), so the report window asks
a worker thread for them. The worker opens its own connection to the dossier file (SQLite connections belong
to one thread; WAL lets it read while the window writes), as the signal matcher and the exports do
(ui/signal_matching.py, ui/export_worker.py). Each request carries a number: the window shows only the
answer to its latest request, so a year chosen while another is being counted never shows stale figures.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal


class ReportWorker(QThread):
    computed = Signal(int, object)  # the request's number, the YearlyReport
    failed = Signal(int, object)  # the request's number, the exception raised

    def __init__(self, number: int, database_path: Path, year: int, today: Callable[[], date],
                 parent=None) -> None:
        super().__init__(parent)
        self.number = number
        self.year = year
        self._path = database_path
        self._today = today

    def run(self) -> None:  # runs in the worker thread
        from ..services.session import open_session

        session = None
        try:
            # the window's session checked the file when it opened it: the bounded check is enough here
            session = open_session(self._path, self._today, whole_check=False)
            report = session.reports.compute(self.year)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which says it or raises it
            self.failed.emit(self.number, error)
            return
        finally:
            if session is not None:
                session.close()
        self.computed.emit(self.number, report)
