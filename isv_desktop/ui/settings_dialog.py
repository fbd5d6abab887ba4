"""Settings: interface language, help shown by default, and the EU thresholds of today."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QMessageBox

from ..domain.amounts import format_euro, parse_euro_amount
from ..domain.day_format import format_day
from ..domain.dossier_edits import parse_date
from ..domain.messages import UserError
from ..services.applicability import ApplicabilityService
from ..services.preferences import ProgramPreferences
from .forms.settings_dialog_ui import Ui_SettingsDialog
from .palette_colours import ERROR, text_style


class SettingsDialog(QDialog):
    def __init__(
        self,
        applicability: ApplicabilityService,
        preferences: ProgramPreferences,
        language: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._applicability = applicability
        self._preferences = preferences
        self._language = language
        self.form = Ui_SettingsDialog()
        self.form.setupUi(self)
        f = self.form
        f.thresholdError.setStyleSheet(text_style(ERROR))
        f.languageCombo.addItem("Nederlands", "nl")
        f.languageCombo.addItem("English", "en")
        current = preferences.load()
        f.languageCombo.setCurrentIndex(f.languageCombo.findData(current.language))
        f.showHelpCheck.setChecked(current.show_help)
        f.languageCombo.currentIndexChanged.connect(self._store_preferences)
        f.showHelpCheck.toggled.connect(self._store_preferences)
        f.addThresholdButton.clicked.connect(self.add_thresholds)
        f.buttonBox.rejected.connect(self.reject)
        self._show_current()

    def _store_preferences(self) -> None:
        f = self.form
        prefs = replace(
            self._preferences.load(),
            language=f.languageCombo.currentData(),
            show_help=f.showHelpCheck.isChecked(),
        )
        try:
            self._preferences.save(prefs)  # written whole or not at all
        except UserError as error:  # a full disk, a config folder that cannot be written
            QMessageBox.warning(self, self.windowTitle(), error.message(self._language))

    def _show_current(self) -> None:
        period = self._applicability.current_period()
        if period is None:
            text = self.tr(
                "Voor vandaag is geen drempel bekend. Vul hieronder de drempels in die nu gelden "
                "(te vinden bij PIANOo); ze worden met datum bewaard en vanaf nu gebruikt."
            )
        else:
            text = self.tr(
                "Nu geldig ({start} t/m {end}): leveringen en diensten {supplies}, werken {works}."
            ).format(
                start=format_day(period.start, self._language),
                end=format_day(period.end, self._language),
                supplies=format_euro(period.supplies_services, self._language, whole_euros=True),
                works=format_euro(period.works, self._language, whole_euros=True),
            )
        self.form.currentThresholdLabel.setText(text)

    def add_thresholds(self) -> bool:
        f = self.form
        try:
            start = parse_date(f.fromEdit.text())
            end = parse_date(f.untilEdit.text())
            if start is None or end is None:
                raise UserError("date.invalid", text="")
            supplies = parse_euro_amount(f.suppliesEdit.text(), self._language)
            works = parse_euro_amount(f.worksEdit.text(), self._language)
            self._applicability.enter_thresholds(start, end, supplies, works)
        except UserError as error:
            f.thresholdError.setText(error.message(self._language))
            f.thresholdError.show()
            return False
        f.thresholdError.hide()
        for edit in (f.fromEdit, f.untilEdit, f.suppliesEdit, f.worksEdit):
            edit.clear()
        self._show_current()
        return True
