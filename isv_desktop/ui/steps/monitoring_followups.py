"""The signals this dossier follows up (opened from the signals window), and closing a follow-up."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...domain.messages import UserError
from ...services.signals import SignalService
from ..due_labels import day_text
from ..forms.monitoring_signals_tab_ui import Ui_MonitoringSignalsTab
from .monitoring_labels import source_kind_label
from .monitoring_rows import selected_key, set_up_rows, show_rows
from .monitoring_widgets import show_error

SIGNAL_COLUMN = 3
OPEN_MARK = "○"


class FollowupsSection(QObject):
    def __init__(self, form: Ui_MonitoringSignalsTab, signals: SignalService, language: str,
                 stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._signals = signals
        self._language = language
        self._stored = stored
        self._dossier_id: int | None = None
        self._open: set[int] = set()
        set_up_rows(form.followupsTable, (  # the form's own words, as its Designer columns had them
            QCoreApplication.translate("MonitoringPage", "Geopend"),
            QCoreApplication.translate("MonitoringPage", "Signaaldatum"),
            QCoreApplication.translate("MonitoringPage", "Bron"),
            QCoreApplication.translate("MonitoringPage", "Signaal"),
            QCoreApplication.translate("MonitoringPage", "Notitie"),
            QCoreApplication.translate("MonitoringPage", "Afgesloten")), SIGNAL_COLUMN)
        form.followupsTable.setAccessibleName(self.tr("Signalen in opvolging"))
        show_error(form.followupError, None)
        form.closeFollowupButton.clicked.connect(self.close_current)
        form.followupsTable.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self, dossier_id: int) -> None:
        if dossier_id != self._dossier_id:
            show_error(self._form.followupError, None)
        self._dossier_id = dossier_id
        followups = self._signals.followups(dossier_id)
        self._open = {i for i, _signal, _opened, _note, closed in followups if closed is None}
        rows = []
        for followup_id, signal, opened_on, note, closed_on in followups:
            closed = day_text(closed_on) if closed_on else f"{OPEN_MARK} " + self.tr("nog open")
            rows.append((followup_id, [day_text(opened_on), day_text(signal.signal_date),
                                       source_kind_label(signal.source_kind), signal.text, note, closed]))
        show_rows(self._form.followupsTable, rows)
        self._update_buttons()

    def open_count(self) -> int:
        return len(self._open)

    def _update_buttons(self) -> None:
        f = self._form
        chosen = selected_key(f.followupsTable)
        can_close = chosen in self._open
        f.closeFollowupButton.setEnabled(can_close)
        f.closeNoteEdit.setEnabled(can_close)

    def close_current(self) -> None:
        f = self._form
        followup_id = selected_key(f.followupsTable)
        if followup_id not in self._open or self._dossier_id is None:
            return
        note = f.closeNoteEdit.toPlainText()
        if not note.strip():
            show_error(f.followupError, self.tr("Beschrijf wat er met het signaal is gedaan, bijvoorbeeld: gesprek "
                                                "met de leverancier, audit gepland, niet van toepassing omdat …"),
                       f.closeNoteEdit)
            return
        try:
            self._signals.close_followup(followup_id, note)
        except UserError as error:
            show_error(f.followupError, error.message(self._language), f.closeFollowupButton)
            return
        show_error(f.followupError, None)
        f.closeNoteEdit.clear()
        self.refresh(self._dossier_id)
        self._stored(False)
