"""The escalation ladder: what was done, the proposed next step with its deadline, and adding a step.

Dialogue → external advice or investigation → notice of default (ingebrekestelling)
→ penalty (boete) → termination (ontbinding). Choosing a step higher than the
proposed one asks why skipping is proportionate.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...domain.due import DueState, due_state
from ...domain.messages import UserError
from ...domain.monitoring import EscalationProposal, EscalationRecord, EscalationStep, next_escalation
from ...services.monitoring import MonitoringService
from ...services.suppliers import SupplierService
from ..due_labels import DONE_MARK, day_text
from ..forms.monitoring_escalation_tab_ui import Ui_MonitoringEscalationTab
from .monitoring_labels import escalation_label
from .monitoring_rows import set_up_rows, show_rows
from .monitoring_widgets import date_of, set_up_date, show_error

REASON_COLUMN = 2
PROPOSED_MARK = "→"
NOT_TAKEN_MARK = "○"
SKIPPED_MARK = "–"


class EscalationSection(QObject):
    def __init__(self, form: Ui_MonitoringEscalationTab, monitoring: MonitoringService, suppliers: SupplierService,
                 language: str, stored: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self._monitoring = monitoring
        self._suppliers = suppliers
        self._language = language
        self._stored = stored
        self._dossier_id: int | None = None
        self._history: list[EscalationRecord] = []
        self._proposal: EscalationProposal | None = None
        set_up_rows(form.escalationsTable, (  # the form's own words, as its Designer columns had them
            QCoreApplication.translate("MonitoringPage", "Stap"),
            QCoreApplication.translate("MonitoringPage", "Datum"),
            QCoreApplication.translate("MonitoringPage", "Reden"),
            QCoreApplication.translate("MonitoringPage", "Reden om een stap over te slaan")), REASON_COLUMN)
        form.escalationsTable.setAccessibleName(self.tr("Gezette escalatiestappen"))
        form.stepDate.setAccessibleName(self.tr("Datum van de escalatiestap"))
        set_up_date(form.stepDate, monitoring.today())
        show_error(form.escalationError, None)
        form.stepCombo.currentIndexChanged.connect(lambda _i: self._show_skip())
        form.escalateButton.clicked.connect(self.escalate)

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self, dossier_id: int) -> None:
        f = self._form
        if dossier_id != self._dossier_id:
            set_up_date(f.stepDate, self._monitoring.today())
            show_error(f.escalationError, None)
        self._dossier_id = dossier_id
        history = self._monitoring.escalations(dossier_id)
        self._history = sorted(history, key=lambda r: (r.step.rank, r.taken_on))
        self._proposal = next_escalation(history, self._monitoring.today())  # as proposed_escalation, one read
        show_rows(f.escalationsTable, [
            (r.id, [f"{r.step.rank + 1}. {escalation_label(r.step)}", day_text(r.taken_on), r.reason, r.skip_reason])
            for r in self._history
        ])
        f.ladderLabel.setText(self._ladder_text())
        f.proposalLabel.setText(self._proposal_text())
        highest = max((r.step.rank for r in self._history), default=-1)
        f.stepCombo.blockSignals(True)
        f.stepCombo.clear()
        for step in EscalationStep:
            if step.rank > highest:
                f.stepCombo.addItem(f"{step.rank + 1}. {escalation_label(step)}", step.value)
        if self._proposal is not None:
            f.stepCombo.setCurrentIndex(f.stepCombo.findData(self._proposal.step.value))
        f.stepCombo.blockSignals(False)
        finished = self._proposal is None
        for widget in (f.stepCombo, f.stepDate, f.stepReasonEdit, f.skipReasonEdit, f.escalateButton):
            widget.setEnabled(not finished)
        self._show_skip()

    def _ladder_text(self) -> str:
        taken = {r.step: r for r in self._history}
        highest = max((r.step.rank for r in self._history), default=-1)
        lines = []
        for step in EscalationStep:
            name = f"{step.rank + 1}. {escalation_label(step)}"
            if step in taken:
                lines.append(f"{DONE_MARK} {name} — " + self.tr("gezet op {day}").format(day=day_text(taken[step].taken_on)))
            elif step.rank < highest:
                lines.append(f"{SKIPPED_MARK} {name} — " + self.tr("overgeslagen"))
            elif self._proposal is not None and step is self._proposal.step:
                lines.append(f"{PROPOSED_MARK} {name} — " + self.tr("voorgestelde volgende stap"))
            else:
                lines.append(f"{NOT_TAKEN_MARK} {name}")
        return "\n".join(lines)

    def _proposal_text(self) -> str:
        proposal = self._proposal
        if proposal is None:
            return self.tr("Het contract is ontbonden: er is geen volgende stap.")
        step = escalation_label(proposal.step)
        if not self._history:
            return self.tr("Nog geen escalatie. Begint de leverancier niet of te weinig aan de afspraken, dan is de "
                           "eerste stap: {step}.").format(step=step)
        if proposal.respond_by is None:
            return self.tr("Voorgestelde volgende stap: {step}.").format(step=step)
        today = self._monitoring.today()
        text = self.tr("Voorgestelde volgende stap: {step}, als de leverancier niet uiterlijk {day} heeft "
                       "gereageerd.").format(step=step, day=day_text(proposal.respond_by))
        if due_state(proposal.respond_by, None, today) is DueState.LATE:
            text += " " + self.tr("⚠ Die termijn is verstreken.")
        return text

    def _skipped_steps(self) -> list[EscalationStep]:
        chosen = self._form.stepCombo.currentData()
        if chosen is None or self._proposal is None:
            return []
        chosen_rank = EscalationStep(chosen).rank
        return [s for s in EscalationStep if self._proposal.step.rank <= s.rank < chosen_rank]

    def _show_skip(self) -> None:
        f = self._form
        skipped = self._skipped_steps()
        f.skipReasonLabel.setVisible(bool(skipped))
        f.skipReasonEdit.setVisible(bool(skipped))
        if skipped:
            names = ", ".join(escalation_label(s) for s in skipped)
            f.skipReasonLabel.setText(self.tr("U slaat over: {steps}. &Waarom is dat proportioneel?").format(steps=names))

    # -- storing ----------------------------------------------------------------------------------------
    def escalate(self) -> None:
        f = self._form
        if self._dossier_id is None or f.stepCombo.currentData() is None:
            return
        step = EscalationStep(f.stepCombo.currentData())
        reason = f.stepReasonEdit.toPlainText()
        skip_reason = f.skipReasonEdit.toPlainText() if self._skipped_steps() else ""
        if not reason.strip():
            show_error(f.escalationError, UserError("escalation.reason").message(self._language), f.stepReasonEdit)
            return
        awarded = self._suppliers.awarded(self._dossier_id)
        supplier_id = awarded[0].id if len(awarded) == 1 else None
        try:
            self._monitoring.escalate(self._dossier_id, step, date_of(f.stepDate), reason, skip_reason, supplier_id)
        except UserError as error:
            field = f.skipReasonEdit if error.message_id == "escalation.skip_reason" else (
                f.stepDate if error.message_id == "escalation.date_order" else f.escalateButton)
            show_error(f.escalationError, error.message(self._language), field)
            return
        show_error(f.escalationError, None)
        f.stepReasonEdit.clear()
        f.skipReasonEdit.clear()
        self.refresh(self._dossier_id)
        self._stored(True)
