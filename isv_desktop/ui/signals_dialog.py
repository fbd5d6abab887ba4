"""The signals inbox — the lesson of the gloves: the risk was public for years.

Log a signal (a press article, an NGO or union report, a US Withhold Release
Order, a court case) and see at once which dossiers it touches and why; open a
follow-up in each, or open the dossier at its monitoring step.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QFileDialog, QHBoxLayout, QProgressDialog, QPushButton, QWidget

from ..domain.messages import UserError
from ..domain.monitoring import SignalSourceKind
from ..domain.monitoring_records import Signal as SignalRecord
from ..domain.signals import Touch
from ..domain.steps import StepId
from ..services.changes import Change
from ..services.signals import SignalService
from .change_relay import ChangeRelay, Freshness
from .due_labels import day_text
from .earlier_signals_model import EarlierSignalsModel
from .forms.signals_dialog_ui import Ui_SignalsDialog
from .narrowing import stored_id
from .signal_matching import REASONS, TITLE, MatchingWorker, TouchedModel
from .steps.monitoring_labels import source_kind_label
from .steps.monitoring_widgets import (
    AttachmentUnreadableError,
    attachment_text,
    date_of,
    read_attachment,
    set_up_date,
    set_up_table,
    show_error,
)
from .window_state import fit_to_screen

NOTHING = None
SIGNAL_COLUMN = 2
FITTED_ROWS = 50  # the earlier signals whose contents set the columns' widths


class SignalsDialog(QDialog):
    open_requested = Signal(int, object)  # dossier id, StepId
    touched_shown = Signal()  # the background matching's result is in the table

    def __init__(self, signals: SignalService, knowledge, language: str, parent: QWidget | None = None,
                 changes: ChangeRelay | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._knowledge = knowledge
        self._language = language
        self._attachment: tuple[str, bytes] | None = None
        self._shown_signal: SignalRecord | None = None
        self._matching: dict[int, MatchingWorker] = {}  # running matchers by request number; the last one counts
        self._request = 0
        self._progress: QProgressDialog | None = None
        self.touched_model = TouchedModel(self)
        self.form = Ui_SignalsDialog()
        self.form.setupUi(self)
        fit_to_screen(self, 1200, 780)  # never larger than the screen: its buttons stay reachable
        f = self.form
        for kind in SignalSourceKind:
            f.sourceCombo.addItem(source_kind_label(kind), kind.value)
        self._fill_groups()
        self._fill_countries()
        set_up_date(f.signalDate, signals_today(signals))
        group_names = {group.id: group.name(language) for group in knowledge.groups.values()}
        self.signals_model = EarlierSignalsModel(signals, group_names, self)
        f.signalsTable.setModel(self.signals_model)
        set_up_table(f.signalsTable, SIGNAL_COLUMN)
        # Columns fit their contents on the first rows, not on every row read: each cell measured is some twenty
        # calls into the model, and a page is 200 rows (the window took 80-120 ms to open with 10,000 signals).
        f.signalsTable.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        f.touchedTable.setModel(self.touched_model)
        set_up_table(f.touchedTable, TITLE)
        header = f.touchedTable.horizontalHeader()
        header.setSectionResizeMode(REASONS, header.ResizeMode.ResizeToContents)
        self._add_touch_buttons()
        f.touchedTable.setAccessibleName(self.tr("Dossiers die het signaal raakt"))
        f.signalsTable.setAccessibleName(self.tr("Eerdere signalen"))
        show_error(f.signalError, None)
        f.logButton.clicked.connect(self.log_signal)
        f.chooseAttachmentButton.clicked.connect(self.choose_attachment)
        f.clearAttachmentButton.clicked.connect(self.clear_attachment)
        f.signalsTable.selectionModel().selectionChanged.connect(self._earlier_chosen)
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
        row = None if shown is None or shown.id is None else self.signals_model.row_of(shown.id)
        signal = None if row is None else self.signals_model.signal_at(row)
        self._match(signal)

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
        except AttachmentUnreadableError as error:
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
            signal_id, _touches = self._signals.log(
                f.textEdit.toPlainText(), date_of(f.signalDate), SignalSourceKind(f.sourceCombo.currentData()),
                country, f.groupCombo.currentData(), f.supplierEdit.text(), f.brandEdit.text(), f.linkEdit.text(),
                name, content, match=False)  # matched in the background below
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
        row = self.signals_model.row_of(signal_id)
        selection = f.signalsTable.selectionModel()
        selection.blockSignals(True)
        if row is not None:
            f.signalsTable.selectRow(row)
        selection.blockSignals(False)
        self._match(None if row is None else self.signals_model.signal_at(row))

    # -- earlier signals and the dossiers they touch ---------------------------------------------------
    def refresh(self) -> None:
        """Read the earlier signals again (a page at a time, as the table scrolls); the chosen one stays chosen."""
        table = self.form.signalsTable
        chosen = self._chosen_signal()
        selection = table.selectionModel()
        selection.blockSignals(True)
        self.signals_model.refresh()
        row = None if chosen is None or chosen.id is None else self.signals_model.row_of(chosen.id)
        if row is not None:
            table.selectRow(row)
        selection.blockSignals(False)

    def _chosen_signal(self) -> SignalRecord | None:
        rows = self.form.signalsTable.selectionModel().selectedRows()
        return self.signals_model.signal_at(rows[0].row()) if rows else None

    def _earlier_chosen(self) -> None:
        self._match(self._chosen_signal())

    # -- matching in the background ------------------------------------------------------------------
    def _match(self, signal: SignalRecord | None) -> None:
        """Find the dossiers ``signal`` touches in a worker thread (ui/signal_matching.py); shown when found.
        A newer request replaces the one running: only the last one's result is shown."""
        self._request += 1
        if signal is None:
            self._show_touched(None, [])
            return
        worker = MatchingWorker(self._request, Path(self._signals.database_path), signal,
                                lambda: signals_today(self._signals), self._language, self)
        worker.progressed.connect(self._progressed)
        worker.matched.connect(self._matched)
        worker.failed.connect(self._match_failed)
        worker.finished.connect(lambda number=self._request: self._matching.pop(number, None))
        worker.finished.connect(worker.deleteLater)
        self._matching[self._request] = worker
        if self._progress is None:
            self._progress = QProgressDialog(self.tr("Geraakte dossiers") + "…", "", 0, 0, self)
            self._progress.setCancelButton(None)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(400)  # shown only when matching takes that long
        self._progress.setRange(0, 0)
        self._progress.setValue(0)
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setRange(0, total)
            self._progress.setValue(done)

    def _matched(self, number: int, signal: SignalRecord, touches: list[Touch]) -> None:
        if number == self._request:
            self._finish_progress()
            self._show_touched(signal, touches)
            self.touched_shown.emit()

    def _match_failed(self, number: int, message: str) -> None:
        if number == self._request:
            self._finish_progress()
            show_error(self.form.signalError, message)

    def _finish_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()

    def wait_for_matching(self) -> None:
        """Wait for the matchers still running (closing the window: no thread outlives it)."""
        for worker in list(self._matching.values()):
            worker.wait()

    def done(self, result: int) -> None:  # noqa: D401 (Qt API)
        self.wait_for_matching()
        super().done(result)

    # -- the dossiers a signal touches ------------------------------------------------------------------
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
        followed = self._signals.followed_dossiers(stored_id(signal.id)) if signal is not None and touches else set()
        self.touched_model.show(touches, followed)  # one model, one query for the follow-ups: no widgets per row
        if touches:
            f.touchedTable.selectRow(0)
        self._update_touch_buttons()

    def _add_touch_buttons(self) -> None:
        """Two buttons under the table, for the dossier chosen in it."""
        f = self.form
        row = QHBoxLayout()
        self.followup_button = QPushButton(self.tr("Opvolging openen"), f.touchedGroup)
        self.followup_button.setObjectName("followupButton")
        self.open_dossier_button = QPushButton(self.tr("Dossier openen"), f.touchedGroup)
        self.open_dossier_button.setObjectName("openDossierButton")
        row.addStretch(1)
        row.addWidget(self.followup_button)
        row.addWidget(self.open_dossier_button)
        f.touchedLayout.addLayout(row)
        self.followup_button.clicked.connect(lambda: self._for_chosen(self.open_followup))
        self.open_dossier_button.clicked.connect(lambda: self._for_chosen(self._open_dossier))
        f.touchedTable.selectionModel().currentRowChanged.connect(lambda *_: self._update_touch_buttons())
        f.touchedTable.doubleClicked.connect(self._open_touched)

    def chosen_touch(self) -> Touch | None:
        return self.touched_model.touch(self.form.touchedTable.currentIndex().row())

    def choose_touched(self, dossier_id: int) -> bool:
        """Make the row of ``dossier_id`` the chosen one; False when the signal does not touch it."""
        row = self.touched_model.row_of(dossier_id)
        if row >= 0:
            self.form.touchedTable.selectRow(row)
        self._update_touch_buttons()
        return row >= 0

    def _for_chosen(self, action) -> None:
        touch = self.chosen_touch()
        if touch is not None:
            action(touch.dossier_id)

    def _update_touch_buttons(self) -> None:
        touch = self.chosen_touch()
        self.open_dossier_button.setEnabled(touch is not None)
        followed = touch is not None and self.touched_model.has_followup(touch.dossier_id)
        self.followup_button.setEnabled(touch is not None and not followed)

    def open_followup(self, dossier_id: int) -> None:
        signal = self._shown_signal
        if signal is None:
            return
        try:
            self._signals.open_followup(stored_id(signal.id), dossier_id)
        except UserError as error:
            show_error(self.form.signalError, error.message(self._language))
            return
        self.touched_model.followed(dossier_id)
        self._update_touch_buttons()
        self._shows_own_change()

    def _open_touched(self, index: QModelIndex) -> None:
        touch = self.touched_model.touch(index.row())
        if touch is not None:
            self._open_dossier(touch.dossier_id)

    def _open_dossier(self, dossier_id: int) -> None:
        self.open_requested.emit(dossier_id, StepId.MONITORING)


def signals_today(signals: SignalService) -> date:
    """The service's idea of today when it offers one (a session opened with a fixed day), else the clock's."""
    today = getattr(signals, "today", None)
    return today() if callable(today) else date.today()
