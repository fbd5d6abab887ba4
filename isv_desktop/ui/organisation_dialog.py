"""The organisation's settings and its ISV targets, for the yearly report.

Name, logo (printed on the report's title page), the report's default
language and the default deadlines are stored as soon as they change. A
target is one of the report's shares (``ReportService.figures()``) with a
goal percentage in a target year and milestones per year on the way; it is
stored when the buyer clicks "Doel opslaan" and removed after a question.
Whatever the service refuses (a bad percentage, a milestone after the target
year, a file that is no PNG or JPEG) is said in the buyer's language and
changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from ..domain.deadlines import Deadlines
from ..domain.messages import UserError
from ..domain.percentages import format_percent
from ..domain.report_targets import Target, parse_percentage
from ..domain.yearly_report import MAX_LOGO_BYTES, FigureBlock, OrganisationSettings
from ..services.yearly_report import ReportService
from .forms.organisation_dialog_ui import Ui_OrganisationDialog
from .palette_colours import ERROR, text_style
from .steps.monitoring_widgets import confirm, show_error
from .window_state import fit_to_screen

KEY_ROLE = Qt.ItemDataRole.UserRole


class OrganisationDialog(QDialog):
    def __init__(self, reports: ReportService, language: str, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._reports = reports
        self._language = language
        self._milestones: dict[int, Decimal] = {}
        self._folder: Path | None = None
        self.form = Ui_OrganisationDialog()
        self.form.setupUi(self)
        fit_to_screen(self, 900, 640)  # never larger than the screen: its buttons stay reachable
        f = self.form
        f.languageCombo.addItem("Nederlands", "nl")
        f.languageCombo.addItem("English", "en")
        self._fill_figures()
        f.targetsTree.setColumnCount(4)
        f.targetsTree.setHeaderLabels([self.tr("Cijfer"), self.tr("Doel"), self.tr("Doeljaar"),
                                       self.tr("Tussendoelen")])
        header = f.targetsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        this_year = today().year
        f.targetYearSpin.setValue(this_year + 2)
        f.milestoneYearSpin.setValue(this_year)
        f.targetError.setStyleSheet(text_style(ERROR))
        f.nameError.setStyleSheet(text_style(ERROR))
        self._show_settings(reports.organisation())
        self._show_targets()
        f.nameEdit.editingFinished.connect(self.store_name)
        f.chooseLogoButton.clicked.connect(self.choose_logo)
        f.removeLogoButton.clicked.connect(self.remove_logo)
        f.languageCombo.currentIndexChanged.connect(lambda _index: self._store(language=f.languageCombo.currentData()))
        for spin in (f.planSpin, f.questionnaireSpin, f.progressSpin):
            spin.valueChanged.connect(lambda _value: self._store(deadlines=self._deadlines()))
        f.addMilestoneButton.clicked.connect(self.add_milestone)
        f.milestonePercentEdit.returnPressed.connect(self.add_milestone)
        f.removeMilestoneButton.clicked.connect(self.remove_milestone)
        f.milestoneList.itemSelectionChanged.connect(self._update_buttons)
        f.addTargetButton.clicked.connect(self.add_target)
        f.goalEdit.returnPressed.connect(self.add_target)
        f.removeTargetButton.clicked.connect(self.remove_target)
        f.targetsTree.itemSelectionChanged.connect(self._update_buttons)
        f.buttonBox.rejected.connect(self.reject)
        f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Enter never closes
        self._update_buttons()

    # -- organisation -------------------------------------------------------------------------
    def _show_settings(self, settings: OrganisationSettings) -> None:
        f = self.form
        for widget in (f.nameEdit, f.languageCombo, f.planSpin, f.questionnaireSpin, f.progressSpin):
            widget.blockSignals(True)
        try:
            if f.nameEdit.text() != settings.name:
                f.nameEdit.setText(settings.name)
            f.languageCombo.setCurrentIndex(max(0, f.languageCombo.findData(settings.language)))
            f.planSpin.setValue(settings.deadlines.plan_of_action_weeks)
            f.questionnaireSpin.setValue(settings.deadlines.questionnaire_weeks)
            f.progressSpin.setValue(settings.deadlines.progress_report_weeks)
        finally:
            for widget in (f.nameEdit, f.languageCombo, f.planSpin, f.questionnaireSpin, f.progressSpin):
                widget.blockSignals(False)
        self._show_logo(settings)

    def _show_logo(self, settings: OrganisationSettings) -> None:
        f = self.form
        f.removeLogoButton.setEnabled(settings.logo is not None)
        if settings.logo is None:
            f.logoPreview.setPixmap(QPixmap())
            f.logoPreview.setText(self.tr("Geen logo"))
            f.logoNameLabel.setText(self.tr("PNG of JPEG, hoogstens {limit} MB.").format(
                limit=MAX_LOGO_BYTES // (1024 * 1024)))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(settings.logo):
            box = f.logoPreview.contentsRect().size()
            f.logoPreview.setPixmap(pixmap.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
        else:
            f.logoPreview.setPixmap(QPixmap())
            f.logoPreview.setText(self.tr("(geen voorbeeld)"))
        f.logoNameLabel.setText(settings.logo_name or "")

    def _store(self, **changes) -> bool:
        """Store the changed settings at once; on a refused value say why and show what is stored."""
        try:
            settings = self._reports.set_organisation(**changes)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), error.message(self._language))
            self._show_settings(self._reports.organisation())
            return False
        self._show_settings(settings)
        self._say(self.tr("Opgeslagen."))
        return True

    def store_name(self) -> bool:
        name = self.form.nameEdit.text()
        if name == self._reports.organisation().name:
            return True
        try:
            self._reports.set_organisation(name=name)
        except UserError as error:
            show_error(self.form.nameError, error.message(self._language), self.form.nameEdit)
            return False
        show_error(self.form.nameError, None)
        self._say(self.tr("Opgeslagen."))
        return True

    def _deadlines(self) -> Deadlines:
        f = self.form
        return Deadlines(f.planSpin.value(), f.questionnaireSpin.value(), f.progressSpin.value())

    def choose_logo(self) -> bool:
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), str(folder), self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if not chosen:
            return False
        path = Path(chosen)
        self._folder = path.parent
        return self.set_logo_from(path)

    def set_logo_from(self, path: Path) -> bool:
        """Read ``path`` and store it as the logo; a file that cannot be used is refused with a message."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                data = b""  # refused below by the service, without reading a huge file
            else:
                data = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Logo niet opgeslagen"), self.tr(
                "Het bestand kan niet worden gelezen: {reason}").format(reason=error.strerror or error))
            return False
        try:
            settings = self._reports.set_organisation(logo=data, logo_name=path.name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Logo niet opgeslagen"), error.message(self._language))
            return False
        self._show_logo(settings)
        self._say(self.tr("Logo opgeslagen: {name}.").format(name=path.name))
        return True

    def remove_logo(self) -> None:
        self._store(logo=None)

    # -- targets ------------------------------------------------------------------------------
    def _fill_figures(self) -> None:
        combo = self.form.figureCombo
        block = None
        for figure in self._reports.figures():
            if block is not None and figure.block is not block:
                combo.insertSeparator(combo.count())
            block = figure.block
            combo.addItem(figure.label(self._language), figure.key)
            combo.setItemData(combo.count() - 1, self._block_text(figure.block), Qt.ItemDataRole.ToolTipRole)

    def _block_text(self, block: FigureBlock) -> str:
        return {
            FigureBlock.TENDERS: self.tr("Aanbestedingen gestart in het jaar"),
            FigureBlock.SUPPLIERS: self.tr("Opvolging van leveranciers in het jaar"),
            FigureBlock.MONITORING: self.tr("Contractmonitoring in het jaar"),
        }[block]

    def _figure_label(self, key: str) -> str:
        return next((f.label(self._language) for f in self._reports.figures() if f.key == key), key)

    def _show_targets(self, select: int | None = None) -> None:
        tree = self.form.targetsTree
        tree.clear()
        for target in self._reports.targets():
            item = QTreeWidgetItem([self._figure_label(target.figure), format_percent(target.goal, self._language),
                                    str(target.year), self._milestones_text(target)])
            item.setData(0, KEY_ROLE, target.id)
            item.setToolTip(0, item.text(0))
            tree.addTopLevelItem(item)
            if target.id == select:
                tree.setCurrentItem(item)
        self._update_buttons()

    def _milestones_text(self, target: Target) -> str:
        return "; ".join(f"{year}: {format_percent(percent, self._language)}" for year, percent in target.milestones) \
            or "\u2014"

    def add_milestone(self) -> bool:
        f = self.form
        try:
            percent = parse_percentage(f.milestonePercentEdit.text())
        except UserError as error:
            show_error(f.targetError, error.message(self._language), f.milestonePercentEdit)
            return False
        show_error(f.targetError, None)
        self._milestones[f.milestoneYearSpin.value()] = percent
        f.milestonePercentEdit.clear()
        if f.milestoneYearSpin.value() < f.milestoneYearSpin.maximum():
            f.milestoneYearSpin.setValue(f.milestoneYearSpin.value() + 1)
        self._show_milestones()
        return True

    def remove_milestone(self) -> None:
        item = self.form.milestoneList.currentItem()
        if item is not None:
            self._milestones.pop(item.data(KEY_ROLE), None)
            self._show_milestones()

    def _show_milestones(self) -> None:
        listing = self.form.milestoneList
        listing.clear()
        for year in sorted(self._milestones):
            item = QListWidgetItem(f"{year}: {format_percent(self._milestones[year], self._language)}")
            item.setData(KEY_ROLE, year)
            listing.addItem(item)
        self._update_buttons()

    def add_target(self) -> bool:
        """Store the new target (with a milestone still typed in, if any); on a refused value nothing is stored."""
        f = self.form
        if f.milestonePercentEdit.text().strip() and not self.add_milestone():
            return False
        try:
            target = self._reports.add_target(f.figureCombo.currentData(), f.goalEdit.text(), f.targetYearSpin.value(),
                                              dict(self._milestones.items()))
        except UserError as error:
            show_error(f.targetError, error.message(self._language), f.goalEdit)
            return False
        show_error(f.targetError, None)
        self._milestones.clear()
        self._show_milestones()
        f.goalEdit.clear()
        self._show_targets(select=target.id)
        self._say(self.tr("Doel opgeslagen: {figure}, {goal} in {year}.").format(
            figure=self._figure_label(target.figure), goal=format_percent(target.goal, self._language),
            year=target.year))
        return True

    def remove_target(self) -> bool:
        item = self.form.targetsTree.currentItem()
        if item is None:
            return False
        question = self.tr("Doel ‘{figure}: {goal} in {year}’ verwijderen?").format(
            figure=item.text(0), goal=item.text(1), year=item.text(2))
        if not confirm(self, self.tr("Doel verwijderen"), question, self.tr("Verwijderen")):
            return False
        try:
            self._reports.remove_target(item.data(0, KEY_ROLE))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Niet verwijderd"), error.message(self._language))
        self._show_targets()
        self._say(self.tr("Doel verwijderd."))
        return True

    def _update_buttons(self) -> None:
        f = self.form
        f.removeTargetButton.setEnabled(f.targetsTree.currentItem() is not None
                                        and bool(f.targetsTree.selectedItems()))
        f.removeMilestoneButton.setEnabled(f.milestoneList.currentItem() is not None)

    def _say(self, message: str) -> None:
        self.form.statusLabel.setText(message)

    def done(self, result: int) -> None:  # noqa: D401 (Qt API)
        if self.form.nameEdit.isModified():
            self.store_name()  # the name typed last is stored even when the dialog is closed with Escape
        super().done(result)
