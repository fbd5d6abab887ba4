"""The home screen: every dossier in a searchable, sortable table."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .dossier_list_model import DOSSIER_ID_ROLE, DossierListModel
from .first_paint import after_first_paint
from .lean_qt import PLAIN_TEXT, set_enum_property, show_with_titles

SEARCH_PAUSE_MS = 250


class DossierListPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, model: DossierListModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Dossiers zoeken"))
        self.search_edit.setPlaceholderText(self.tr("Zoek op titel, kenmerk, omschrijving, CPV-code of organisatie (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.archived_check = QCheckBox(self.tr("Ook &gearchiveerde dossiers"), self)
        self.archived_check.setObjectName("archivedCheck")
        self.new_button = QPushButton(self.tr("&Nieuw dossier"), self)
        self.new_button.setObjectName("newDossierButton")
        self.count_label = QLabel(self)
        set_enum_property(self.count_label, "textFormat", PLAIN_TEXT)
        self.count_label.setObjectName("countLabel")

        self.table = QTableView(self)
        self.table.setObjectName("dossierTable")
        show_with_titles(self.table, model, model.titles())
        # Sorting asks the model to sort, in the Qt namespace's terms (lean_qt): switched on once it is shown.
        after_first_paint(self.table.viewport(), self.enable_sorting)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 260), (3, 130), (4, 190), (5, 100), (6, 130)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        self.table.setAccessibleName(self.tr("Dossiers"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)
        self.archived_check.toggled.connect(self._archived_toggled)
        model.modelReset.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.archived_check)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_count()

    def enable_sorting(self) -> None:
        """Sort by a column when its title is clicked; at first none is marked (the list's own order)."""
        if self.table.isSortingEnabled():
            return
        from PySide6.QtCore import Qt

        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search_edit.text() != self.model.query.search:
            selected = self.selected_dossier_id()
            self.model.set_search(self.search_edit.text())
            self.select_dossier(selected)

    def _archived_toggled(self, include: bool) -> None:
        self.model.set_include_archived(include)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        query = self.model.query
        if count:
            text = self.tr("Dossiers: {count}").format(count=count)
        elif query.search.strip():
            text = self.tr("Geen dossiers gevonden voor ‘{search}’.").format(search=query.search.strip())
        else:
            text = self.tr("Nog geen dossiers. Kies ‘Nieuw dossier’ (Ctrl+N) om te beginnen.")
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        dossier_id = index.data(DOSSIER_ID_ROLE)
        if dossier_id is not None:
            self.open_requested.emit(dossier_id)

    def selected_dossier_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(DOSSIER_ID_ROLE) if index.isValid() else None

    def select_dossier(self, dossier_id: int | None) -> None:
        if dossier_id is None:
            return
        row = self.model.row_of(dossier_id)
        if row is None:
            # make sure the first page is loaded before looking again
            self.model.dossier_at(0) if self.model.rowCount() else None
            row = self.model.row_of(dossier_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def refresh(self) -> None:
        selected = self.selected_dossier_id()
        self.model.refresh()
        self.select_dossier(selected)
