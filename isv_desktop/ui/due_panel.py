"""For the home screen: what is overdue and what falls due in the next 30 days, across all dossiers.

Sorted by date, overdue items first and marked in words as well as colour;
activating a row (double-click, Enter, or the Open button) asks to open its
dossier at the step where the item is handled (the item's kind knows it).
Titles are the domain's (``DueItem.title``), in the interface language, from
the subject's current names.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.due import DueItem, DueState
from ..services.due import DueService
from .due_labels import LATE_MARK, day_text
from .narrowing import top_level_items
from .palette_colours import ERROR, text_colour

WITHIN_DAYS = 30
ITEM_ROLE = Qt.ItemDataRole.UserRole
DATE, STATUS, WHAT, DOSSIER = range(4)


class DuePanel(QWidget):
    open_requested = Signal(int, object)  # dossier id, StepId

    def __init__(self, due: DueService, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duePanel")
        self._due = due
        self._language = language
        self.title_label = QLabel(self.tr("Te doen"), self)
        self.title_label.setObjectName("dueTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("dueSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dueTree")
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Status"), self.tr("Wat"), self.tr("Dossier")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Wat te laat is en wat binnenkort moet"))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setObjectName("openDueButton")
        self.open_button.setToolTip(self.tr("Open het dossier bij de stap waar dit wordt afgehandeld"))
        self.tree.itemActivated.connect(lambda item, _column: self._request(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(lambda: self._request(self.tree.currentItem()))
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        due = self._due.due_list(WITHIN_DAYS)
        today = due.today
        chosen = self.current_item()
        self.tree.clear()
        for item in due.overdue + due.upcoming:
            self.tree.addTopLevelItem(self._row(item, today))
        if due.overdue and due.upcoming:
            text = self.tr("{late} te laat, {soon} in de komende {days} dagen.")
        elif due.overdue:
            text = self.tr("{late} te laat; verder niets in de komende {days} dagen.")
        elif due.upcoming:
            text = self.tr("Niets te laat; {soon} in de komende {days} dagen.")
        else:
            text = self.tr("Niets te laat en niets in de komende {days} dagen.")
        self.summary_label.setText(text.format(late=len(due.overdue), soon=len(due.upcoming), days=WITHIN_DAYS))
        if chosen is not None:
            self._select(chosen)
        self._update_button()

    def _row(self, item: DueItem, today: date) -> QTreeWidgetItem:
        days = (item.due_on - today).days
        late = item.state(today) is DueState.LATE
        if late:
            status = f"{LATE_MARK} " + self.tr("{days} dagen te laat").format(days=-days)
        elif days == 0:
            status = self.tr("vandaag")
        else:
            status = self.tr("over {days} dagen").format(days=days)
        what = item.title(self._language)
        row = QTreeWidgetItem([day_text(item.due_on, self._language), status, what, item.dossier_title])
        row.setData(DATE, ITEM_ROLE, item)
        row.setToolTip(WHAT, what)
        row.setToolTip(DOSSIER, item.dossier_title)
        if late:
            font = QFont(row.font(STATUS))
            font.setBold(True)
            for column in range(4):
                row.setForeground(column, text_colour(ERROR))
            row.setFont(STATUS, font)
        return row

    def current_item(self) -> DueItem | None:
        row = self.tree.currentItem()
        return row.data(DATE, ITEM_ROLE) if row is not None else None

    def _select(self, item: DueItem) -> None:
        for row in top_level_items(self.tree):
            shown = row.data(DATE, ITEM_ROLE)
            if (shown.kind, shown.subject_id) == (item.kind, item.subject_id):
                self.tree.setCurrentItem(row)
                return

    def items(self) -> list[DueItem]:
        return [row.data(DATE, ITEM_ROLE) for row in top_level_items(self.tree)]

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.tree.currentItem() is not None)

    def _request(self, row: QTreeWidgetItem | None) -> None:
        if row is None:
            return
        item: DueItem = row.data(DATE, ITEM_ROLE)
        self.open_requested.emit(item.dossier_id, item.step)
