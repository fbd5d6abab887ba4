"""For the home screen: what is overdue and what falls due in the next 30 days, across all dossiers.

Sorted by date, overdue items first and marked in words as well as colour;
activating a row (double-click, Enter, or the Open button) asks to open its
dossier at the step where the item is handled (the item's kind knows it).
Titles are the domain's (``DueItem.title``), in the interface language, from
the subject's current names. "Alles tonen" lists every open item, however far
ahead. The list is a model over SQL: rows are read a page at a time (keyset on
date and id) as the view scrolls to them, and the count line is counted in SQL,
so a municipality's 100,000 items cost what 200 do. The view is a table with
rows of one height and columns fitted once a reload: a page coming in is not
laid out or measured row by row with every row read before it (a tree view
did both, and a page fetched deep in the list grew with it).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.due import DueItem, DueState
from ..services.due import DueService
from ..storage.due_repository import DuePosition
from .due_labels import LATE_MARK, day_text
from .lean_qt import (
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    HORIZONTAL,
    PLAIN_TEXT,
    TOOL_TIP_ROLE,
    USER_ROLE,
    set_enum_property,
    show_with_titles,
)
from .palette_colours import ERROR, text_colour

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

WITHIN_DAYS = 30
PAGE_SIZE = 200
FITTED_ROWS = 50  # the rows whose contents set the column widths
ITEM_ROLE = USER_ROLE
DATE, STATUS, WHAT, DOSSIER = range(4)
_Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """Open due items by date, read from SQL a page at a time: only the rows the view has reached exist.

    ``laid_out`` says whether the view has placed the rows it has: a view asks for more while it is being
    shown (and while hidden), before it knows where its rows are, and would read pages nobody will see.
    """

    def __init__(self, due: DueService, language: str, status_text: Callable[[DueItem, date], str],
                 headers: list[str], parent: QObject | None = None,
                 laid_out: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._laid_out = laid_out
        self._due = due
        self._language = language
        self._status_text = status_text
        self._headers = headers
        self._within: int | None = WITHIN_DAYS
        self._rows: list[tuple[DueItem, str, str, str, bool]] = []  # item, day, status, title, late
        self._late_colour = text_colour(ERROR)
        self._last: DuePosition | None = None
        self._more = False  # nothing to fetch before the first reload

    def reload(self, within_days: int | None) -> None:
        """Start again from the first page; ``within_days`` None lists every open item."""
        self.beginResetModel()
        self._within, self._rows, self._last, self._more = within_days, [], None, True
        self._late_colour = text_colour(ERROR)  # the palette may have changed (dark mode)
        self._read_page()
        self.endResetModel()

    def _read_page(self) -> None:
        page = self._due.page(self._within, self._last, PAGE_SIZE)
        self._more = len(page.items) == PAGE_SIZE
        self._last = page.last or self._last
        self._rows.extend(self._row(item, page.today) for item in page.items)

    def _row(self, item: DueItem, today: date) -> tuple[DueItem, str, str, str, bool]:
        """The row's texts, made once when it is read (the view asks for them at every paint)."""
        return (item, day_text(item.due_on, self._language), self._status_text(item, today), item.title(self._language),
                item.state(today) is DueState.LATE)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._more and self._laid_out()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802 (Qt API)
        if not self.canFetchMore(parent):
            return
        page = self._due.page(self._within, self._last, PAGE_SIZE)
        self._more = len(page.items) == PAGE_SIZE
        if not page.items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self._last = page.last
        self._rows.extend(self._row(item, page.today) for item in page.items)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 4

    def titles(self) -> list[str]:
        return list(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):  # noqa: N802 (Qt API)
        if orientation.value == HORIZONTAL and role == DISPLAY_ROLE:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        if not index.isValid():
            return None
        item, day, status, what, late = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            return (day, status, what, item.dossier_title)[column]
        if role == ITEM_ROLE:
            return item
        if role == TOOL_TIP_ROLE and column in (WHAT, DOSSIER):
            return what if column == WHAT else item.dossier_title
        if role == FOREGROUND_ROLE and late:
            return self._late_colour
        if role == FONT_ROLE and late and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def last_position(self) -> DuePosition | None:
        """Where the next page starts: the (date, id) of the last row read."""
        return self._last

    def item(self, row: int) -> DueItem:
        return self._rows[row][0]

    def items(self) -> list[DueItem]:
        return [row[0] for row in self._rows]


