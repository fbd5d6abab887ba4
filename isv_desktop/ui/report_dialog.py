"""The yearly ISV report (jaarrapportage): the figures of a chosen year, the targets, the dossiers, the notes.

Everything shown comes from ``ReportService.compute`` — the same report the
PDF and the workbook print, so the screen and the files never disagree. The
files are written from that report on a worker thread (``ReportExporter``).
A dossier can be left out of the report (with a reason) or counted again from
the "Dossiers" tab; the report is then computed again at once.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from ..domain.messages import UserError
from ..domain.report_targets import MilestoneStatus
from ..domain.yearly_report import YearlyReport
from ..export.report_texts import text
from ..services.yearly_report import ReportService
from .forms.report_dialog_ui import Ui_ReportDialog
from .palette_colours import ERROR, text_style
from .report_dossiers import ReportDossiers
from .report_export import ReportExporter
from .report_figures import fill_figure_tree, set_up_figure_tree
from .report_notes import notes_html
from .report_targets_view import ReportTargetsView
from .window_state import fit_to_screen

FIGURES_TAB, TARGETS_TAB, DOSSIERS_TAB, NOTES_TAB = range(4)


class ReportDialog(QDialog):
    saved = Signal(Path)  # a file was written
    save_failed = Signal(str)  # the message shown

    def __init__(self, reports: ReportService, language: str, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._reports = reports
        self._language = language
        self._folder: Path | None = None
        self.report: YearlyReport | None = None
        self.saved_path: Path | None = None
        self.form = Ui_ReportDialog()
        self.form.setupUi(self)
        fit_to_screen(self, 1180, 780)  # never larger than the screen: its buttons stay reachable
        f = self.form
        f.fileLanguageCombo.addItem("Nederlands", "nl")
        f.fileLanguageCombo.addItem("English", "en")
        organisation = reports.organisation()
        f.fileLanguageCombo.setCurrentIndex(max(0, f.fileLanguageCombo.findData(organisation.language)))
        f.fileLanguageCombo.setToolTip(self.tr("De taal van de PDF en de Excel-werkmap; het scherm volgt de taal "
                                               "van het programma."))
        set_up_figure_tree(f.figuresTree, language)
        self.targets_view = ReportTargetsView(language, f.targetsContent)
        f.targetsContentLayout.addWidget(self.targets_view)
        self.dossiers = ReportDossiers(reports, language, f.dossiersTable, f.countedLabel, f.leaveOutButton,
                                       f.leftOutTable, f.includeButton, self)
        f.dossiersSplitter.setStretchFactor(0, 3)
        f.dossiersSplitter.setStretchFactor(1, 1)
        self.dossiers.changed.connect(self._dossiers_changed)
        self.exporter = ReportExporter(self)
        self.exporter.finished.connect(self._saved)
        self.exporter.failed.connect(self._not_saved)
        f.yearSpin.setValue(today().year - 1)
        f.yearSpin.valueChanged.connect(lambda _year: self.show_year())
        f.pdfButton.clicked.connect(self.save_pdf)
        f.xlsxButton.clicked.connect(self.save_xlsx)
        f.buttonBox.rejected.connect(self.reject)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Enter never closes
        self.show_year()

    # -- the report ------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.form.yearSpin.value()

    def show_year(self) -> None:
        """Compute the chosen year's report and show it everywhere."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._reports.compute(self.year)
        except UserError as error:
            self._say(error.message(self._language), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.report = report
        f, language = self.form, self._language
        self.setWindowTitle(self.tr("Jaarrapportage ISV {year}").format(year=report.year))
        fill_figure_tree(f.figuresTree, report, language,
                         self.tr("Op dit cijfer kunt u een doel zetten (Organisatie en doelen)."))
        self.targets_view.show_report(report)
        self.dossiers.show_report(report)
        f.notesBrowser.setHtml(notes_html(report, language))
        f.summaryLabel.setText(self._summary(report))
        f.tabs.setTabText(TARGETS_TAB, self.tr("&Doelen ({count})").format(count=len(report.targets)))
        f.tabs.setTabText(DOSSIERS_TAB, self.tr("D&ossiers ({count})").format(count=len(report.dossiers)))

    def _summary(self, report: YearlyReport) -> str:
        name = report.organisation.name or text("no_organisation", self._language)
        behind = sum(1 for p in report.targets if p.status is MilestoneStatus.BEHIND)
        summary = self.tr("{organisation} — {year}: {started} aanbestedingen gestart, waarvan {applied} met ISV. "
                          "Dossiers buiten de rapportage: {left_out}.").format(
            organisation=name, started=report.tenders.started, year=report.year, applied=report.tenders.applied,
            left_out=len(report.left_out))
        if report.targets:
            summary += " " + self.tr("Doelen: {count}, waarvan {behind} achter op schema.").format(
                count=len(report.targets), behind=behind)
        return summary

    def _dossiers_changed(self, message: str) -> None:
        self.show_year()
        self._say(message)

    # -- files -----------------------------------------------------------------------------------------
    def default_file_name(self, suffix: str) -> str:
        return self.tr("ISV-jaarrapportage-{year}").format(year=self.year) + suffix

    def save_pdf(self) -> bool:
        return self._save(".pdf", self.tr("Jaarrapportage als PDF opslaan"), self.tr("PDF-bestanden (*.pdf)"),
                          self.tr("De PDF wordt gemaakt…"))

    def save_xlsx(self) -> bool:
        return self._save(".xlsx", self.tr("Jaarrapportage als Excel-werkmap opslaan"),
                          self.tr("Excel-werkmappen (*.xlsx)"), self.tr("De Excel-werkmap wordt gemaakt…"))

    def _save(self, suffix: str, title: str, file_filter: str, busy_text: str) -> bool:
        report = self.report
        if report is None or self.exporter.busy:
            return False
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(folder / self.default_file_name(suffix)),
                                                      file_filter)
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        language = self.form.fileLanguageCombo.currentData()
        reports = self._reports
        if suffix == ".pdf":
            def work() -> None:
                reports.write_pdf(report.year, target, language, report=report)
        else:
            def work() -> None:
                reports.write_xlsx(report.year, target, language, report=report)
        self._set_saving(True)
        self._say(busy_text)
        return self.exporter.start(work, target, busy_text)

    def _set_saving(self, saving: bool) -> None:
        for widget in (self.form.pdfButton, self.form.xlsxButton, self.form.yearSpin, self.form.fileLanguageCombo):
            widget.setEnabled(not saving)

    def _saved(self, target: Path) -> None:
        self._set_saving(False)
        self._folder = target.parent
        self.saved_path = target
        self._say(self.tr("Opgeslagen als {path}.").format(path=target))
        self.saved.emit(target)

    def _not_saved(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, UserError):
            message = error.message(self._language)
        elif isinstance(error, OSError):
            message = self.tr("Het bestand kon niet worden opgeslagen: {reason}").format(
                reason=error.strerror or error)
        else:
            self._say("")
            raise error  # a fault of the program: the crash handler logs it
        self._say(message, error=True)
        self.save_failed.emit(message)
        QMessageBox.warning(self, self.tr("Niet opgeslagen"), message)

    def _say(self, message: str, error: bool = False) -> None:
        self.form.statusLabel.setText(message)
        self.form.statusLabel.setStyleSheet(text_style(ERROR) if error else "")

    def done(self, result: int) -> None:  # noqa: D401 (Qt API)
        self.exporter.wait()  # a file being written is finished first
        super().done(result)
