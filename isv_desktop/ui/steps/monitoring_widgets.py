"""Small pieces the parts of step 5 (and the signals window) share: dates, tables, errors, files."""
from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.day_format import day_pattern
from ...domain.messages import UserError
from ...domain.risk_scan_record import MAX_ATTACHMENT_BYTES, validate_attachment
from ...domain.suppliers import Supplier, SupplierRole
from ..labels import interface_language
from ..narrowing import stored_id
from ..palette_colours import ERROR, text_colour, text_style
from .monitoring_labels import role_label

KEY_ROLE = Qt.ItemDataRole.UserRole
SHORT_TEXT = 80
NO_SUPPLIER = None


def short(text: str, limit: int = SHORT_TEXT) -> str:
    """One line of at most ``limit`` characters, for a table cell."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def show_error(label: QLabel, message: str | None, field: QWidget | None = None) -> None:
    """Show ``message`` in ``label`` (hide it for None) and tell the field's screen reader."""
    label.setStyleSheet(text_style(ERROR))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(message or "")
    label.setVisible(bool(message))
    if field is not None:
        field.setAccessibleDescription(message or "")
        if message:
            field.setFocus()


def set_up_date(edit: QDateEdit, day: date, language: str | None = None) -> None:
    """A date field showing days as the screens and files write them, in the interface language."""
    edit.setDisplayFormat(day_pattern(language or interface_language()))
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def set_up_table(table: QTableWidget, stretch_column: int | None = None) -> None:
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)


def fill_table(table: QTableWidget, rows: Sequence[tuple[object, list[str]]], late_rows: AbstractSet[int] = frozenset()) -> None:
    """Plain texts, one row per (key, texts); the first cell carries the key; late rows in red.

    The selected row stays selected; no selection signal is sent while filling.
    """
    key = selected_key(table)
    table.blockSignals(True)
    try:
        table.clearSelection()
        table.setRowCount(len(rows))
        for row, (row_key, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(short(text))
                item.setToolTip(text)
                if column == 0:
                    item.setData(KEY_ROLE, row_key)
                if row in late_rows:
                    item.setForeground(text_colour(ERROR))
                table.setItem(row, column, item)
        if key is not None:
            select_key(table, key)
    finally:
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


def fill_supplier_combo(combo: QComboBox, suppliers: list[Supplier]) -> None:
    """Offer "none in particular" and the suppliers in the contract (not the bidders who lost)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("MonitoringWidgets", "— geen in het bijzonder —"), NO_SUPPLIER)
    for supplier in suppliers:
        if supplier.role is not SupplierRole.BIDDER:
            combo.addItem(f"{supplier.name} ({role_label(supplier.role)})", supplier.id)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def supplier_names(suppliers: list[Supplier]) -> dict[int, str]:
    return {stored_id(s.id): s.name for s in suppliers}


def read_attachment(path: Path) -> tuple[str, bytes]:
    """The file's name and content; UserError (in the buyer's words) when it is too large or unreadable."""
    try:
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise UserError("attachment.too_large", limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        content = path.read_bytes()
    except OSError as error:
        raise AttachmentUnreadableError(str(error.strerror or error)) from None
    validate_attachment(path.name, content)
    return path.name, content


class AttachmentUnreadableError(Exception):
    """The chosen file cannot be read (gone, no permission)."""


def attachment_text(name: str | None, content: bytes | None) -> str:
    if not name:
        return QCoreApplication.translate("MonitoringWidgets", "Geen bestand")
    if content is None:
        return name
    return f"{name} ({QLocale().formattedDataSize(len(content))})"


def confirm(parent: QWidget, title: str, question: str, yes_text: str) -> bool:
    """Ask before removing or closing something; "No" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("monitoringConfirmBox")
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("MonitoringWidgets", "Annuleren"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
