"""The dossier list as a lazy table model: rows are fetched a page at a time from SQLite.

With 100,000 dossiers the view asks only for the rows it shows; nothing
builds a widget per dossier. Pages are read by keyset (on from the last row of
the page before, or back from the first row of the page after, in the sort
column's index), never with OFFSET: the last page is read back from the end.
A jump far into the list reads only the keys in between (an index range), and
remembers every page's first and last key on the way.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)

from ..domain.day_format import day_pattern
from ..domain.dossier import Dossier
from ..domain.dossier_query import DossierQuery, SortKey
from ..services.dossiers import DossierService
from .labels import status_label, step_label
from .lean_qt import ALIGNMENT_ROLE, DESCENDING, DISPLAY_ROLE, HORIZONTAL, RIGHT_ALIGNED, TOOL_TIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

PAGE_SIZE = 200
PAGES_CACHED = 20

# QT_TRANSLATE_NOOP returns its text (PySide6's stub says object); lupdate needs the call itself here.
COLUMNS = cast(list[tuple[SortKey, str]], [
    (SortKey.TITLE, QT_TRANSLATE_NOOP("DossierListModel", "Titel")),
    (SortKey.REFERENCE, QT_TRANSLATE_NOOP("DossierListModel", "Kenmerk")),
    (SortKey.SUBJECT, QT_TRANSLATE_NOOP("DossierListModel", "Product / CPV")),
    (SortKey.VALUE, QT_TRANSLATE_NOOP("DossierListModel", "Geschatte waarde")),
    (SortKey.STEP, QT_TRANSLATE_NOOP("DossierListModel", "Stap")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("DossierListModel", "Status")),
    (SortKey.NEXT_DUE, QT_TRANSLATE_NOOP("DossierListModel", "Volgende termijn")),
])

DOSSIER_ID_ROLE = USER_ROLE + 1
_DISPLAY, _ALIGNMENT, _TOOL_TIP = DISPLAY_ROLE, ALIGNMENT_ROLE, TOOL_TIP_ROLE  # plain numbers (lean_qt)
#: The roles this model answers; the view asks about seven roles per cell, most of them for nothing.
_ANSWERED_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOL_TIP, DOSSIER_ID_ROLE})


class DossierListModel(QAbstractTableModel):
    def __init__(self, dossiers: DossierService, language: str, parent=None) -> None:
        super().__init__(parent)
        self._dossiers = dossiers
        self._query = DossierQuery()
        self._row_count = dossiers.count(self._query)
        self._pages: OrderedDict[int, list[Dossier]] = OrderedDict()
        self._bounds: dict[int, tuple[tuple, tuple]] = {}  # page number -> keys of its first and last row
        self._headers = [QCoreApplication.translate("DossierListModel", title) for _, title in COLUMNS]
        # Qt's own locale data formats the list: it is in memory already, where loading babel's would
        # cost the first screen some 25 ms. The texts are the same as babel's (CLDR both): "€ 250.000",
        # "24-11-2026" / "€250,000", "24/11/2026".
        self._locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if language == "nl" \
            else QLocale(QLocale.Language.English, QLocale.Country.Ireland)
        self._day_pattern = day_pattern(language)  # the days as domain.day_format writes them everywhere

    # -- what the view asks -------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def titles(self) -> list[str]:
        """The column titles, in the interface language."""
        return list(self._headers)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation.value == HORIZONTAL:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if role not in _ANSWERED_ROLES or not index.isValid() or index.row() >= self._row_count:
            return None
        key = COLUMNS[index.column()][0]
        if role == _ALIGNMENT:
            return RIGHT_ALIGNED if key is SortKey.VALUE else None
        if role == _TOOL_TIP and index.column() != 0:
            return None
        dossier = self.dossier_at(index.row())
        if dossier is None:
            return None
        if role == DOSSIER_ID_ROLE:
            return dossier.id
        if role == _DISPLAY:
            return self._display(dossier, key)
        return dossier.title  # the tool tip of the title column

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:  # None: ascending
        if column < 0:  # the header's "no column": the list's own order, last changed first
            self.set_query(replace(self._query, sort=DossierQuery().sort, descending=DossierQuery().descending),
                           recount=False)
            return
        self.set_query(
            replace(self._query, sort=COLUMNS[column][0], descending=order is not None and order.value == DESCENDING),
            recount=False,
        )

    # -- what the page asks -------------------------------------------------
    @property
    def query(self) -> DossierQuery:
        return self._query

    def set_search(self, text: str) -> None:
        self.set_query(replace(self._query, search=text))

    def set_include_archived(self, include: bool) -> None:
        self.set_query(replace(self._query, include_archived=include))

    def set_query(self, query: DossierQuery, recount: bool = True) -> None:
        """Show ``query``; another sort of the same rows keeps the count (``recount`` False)."""
        same_rows = (query.search, query.include_archived) == (self._query.search, self._query.include_archived)
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._bounds.clear()
        if recount or not same_rows:
            self._row_count = self._dossiers.count(query)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def dossier_at(self, row: int) -> Dossier | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._read_page(page_number)
            self._pages[page_number] = page
            if len(self._pages) > PAGES_CACHED:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _page_length(self, page_number: int) -> int:
        return max(0, min(PAGE_SIZE, self._row_count - page_number * PAGE_SIZE))

    def _read_page(self, page_number: int) -> list[Dossier]:
        """Read on from the nearest page whose keys are known (the list's start and end always are)."""
        last_page = (self._row_count - 1) // PAGE_SIZE
        before = max((n for n in self._bounds if n < page_number), default=-1)
        after = min((n for n in self._bounds if n > page_number), default=last_page + 1)
        if page_number - before <= after - page_number:
            self._learn_keys(before, page_number, backwards=False)
            if page_number > 0 and page_number - 1 not in self._bounds:
                return []  # fewer rows than counted: another process removed some; the next refresh shows it
            anchor = self._bounds[page_number - 1][1] if page_number > 0 else None
            found = self._dossiers.page_after(self._query, anchor, self._page_length(page_number))
        else:
            self._learn_keys(after, page_number, backwards=True)
            if page_number < last_page and page_number + 1 not in self._bounds:
                return []
            anchor = self._bounds[page_number + 1][0] if page_number < last_page else None
            found = self._dossiers.page_after(self._query, anchor, self._page_length(page_number), backwards=True)
            found.reverse()
        if found:
            self._bounds[page_number] = (found[0][0], found[-1][0])
        return [dossier for _, dossier in found]

    def _learn_keys(self, known: int, page_number: int, backwards: bool) -> None:
        """The first and last keys of the pages between page ``known`` and ``page_number``, read as keys only."""
        if backwards:
            first_row, last_row = (page_number + 1) * PAGE_SIZE, min(known * PAGE_SIZE, self._row_count)
            anchor = self._bounds[known][0] if known in self._bounds else None
        else:
            first_row, last_row = (known + 1) * PAGE_SIZE, page_number * PAGE_SIZE
            anchor = self._bounds[known][1] if known in self._bounds else None
        if last_row <= first_row:
            return
        keys = self._dossiers.keys_after(self._query, anchor, last_row - first_row, backwards)
        if backwards:
            keys.reverse()
            first_row = last_row - len(keys)
        for start in range(0, len(keys), PAGE_SIZE):
            number = (first_row + start) // PAGE_SIZE
            chunk = keys[start:start + self._page_length(number)]
            self._bounds[number] = (chunk[0], chunk[-1])

    def row_of(self, dossier_id: int) -> int | None:
        """The row of a dossier among the pages already fetched (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, dossier in enumerate(page):
                if dossier.id == dossier_id:
                    return number * PAGE_SIZE + offset
        return None

    def _display(self, dossier: Dossier, key: SortKey) -> str:
        if key is SortKey.TITLE:
            return dossier.title
        if key is SortKey.REFERENCE:
            return dossier.reference
        if key is SortKey.SUBJECT:
            subject = dossier.subject.splitlines()[0][:80] if dossier.subject else ""
            return " · ".join(part for part in (subject, dossier.cpv_code) if part)
        if key is SortKey.VALUE:
            if dossier.estimated_value is None:
                return ""
            return self._locale.toCurrencyString(float(round(dossier.estimated_value)), "€", 0)  # half to even, as babel
        if key is SortKey.STEP:
            return f"{dossier.current_step.number}. {step_label(dossier.current_step)}"
        if key is SortKey.STATUS:
            return status_label(dossier.status)
        if key is SortKey.NEXT_DUE:
            if dossier.next_due_date is None:
                return ""
            day = dossier.next_due_date
            return self._locale.toString(QDate(day.year, day.month, day.day), self._day_pattern)
        return ""
