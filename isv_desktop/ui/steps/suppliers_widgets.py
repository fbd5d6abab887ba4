"""Small pieces the parts of step 4 share: dates in date fields, read-only tables, messages, files."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ...domain.day_format import day_pattern
from ..labels import interface_language
from ..palette_colours import ERROR, text_style

KEY_ROLE = Qt.ItemDataRole.UserRole
CELL_CHARACTERS = 160
TOOLTIP_CHARACTERS = 1500


def short(text: str, limit: int = CELL_CHARACTERS) -> str:
    """One line of at most ``limit`` characters, for a cell."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def tooltip(text: str) -> str:
    return text if len(text) <= TOOLTIP_CHARACTERS else text[:TOOLTIP_CHARACTERS].rstrip() + " …"


def set_up_date(edit: QDateEdit, day: date, language: str | None = None) -> None:
    """A date field showing days as the screens and files write them, in the interface language."""
    edit.setDisplayFormat(day_pattern(language or interface_language()))
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    set_date(edit, day)


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def show_error(label: QLabel, message: str | None, field: QWidget | None = None) -> None:
    """Show ``message`` in red under the field (hide it for None) and tell the field's screen reader."""
    label.setStyleSheet(text_style(ERROR))
    label.setText(message or "")
    label.setVisible(bool(message))
    if field is not None:
        field.setAccessibleDescription(message or "")
        field.setProperty("invalid", bool(message))


def set_up_table(table: QTableWidget, stretch_column: int) -> None:
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def fill_table(table: QTableWidget, rows: Sequence[tuple[object, list[str]]], colours: dict[int, QColor] | None = None) -> None:
    """One row per (key, texts); the first cell carries the key; rows in ``colours`` get that text colour.

    The selected row stays selected; no selection signal is sent while filling.
    """
    colours = colours or {}
    kept = selected_key(table)
    table.blockSignals(True)
    table.selectionModel().blockSignals(True)
    try:
        table.clearSelection()
        table.setRowCount(len(rows))
        for row, (key, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(short(text))
                if text:
                    item.setToolTip(tooltip(text))
                if column == 0:
                    item.setData(KEY_ROLE, key)
                if row in colours:
                    item.setForeground(colours[row])
                table.setItem(row, column, item)
        if kept is not None:
            select_key(table, kept)
    finally:
        table.selectionModel().blockSignals(False)
        table.blockSignals(False)


def selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(KEY_ROLE)


def select_key(table: QTableWidget, key: object) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(KEY_ROLE) == key:
            table.selectRow(row)
            return True
    return False


def xlsx_path_of(urls) -> Path | None:
    """The one local .xlsx file among dropped ``urls`` (QUrl), or None."""
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(local) != 1 or local[0].suffix.lower() != ".xlsx":
        return None
    return local[0]
