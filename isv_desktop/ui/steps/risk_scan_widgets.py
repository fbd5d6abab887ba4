"""Small pieces the parts of step 2 share: error messages beside a field, asking before removing."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from ..palette_colours import ERROR, text_style

if TYPE_CHECKING:
    from ...services.risk_scan import RiskScanService
    from ..forms.risk_scan_page_ui import Ui_RiskScanPage

SHORT_TEXT = 60


def short(text: str, limit: int = SHORT_TEXT) -> str:
    """One line of at most ``limit`` characters, for a table cell or a question."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def show_error(label: QLabel, message: str | None, field: QWidget | None = None) -> None:
    """Show ``message`` in ``label`` (hide it for None) and tell the field's screen reader."""
    label.setStyleSheet(text_style(ERROR))
    label.setText(message or "")
    label.setVisible(bool(message))
    if field is not None:
        field.setAccessibleDescription(message or "")


def confirm_removal(parent: QWidget, title: str, question: str) -> bool:
    """Ask before removing; "Niet verwijderen" is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent,
    )
    box.setObjectName("confirmRemovalBox")
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("RiskScanWidgets", "Verwijderen"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("RiskScanWidgets", "Niet verwijderen"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def fill_row(table: QTableWidget, row: int, texts: list[str], key: object) -> None:
    """Put plain texts in a table row; the first cell carries ``key`` (the stored item's id)."""
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column == 0:
            item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


class WheelGuard(QObject):
    """Lets the page scroll over a combo box without changing it (and storing a judgement by accident)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)


class RiskScanTab(QObject):
    """What every tab of the risk-scan page shares: the form, the service and the page's callbacks."""

    def __init__(
        self,
        form: "Ui_RiskScanPage",
        risk_scan: "RiskScanService",
        language: str,
        dossier_id: Callable[[], int | None],
        stored: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._service = risk_scan
        self._language = language
        self._dossier_id = dossier_id
        self._stored = stored
        self._page = parent
        self._build()

    def _build(self) -> None:
        """What the tab adds: its rows, lists and connections on the form (each tab overrides it)."""
