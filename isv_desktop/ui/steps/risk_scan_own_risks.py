"""Risks the buyer found themselves, each with a source and an optional attached file (kept in the dossier)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from ...atomic_file import write_bytes_atomically
from ...domain.messages import UserError
from ...domain.risk.assessment import THEMES
from ...domain.risk_scan_record import MAX_ATTACHMENT_BYTES, OwnRisk, validate_attachment
from ...domain.themes import Theme
from ..narrowing import stored_id
from .risk_scan_labels import theme_title
from .risk_scan_widgets import RiskScanTab, WheelGuard, confirm_removal, fill_row, selected_key, short, show_error


class OwnRiskEditor(RiskScanTab):
    def _build(self) -> None:
        form = self._form
        self._attachment: tuple[str, bytes] | None = None
        self._risks: dict[int, OwnRisk] = {}
        f = form
        for theme in THEMES:
            f.ownThemeCombo.addItem(theme_title(theme), theme.value)
        self._wheel_guard = WheelGuard(self)
        self._wheel_guard.guard(f.ownThemeCombo)
        f.chooseAttachmentButton.clicked.connect(self.choose_attachment)
        f.clearAttachmentButton.clicked.connect(self.clear_attachment)
        f.addOwnRiskButton.clicked.connect(self.add)
        f.saveAttachmentButton.clicked.connect(self.save_attachment)
        f.removeOwnRiskButton.clicked.connect(self.remove)
        f.ownRiskTable.itemSelectionChanged.connect(self._update_buttons)
        f.ownRiskTable.setAccessibleName(self.tr("Eigen risico's"))
        self.clear_attachment()

    # -- the attachment of a new risk -----------------------------------------
    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self._page, self.tr("Bijlage kiezen"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        f = self._form
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise UserError("attachment.too_large", limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))
            content = path.read_bytes()
            validate_attachment(path.name, content)
        except UserError as error:
            show_error(f.ownRiskError, error.message(self._language), f.chooseAttachmentButton)
            return False
        except OSError as error:
            show_error(
                f.ownRiskError,
                self.tr("Het bestand kan niet worden gelezen: {reason}").format(reason=error.strerror or error),
                f.chooseAttachmentButton,
            )
            return False
        show_error(f.ownRiskError, None, f.chooseAttachmentButton)
        self._attachment = (path.name, content)
        f.attachmentNameLabel.setText(f"{path.name} ({QLocale().formattedDataSize(len(content))})")
        f.clearAttachmentButton.setEnabled(True)
        return True

    def clear_attachment(self) -> None:
        self._attachment = None
        self._form.attachmentNameLabel.setText(self.tr("Geen bestand gekozen"))
        self._form.clearAttachmentButton.setEnabled(False)

    # -- adding and removing --------------------------------------------------------
    def add(self) -> None:
        dossier_id = self._dossier_id()
        if dossier_id is None:
            return
        f = self._form
        description = f.ownDescriptionEdit.toPlainText()
        source = f.ownSourceEdit.text()
        if not description.strip():
            show_error(f.ownRiskError, self.tr("Beschrijf het risico."), f.ownDescriptionEdit)
            f.ownDescriptionEdit.setFocus()
            return
        if not source.strip():
            show_error(f.ownRiskError, self.tr("Vermeld de bron: een rapport, een website, een gesprek."),
                       f.ownSourceEdit)
            f.ownSourceEdit.setFocus()
            return
        name, content = self._attachment or (None, None)
        try:
            self._service.add_own_risk(
                dossier_id, Theme(f.ownThemeCombo.currentData()), description, source, name, content
            )
        except UserError as error:
            show_error(f.ownRiskError, error.message(self._language), f.addOwnRiskButton)
            return
        show_error(f.ownRiskError, None, f.addOwnRiskButton)
        f.ownDescriptionEdit.clear()
        f.ownSourceEdit.clear()
        self.clear_attachment()
        self.refresh()
        self._stored()

    def remove(self) -> None:
        dossier_id = self._dossier_id()
        risk = self.selected()
        if dossier_id is None or risk is None:
            return
        if confirm_removal(
            self._page,
            self.tr("Eigen risico verwijderen"),
            self.tr("Eigen risico ‘{description}’ verwijderen, met de bijlage als die er is?").format(
                description=short(risk.description)
            ),
        ):
            self._service.remove_own_risk(dossier_id, stored_id(risk.id))
            self.refresh()
            self._stored()

    def save_attachment(self) -> None:
        risk = self.selected()
        if risk is None or risk.attachment is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self._page, self.tr("Bijlage opslaan"), risk.attachment_name or "")
        if not path:
            return
        try:
            write_bytes_atomically(path, risk.attachment)  # whole or not at all
        except UserError as error:  # a full disk, no permission: named in the buyer's language
            show_error(self._form.ownRiskError, error.message(self._language))
            return
        show_error(self._form.ownRiskError, None)

    # -- showing -----------------------------------------------------------------
    def selected(self) -> OwnRisk | None:
        key = selected_key(self._form.ownRiskTable)
        return self._risks.get(key) if isinstance(key, int) else None

    def refresh(self) -> None:
        dossier_id = self._dossier_id()
        risks = self._service.own_risks(dossier_id) if dossier_id is not None else []
        self._risks = {stored_id(risk.id): risk for risk in risks}
        table = self._form.ownRiskTable
        table.clearSelection()
        table.setRowCount(len(risks))
        for row, risk in enumerate(risks):
            attachment = "—"
            if risk.attachment is not None:
                attachment = f"{risk.attachment_name} ({QLocale().formattedDataSize(len(risk.attachment))})"
            fill_row(table, row, [theme_title(risk.theme), short(risk.description, 200), risk.source, attachment],
                     risk.id)
            table.item(row, 1).setToolTip(risk.description)
        table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        risk = self.selected()
        self._form.removeOwnRiskButton.setEnabled(risk is not None)
        self._form.saveAttachmentButton.setEnabled(risk is not None and risk.attachment is not None)
