"""Dialogue with the supplier: every meeting dated, with its participants and agreements."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...domain.messages import UserError
from ...domain.suppliers import Supplier
from ...services.monitoring import MonitoringService
from ...services.suppliers import SupplierService
from ..due_labels import day_text
from ..forms.monitoring_meetings_tab_ui import Ui_MonitoringMeetingsTab
from .monitoring_rows import set_up_rows, show_rows
from .monitoring_widgets import date_of, fill_supplier_combo, set_up_date, show_error, supplier_names

AGREEMENTS_COLUMN = 3


class MeetingsSection(QObject):
    def __init__(self, form: Ui_MonitoringMeetingsTab, monitoring: MonitoringService, suppliers: SupplierService,
                 language: str, stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._language = language
        self._stored = stored
        self._dossier_id: int | None = None
        set_up_rows(form.meetingsTable, (  # the form's own words, as its Designer columns had them
            QCoreApplication.translate("MonitoringPage", "Datum"),
            QCoreApplication.translate("MonitoringPage", "Leverancier"),
            QCoreApplication.translate("MonitoringPage", "Deelnemers"),
            QCoreApplication.translate("MonitoringPage", "Afspraken")), AGREEMENTS_COLUMN)
        form.meetingsTable.setAccessibleName(self.tr("Vastgelegd overleg"))
        form.meetingDate.setAccessibleName(self.tr("Datum van het overleg"))
        form.meetingSupplierCombo.setAccessibleName(self.tr("Leverancier van het overleg"))
        set_up_date(form.meetingDate, monitoring.today())
        show_error(form.meetingError, None)
        form.addMeetingButton.clicked.connect(self.add)

    def refresh(self, dossier_id: int, suppliers: list[Supplier] | None = None) -> None:
        """Show the dossier's meetings; the page passes the suppliers it read for all its sections."""
        if dossier_id != self._dossier_id:
            set_up_date(self._form.meetingDate, self._monitoring.today())
            show_error(self._form.meetingError, None)
        self._dossier_id = dossier_id
        suppliers = self._suppliers.suppliers(dossier_id) if suppliers is None else suppliers
        fill_supplier_combo(self._form.meetingSupplierCombo, suppliers)
        names = supplier_names(suppliers)
        meetings = sorted(self._monitoring.meetings(dossier_id), key=lambda m: (m.held_on, m.id), reverse=True)
        show_rows(self._form.meetingsTable, [
            (m.id, [day_text(m.held_on), names.get(m.supplier_id, "") if m.supplier_id is not None else "", m.participants, m.agreements])
            for m in meetings
        ])

    def add(self) -> None:
        if self._dossier_id is None:
            return
        f = self._form
        if not f.participantsEdit.text().strip():
            show_error(f.meetingError, self.tr("Vul in wie er bij het overleg waren."), f.participantsEdit)
            return
        if date_of(f.meetingDate) > self._monitoring.today():
            show_error(f.meetingError, self.tr("Leg overleg vast als het is gehouden; de datum ligt in de toekomst."),
                       f.meetingDate)
            return
        try:
            self._monitoring.log_meeting(self._dossier_id, date_of(f.meetingDate), f.participantsEdit.text(),
                                         f.agreementsEdit.toPlainText(), f.meetingSupplierCombo.currentData())
        except UserError as error:
            show_error(f.meetingError, error.message(self._language), f.addMeetingButton)
            return
        show_error(f.meetingError, None)
        f.participantsEdit.clear()
        f.agreementsEdit.clear()
        self.refresh(self._dossier_id)
        self._stored(False)
