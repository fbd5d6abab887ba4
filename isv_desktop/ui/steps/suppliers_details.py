"""One supplier's details in step 4: add a new one by typing, edit one (stored as typed), award, remove."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.messages import UserError
from ...domain.suppliers import PlanOfAction, Supplier, SupplierRole, validate_kvk, validate_name
from ...services.suppliers import SupplierService
from ..field_binding import TextFieldBinding
from ..narrowing import stored_id
from .suppliers_labels import countries, date_text, role_label
from .suppliers_widgets import date_of, set_date, set_up_date, show_error

ROLES_TO_CHOOSE = (SupplierRole.BIDDER, SupplierRole.SUBCONTRACTOR, SupplierRole.FACTORY)
PART_OF_ANOTHER = (SupplierRole.SUBCONTRACTOR, SupplierRole.FACTORY)


class SupplierDetails(QObject):
    """Drives the "Gegevens" tab; ``stored`` tells which supplier was added or changed."""

    stored = Signal(int)
    removed = Signal(int)

    def __init__(self, suppliers: SupplierService, form, language: str, today: Callable[[], date],
                 window: QWidget) -> None:
        super().__init__(window)
        self._suppliers = suppliers
        self._form = form
        self._language = language
        self._today = today
        self._window = window
        self._dossier_id: int | None = None
        self._supplier: Supplier | None = None
        self._loading = False
        f = form
        self._bindings = {
            "name": TextFieldBinding(f.nameEdit, lambda text: self._store("name", text), f.nameError, language),
            "kvk_number": TextFieldBinding(f.kvkEdit, lambda text: self._store("kvk_number", text), f.kvkError, language),
            "foreign_registration": TextFieldBinding(
                f.foreignEdit, lambda text: self._store("foreign_registration", text), f.foreignError, language),
            "contact_person": TextFieldBinding(
                f.contactEdit, lambda text: self._store("contact_person", text), f.contactError, language),
        }
        f.contactHint.setText(self.tr(
            "Persoonsgegeven: leg alleen vast wat u voor dit contract nodig hebt, en haal het weg als het niet "
            "meer nodig is."))
        f.contactLabel.setToolTip(f.contactHint.text())
        f.contactEdit.setAccessibleDescription(f.contactHint.text())
        f.countryCombo.addItem(self.tr("— onbekend —"), "")
        for code, name in countries(language):
            f.countryCombo.addItem(name, code)
        f.countryCombo.setMaxVisibleItems(20)
        set_up_date(f.awardDate, today())
        f.roleCombo.currentIndexChanged.connect(self._role_chosen)
        f.countryCombo.currentIndexChanged.connect(self._country_chosen)
        f.addSupplierButton.clicked.connect(self.add)
        f.addSupplierButton.setAccessibleName(self.tr("Leverancier toevoegen"))
        f.nameEdit.setAccessibleName(self.tr("Naam van de leverancier"))
        for edit in (f.nameEdit, f.kvkEdit, f.foreignEdit, f.contactEdit):
            edit.returnPressed.connect(self._enter_pressed)
        f.cancelAddButton.clicked.connect(self._cancel_add)
        f.awardButton.clicked.connect(self.award)
        self.cancelled = lambda: None  # set by the page: show the current supplier again

    # -- showing -----------------------------------------------------------------
    @property
    def adding(self) -> bool:
        return self._supplier is None

    def set_dossier(self, dossier_id: int) -> None:
        self._dossier_id = dossier_id

    def start_new(self, can_cancel: bool = True) -> None:
        """An empty form to type a new supplier into."""
        self.flush()
        self._supplier = None
        f = self._form
        self._loading = True
        try:
            for binding in self._bindings.values():
                binding.set_text("")
            self._fill_roles(None)
            f.countryCombo.setCurrentIndex(0)
            self._fill_parents(None)
        finally:
            self._loading = False
        f.detailsTitle.setText(self.tr("Nieuwe leverancier: vul de gegevens in en kies ‘Toevoegen’."))
        f.addSupplierButton.show()
        f.cancelAddButton.setVisible(can_cancel)
        for widget in (f.awardLabel, f.awardDate, f.awardButton, f.awardInfo):
            widget.hide()
        show_error(f.detailsError, None)
        self._show_parent_row()

    def show(self, supplier: Supplier, suppliers: list[Supplier] | None = None, plan: PlanOfAction | None = None) -> None:
        """Show one supplier; the page passes the dossier's suppliers and the supplier's plan it has just read
        (else they are read here)."""
        self.flush()
        self._supplier = supplier
        f = self._form
        self._loading = True
        try:
            self._bindings["name"].set_text(supplier.name)
            self._bindings["kvk_number"].set_text(supplier.kvk_number)
            self._bindings["foreign_registration"].set_text(supplier.foreign_registration)
            self._bindings["contact_person"].set_text(supplier.contact_person)
            self._fill_roles(supplier)
            index = f.countryCombo.findData(supplier.country)
            f.countryCombo.setCurrentIndex(index if index >= 0 else 0)
            self._fill_parents(supplier, suppliers)
        finally:
            self._loading = False
        f.detailsTitle.setText(f"{supplier.name} · {role_label(supplier.role)}")
        f.addSupplierButton.hide()
        f.cancelAddButton.hide()
        show_error(f.detailsError, None)
        self._show_parent_row()
        self._show_award(supplier, plan)

    def _fill_roles(self, supplier: Supplier | None) -> None:
        combo = self._form.roleCombo
        combo.clear()
        awarded = supplier is not None and supplier.role is SupplierRole.AWARDED
        roles = (SupplierRole.AWARDED,) if awarded else ROLES_TO_CHOOSE
        for role in roles:
            combo.addItem(role_label(role), role.value)
        combo.setCurrentIndex(combo.findData(supplier.role.value) if supplier else 0)
        combo.setEnabled(not awarded)
        combo.setToolTip(self.tr("De leverancier is gegund; de rol ligt daarmee vast.") if awarded else "")

    def _fill_parents(self, supplier: Supplier | None, suppliers: list[Supplier] | None = None) -> None:
        combo = self._form.parentCombo
        combo.clear()
        combo.addItem(self.tr("— niemand in het bijzonder —"), None)
        if self._dossier_id is not None:
            for other in self._suppliers.suppliers(self._dossier_id) if suppliers is None else suppliers:
                if supplier is None or other.id != supplier.id:
                    combo.addItem(other.name, other.id)
        if supplier is not None:
            index = combo.findData(supplier.parent_id)
            combo.setCurrentIndex(index if index >= 0 else 0)
        combo.setEnabled(supplier is None)
        combo.setToolTip("" if supplier is None else self.tr(
            "Voor wie een onderaannemer of fabriek werkt, ligt vast bij het toevoegen."))

    def _show_parent_row(self) -> None:
        f = self._form
        part_of_another = f.roleCombo.currentData() in {r.value for r in PART_OF_ANOTHER}
        f.parentLabel.setVisible(part_of_another)
        f.parentCombo.setVisible(part_of_another)

    def _show_award(self, supplier: Supplier, plan: PlanOfAction | None = None) -> None:
        f = self._form
        can_award = supplier.role in (SupplierRole.BIDDER, SupplierRole.AWARDED)
        for widget in (f.awardLabel, f.awardDate, f.awardButton, f.awardInfo):
            widget.setVisible(can_award)
        if supplier.role is SupplierRole.AWARDED and supplier.award_date is not None:
            set_date(f.awardDate, supplier.award_date)
            f.awardButton.setText(self.tr("Gunningsdatum wij&zigen"))
            due = (self._suppliers.plan(stored_id(supplier.id)) if plan is None else plan).due_on
            text = self.tr("Gegund op {date}.").format(date=date_text(supplier.award_date, self._language))
            if due is not None:
                text += " " + self.tr("Plan van aanpak uiterlijk {date}.").format(date=date_text(due, self._language))
            f.awardInfo.setText(text)
        else:
            set_date(f.awardDate, self._today())
            f.awardButton.setText(self.tr("Gunn&en"))
            f.awardInfo.setText(self.tr("Kies de datum van het gunningsbesluit."))

    # -- storing -------------------------------------------------------------------
    def _store(self, field: str, text: str) -> None:
        """While adding: only check the field; otherwise store it at once."""
        if self._loading or self._dossier_id is None:
            return
        if self._supplier is None:
            if field == "name":
                validate_name(text)
            elif field == "kvk_number":
                validate_kvk(text)
            return
        self._supplier = self._suppliers.update_supplier(self._dossier_id, stored_id(self._supplier.id), **{field: text})
        self._form.detailsTitle.setText(f"{self._supplier.name} · {role_label(self._supplier.role)}")
        self.stored.emit(self._supplier.id)

    def _role_chosen(self) -> None:
        self._show_parent_row()
        role = self._form.roleCombo.currentData()
        if self._loading or self._supplier is None or self._dossier_id is None:
            return
        if role is None or role == self._supplier.role.value:
            return
        self._supplier = self._suppliers.update_supplier(self._dossier_id, stored_id(self._supplier.id), role=role)
        self._form.detailsTitle.setText(f"{self._supplier.name} · {role_label(self._supplier.role)}")
        self._show_award(self._supplier)
        self.stored.emit(self._supplier.id)

    def _country_chosen(self) -> None:
        if self._loading or self._supplier is None or self._dossier_id is None:
            return
        self._supplier = self._suppliers.update_supplier(
            self._dossier_id, stored_id(self._supplier.id), country=self._form.countryCombo.currentData())
        self.stored.emit(self._supplier.id)

    def add(self) -> Supplier | None:
        """Add the supplier typed into the form; a mistake is shown beside its field and nothing is stored."""
        if self._dossier_id is None or self._supplier is not None:
            return None
        f = self._form
        for label, field in ((f.nameError, f.nameEdit), (f.kvkError, f.kvkEdit), (f.foreignError, f.foreignEdit),
                             (f.contactError, f.contactEdit), (f.detailsError, None)):
            show_error(label, None, field)
        checks = ((validate_name, f.nameEdit, f.nameError), (validate_kvk, f.kvkEdit, f.kvkError))
        mistakes = []
        for check, field, label in checks:  # every mistake at once, not one per try
            try:
                check(field.text())
            except UserError as error:
                show_error(label, error.message(self._language), field)
                mistakes.append(field)
        if mistakes:
            mistakes[0].setFocus()
            return None
        role = SupplierRole(f.roleCombo.currentData())
        try:
            supplier = self._suppliers.add_supplier(
                self._dossier_id, f.nameEdit.text(), role=role, kvk_number=f.kvkEdit.text(),
                foreign_registration=f.foreignEdit.text(), country=f.countryCombo.currentData() or "",
                contact_person=f.contactEdit.text(),
                parent_id=f.parentCombo.currentData() if role in PART_OF_ANOTHER else None,
            )
        except UserError as error:
            show_error(f.detailsError, error.message(self._language))
            return None
        self.show(supplier)
        self.stored.emit(supplier.id)
        return supplier

    def _enter_pressed(self) -> None:
        """Enter in a field of a new supplier adds it (in an existing one, Enter only stores the field)."""
        if self.adding:
            self.add()

    def _cancel_add(self) -> None:
        for binding in self._bindings.values():
            binding.set_text("")
        self.cancelled()

    def award(self) -> None:
        supplier = self._supplier
        if supplier is None or self._dossier_id is None:
            return
        day = date_of(self._form.awardDate)
        try:
            supplier = self._suppliers.mark_awarded(self._dossier_id, stored_id(supplier.id), day)
        except UserError as error:
            show_error(self._form.detailsError, error.message(self._language))
            return
        self.show(supplier)
        self.stored.emit(supplier.id)

    def remove(self, supplier: Supplier) -> bool:
        """Ask first; remove ``supplier`` with its certificates, questionnaires and plan of action."""
        if self._dossier_id is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Leverancier verwijderen"),
                          self.tr("Leverancier ‘{name}’ verwijderen?").format(name=supplier.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._window)
        box.setObjectName("confirmRemoveSupplierBox")
        box.setInformativeText(self.tr(
            "De lidmaatschappen en certificaten, vragenlijsten, het plan van aanpak en de vervolgafspraken van "
            "deze leverancier gaan mee. Onderaannemers en fabrieken die erbij horen blijven staan. Dit kan niet "
            "ongedaan worden gemaakt."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Niet verwijderen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self._bindings_forget()
        self._suppliers.remove_supplier(self._dossier_id, stored_id(supplier.id))
        if self._supplier is not None and self._supplier.id == supplier.id:
            self._supplier = None
        self.removed.emit(supplier.id)
        return True

    def _bindings_forget(self) -> None:
        """Drop typing that waits to be stored for a supplier about to go."""
        for binding in self._bindings.values():
            binding.set_text(binding.text())

    def flush(self) -> None:
        for binding in self._bindings.values():
            binding.flush()
