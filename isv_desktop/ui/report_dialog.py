"""The yearly ISV report (jaarrapportage): the figures of a chosen year, the targets, the dossiers, the notes.

Everything shown comes from ``ReportService.compute`` — the same report the
PDF and the workbook print, so the screen and the files never disagree. The
report is computed on a worker thread with its own connection
(``report_computing.ReportWorker``); only the answer to the latest request is
shown. The files are written from that report on a worker thread too
(``ReportExporter``). A dossier can be left out of the report (with a reason)
or counted again from the "Dossiers" tab; the report is then computed again.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from ..domain.messages import UserError
from ..domain.report_targets import MilestoneStatus
from ..domain.yearly_report import YearlyReport
from ..export.report_texts import text
from ..services.yearly_report import ReportService
from .forms.report_dialog_ui import Ui_ReportDialog
from .palette_colours import ERROR, text_style
from .report_computing import ReportWorker
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
    report_shown = Signal(object)  # the YearlyReport now on screen

    def __init__(self, reports: ReportService, language: str, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._reports = reports
        self._language = language
        self._today = today
        self._request = 0  # the number of the latest report asked for; older answers are ignored
        self._computing: dict[int, ReportWorker] = {}  # running workers by request number
        self._after_computing = ""  # what to say once the figures are shown
        self._saving = False
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

    @property
    def computing(self) -> bool:
        """True while the latest report asked for is still being computed."""
        return self._request in self._computing

    def show_year(self, message: str = "") -> None:
        """Compute the chosen year's report in the background; it is shown everywhere when it is ready
        (``report_shown``), then ``message`` is said. A newer request replaces the one running."""
        self._request += 1
        self._after_computing = message
        worker = ReportWorker(self._request, self._reports.database_path, self.year, self._today, self)
        worker.computed.connect(self._computed)
        worker.failed.connect(self._not_computed)
        worker.finished.connect(lambda number=self._request: self._computing.pop(number, None))
        worker.finished.connect(worker.deleteLater)
        self._computing[self._request] = worker
        self._update_buttons()
        self._say(self.tr("Bezig: de cijfers van {year} worden berekend…").format(year=self.year))
        worker.start()

    def wait_for_report(self) -> None:
        """Wait for the workers still computing (closing the window: no thread outlives it)."""
        for worker in list(self._computing.values()):
            worker.wait()

    def _not_computed(self, number: int, error: Exception) -> None:
        if number != self._request:
            return  # an older request: a newer one is on its way
        self._computing.pop(number, None)
        self._update_buttons()
        if not isinstance(error, UserError):
            self._say("")
            raise error  # a fault of the program: the crash handler logs it
        self._say(error.message(self._language), error=True)

    def _computed(self, number: int, report: YearlyReport) -> None:
        if number != self._request:
            return  # an older request: its year is no longer the one chosen
        self._computing.pop(number, None)
        self._update_buttons()
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
        self._say(self._after_computing)
        self.report_shown.emit(report)

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
        self.show_year(message)

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
        if report is None or self.exporter.busy or self.computing:
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
        self._saving = saving
        for widget in (self.form.yearSpin, self.form.fileLanguageCombo):
            widget.setEnabled(not saving)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """The files are written from the report on screen: not while one is written or another computed."""
        ready = not self._saving and not self.computing
        self.form.pdfButton.setEnabled(ready)
        self.form.xlsxButton.setEnabled(ready)

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
        self.wait_for_report()
        super().done(result)

    def event(self, event: QEvent) -> bool:  # noqa: D401 (Qt API)
        if event.type() == QEvent.Type.DeferredDelete:
            self.wait_for_report()  # deleted without being closed: its workers end first
        return super().event(event)
