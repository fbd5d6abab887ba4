"""One progress report (voortgangsrapportage): its receipt, texts and file, and the buyer's assessment.

The receipt is recorded with a button (it is a dated event); after that every
text is stored as it is typed and every choice of the assessment at once.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from ...atomic_file import write_bytes_atomically
from ...domain.messages import UserError
from ...domain.monitoring_records import ProgressReport
from ...domain.suppliers import DueDiligencePoint, PlanVerdict
from ...services.monitoring import MonitoringService
from ..due_labels import day_text
from ..field_binding import TextFieldBinding
from ..forms.monitoring_timeline_tab_ui import Ui_MonitoringTimelineTab
from ..narrowing import stored_id
from .monitoring_labels import point_label, verdict_label
from .monitoring_widgets import (
    AttachmentUnreadableError,
    attachment_text,
    date_of,
    read_attachment,
    set_up_date,
    show_error,
)

NOT_JUDGED = None
REASON_COLUMN = 2


class ReportEditor(QObject):
    def __init__(self, form: Ui_MonitoringTimelineTab, monitoring: MonitoringService, language: str,
                 stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._language = language
        self._stored = stored  # stored(changes_the_timeline)
        self._page = parent
        self._dossier_id: int | None = None
        self._report: ProgressReport | None = None
        self._pending_file: tuple[str, bytes] | None = None
        self._loading = False
        f = form
        self._text_fields = {
            "measures_status": f.measuresEdit, "new_risks": f.newRisksEdit, "incidents": f.incidentsEdit,
            "audit_results": f.auditResultsEdit, "stakeholder_engagement": f.stakeholdersEdit,
            "next_steps": f.nextStepsEdit,
        }
        self._bindings = {
            field: TextFieldBinding(edit, self._text_storer(field), f.reportError, language)
            for field, edit in self._text_fields.items()
        }
        self._reason_binding = TextFieldBinding(f.verdictReasonEdit, lambda _t: self._save_assessment(False),
                                                f.assessmentError, language)
        self._build_points_table()
        f.verdictCombo.addItem(self.tr("— nog geen eindoordeel —"), NOT_JUDGED)
        for verdict in PlanVerdict:
            f.verdictCombo.addItem(verdict_label(verdict), verdict.value)
        f.verdictCombo.currentIndexChanged.connect(lambda _i: self._store_assessment())
        f.pointsTable.itemChanged.connect(self._point_reason_changed)
        f.pointsTable.setAccessibleName(self.tr("Beoordeling per onderdeel van de gepaste zorgvuldigheid"))
        f.recordReportButton.clicked.connect(self.record_receipt)
        f.chooseReportAttachmentButton.clicked.connect(self.choose_attachment)
        f.saveReportAttachmentButton.clicked.connect(self.save_attachment)
        set_up_date(f.receivedDate, monitoring.today())
        self.show(None, None, "")

    def _build_points_table(self) -> None:
        table = self._form.pointsTable
        table.setRowCount(len(DueDiligencePoint))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._point_combos: dict[DueDiligencePoint, QComboBox] = {}
        for row, point in enumerate(DueDiligencePoint):
            name = QTableWidgetItem(point_label(point))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            combo = QComboBox(table)
            combo.setAccessibleName(self.tr("Oordeel: {point}").format(point=point_label(point)))
            combo.addItem("—", NOT_JUDGED)
            for verdict in PlanVerdict:
                combo.addItem(verdict_label(verdict), verdict.value)
            combo.currentIndexChanged.connect(lambda _i: self._store_assessment())
            table.setCellWidget(row, 1, combo)
            self._point_combos[point] = combo
            reason = QTableWidgetItem("")
            reason.setToolTip(self.tr("Dubbelklik of F2 om een toelichting te typen"))
            table.setItem(row, REASON_COLUMN, reason)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)

    # -- showing ---------------------------------------------------------------------
    def show(self, dossier_id: int | None, report: ProgressReport | None, supplier_name: str) -> None:
        """Show ``report``; the same report again only updates its state (the texts being typed stay)."""
        if report is not None and self._report is not None and report.id == self._report.id:
            self._report = report
            self._show_state()
            return
        self.flush()
        self._dossier_id = dossier_id
        self._report = report
        self._pending_file = None
        f = self._form
        self._loading = True
        try:
            for field, binding in self._bindings.items():
                binding.set_text(getattr(report, field) if report else "")
            self._reason_binding.set_text(report.verdict_reason if report else "")
            given = {p.point: p for p in report.points} if report else {}
            for row, point in enumerate(DueDiligencePoint):
                assessment = given.get(point)
                combo = self._point_combos[point]
                combo.setCurrentIndex(combo.findData(assessment.verdict.value if assessment else NOT_JUDGED))
                f.pointsTable.item(row, REASON_COLUMN).setText(assessment.reason if assessment else "")
            verdict = report.verdict.value if report and report.verdict else NOT_JUDGED
            f.verdictCombo.setCurrentIndex(f.verdictCombo.findData(verdict))
            day = (report.received_on if report and report.received_on else None) or self._monitoring.today()
            set_up_date(f.receivedDate, day)
        finally:
            self._loading = False
        if report is None:
            f.reportGroup.setTitle(self.tr("Voortgangsrapportage"))
        else:
            f.reportGroup.setTitle(self.tr("Voortgangsrapportage jaar {year} — {supplier}").format(
                year=report.contract_year, supplier=supplier_name))
        show_error(f.reportError, None)
        show_error(f.assessmentError, None)
        self._show_state()

    def _show_state(self) -> None:
        f = self._form
        report = self._report
        has_report = report is not None
        received = report is not None and report.received_on is not None
        for widget in (f.receivedDate, f.recordReportButton, f.chooseReportAttachmentButton,
                       *self._text_fields.values()):
            widget.setEnabled(has_report)
        for widget in (f.pointsTable, f.verdictCombo, f.verdictReasonEdit):
            widget.setEnabled(received)
        if report is None:
            f.reportInfoLabel.setText(self.tr("Kies in de tijdlijn een voortgangsrapportage om die vast te leggen "
                                              "en te beoordelen."))
        elif received:
            f.reportInfoLabel.setText(self.tr("Uiterlijk {due}; ontvangen op {received}. Wat u in de velden typt, "
                                              "wordt meteen bewaard.").format(
                due=day_text(report.due_on), received=day_text(report.received_on)))
        else:
            f.reportInfoLabel.setText(self.tr("Uiterlijk {due}; nog niet ontvangen. Vul de ontvangstdatum en de inhoud "
                                              "in en kies ‘Ontvangst vastleggen’.").format(due=day_text(report.due_on)))
        f.recordReportButton.setText(self.tr("Ontvangstdatum &wijzigen") if received
                                     else self.tr("Ontvangst &vastleggen"))
        if self._pending_file is not None:
            name, content = self._pending_file
            f.reportAttachmentName.setText(self.tr("{file} — wordt bewaard bij ‘Ontvangst vastleggen’").format(
                file=attachment_text(name, content)))
        else:
            f.reportAttachmentName.setText(attachment_text(report.attachment_name if report else None,
                                                           report.attachment if report else None))
        f.saveReportAttachmentButton.setEnabled(bool(report and report.attachment))
        if report is None:
            f.assessmentStatus.setText("")
        elif not received:
            f.assessmentStatus.setText(self.tr("Beoordelen kan zodra de rapportage is ontvangen."))
        elif report.is_assessed:
            f.assessmentStatus.setText(self.tr("✓ Beoordeeld op {day}.").format(day=day_text(report.assessed_on)))
        else:
            f.assessmentStatus.setText(self.tr("Nog niet beoordeeld: kies een eindoordeel."))

    @property
    def report(self) -> ProgressReport | None:
        return self._report

    # -- receipt and texts -------------------------------------------------------------------
    def record_receipt(self) -> None:
        report = self._report
        if report is None or self._dossier_id is None:
            return
        f = self._form
        received_on = date_of(f.receivedDate)
        if received_on > self._monitoring.today():
            show_error(f.reportError, self.tr("De ontvangstdatum ligt in de toekomst."), f.receivedDate)
            return
        texts = {field: binding.text() for field, binding in self._bindings.items()}
        name, content = self._pending_file or (None, None)
        try:
            self._report = self._monitoring.record_progress_report(
                self._dossier_id, stored_id(report.id), received_on, texts, name, content)
        except UserError as error:
            show_error(f.reportError, error.message(self._language), f.recordReportButton)
            return
        for field, binding in self._bindings.items():
            binding.set_text(texts[field])
        self._pending_file = None
        show_error(f.reportError, None)
        self._show_state()
        self._stored(True)

    def _text_storer(self, field: str) -> Callable[[str], None]:
        def store(text: str) -> None:
            report = self._report
            if report is None or report.received_on is None or self._dossier_id is None:
                return  # kept in the field until the receipt is recorded
            self._report = self._monitoring.record_progress_report(
                self._dossier_id, stored_id(report.id), report.received_on, {field: text})
            self._stored(False)

        return store

    def flush(self) -> None:
        for binding in self._bindings.values():
            binding.flush()
        self._reason_binding.flush()

    # -- the attached file ----------------------------------------------------------------------
    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self._page, self.tr("Rapportage kiezen"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        """Keep the file with the report (at once when it was received, otherwise with the receipt)."""
        f = self._form
        report = self._report
        if report is None or self._dossier_id is None:
            return False
        try:
            name, content = read_attachment(path)
            if report.received_on is not None:
                self._report = self._monitoring.record_progress_report(
                    self._dossier_id, stored_id(report.id), report.received_on, None, name, content)
            else:
                self._pending_file = (name, content)
        except UserError as error:
            show_error(f.reportError, error.message(self._language), f.chooseReportAttachmentButton)
            return False
        except AttachmentUnreadableError as error:
            show_error(f.reportError, self.tr("Het bestand kan niet worden gelezen: {reason}").format(reason=error),
                       f.chooseReportAttachmentButton)
            return False
        show_error(f.reportError, None)
        self._show_state()
        if self._pending_file is None:
            self._stored(False)
        return True

    def save_attachment(self) -> None:
        report = self._report
        if report is None or not report.attachment:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _filter = QFileDialog.getSaveFileName(
            self._page, self.tr("Bijlage opslaan"), str(Path(folder) / (report.attachment_name or "bijlage")))
        if not target:
            return
        try:
            write_bytes_atomically(target, report.attachment)  # whole or not at all
        except UserError as error:  # a full disk, no permission: named in the buyer's language
            show_error(self._form.reportError, error.message(self._language))

    # -- assessment ---------------------------------------------------------------------------------
    def _point_reason_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == REASON_COLUMN:
            self._store_assessment()

    def assessment_input(self) -> tuple[dict[DueDiligencePoint, tuple[PlanVerdict, str]], PlanVerdict | None]:
        table = self._form.pointsTable
        points = {}
        for row, point in enumerate(DueDiligencePoint):
            value = self._point_combos[point].currentData()
            if value is not None:
                points[point] = (PlanVerdict(value), table.item(row, REASON_COLUMN).text())
        verdict = self._form.verdictCombo.currentData()
        return points, PlanVerdict(verdict) if verdict else None

    def _store_assessment(self) -> None:
        try:
            self._save_assessment(True)
        except UserError as error:
            show_error(self._form.assessmentError, error.message(self._language), self._form.pointsTable)

    def _save_assessment(self, changes_timeline: bool) -> None:
        """Store the whole assessment as shown; UserError when a text is too long."""
        report = self._report
        if self._loading or report is None or report.received_on is None or self._dossier_id is None:
            return
        points, verdict = self.assessment_input()
        self._report = self._monitoring.assess_progress_report(
            self._dossier_id, stored_id(report.id), points, verdict, self._reason_binding.text())
        show_error(self._form.assessmentError, None)
        self._show_state()
        self._stored(changes_timeline)

    def point_combo(self, point: DueDiligencePoint) -> QComboBox:
        return self._point_combos[point]
