"""The stakeholder log: who was consulted, when, on which risks, and what came out."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...domain.day_format import format_day
from ...domain.dossier_edits import parse_date
from ...domain.messages import UserError
from ...domain.risk.assessment import THEMES
from ...domain.risk_scan_record import StakeholderConsultation, StakeholderKind
from ...domain.themes import Theme
from ..narrowing import stored_id
from .risk_scan_labels import kind_label, theme_label, theme_title
from .risk_scan_widgets import RiskScanTab, WheelGuard, confirm_removal, fill_row, selected_key, short, show_error


class StakeholderEditor(RiskScanTab):
    def _build(self) -> None:
        form = self._form
        self._items: dict[int, StakeholderConsultation] = {}
        f = form
        for kind in StakeholderKind:
            f.kindCombo.addItem(kind_label(kind), kind.value)
        self._wheel_guard = WheelGuard(self)
        self._wheel_guard.guard(f.kindCombo)
        for theme in THEMES:
            item = QListWidgetItem(theme_title(theme))
            item.setData(Qt.ItemDataRole.UserRole, theme.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            f.consultedThemesList.addItem(item)
        themes = f.consultedThemesList
        themes.setFixedHeight(themes.sizeHintForRow(0) * themes.count() + 2 * themes.frameWidth() + 4)
        f.addConsultationButton.clicked.connect(self.add)
        f.removeConsultationButton.clicked.connect(self.remove)
        f.consultationTable.itemSelectionChanged.connect(self._update_buttons)
        f.consultationTable.setAccessibleName(self.tr("Geraadpleegde belanghebbenden"))

    def checked_themes(self) -> tuple[Theme, ...]:
        themes = self._form.consultedThemesList
        return tuple(
            Theme(themes.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(themes.count())
            if themes.item(row).checkState() == Qt.CheckState.Checked
        )

    def check_themes(self, themes: tuple[Theme, ...]) -> None:
        items = self._form.consultedThemesList
        for row in range(items.count()):
            item = items.item(row)
            checked = Theme(item.data(Qt.ItemDataRole.UserRole)) in themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- adding and removing -----------------------------------------------------
    def add(self) -> None:
        dossier_id = self._dossier_id()
        if dossier_id is None:
            return
        f = self._form
        if not f.organisationEdit.text().strip():
            self._error(self.tr("Vul de organisatie in."), f.organisationEdit)
            return
        try:
            consulted_on = parse_date(f.consultedOnEdit.text())
        except UserError as error:
            self._error(error.message(self._language), f.consultedOnEdit)
            return
        if consulted_on is None:
            self._error(self.tr("Vul de datum van de raadpleging in (dd-mm-jjjj)."), f.consultedOnEdit)
            return
        try:
            self._service.add_consultation(
                dossier_id,
                StakeholderKind(f.kindCombo.currentData()),
                f.organisationEdit.text().strip(),
                consulted_on,
                self.checked_themes(),
                f.outcomeEdit.toPlainText(),
            )
        except UserError as error:
            self._error(error.message(self._language), f.addConsultationButton)
            return
        show_error(f.consultationError, None, f.addConsultationButton)
        f.organisationEdit.clear()
        f.consultedOnEdit.clear()
        f.outcomeEdit.clear()
        self.check_themes(())
        self.refresh()
        self._stored()

    def _error(self, message: str, field: QWidget) -> None:
        show_error(self._form.consultationError, message, field)
        field.setFocus()

    def remove(self) -> None:
        dossier_id = self._dossier_id()
        key = selected_key(self._form.consultationTable)
        item = self._items.get(key) if isinstance(key, int) else None
        if dossier_id is None or item is None:
            return
        if confirm_removal(
            self._page,
            self.tr("Raadpleging verwijderen"),
            self.tr("De raadpleging van {organisation} op {date} verwijderen?").format(
                organisation=short(item.organisation), date=format_day(item.consulted_on, self._language)
            ),
        ):
            self._service.remove_consultation(dossier_id, stored_id(item.id))
            self.refresh()
            self._stored()

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        dossier_id = self._dossier_id()
        items = self._service.consultations(dossier_id) if dossier_id is not None else []
        self._items = {stored_id(item.id): item for item in items}
        table = self._form.consultationTable
        table.clearSelection()
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            fill_row(
                table,
                row,
                [
                    format_day(item.consulted_on, self._language),
                    kind_label(item.kind),
                    item.organisation,
                    ", ".join(theme_label(t) for t in item.themes) or "—",
                    short(item.outcome, 200),
                ],
                item.id,
            )
            table.item(row, 4).setToolTip(item.outcome)
        table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self._form.removeConsultationButton.setEnabled(selected_key(self._form.consultationTable) is not None)
