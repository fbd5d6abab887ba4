"""The dossiers behind the report's figures, and those left out of it — with the buttons to move them.

Leaving a dossier out asks for the reason (it is printed in the report's
notes); counting it again needs no reason. Each change is stored at once and
``changed`` tells the dialog to compute the report again.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton, QTableWidget, QWidget

from ..domain.dossier import IsvDecision
from ..domain.messages import UserError
from ..domain.vocabulary import short_label
from ..domain.yearly_report import DossierLine, YearlyReport
from ..export.report_texts import day_text, euro_text, label, risk_category_text, text, yes_no
from ..services.yearly_report import ReportService
from .steps.monitoring_widgets import fill_table, select_key, selected_key, set_up_table

DOSSIER_COLUMNS = ("dossier.number", "dossier.title", "dossier.started", "dossier.value",
                   "dossier.above", "dossier.category", "dossier.decision", "dossier.variants",
                   "dossier.consultations", "dossier.status")
LEFT_OUT_COLUMNS = ("dossier.number", "dossier.title", "dossier.started", "notes.reason", "dossier.left_out_on")
TITLE_COLUMN, DECISION_COLUMN, REASON_COLUMN = 1, 6, 3
TITLE_WIDTH = 210


class ReportDossiers(QObject):
    """Drives the two tables of the dialog's "Dossiers" tab."""

    changed = Signal(str)  # after a dossier was left out or counted again; the message to show

    def __init__(self, reports: ReportService, language: str, counted: QTableWidget, counted_label: QLabel,
                 leave_out_button: QPushButton, left_out: QTableWidget, include_button: QPushButton,
                 window: QWidget) -> None:
        super().__init__(window)
        self._reports = reports
        self._language = language
        self._counted = counted
        self._counted_label = counted_label
        self._left_out = left_out
        self._leave_out_button = leave_out_button
        self._include_button = include_button
        self._window = window
        self._titles: dict[int, str] = {}
        counted.setColumnCount(len(DOSSIER_COLUMNS))
        headers = [text(key, language) for key in DOSSIER_COLUMNS]
        headers[DOSSIER_COLUMNS.index("dossier.variants")] = self.tr("Ambitie en varianten")
        counted.setHorizontalHeaderLabels(headers)
        counted.setWordWrap(False)
        set_up_table(counted)
        counted.horizontalHeader().setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Interactive)
        counted.horizontalHeader().resizeSection(TITLE_COLUMN, TITLE_WIDTH)
        left_out.setColumnCount(len(LEFT_OUT_COLUMNS))
        left_out.setHorizontalHeaderLabels([text(key, language) for key in LEFT_OUT_COLUMNS])
        set_up_table(left_out, REASON_COLUMN)
        counted.itemSelectionChanged.connect(self._update_buttons)
        left_out.itemSelectionChanged.connect(self._update_buttons)
        leave_out_button.clicked.connect(self.leave_out_selected)
        include_button.clicked.connect(self.include_selected)
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------------
    def show_report(self, report: YearlyReport) -> None:
        language = self._language
        self._titles = {line.id: line.title for line in report.dossiers}
        self._titles.update({d.id: d.title for d in report.left_out})
        fill_table(self._counted, [(line.id, self._line_texts(line)) for line in report.dossiers])
        for row, line in enumerate(report.dossiers):  # the buyer's explanation in full, where the cell is short
            cell = self._counted.item(row, DECISION_COLUMN)  # filled just above
            if cell is not None:
                cell.setToolTip(self._decision_text(line, explained=True))
        fill_table(self._left_out, [
            (d.id, [str(d.id), d.title + (f" ({d.reference})" if d.reference.strip() else ""),
                    day_text(d.started, language), d.reason, day_text(d.left_out_on, language)])
            for d in report.left_out])
        if report.dossiers:
            self._counted_label.setText(self.tr(
                "{count} aanbestedingen gestart in {year} tellen mee in de cijfers. Kies er een en klik op ‘Buiten "
                "de rapportage laten…’ als hij niet mee moet tellen, bijvoorbeeld een oefendossier.").format(
                count=len(report.dossiers), year=report.year))
        else:
            self._counted_label.setText(text("dossier.none", language, year=report.year))
        self._update_buttons()

    def _decision_text(self, line: DossierLine, explained: bool = False) -> str:
        decision = label(line.decision, self._language)
        if line.reason is not None:
            decision += f": {label(line.reason, self._language)}"
            if explained and line.reason_text.strip():
                decision += f" \u2014 {line.reason_text.strip()}"
        return decision

    def _line_texts(self, line: DossierLine) -> list[str]:
        language = self._language
        ambition = "\u2014"
        if line.decision is IsvDecision.APPLY:
            variants = ", ".join(short_label(v, language) for v in line.variants)
            ambition = line.ambition.label(language) + (f": {variants}" if variants else "")
        return [
            str(line.id), line.title + (f" ({line.reference})" if line.reference.strip() else ""),
            day_text(line.started, language),
            euro_text(line.estimated_value, language), yes_no(line.above_threshold, language),
            risk_category_text(line.risk_category, language), self._decision_text(line), ambition,
            str(line.consultations), label(line.status, language),
        ]

    def _update_buttons(self) -> None:
        self._leave_out_button.setEnabled(selected_key(self._counted) is not None)
        self._include_button.setEnabled(selected_key(self._left_out) is not None)

    # -- changing --------------------------------------------------------------------------------
    def leave_out_selected(self) -> bool:
        dossier_id = selected_key(self._counted)
        if not isinstance(dossier_id, int):
            return False
        title = self._titles.get(dossier_id, str(dossier_id))
        reason, accepted = QInputDialog.getMultiLineText(
            self._window, self.tr("Buiten de rapportage laten"),
            self.tr("Waarom telt ‘{title}’ niet mee in de jaarrapportage? De reden staat in de toelichting van "
                    "het rapport.").format(title=title))
        if not accepted:
            return False
        try:
            self._reports.leave_out(dossier_id, reason)
        except UserError as error:
            QMessageBox.warning(self._window, self.tr("Niet buiten de rapportage gelaten"),
                                error.message(self._language))
            return False
        self.changed.emit(self.tr("‘{title}’ telt niet meer mee; het staat met de reden in de toelichting.").format(
            title=title))
        select_key(self._left_out, dossier_id)
        return True

    def include_selected(self) -> bool:
        dossier_id = selected_key(self._left_out)
        if not isinstance(dossier_id, int):
            return False
        self._reports.include(dossier_id)
        self.changed.emit(self.tr("‘{title}’ telt weer mee in de cijfers.").format(
            title=self._titles.get(dossier_id, str(dossier_id))))
        return True
