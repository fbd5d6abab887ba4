"""The suppliers of a dossier as a tree: bidders and awarded suppliers, with the subcontractors and
factories they named beneath them, and what needs attention."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ...domain.suppliers import Supplier, SupplierRole
from ..narrowing import stored_id
from ..palette_colours import ERROR, text_colour
from .suppliers_labels import country_name, date_text, role_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COLUMN_WIDTH = 320
NAME, ROLE, REGISTRATION, COUNTRY, AWARDED, ATTENTION = range(6)


class SupplierList(QObject):
    current_changed = Signal(object)  # the supplier id, or None

    def __init__(self, tree: QTreeWidget, language: str, parent=None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._language = language
        header = tree.header()
        header.setMaximumSectionSize(MAX_COLUMN_WIDTH)  # a long name is elided; its tooltip has it all
        # fitted to the contents once per fill (below): in ResizeToContents mode the header measured every cell again
        # at each layout of the page (issue 15: 7 of the 45 ms of step 4's first showing with 60 suppliers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        tree.currentItemChanged.connect(self._current_item_changed)

    def fill(self, suppliers: list[Supplier], attention: dict[int, str]) -> None:
        """Show ``suppliers`` (the current one stays current, silently)."""
        current = self.current_id()
        tree = self._tree
        tree.blockSignals(True)
        try:
            tree.clear()
            items: dict[int, QTreeWidgetItem] = {}
            for supplier in suppliers:
                supplier_id = stored_id(supplier.id)
                items[supplier_id] = self._item(supplier, attention.get(supplier_id, ""))
            for supplier in suppliers:
                item = items[stored_id(supplier.id)]
                parent_id = supplier.parent_id
                parent = items.get(parent_id) if parent_id is not None and parent_id != supplier.id else None
                if parent is not None:
                    parent.addChild(item)
                else:
                    tree.addTopLevelItem(item)
            tree.expandAll()
            if current in items:
                tree.setCurrentItem(items[current])
        finally:
            tree.blockSignals(False)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column but the last (it stretches) as wide as its header and cells, at most MAX_COLUMN_WIDTH."""
        tree = self._tree
        tree.ensurePolished()  # measured in the font and style it is shown in, also before it is first shown
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)

    def _item(self, supplier: Supplier, attention: str) -> QTreeWidgetItem:
        language = self._language
        registration = supplier.kvk_number or supplier.foreign_registration
        texts = [
            supplier.name,
            role_label(supplier.role),
            registration,
            country_name(supplier.country, language),
            date_text(supplier.award_date, language) if supplier.role is SupplierRole.AWARDED else "",
            attention,
        ]
        item = QTreeWidgetItem(texts)
        item.setData(NAME, ID_ROLE, supplier.id)
        item.setToolTip(NAME, supplier.name)
        if attention:
            item.setForeground(ATTENTION, text_colour(ERROR))
            item.setToolTip(ATTENTION, attention)
        if supplier.role is SupplierRole.AWARDED:
            font = item.font(NAME)
            font.setBold(True)
            item.setFont(NAME, font)
        return item

    def current_id(self) -> int | None:
        item = self._tree.currentItem()
        return None if item is None else item.data(NAME, ID_ROLE)

    def ids(self) -> list[int]:
        found: list[int] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item.data(NAME, ID_ROLE))
            for row in range(item.childCount()):
                child = item.child(row)
                if child is not None:
                    walk(child)

        for row in range(self._tree.topLevelItemCount()):
            top = self._tree.topLevelItem(row)
            if top is not None:
                walk(top)
        return found

    def item_of(self, supplier_id: int) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if item.data(NAME, ID_ROLE) == supplier_id:
                return item
        return None

    def select(self, supplier_id: int | None) -> None:
        """Make ``supplier_id`` current (None: no supplier), without telling ``current_changed``."""
        item = self.item_of(supplier_id) if supplier_id is not None else None
        self._tree.blockSignals(True)
        try:
            # PySide6's stub omits that Qt takes None here (no current item)
            self._tree.setCurrentItem(item)  # type: ignore[arg-type]
            if item is None:
                self._tree.clearSelection()
            else:
                self._tree.scrollToItem(item)
        finally:
            self._tree.blockSignals(False)

    def _all_items(self):
        stack = [self._tree.topLevelItem(row) for row in range(self._tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(row) for row in range(item.childCount()))

    def _current_item_changed(self, current, _previous) -> None:
        self.current_changed.emit(None if current is None else current.data(NAME, ID_ROLE))
