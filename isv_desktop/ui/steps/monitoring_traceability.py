"""Traceability — the lesson of the solar panels: per delivered product its brand, model, production site
and the origin of its critical components (polysilicon, cotton, rubber, cobalt …)."""
from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ...domain.messages import UserError
from ...domain.monitoring_records import DeliveredProduct
from ...domain.suppliers import Supplier
from ...services.monitoring import MonitoringService
from ...services.suppliers import SupplierService
from ..forms.monitoring_trace_tab_ui import Ui_MonitoringTraceTab
from ..narrowing import stored_id
from .monitoring_rows import selected_key, set_up_rows, show_rows
from .monitoring_widgets import confirm, fill_supplier_combo, show_error

COMPONENT_ROWS = 3
COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
COMPONENTS_COLUMN = 5


class TraceabilitySection(QObject):
    def __init__(self, form: Ui_MonitoringTraceTab, monitoring: MonitoringService, suppliers: SupplierService,
                 language: str, stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._language = language
        self._stored = stored
        self._page = parent
        self._dossier_id: int | None = None
        self._products: list[DeliveredProduct] = []
        f = form
        set_up_rows(f.productsTable, (  # the form's own words, as its Designer columns had them
            QCoreApplication.translate("MonitoringPage", "Product"),
            QCoreApplication.translate("MonitoringPage", "Merk"),
            QCoreApplication.translate("MonitoringPage", "Model"),
            QCoreApplication.translate("MonitoringPage", "Productielocatie"),
            QCoreApplication.translate("MonitoringPage", "Land"),
            QCoreApplication.translate("MonitoringPage", "Componenten en herkomst"),
            QCoreApplication.translate("MonitoringPage", "Open Supply Hub-id")), COMPONENTS_COLUMN)
        f.productsTable.setAccessibleName(self.tr("Geleverde producten"))
        f.productSupplierCombo.setAccessibleName(self.tr("Leverancier van het product"))
        f.siteCountryEdit.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,2}", f.siteCountryEdit))
        components = f.componentsTable
        components.verticalHeader().hide()
        components.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        components.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._clear_components()
        show_error(f.productError, None)
        f.addComponentRowButton.clicked.connect(self._add_component_row)
        f.addProductButton.clicked.connect(self.add)
        f.removeProductButton.clicked.connect(self.remove)
        f.productsTable.selectionModel().selectionChanged.connect(self._update_buttons)

    def _clear_components(self) -> None:
        table = self._form.componentsTable
        table.setRowCount(0)
        for _ in range(COMPONENT_ROWS):
            self._add_component_row()

    def _add_component_row(self) -> None:
        table = self._form.componentsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(""))
        table.setItem(row, 1, QTableWidgetItem(""))

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self, dossier_id: int, suppliers: list[Supplier] | None = None) -> None:
        """Show the delivered products; the page passes the suppliers it read for all its sections."""
        if dossier_id != self._dossier_id:
            show_error(self._form.productError, None)
        self._dossier_id = dossier_id
        if suppliers is None:
            suppliers = self._suppliers.suppliers(dossier_id)
        fill_supplier_combo(self._form.productSupplierCombo, suppliers)
        self._products = self._monitoring.delivered_products(dossier_id)
        show_rows(self._form.productsTable, [(p.id, self._texts(p)) for p in self._products])
        self._update_buttons()

    def _texts(self, p: DeliveredProduct) -> list[str]:
        site = ", ".join(part for part in (p.site_name, p.site_address) if part)
        components = "; ".join(f"{c.component} ({c.country})" if c.country else c.component for c in p.components)
        return [p.product, p.brand, p.model, site, p.site_country, components, p.open_supply_hub_id]

    def _update_buttons(self) -> None:
        self._form.removeProductButton.setEnabled(selected_key(self._form.productsTable) is not None)

    # -- storing ----------------------------------------------------------------------------------------
    def components_input(self) -> tuple[tuple[str, str], ...] | None:
        """The filled rows as (component, country); None (and an error shown) when a country code is wrong."""
        table = self._form.componentsTable
        rows = []
        for row in range(table.rowCount()):
            component = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            country = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            if not component and not country:
                continue
            if not component:
                self._error(self.tr("Rij {row}: vul de component in bij het land.").format(row=row + 1), table)
                return None
            if country and not COUNTRY_CODE.match(country):
                self._error(self.tr("Rij {row}: ‘{code}’ is geen landcode. Gebruik twee letters, bijvoorbeeld CN.")
                            .format(row=row + 1, code=country), table)
                return None
            rows.append((component, country.upper()))
        return tuple(rows)

    def add(self) -> None:
        if self._dossier_id is None:
            return
        f = self._form
        if not f.productEdit.text().strip():
            self._error(self.tr("Vul in welk product is geleverd."), f.productEdit)
            return
        country = f.siteCountryEdit.text().strip()
        if country and not COUNTRY_CODE.match(country):
            self._error(self.tr("Het land van de productielocatie is een code van twee letters, bijvoorbeeld MY."),
                        f.siteCountryEdit)
            return
        components = self.components_input()
        if components is None:
            return
        try:
            self._monitoring.add_delivered_product(
                self._dossier_id, f.productEdit.text(), f.brandEdit.text(), f.modelEdit.text(), f.siteNameEdit.text(),
                f.siteAddressEdit.text(), country, components, f.hubEdit.text(), f.productSupplierCombo.currentData())
        except UserError as error:
            self._error(error.message(self._language), f.addProductButton)
            return
        show_error(f.productError, None)
        for edit in (f.productEdit, f.brandEdit, f.modelEdit, f.siteNameEdit, f.siteAddressEdit, f.siteCountryEdit,
                     f.hubEdit):
            edit.clear()
        self._clear_components()
        self.refresh(self._dossier_id)
        f.productEdit.setFocus()
        self._stored(False)

    def remove(self) -> None:
        product_id = selected_key(self._form.productsTable)
        product = next((p for p in self._products if p.id == product_id), None)
        if product is None or self._dossier_id is None:
            return
        if not confirm(self._page, self.tr("Product verwijderen"),
                       self.tr("‘{product}’ verwijderen uit de herleidbaarheid?").format(product=product.product),
                       self.tr("Verwijderen")):
            return
        self._monitoring.remove_delivered_product(self._dossier_id, stored_id(product.id))
        self.refresh(self._dossier_id)
        self._stored(False)

    def _error(self, message: str, field: QWidget) -> None:
        show_error(self._form.productError, message, field)
