"""What is scanned: the product groups and, per group, the countries of production with their stage."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from ...domain.messages import UserError
from ...domain.risk_scan_record import ProductionStage
from .risk_scan_labels import stage_label
from .risk_scan_search import SearchPicker
from .risk_scan_widgets import RiskScanTab, WheelGuard, confirm_removal, fill_row, selected_key, show_error

MAX_CPV_SHOWN = 2


class ScopeEditor(RiskScanTab):
    def _build(self) -> None:
        form = self._form
        self._knowledge = self._service.knowledge
        f = form
        for stage in ProductionStage:
            f.stageCombo.addItem(stage_label(stage), stage.value)
        f.stageCombo.setCurrentIndex(f.stageCombo.findData(ProductionStage.UNKNOWN.value))
        self._wheel_guard = WheelGuard(self)
        for combo in (f.stageCombo, f.countryGroupCombo):
            self._wheel_guard.guard(combo)
        self.group_picker = SearchPicker(
            f.groupSearchEdit, f.groupMatches, self._search_groups, self.add_group, self._no_group_found
        )
        self.country_picker = SearchPicker(
            f.countrySearchEdit, f.countryMatches, self._search_countries, self.add_country, self._no_country_found
        )
        f.addGroupButton.clicked.connect(self.group_picker.pick)
        f.addCountryButton.clicked.connect(self.country_picker.pick)
        f.removeGroupButton.clicked.connect(self.remove_group)
        f.removeCountryButton.clicked.connect(self.remove_country)
        f.groupList.currentRowChanged.connect(self._group_chosen)
        f.groupList.itemSelectionChanged.connect(self._update_buttons)
        f.countryTable.itemSelectionChanged.connect(self._update_buttons)
        f.countryTable.setAccessibleName(self.tr("Productgroepen en landen van productie"))
        self._update_buttons()

    # -- searching -------------------------------------------------------------
    def _other_language(self) -> str:
        return "en" if self._language == "nl" else "nl"

    def group_title(self, group_id: str) -> str:
        return self._knowledge.group(group_id).name(self._language)

    def _search_groups(self, text: str) -> list[tuple[str, str]]:
        found = []
        for group in self._knowledge.search_groups(text):
            codes = ", ".join(group.cpv_codes[:MAX_CPV_SHOWN]) + (" …" if len(group.cpv_codes) > MAX_CPV_SHOWN else "")
            label = f"{group.name(self._language)} ({group.name(self._other_language())}) — CPV {codes}"
            found.append((label, group.id))
        return found

    def _search_countries(self, text: str) -> list[tuple[str, str]]:
        return [
            (f"{c.name(self._language)} — {c.name(self._other_language())} ({c.code})", c.code)
            for c in self._knowledge.search_countries(text, self._language)
        ]

    def _no_group_found(self, text: str) -> None:
        show_error(
            self._form.groupError,
            self.tr("Geen productgroep gevonden bij ‘{text}’. Typ een deel van de naam of de eerste cijfers "
                    "van een CPV-code.").format(text=text.strip()[:60]),
            self._form.groupSearchEdit,
        )

    def _no_country_found(self, text: str) -> None:
        show_error(
            self._form.countryError,
            self.tr("Geen land gevonden bij ‘{text}’. Typ een deel van de Nederlandse of Engelse naam, "
                    "of de ISO-code (bijvoorbeeld MY).").format(text=text.strip()[:60]),
            self._form.countrySearchEdit,
        )

    # -- product groups ----------------------------------------------------------
    def add_group(self, group_id: str) -> None:
        dossier_id = self._dossier_id()
        if dossier_id is None:
            return
        f = self._form
        if group_id in self._service.groups(dossier_id):
            show_error(f.groupError, self.tr("‘{group}’ is al gekozen.").format(group=self.group_title(group_id)),
                       f.groupSearchEdit)
            return
        try:
            self._service.add_group(dossier_id, group_id)
        except UserError as error:
            show_error(f.groupError, error.message(self._language), f.groupSearchEdit)
            return
        show_error(f.groupError, None, f.groupSearchEdit)
        self.group_picker.clear()
        self.refresh(select_group=group_id)
        self._stored()

    def remove_group(self) -> None:
        dossier_id = self._dossier_id()
        item = self._form.groupList.currentItem()
        if dossier_id is None or item is None or not item.isSelected():
            return
        group_id = item.data(Qt.ItemDataRole.UserRole)
        if any(entry.group_id == group_id for entry in self._service.countries(dossier_id)) and not confirm_removal(
            self._page,
            self.tr("Productgroep verwijderen"),
            self.tr("‘{group}’ en de landen van productie die erbij horen verwijderen?").format(
                group=self.group_title(group_id)
            ),
        ):
            return
        self._service.remove_group(dossier_id, group_id)
        self.refresh()
        self._stored()

    # -- countries ---------------------------------------------------------------
    def add_country(self, code: str) -> None:
        dossier_id = self._dossier_id()
        if dossier_id is None:
            return
        f = self._form
        group_id = f.countryGroupCombo.currentData()
        stage = ProductionStage(f.stageCombo.currentData())
        if group_id is None:
            show_error(f.countryError, UserError("scan.no_group").message(self._language), f.countrySearchEdit)
            return
        if any(
            (e.group_id, e.country, e.stage) == (group_id, code, stage) for e in self._service.countries(dossier_id)
        ):
            show_error(f.countryError, self.tr("Dit land staat er al bij deze productgroep en fase."),
                       f.countrySearchEdit)
            return
        try:
            self._service.add_country(dossier_id, group_id, code, stage)
        except UserError as error:
            show_error(f.countryError, error.message(self._language), f.countrySearchEdit)
            return
        show_error(f.countryError, None, f.countrySearchEdit)
        self.country_picker.clear()
        self.refresh()
        self._stored()

    def remove_country(self) -> None:
        dossier_id = self._dossier_id()
        entry_id = selected_key(self._form.countryTable)
        if dossier_id is None or not isinstance(entry_id, int):
            return
        self._service.remove_country(dossier_id, entry_id)
        self.refresh()
        self._stored()

    # -- showing -------------------------------------------------------------------
    def refresh(self, select_group: str | None = None, groups: list[str] | None = None) -> None:
        """Show the scope; the page passes the groups it has just read."""
        f = self._form
        dossier_id = self._dossier_id()
        if groups is None:
            groups = self._service.groups(dossier_id) if dossier_id is not None else []
        entries = self._service.countries(dossier_id) if dossier_id is not None else []
        chosen = select_group or f.countryGroupCombo.currentData()
        f.groupList.clear()
        f.countryGroupCombo.blockSignals(True)
        f.countryGroupCombo.clear()
        for group_id in groups:
            group = self._knowledge.group(group_id)
            item = QListWidgetItem(group.name(self._language))
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setToolTip(f"{group.name(self._other_language())} — CPV {', '.join(group.cpv_codes)}")
            f.groupList.addItem(item)
            f.countryGroupCombo.addItem(group.name(self._language), group_id)
        index = f.countryGroupCombo.findData(chosen)
        f.countryGroupCombo.setCurrentIndex(index if index >= 0 else 0)
        f.countryGroupCombo.blockSignals(False)
        f.countryTable.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            country = self._knowledge.country(entry.country)
            fill_row(
                f.countryTable,
                row,
                [self.group_title(entry.group_id), f"{country.name(self._language)} ({country.code})",
                 stage_label(entry.stage)],
                entry.id,
            )
        f.countryTable.resizeColumnsToContents()
        for widget in (f.countryGroupCombo, f.stageCombo, f.countrySearchEdit, f.addCountryButton):
            widget.setEnabled(bool(groups))
        self._update_buttons()

    def _group_chosen(self, row: int) -> None:
        item = self._form.groupList.item(row)
        if item is not None:
            combo = self._form.countryGroupCombo
            combo.setCurrentIndex(combo.findData(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        f = self._form
        f.removeGroupButton.setEnabled(bool(f.groupList.selectedItems()))
        f.removeCountryButton.setEnabled(selected_key(f.countryTable) is not None)
