"""Signal matching in the background (issue 15), and the touched dossiers as a model.

Matching a signal against a municipality's history reads every dossier's suppliers, brands, sites and countries:
it runs in a worker thread with its own connection to the dossier file (SQLite connections belong to one thread;
WAL lets it read while the window writes), as the exports do (ui/export_worker.py). The dossiers it finds are
shown through ``TouchedModel``: one model, whatever their number, no widgets per row.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)

from ..domain.messages import UserError
from ..domain.monitoring_records import Signal as SignalRecord
from ..domain.signals import Touch
from .due_labels import DONE_MARK
from .steps.monitoring_labels import touch_reason_label

TITLE, REASONS, FOLLOWUP = range(3)
DOSSIER_ID_ROLE = Qt.ItemDataRole.UserRole


class MatchingWorker(QThread):
    progressed = Signal(int, int)  # done, total
    matched = Signal(int, object, list)  # the request's number, the signal, its touches
    failed = Signal(int, str)  # the request's number, a message for the buyer

    def __init__(self, number: int, database_path: Path, signal: SignalRecord, today: Callable[[], date],
                 language: str, parent=None) -> None:
        super().__init__(parent)
        self.number = number
        self._path = database_path
        self._signal = signal
        self._today = today
        self._language = language

    def run(self) -> None:  # runs in the worker thread
        from ..services.session import open_session

        session = None
        try:
            session = open_session(self._path, self._today)
            touches = session.signals.touched(self._signal, lambda done, total: self.progressed.emit(done, total))
        except UserError as error:
            self.failed.emit(self.number, error.message(self._language))
            return
        finally:
            if session is not None:
                session.close()
        self.matched.emit(self.number, self._signal, touches)


class TouchedModel(QAbstractTableModel):
    """The dossiers a signal touches: title, why, and whether its follow-up is open."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._touches: list[Touch] = []
        self._followed: set[int] = set()

    def show(self, touches: list[Touch], followed: set[int]) -> None:
        self.beginResetModel()
        self._touches = list(touches)
        self._followed = set(followed)
        self.endResetModel()

    def followed(self, dossier_id: int) -> None:
        self._followed.add(dossier_id)
        for row, touch in enumerate(self._touches):
            if touch.dossier_id == dossier_id:
                self.dataChanged.emit(self.index(row, FOLLOWUP), self.index(row, FOLLOWUP))

    def touch(self, row: int) -> Touch | None:
        return self._touches[row] if 0 <= row < len(self._touches) else None

    def row_of(self, dossier_id: int) -> int:
        return next((row for row, t in enumerate(self._touches) if t.dossier_id == dossier_id), -1)

    def has_followup(self, dossier_id: int) -> bool:
        return dossier_id in self._followed

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._touches)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        touch = self._touches[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == TITLE:
                return touch.title
            if index.column() == REASONS:
                return ", ".join(touch_reason_label(r) for r in touch.because)
            if touch.dossier_id not in self._followed:
                return ""
            return f"{DONE_MARK} " + QCoreApplication.translate("SignalsDialog", "Opvolging geopend")
        if role == DOSSIER_ID_ROLE:
            return touch.dossier_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Written out per call (no wrapper) so that lupdate finds them for the translation file.
            return (QCoreApplication.translate("SignalsDialog", "Dossier"),
                    QCoreApplication.translate("SignalsDialog", "Waarom"),
                    QCoreApplication.translate("SignalsDialog", "Opvolging"))[section]
        return None
