"""Audits and verification, and the corrective action plan of each audit: owner, date, status, evidence."""
from __future__ import annotations

from datetime import timedelta
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...domain.messages import UserError
from ...domain.monitoring import ActionStatus, AuditKind
from ...domain.monitoring_records import Audit, CorrectiveAction
from ...domain.suppliers import Supplier
from ...services.monitoring import MonitoringService
from ...services.suppliers import SupplierService
from ..due_labels import LATE_MARK, day_text
from ..forms.monitoring_audits_tab_ui import Ui_MonitoringAuditsTab
from ..narrowing import stored_id
from .monitoring_labels import action_status_label, audit_kind_label
from .monitoring_rows import select_key, select_row, selected_key, set_up_rows, show_rows
from .monitoring_widgets import date_of, fill_supplier_combo, set_up_date, show_error, supplier_names

FINDINGS_COLUMN = 4
DESCRIPTION_COLUMN = 0
ACTION_WEEKS = 8


class AuditsSection(QObject):
    def __init__(self, form: Ui_MonitoringAuditsTab, monitoring: MonitoringService, suppliers: SupplierService,
                 language: str, stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._language = language
        self._stored = stored
        self._dossier_id: int | None = None
        self._audits: list[Audit] = []
        self._actions: list[CorrectiveAction] = []
        f = form
        for kind in AuditKind:
            f.auditKindCombo.addItem(audit_kind_label(kind), kind.value)
        for status in ActionStatus:
            f.actionStatusCombo.addItem(action_status_label(status), status.value)
        set_up_rows(f.auditsTable, (  # the form's own words, as its Designer columns had them
            QCoreApplication.translate("MonitoringPage", "Datum"),
            QCoreApplication.translate("MonitoringPage", "Soort"),
            QCoreApplication.translate("MonitoringPage", "Door"),
            QCoreApplication.translate("MonitoringPage", "Leverancier"),
            QCoreApplication.translate("MonitoringPage", "Bevindingen"),
            QCoreApplication.translate("MonitoringPage", "Maatregelen")), FINDINGS_COLUMN)
        set_up_rows(f.actionsTable, (
            QCoreApplication.translate("MonitoringPage", "Maatregel"),
            QCoreApplication.translate("MonitoringPage", "Eigenaar"),
            QCoreApplication.translate("MonitoringPage", "Uiterlijk"),
            QCoreApplication.translate("MonitoringPage", "Status"),
            QCoreApplication.translate("MonitoringPage", "Bewijs"),
            QCoreApplication.translate("MonitoringPage", "Afgerond op")), DESCRIPTION_COLUMN)
        f.auditsTable.setAccessibleName(self.tr("Audits"))
        f.actionsTable.setAccessibleName(self.tr("Corrigerende maatregelen"))
        f.auditDate.setAccessibleName(self.tr("Datum van de audit"))
        f.auditSupplierCombo.setAccessibleName(self.tr("Leverancier van de audit"))
        for label in (f.auditError, f.actionError):
            show_error(label, None)
        f.addAuditButton.clicked.connect(self.add_audit)
        f.addActionButton.clicked.connect(self.add_action)
        f.saveStatusButton.clicked.connect(self.save_status)
        f.auditsTable.selectionModel().selectionChanged.connect(self._show_actions)
        f.actionsTable.selectionModel().selectionChanged.connect(self._show_chosen_action)
        self._reset_dates()

    def _reset_dates(self) -> None:
        today = self._monitoring.today()
        set_up_date(self._form.auditDate, today)
        set_up_date(self._form.actionDueDate, today + timedelta(weeks=ACTION_WEEKS))

    # -- showing ---------------------------------------------------------------------------
    def refresh(self, dossier_id: int, suppliers: list[Supplier] | None = None,
                actions: list[CorrectiveAction] | None = None) -> None:
        """Show the audits and their actions; the page passes the suppliers it read for all its sections."""
        if dossier_id != self._dossier_id:
            self._reset_dates()
            for label in (self._form.auditError, self._form.actionError):
                show_error(label, None)
        self._dossier_id = dossier_id
        f = self._form
        suppliers = self._suppliers.suppliers(dossier_id) if suppliers is None else suppliers
        fill_supplier_combo(f.auditSupplierCombo, suppliers)
        names = supplier_names(suppliers)
        self._audits = sorted(self._monitoring.audits(dossier_id), key=lambda a: (a.held_on, a.id), reverse=True)
        self._actions = self._monitoring.corrective_actions(dossier_id) if actions is None else actions
        today = self._monitoring.today()
        by_audit: dict[int | None, list[CorrectiveAction]] = {}
        for action in self._actions:  # once, not a pass over every action for each audit
            by_audit.setdefault(action.audit_id, []).append(action)
        rows, late = [], set()
        for row, audit in enumerate(self._audits):
            own = by_audit.get(audit.id, [])
            done = sum(1 for a in own if a.status is ActionStatus.DONE)
            overdue = sum(1 for a in own if a.is_overdue(today))
            summary = self.tr("{count}, waarvan {done} afgerond").format(count=len(own), done=done) if own else "—"
            if overdue:
                summary += f" · {LATE_MARK} " + self.tr("{count} te laat").format(count=overdue)
                late.add(row)
            rows.append((audit.id, [day_text(audit.held_on), audit_kind_label(audit.kind), audit.auditor,
                                    names.get(audit.supplier_id, "") if audit.supplier_id is not None else "", audit.findings, summary]))
        show_rows(f.auditsTable, rows, late)
        if selected_key(f.auditsTable) is None and self._audits:
            select_row(f.auditsTable, 0)
        self._show_actions()

    def current_audit(self) -> Audit | None:
        audit_id = selected_key(self._form.auditsTable)
        return next((a for a in self._audits if a.id == audit_id), None)

    def current_action(self) -> CorrectiveAction | None:
        action_id = selected_key(self._form.actionsTable)
        return next((a for a in self._actions if a.id == action_id), None)

    def _show_actions(self) -> None:
        f = self._form
        audit = self.current_audit()
        today = self._monitoring.today()
        own = [a for a in self._actions if audit is not None and a.audit_id == audit.id]
        own.sort(key=lambda a: (a.due_on, a.id))
        rows, late = [], set()
        for row, action in enumerate(own):
            status = action_status_label(action.status)
            if action.is_overdue(today):
                status = f"{LATE_MARK} {status} — " + self.tr("te laat")
                late.add(row)
            elif action.closed_on and action.closed_on > action.due_on:
                status = f"{status} — " + self.tr("te laat afgerond")
            rows.append((action.id, [action.description, action.owner, day_text(action.due_on), status,
                                     action.evidence, day_text(action.closed_on)]))
        show_rows(f.actionsTable, rows, late)
        if audit is None:
            f.actionsGroup.setTitle(self.tr("Corrigerende maatregelen"))
        else:
            f.actionsGroup.setTitle(self.tr("Corrigerende maatregelen bij de audit van {day} ({kind})").format(
                day=day_text(audit.held_on), kind=audit_kind_label(audit.kind)))
        for widget in (f.actionDescriptionEdit, f.actionOwnerEdit, f.actionDueDate, f.addActionButton):
            widget.setEnabled(audit is not None)
        self._show_chosen_action()

    def _show_chosen_action(self) -> None:
        f = self._form
        action = self.current_action()
        for widget in (f.actionStatusCombo, f.evidenceEdit, f.saveStatusButton):
            widget.setEnabled(action is not None)
        if action is None:
            f.selectedActionLabel.setText(self.tr("Kies een maatregel in de lijst om de status bij te werken."))
            f.evidenceEdit.setPlainText("")
            return
        f.selectedActionLabel.setText(self.tr("Status van: {action}").format(action=action.description))
        f.actionStatusCombo.setCurrentIndex(f.actionStatusCombo.findData(action.status.value))
        f.evidenceEdit.setPlainText(action.evidence)

    # -- storing -----------------------------------------------------------------------------------
    def add_audit(self) -> None:
        if self._dossier_id is None:
            return
        f = self._form
        if date_of(f.auditDate) > self._monitoring.today():
            show_error(f.auditError, self.tr("Leg een audit vast als die is gehouden; de datum ligt in de toekomst."),
                       f.auditDate)
            return
        if not f.findingsEdit.toPlainText().strip():
            show_error(f.auditError, self.tr("Vat de bevindingen samen (of schrijf ‘geen bevindingen’)."),
                       f.findingsEdit)
            return
        try:
            audit_id = self._monitoring.record_audit(
                self._dossier_id, AuditKind(f.auditKindCombo.currentData()), date_of(f.auditDate),
                f.auditorEdit.text(), f.findingsEdit.toPlainText(), f.auditSupplierCombo.currentData())
        except UserError as error:
            show_error(f.auditError, error.message(self._language), f.addAuditButton)
            return
        show_error(f.auditError, None)
        f.auditorEdit.clear()
        f.findingsEdit.clear()
        self.refresh(self._dossier_id)
        select_key(f.auditsTable, audit_id)
        f.actionDescriptionEdit.setFocus()
        self._stored(True)

    def add_action(self) -> None:
        audit = self.current_audit()
        if audit is None or self._dossier_id is None:
            return
        f = self._form
        if not f.actionDescriptionEdit.text().strip():
            show_error(f.actionError, self.tr("Beschrijf de maatregel."), f.actionDescriptionEdit)
            return
        try:
            action_id = self._monitoring.add_corrective_action(
                self._dossier_id, stored_id(audit.id), f.actionDescriptionEdit.text(), f.actionOwnerEdit.text(),
                date_of(f.actionDueDate))
        except UserError as error:
            show_error(f.actionError, error.message(self._language), f.addActionButton)
            return
        show_error(f.actionError, None)
        f.actionDescriptionEdit.clear()
        self.refresh(self._dossier_id)
        select_key(f.actionsTable, action_id)
        f.actionDescriptionEdit.setFocus()
        self._stored(True)

    def save_status(self) -> None:
        action = self.current_action()
        if action is None or self._dossier_id is None:
            return
        f = self._form
        status = ActionStatus(f.actionStatusCombo.currentData())
        evidence = f.evidenceEdit.toPlainText()
        if status is ActionStatus.DONE and not evidence.strip():
            show_error(f.actionError, self.tr("Vermeld het bewijs dat de maatregel is uitgevoerd, bijvoorbeeld een "
                                              "auditrapport, verklaringen of foto's."), f.evidenceEdit)
            return
        try:
            self._monitoring.update_corrective_action(self._dossier_id, stored_id(action.id), status, evidence)
        except UserError as error:
            show_error(f.actionError, error.message(self._language), f.saveStatusButton)
            return
        show_error(f.actionError, None)
        self.refresh(self._dossier_id)
        select_key(f.actionsTable, action.id)
        self._stored(True)
