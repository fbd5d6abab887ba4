"""The signals inbox — the lesson of the gloves: the risk was public for years.

Log a signal (a press article, an NGO or union report, a US Withhold Release
Order, a court case) and see at once which dossiers it touches and why; open a
follow-up in each, or open the dossier at its monitoring step.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QFileDialog, QHBoxLayout, QPushButton, QWidget

from ..domain.messages import UserError
from ..domain.monitoring import SignalSourceKind
from ..domain.monitoring_records import Signal as SignalRecord
from ..domain.signals import Touch
from ..domain.steps import StepId
from ..services.changes import Change
from ..services.signals import SignalService
from .change_relay import ChangeRelay, Freshness
from .window_state import fit_to_screen
from .forms.signals_dialog_ui import Ui_SignalsDialog
from .narrowing import stored_id
from .due_labels import DONE_MARK, day_text
from .steps.monitoring_labels import source_kind_label, touch_reason_label
from .steps.monitoring_widgets import (
    AttachmentUnreadable,
    attachment_text,
    date_of,
    fill_table,
    read_attachment,
    select_key,
    selected_key,
    set_up_date,
    set_up_table,
    show_error,
)

NOTHING = None
SIGNAL_COLUMN = 2
REASON_COLUMN = 1
BUTTON_COLUMN = 2


class SignalsDialog(QDialog):
    open_requested = Signal(int, object)  # dossier id, StepId

    def __init__(self, signals: SignalService, knowledge, language: str, parent: QWidget | None = None,
                 changes: ChangeRelay | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._knowledge = knowledge
        self._language = language
        self._attachment: tuple[str, bytes] | None = None
        self._shown_signal: SignalRecord | None = None
        self._records: list[SignalRecord] = []
        self.form = Ui_SignalsDialog()
        self.form.setupUi(self)
        fit_to_screen(self, 1200, 780)  # never larger than the screen: its buttons stay reachable
        f = self.form
        for kind in SignalSourceKind:
            f.sourceCombo.addItem(source_kind_label(kind), kind.value)
        self._fill_groups()
        self._fill_countries()
        set_up_date(f.signalDate, signals_today(signals))
        set_up_table(f.signalsTable, SIGNAL_COLUMN)
        set_up_table(f.touchedTable, REASON_COLUMN)
        f.touchedTable.setSelectionMode(f.touchedTable.SelectionMode.NoSelection)
        f.touchedTable.setAccessibleName(self.tr("Dossiers die het signaal raakt"))
        f.signalsTable.setAccessibleName(self.tr("Eerdere signalen"))
        show_error(f.signalError, None)
        f.logButton.clicked.connect(self.log_signal)
        f.chooseAttachmentButton.clicked.connect(self.choose_attachment)
        f.clearAttachmentButton.clicked.connect(self.clear_attachment)
        f.signalsTable.itemSelectionChanged.connect(self._earlier_chosen)
        f.buttonBox.rejected.connect(self.reject)
        self.clear_attachment()
        self.refresh()
        self._show_touched(None, [])
        # a change made elsewhere (a follow-up closed, a supplier renamed) shows here too
        self._freshness = Freshness(changes, self, {Change.SIGNALS, Change.SUPPLIERS, Change.DOSSIER},
                                    self._read_again) if changes is not None else None

    def _read_again(self) -> None:
        shown = self._shown_signal
        self.refresh()
        signal = next((s for s in self._records if shown is not None and s.id == shown.id), None)
        self._show_touched(signal, self._signals.touched(signal) if signal else [])

    def _shows_own_change(self) -> None:
        if self._freshness is not None:
            self._freshness.mark_fresh()

    # -- choices -----------------------------------------------------------------------------
    def _fill_groups(self) -> None:
        combo = self.form.groupCombo
        combo.addItem(self.tr("— niet van belang —"), NOTHING)
        groups = sorted(self._knowledge.groups.values(), key=lambda g: g.name(self._language).casefold())
        for group in groups:
            combo.addItem(group.name(self._language), group.id)

    def _fill_countries(self) -> None:
        combo = self.form.countryCombo
        combo.setEditable(True)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        combo.addItem(self.tr("— niet van belang —"), NOTHING)
        countries = sorted(self._knowledge.countries.values(), key=lambda c: c.name(self._language).casefold())
        for country in countries:
            combo.addItem(f"{country.name(self._language)} ({country.code})", country.code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setCurrentIndex(0)

    def chosen_country(self) -> str | None:
        """The country chosen or typed (a name or an ISO code); UserError when it is not one country."""
        combo = self.form.countryCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return combo.itemData(index)
        if not text:
            return None
        matches = self._knowledge.search_countries(text, self._language)
        exact = [c for c in matches if c.code == text.upper() or c.name(self._language).casefold() == text.casefold()]
        if len(exact) == 1 or len(matches) == 1:
            return (exact or matches)[0].code
        raise UserError("signal.country", country=text)

    # -- the attached file -----------------------------------------------------------------------
    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Bestand bij het signaal kiezen"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        f = self.form
        try:
            self._attachment = read_attachment(path)
        except UserError as error:
            show_error(f.signalError, error.message(self._language), f.chooseAttachmentButton)
            return False
        except AttachmentUnreadable as error:
            show_error(f.signalError, self.tr("Het bestand kan niet worden gelezen: {reason}").format(reason=error),
                       f.chooseAttachmentButton)
            return False
        show_error(f.signalError, None)
        f.attachmentName.setText(attachment_text(*self._attachment))
        f.clearAttachmentButton.setEnabled(True)
        return True

    def clear_attachment(self) -> None:
        self._attachment = None
        self.form.attachmentName.setText(attachment_text(None, None))
        self.form.clearAttachmentButton.setEnabled(False)

    # -- logging ------------------------------------------------------------------------------------
    def log_signal(self) -> None:
        f = self.form
        if not f.textEdit.toPlainText().strip():
            show_error(f.signalError, self.tr("Beschrijf wat er is gemeld."), f.textEdit)
            return
        if date_of(f.signalDate) > signals_today(self._signals):
            show_error(f.signalError, self.tr("De datum van het signaal ligt in de toekomst."), f.signalDate)
            return
        try:
            country = self.chosen_country()
        except UserError as error:
            show_error(f.signalError, error.message(self._language), f.countryCombo)
            return
        name, content = self._attachment or (None, None)
        try:
            signal_id, touches = self._signals.log(
                f.textEdit.toPlainText(), date_of(f.signalDate), SignalSourceKind(f.sourceCombo.currentData()),
                country, f.groupCombo.currentData(), f.supplierEdit.text(), f.brandEdit.text(), f.linkEdit.text(),
                name, content)
        except UserError as error:
            show_error(f.signalError, error.message(self._language), f.logButton)
            return
        show_error(f.signalError, None)
        for edit in (f.textEdit, f.linkEdit, f.supplierEdit, f.brandEdit):
            edit.clear()
        f.groupCombo.setCurrentIndex(0)
        f.countryCombo.setCurrentIndex(0)
        self.clear_attachment()
        self.refresh()
        self._shows_own_change()
        f.signalsTable.blockSignals(True)
        select_key(f.signalsTable, signal_id)
        f.signalsTable.blockSignals(False)
        self._show_touched(next((s for s in self._records if s.id == signal_id), None), touches)

    # -- earlier signals and the dossiers they touch ---------------------------------------------------
    def refresh(self) -> None:
        self._records = self._signals.signals()
        groups = self._knowledge.groups
        rows = []
        for s in self._records:
            group = groups[s.group_id].name(self._language) if s.group_id in groups else (s.group_id or "")
            who = " / ".join(part for part in (s.supplier_name, s.brand) if part)
            rows.append((s.id, [day_text(s.signal_date), source_kind_label(s.source_kind), s.text, s.country or "",
                                group, who, day_text(s.logged_on)]))
        fill_table(self.form.signalsTable, rows)

    def _earlier_chosen(self) -> None:
        signal_id = selected_key(self.form.signalsTable)
        signal = next((s for s in self._records if s.id == signal_id), None)
        self._show_touched(signal, self._signals.touched(signal) if signal else [])

    def _show_touched(self, signal: SignalRecord | None, touches: list[Touch]) -> None:
        f = self.form
        self._shown_signal = signal
        if signal is None:
            f.touchedGroup.setTitle(self.tr("Geraakte dossiers"))
            f.touchedLabel.setText(self.tr("Leg een signaal vast of kies een eerder signaal: hier ziet u welke "
                                           "dossiers het raakt."))
        else:
            f.touchedGroup.setTitle(self.tr("Geraakte dossiers — signaal van {day}").format(
                day=day_text(signal.signal_date)))
            if touches:
                f.touchedLabel.setText(self.tr("Dit signaal raakt {count} dossier(s). Open in elk een opvolging."
                                               ).format(count=len(touches)))
            else:
                f.touchedLabel.setText(self.tr("Dit signaal raakt geen dossier: geen dossier heeft dit land, deze "
                                               "leverancier of dit merk."))
        fill_table(f.touchedTable, [
            (t.dossier_id, [t.title, ", ".join(touch_reason_label(r) for r in t.because), ""]) for t in touches
        ])
        for row, touch in enumerate(touches):
            f.touchedTable.setCellWidget(row, BUTTON_COLUMN, self._touch_buttons(touch))
        header = f.touchedTable.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON_COLUMN, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BUTTON_COLUMN, header.ResizeMode.ResizeToContents)
        f.touchedTable.resizeRowsToContents()

    def _touch_buttons(self, touch: Touch) -> QWidget:
        holder = QWidget(self.form.touchedTable)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(2, 1, 2, 1)
        follow = QPushButton(holder)
        follow.setObjectName(f"followupButton_{touch.dossier_id}")
        follow.setAccessibleDescription(touch.title)
        widths = []
        for text in (self.tr("Opvolging openen"), f"{DONE_MARK} " + self.tr("Opvolging geopend")):
            follow.setText(text)
            widths.append(follow.sizeHint().width())
        follow.setMinimumWidth(max(widths))  # the column stays wide enough when the text changes
        self._show_followup_state(follow, touch.dossier_id)
        follow.clicked.connect(lambda _checked=False, d=touch.dossier_id, b=follow: self.open_followup(d, b))
        open_dossier = QPushButton(self.tr("Dossier openen"), holder)
        open_dossier.setObjectName(f"openDossierButton_{touch.dossier_id}")
        open_dossier.setAccessibleDescription(touch.title)
        open_dossier.clicked.connect(lambda _checked=False, d=touch.dossier_id: self._open_dossier(d))
        layout.addWidget(follow)
        layout.addWidget(open_dossier)
        return holder

    def _has_followup(self, dossier_id: int) -> bool:
        signal = self._shown_signal
        return signal is not None and any(s.id == signal.id for _i, s, *_rest in self._signals.followups(dossier_id))

    def _show_followup_state(self, button: QPushButton, dossier_id: int) -> None:
        if self._has_followup(dossier_id):
            button.setText(f"{DONE_MARK} " + self.tr("Opvolging geopend"))
            button.setEnabled(False)
        else:
            button.setText(self.tr("Opvolging openen"))
            button.setEnabled(True)

    def open_followup(self, dossier_id: int, button: QPushButton | None = None) -> None:
        signal = self._shown_signal
        if signal is None:
            return
        try:
            self._signals.open_followup(stored_id(signal.id), dossier_id)
        except UserError as error:
            show_error(self.form.signalError, error.message(self._language))
            return
        if button is not None:
            self._show_followup_state(button, dossier_id)
            self._shows_own_change()

    def _open_dossier(self, dossier_id: int) -> None:
        self.open_requested.emit(dossier_id, StepId.MONITORING)


def signals_today(signals: SignalService) -> date:
    """The service's idea of today when it offers one (a session opened with a fixed day), else the clock's."""
    today = getattr(signals, "today", None)
    return today() if callable(today) else date.today()
