"""The earlier signals as a model over SQL (issue 15): a page of 200 at a time, newest first, as the view scrolls.

The signals window listed every signal ever logged as a table of widget items, each date written out in words:
with 10,000 signals it took seconds to open. This model reads a page by keyset (SignalService.signals_page) and
writes a cell's text only when the view asks for it.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain.monitoring_records import Signal
from ..services.signals import SignalService
from .due_labels import day_text
from .steps.monitoring_labels import source_kind_label
from .steps.monitoring_widgets import short

PAGE = 200
SIGNAL_ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # the words the window's table always had (forms/signals_dialog.ui)
    return [translate("SignalsDialog", "Datum"), translate("SignalsDialog", "Bron"),
            translate("SignalsDialog", "Signaal"), translate("SignalsDialog", "Land"),
            translate("SignalsDialog", "Productgroep"), translate("SignalsDialog", "Leverancier of merk"),
            translate("SignalsDialog", "Vastgelegd op")]


class EarlierSignalsModel(QAbstractTableModel):
    def __init__(self, signals: SignalService, group_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._group_names = group_names  # product group id -> its name in the interface language
        self._rows: list[Signal] = []
        self._total = 0
        self._headers = _headers()

    def refresh(self) -> None:
        """Read again: the total, and as many rows as were read before (at least one page)."""
        wanted = max(PAGE, len(self._rows))
        self.beginResetModel()
        self._total = self._signals.signal_count()
        self._rows = self._signals.signals_page(None, wanted)
        self.endResetModel()

    # -- paging ------------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 (Qt API)
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 (Qt API)
        if not self.canFetchMore(parent):
            return
        more = self._signals.signals_page(self._rows[-1] if self._rows else None, PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def signal_at(self, row: int) -> Signal | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, signal_id: int) -> int | None:
        """The row of ``signal_id`` among the rows read so far."""
        return next((row for row, s in enumerate(self._rows) if s.id == signal_id), None)

    # -- the table ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        signal = self._rows[index.row()]
        if role == SIGNAL_ID_ROLE:
            return signal.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(signal, index.column())
            return text if role == Qt.ItemDataRole.ToolTipRole else short(text)
        return None

    def _text(self, s: Signal, column: int) -> str:
        if column == 0:
            return day_text(s.signal_date)
        if column == 1:
            return source_kind_label(s.source_kind)
        if column == 2:
            return s.text
        if column == 3:
            return s.country or ""
        if column == 4:
            return self._group_names.get(s.group_id, s.group_id) if s.group_id else ""
        if column == 5:
            return " / ".join(part for part in (s.supplier_name, s.brand) if part)
        return day_text(s.logged_on) if s.logged_on else ""
