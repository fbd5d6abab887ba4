"""A supplier's memberships of initiatives and its certificates, with validity dates; expiring ones marked."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCompleter

from ...domain.due import DueState, due_state
from ...domain.messages import UserError
from ...domain.suppliers import CREDENTIAL_REMINDER_DAYS, Credential, CredentialKind, Supplier
from ...services.suppliers import SupplierService
from ..narrowing import stored_id
from ..palette_colours import ERROR, WARNING, text_colour
from .suppliers_labels import date_text, kind_label
from .suppliers_widgets import date_of, fill_table, selected_key, set_up_date, set_up_table, show_error

#: Names a buyer meets often; offered while typing (proper names, the same in every language).
KNOWN_CREDENTIALS = (
    "Fair Wear", "amfori BSCI", "Ethical Trading Initiative (ETI)", "Responsible Business Alliance (RBA)",
    "IMVO-convenant Duurzame Kleding en Textiel", "IMVO-convenant Natuursteen", "Fair Stone",
    "SA8000", "Fairtrade", "Rainforest Alliance", "FSC", "PEFC", "TCO Certified", "GOTS", "EPEAT",
)
KIND, NAME, VALID_FROM, VALID_UNTIL, ATTENTION = range(5)


class CredentialsSection(QObject):
    stored = Signal()

    def __init__(self, suppliers: SupplierService, form, language: str, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self._suppliers = suppliers
        self._form = form
        self._language = language
        self._today = today
        self._dossier_id: int | None = None
        self._supplier: Supplier | None = None
        f = form
        for kind in CredentialKind:
            f.credentialKindCombo.addItem(kind_label(kind), kind.value)
        completer = QCompleter(list(KNOWN_CREDENTIALS), f.credentialNameEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        f.credentialNameEdit.setCompleter(completer)
        set_up_table(f.credentialsTable, NAME)
        f.credentialsTable.setAccessibleName(self.tr("Lidmaatschappen en certificaten"))
        f.credentialNameEdit.setAccessibleName(self.tr("Naam van het lidmaatschap of certificaat"))
        f.validFromDate.setAccessibleName(self.tr("Datum geldig vanaf"))
        f.validUntilDate.setAccessibleName(self.tr("Datum geldig tot"))
        f.addCredentialButton.setAccessibleName(self.tr("Lidmaatschap of certificaat toevoegen"))
        for check, edit in ((f.validFromCheck, f.validFromDate), (f.validUntilCheck, f.validUntilDate)):
            set_up_date(edit, today())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        f.credentialHint.setText(self.tr(
            "Lidmaatschappen en certificaten zijn bewijs en een hefboom. {days} dagen voordat er een verloopt, "
            "staat het bij ‘Let op’ en in de lijst met termijnen.").format(days=CREDENTIAL_REMINDER_DAYS))
        f.addCredentialButton.clicked.connect(self.add)
        f.credentialNameEdit.returnPressed.connect(self.add)
        f.removeCredentialButton.clicked.connect(self.remove_selected)
        f.credentialsTable.itemSelectionChanged.connect(self._update_buttons)

    def show(self, dossier_id: int, supplier: Supplier | None, expiring: set[int]) -> None:
        self._dossier_id = dossier_id
        self._supplier = supplier
        f = self._form
        show_error(f.credentialError, None, f.credentialNameEdit)
        if supplier is None:
            fill_table(f.credentialsTable, [])
            f.credentialsTitle.clear()
            self._update_buttons()
            return
        f.credentialsTitle.setText(self.tr("Lidmaatschappen en certificaten van {name}").format(name=supplier.name))
        rows: list[tuple[object, list[str]]] = []
        colours = {}
        today = self._today()
        for row, credential in enumerate(self._suppliers.credentials(stored_id(supplier.id))):
            attention = self._attention(credential, today, credential.id in expiring)
            if attention:
                colours[row] = text_colour(ERROR if _expired(credential, today) else WARNING)
            rows.append((credential.id, [
                kind_label(credential.kind), credential.name, date_text(credential.valid_from, self._language),
                date_text(credential.valid_until, self._language), attention,
            ]))
        fill_table(f.credentialsTable, rows, colours)
        self._update_buttons()

    def _attention(self, credential: Credential, today: date, expiring: bool) -> str:
        if credential.valid_until is None:
            return ""
        when = date_text(credential.valid_until, self._language)
        if _expired(credential, today):
            return self.tr("verlopen op {date}").format(date=when)
        if expiring:
            return self.tr("verloopt op {date}").format(date=when)
        return ""

    def add(self) -> None:
        if self._supplier is None or self._dossier_id is None:
            return
        f = self._form
        valid_from = date_of(f.validFromDate) if f.validFromCheck.isChecked() else None
        valid_until = date_of(f.validUntilDate) if f.validUntilCheck.isChecked() else None
        try:
            self._suppliers.add_credential(
                self._dossier_id, stored_id(self._supplier.id), CredentialKind(f.credentialKindCombo.currentData()),
                f.credentialNameEdit.text(), valid_from, valid_until)
        except UserError as error:
            show_error(f.credentialError, error.message(self._language), f.credentialNameEdit)
            f.credentialNameEdit.setFocus()
            return
        f.credentialNameEdit.clear()
        f.validFromCheck.setChecked(False)
        f.validUntilCheck.setChecked(False)
        self.stored.emit()

    def remove_selected(self) -> None:
        credential_id = selected_key(self._form.credentialsTable)
        if not isinstance(credential_id, int) or self._supplier is None or self._dossier_id is None:
            return
        self._suppliers.remove_credential(self._dossier_id, stored_id(self._supplier.id), credential_id)
        self.stored.emit()

    def _update_buttons(self) -> None:
        f = self._form
        f.removeCredentialButton.setEnabled(selected_key(f.credentialsTable) is not None)
        f.addCredentialButton.setEnabled(self._supplier is not None)


def _expired(credential: Credential, today: date) -> bool:
    """Expired: the domain's rule for late, on the day it is valid until."""
    return credential.valid_until is not None and due_state(credential.valid_until, None, today) is DueState.LATE