class DuePanel(QWidget):
    open_requested = Signal(int, object)  # dossier id, StepId

    def __init__(self, due: DueService, language: str, parent: QWidget | None = None, read_now: bool = True) -> None:
        """``read_now`` False: empty until ``refresh`` is called (the main window reads it after its first paint)."""
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
        set_enum_property(self.summary_label, "textFormat", PLAIN_TEXT)
        self.tree = QTableView(self)
        self.model = DueModel(due, language, self._status,
                              [self.tr("Datum"), self.tr("Status"), self.tr("Wat"), self.tr("Dossier")], self,
                              self._rows_laid_out)
        self.tree.setObjectName("dueTree")
        show_with_titles(self.tree, self.model, self.model.titles())
        self.tree.setShowGrid(False)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the list for the buttons, as in a tree
        self.tree.setWordWrap(False)
        rows = self.tree.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height for all: nothing measured per row
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAccessibleName(self.tr("Wat te laat is en wat binnenkort moet"))
        header = self.tree.horizontalHeader()
        # Widths are measured once a reload, on the first rows (``_fit_columns``), not again for every page read
        # as the view scrolls: ResizeToContents would measure every row read so far each time.
        header.setResizeContentsPrecision(FITTED_ROWS)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.show_all_button = QPushButton(self.tr("Alles &tonen"), self)
        self.show_all_button.setObjectName("showAllDueButton")
        self.show_all_button.setCheckable(True)
        self.show_all_button.setToolTip(self.tr("Ook wat later dan over {days} dagen moet").format(days=WITHIN_DAYS))
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setObjectName("openDueButton")
        self.open_button.setToolTip(self.tr("Open het dossier bij de stap waar dit wordt afgehandeld"))
        self.tree.activated.connect(self._request)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(lambda: self._request(self.tree.currentIndex()))
        self.show_all_button.toggled.connect(lambda _checked: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.show_all_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        self.read = False  # True once the items and counts have been read
        if read_now:
            self.refresh()

    def refresh(self) -> None:
        self.read = True
        chosen = self.current_item()
        self.model.reload(None if self.show_all_button.isChecked() else WITHIN_DAYS)
        self._fit_columns()
        counts = self._due.counts(WITHIN_DAYS)
        if counts.late and counts.soon:
            text = self.tr("{late} te laat, {soon} in de komende {days} dagen.")
        elif counts.late:
            text = self.tr("{late} te laat; verder niets in de komende {days} dagen.")
        elif counts.soon:
            text = self.tr("Niets te laat; {soon} in de komende {days} dagen.")
        else:
            text = self.tr("Niets te laat en niets in de komende {days} dagen.")
        self.summary_label.setText(text.format(late=counts.late, soon=counts.soon, days=WITHIN_DAYS))
        if chosen is not None:
            self._select(chosen)
        self._update_button()

    def _fit_columns(self) -> None:
        for column in (DATE, STATUS, DOSSIER):
            self.tree.resizeColumnToContents(column)

    def _rows_laid_out(self) -> bool:
        last = self.model.rowCount() - 1
        return last < 0 or self.tree.visualRect(self.model.index(last, 0)).isValid()

    def _status(self, item: DueItem, today: date) -> str:
        days = (item.due_on - today).days
        if item.state(today) is DueState.LATE:
            return f"{LATE_MARK} " + self.tr("{days} dagen te laat").format(days=-days)
        if days == 0:
            return self.tr("vandaag")
        return self.tr("over {days} dagen").format(days=days)

    def current_item(self) -> DueItem | None:
        index = self.tree.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _select(self, item: DueItem) -> None:
        """Select ``item`` again if it is among the rows read (a refresh reads only the first page)."""
        for row, shown in enumerate(self.model.items()):
            if (shown.kind, shown.subject_id) == (item.kind, item.subject_id):
                self.tree.setCurrentIndex(self.model.index(row, 0))
                return

    def items(self) -> list[DueItem]:
        """The items read so far, in the order shown."""
        return self.model.items()

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.tree.currentIndex().isValid())

    def _request(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.item(index.row())
        self.open_requested.emit(item.dossier_id, item.step)
