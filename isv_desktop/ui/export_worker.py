"""Exports in the background: the window stays responsive and the buyer can cancel.

The worker opens its own connection to the dossier file (SQLite connections
belong to one thread); WAL lets it read while the window keeps writing.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QThread, Signal

from ..atomic_file import replacing
from ..domain.messages import UserError


@dataclass(frozen=True)
class ExportJob:
    database_path: Path
    dossier_id: int
    pdf: Path | None
    xlsx: Path | None
    language: str
    include_personal_data: bool


class ExportWorker(QThread):
    progressed = Signal(int, int)  # done, total (over all files)
    succeeded = Signal(list)  # the files written
    failed = Signal(str)  # a message for the buyer
    was_cancelled = Signal()

    def __init__(self, job: ExportJob, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self._job = job
        self._today = today
        self._cancel_requested = False

    def cancel(self) -> None:
        self._cancel_requested = True

    def run(self) -> None:  # runs in the worker thread
        from ..services.dossier_export import ExportCancelledError
        from ..services.session import open_session

        job = self._job
        steps = [(kind, target) for kind, target in (("pdf", job.pdf), ("xlsx", job.xlsx)) if target is not None]
        session = None
        try:
            session = open_session(job.database_path, self._today)
            # Both files are written to temporary files beside their targets and renamed into place only when
            # both are complete: a cancel or a failure halfway leaves the folder as it was (earlier files too).
            with ExitStack() as renamed_at_the_end:
                for index, (kind, target) in enumerate(steps):
                    def progress(done: int, total: int, index: int = index) -> None:
                        self.progressed.emit(index * 1000 + int(1000 * done / max(total, 1)), 1000 * len(steps))

                    temporary = renamed_at_the_end.enter_context(replacing(target))
                    with open(temporary, "wb") as out:
                        if kind == "pdf":
                            session.exports.write_pdf(job.dossier_id, out, job.language, job.include_personal_data,
                                                      progress, lambda: self._cancel_requested)
                        else:
                            session.exports.write_xlsx(job.dossier_id, out, job.include_personal_data,
                                                       progress, lambda: self._cancel_requested, job.language)
        except ExportCancelledError:
            self.was_cancelled.emit()  # nothing was written
            return
        except UserError as error:
            self.failed.emit(error.message(job.language))
            return
        except OSError as error:
            self.failed.emit(f"{error.filename or ''}: {error.strerror or error}")
            return
        finally:
            if session is not None:
                session.close()
        self.succeeded.emit([str(target) for _kind, target in steps])
