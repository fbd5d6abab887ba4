"""The lists of step 5 as one table model each (issue 15): a dossier's hundreds of meetings, audits and delivered
products are held as plain texts and drawn by a QTableView, which asks only for the rows it shows — no item
object per cell, no widget per row.

Each row is (key, texts): the key (the record's id) answers KEY_ROLE in the first column; a cell shows its text
on one line, shortened, with the whole text as its tooltip; late rows are written in the palette's error colour.
"""
from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..palette_colours import ERROR, text_colour
from .monitoring_widgets import KEY_ROLE, short

Row = tuple[object, Sequence[str]]
FITTED_ROWS = 40  # the rows a column's width is measured on: about a screenful
_Index = QModelIndex | QPersistentModelIndex


class KeyedRowsModel(QAbstractTableModel):
    """Rows of texts with a key each; ``show`` replaces them all."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []
        self._late: AbstractSet[int] = frozenset()
        self._late_colour: tuple[int, QColor] | None = None  # (palette's cache key, colour), worked out once per palette

    def show(self, rows: Sequence[Row], late_rows: AbstractSet[int] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._late = frozenset(late_rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def key(self, row: int) -> object | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int | None:
        return next((row for row, (row_key, _texts) in enumerate(self._rows) if row_key == key), None)

    def text(self, row: int, column: int) -> str:
        """The whole text of a cell (what its tooltip shows)."""
        texts = self._rows[row][1]
        return texts[column] if column < len(texts) else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return short(self.text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, column) or None
        if role == KEY_ROLE and column == 0:
            return self._rows[row][0]
        if role == Qt.ItemDataRole.ForegroundRole and row in self._late:
            return self._error_colour()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _error_colour(self) -> QColor:
        palette = QGuiApplication.palette()
        if self._late_colour is None or self._late_colour[0] != palette.cacheKey():
            self._late_colour = (palette.cacheKey(), text_colour(ERROR, palette))
        return self._late_colour[1]


def set_up_rows(view: QTableView, headers: Sequence[str], stretch_column: int) -> KeyedRowsModel:
    """Give ``view`` its model: one line per row, rows chosen whole and one at a time, not edited in place."""
    model = KeyedRowsModel(headers, view)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # every row as high: none is measured
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FITTED_ROWS)  # columns fit some rows, not all of them (0 would mean every
    # row while the view is hidden, as on a tab not chosen)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return model


def rows_model(view: QTableView) -> KeyedRowsModel:
    model = view.model()
    assert isinstance(model, KeyedRowsModel), model
    return model


def show_rows(view: QTableView, rows: Sequence[Row], late_rows: AbstractSet[int] = frozenset()) -> None:
    """Show ``rows``; the selected row stays selected; no selection signal is sent while showing."""
    key = selected_key(view)
    selection = view.selectionModel()
    selection.blockSignals(True)
    try:
        rows_model(view).show(rows, late_rows)
        if key is not None:
            select_key(view, key)
    finally:
        selection.blockSignals(False)


def selected_key(view: QTableView) -> object | None:
    rows = view.selectionModel().selectedRows()
    return rows_model(view).key(rows[0].row()) if rows else None


def select_key(view: QTableView, key: object) -> bool:
    row = rows_model(view).row_of(key)
    if row is None:
        return False
    select_row(view, row)
    return True


def select_row(view: QTableView, row: int) -> None:
    """Choose ``row`` whole, as a click does (current and selected)."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
