"""The awarded supplier's plan of action (plan van aanpak): its deadline, receipt and file, and the
buyer's judgement of "reasonable effort" along the OECD due-diligence steps."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from ...atomic_file import write_bytes_atomically
from ...domain.messages import UserError
from ...domain.suppliers import DueDiligencePoint, PlanOfAction, PlanVerdict, Supplier, SupplierRole
from ...services.suppliers import MAX_ATTACHMENT_BYTES, SupplierService
from ..field_binding import TextFieldBinding
from ..narrowing import stored_id
from ..palette_colours import ERROR, OK, text_style
from .suppliers_actions import ActionsSection
from .suppliers_labels import date_text, point_label, point_question, verdict_label
from .suppliers_widgets import date_of, set_date, set_up_date, show_error

NOT_JUDGED = None


class PlanSection(QObject):
    stored = Signal()

    def __init__(self, suppliers: SupplierService, form, language: str, today: Callable[[], date],
                 window: QWidget) -> None:
        super().__init__(window)
        self._suppliers = suppliers
        self._form = form
        self._language = language
        self._today = today
        self._window = window
        self._dossier_id: int | None = None
        self._supplier: Supplier | None = None
        self._plan: PlanOfAction | None = None
        self._loading = False
        self._folder: Path | None = None
        f = form
        self.verdict_combos: dict[DueDiligencePoint, QComboBox] = {}
        self.reason_edits: dict[DueDiligencePoint, QLineEdit] = {}
        self._reason_bindings: dict[DueDiligencePoint, TextFieldBinding] = {}
        grid = f.assessmentGrid
        for column, heading in enumerate((self.tr("Stap"), self.tr("Oordeel"), self.tr("Onderbouwing"))):
            label = QLabel(f"<b>{heading}</b>", f.assessmentGroup)
            grid.addWidget(label, 0, column)
        for row, point in enumerate(DueDiligencePoint, start=1):
            label = QLabel(point_label(point), f.assessmentGroup)
            label.setToolTip(point_question(point))
            label.setWordWrap(True)
            combo = QComboBox(f.assessmentGroup)
            combo.setObjectName(f"verdict_{point.value}")
            self._fill_verdicts(combo)
            combo.setAccessibleName(point_label(point))
            combo.setToolTip(point_question(point))
            label.setBuddy(combo)
            reason = QLineEdit(f.assessmentGroup)
            reason.setObjectName(f"reason_{point.value}")
            reason.setMaxLength(5000)
            reason.setAccessibleName(self.tr("Onderbouwing: {point}").format(point=point_label(point)))
            reason.setPlaceholderText(point_question(point))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(reason, row, 2)
            self.verdict_combos[point] = combo
            self.reason_edits[point] = reason
            self._reason_bindings[point] = TextFieldBinding(reason, lambda _text: self._store_assessment(),
                                                            f.assessmentError, language)
            combo.currentIndexChanged.connect(self._verdict_chosen)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 5)
        self._fill_verdicts(f.overallCombo)
        f.overallCombo.currentIndexChanged.connect(self._verdict_chosen)
        self._overall_binding = TextFieldBinding(f.overallReasonEdit, lambda _text: self._store_assessment(),
                                                 f.assessmentError, language)
        set_up_date(f.receivedDate, today())
        f.recordReceivedButton.clicked.connect(self.record_received)
        f.attachButton.clicked.connect(self.attach_file)
        f.saveAttachmentButton.clicked.connect(self.save_attachment)
        show_error(f.planError, None)
        self.actions = ActionsSection(suppliers, form, language, today, self)
        self.actions.stored.connect(self.stored)

    def _fill_verdicts(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("— nog niet beoordeeld —"), NOT_JUDGED)
        for verdict in PlanVerdict:
            combo.addItem(verdict_label(verdict), verdict.value)

    # -- showing -------------------------------------------------------------------
    def show(self, dossier_id: int, supplier: Supplier | None, plan: PlanOfAction | None = None) -> None:
        """Show the supplier's plan; ``plan`` is its plan when the page has just read it (else read here)."""
        self.flush()
        self._dossier_id = dossier_id
        self._supplier = supplier
        f = self._form
        show_error(f.planError, None)
        awarded = supplier is not None and supplier.role is SupplierRole.AWARDED
        f.planPanel.setVisible(awarded)
        if supplier is None or not awarded:
            self._plan = None
            f.planTitle.setStyleSheet("")
            f.planTitle.setText(self.tr(
                "Het plan van aanpak hoort bij een gegunde leverancier. Kies die in de lijst, of gun een inschrijver "
                "bij ‘Gegevens’."))
            self.actions.show(dossier_id, None)
            return
        self._plan = self._suppliers.plan(stored_id(supplier.id)) if plan is None else plan
        self._show_plan(self._plan)
        self.actions.show(dossier_id, supplier)

    def _show_plan(self, plan: PlanOfAction) -> None:
        f = self._form
        assert self._supplier is not None, "a plan is shown for the supplier it belongs to"
        f.planTitle.setText(self.tr("Plan van aanpak van {name}").format(name=self._supplier.name))
        f.planTitle.setStyleSheet("font-weight: bold;")
        self._show_due(plan)
        set_date(f.receivedDate, plan.received_on or self._today())
        f.recordReceivedButton.setText(
            self.tr("Ontvangst vast&leggen") if plan.received_on is None else self.tr("Ontvangstdatum wij&zigen"))
        if plan.attachment_name:
            size = len(plan.attachment or b"")
            f.attachmentText.setText(self.tr("{name} ({size} kB)").format(name=plan.attachment_name,
                                                                         size=max(1, round(size / 1024))))
        else:
            f.attachmentText.setText(self.tr("Nog geen bestand bijgevoegd."))
        f.saveAttachmentButton.setEnabled(bool(plan.attachment))
        self._loading = True
        try:
            given = {assessment.point: assessment for assessment in plan.points}
            for point, combo in self.verdict_combos.items():
                assessment = given.get(point)
                combo.setCurrentIndex(combo.findData(assessment.verdict.value if assessment else NOT_JUDGED))
                self._reason_bindings[point].set_text(assessment.reason if assessment else "")
                self.reason_edits[point].setEnabled(assessment is not None)
            overall = plan.overall_verdict.value if plan.overall_verdict else NOT_JUDGED
            f.overallCombo.setCurrentIndex(f.overallCombo.findData(overall))
            self._overall_binding.set_text(plan.overall_reason)
        finally:
            self._loading = False
        self._show_assessment_status(plan)

    def _show_due(self, plan: PlanOfAction) -> None:
        """The deadline, and whether the plan is late or assessed."""
        f = self._form
        language = self._language
        due = date_text(plan.due_on, language) or self.tr("onbekend")
        if plan.is_assessed:
            f.planDueText.setText(self.tr("{date} · beoordeeld op {assessed}").format(
                date=due, assessed=date_text(plan.assessed_on, language)))
            f.planDueText.setStyleSheet(text_style(OK))
        elif plan.is_overdue(self._today()):
            late = self.tr("te laat: nog niet ontvangen") if plan.received_on is None else self.tr(
                "te laat: ontvangen, nog niet beoordeeld")
            f.planDueText.setText(f"{due} · {late}")
            f.planDueText.setStyleSheet(text_style(ERROR))
        else:
            received = self.tr(" · ontvangen op {date}").format(
                date=date_text(plan.received_on, language)) if plan.received_on else ""
            f.planDueText.setText(due + received)
            f.planDueText.setStyleSheet("")

    def _show_assessment_status(self, plan: PlanOfAction) -> None:
        f = self._form
        judged = len(plan.points)
        total = len(DueDiligencePoint)
        if plan.overall_verdict is not None:  # plan.is_assessed
            text = self.tr("Beoordeeld op {date}: {verdict}. {judged} van {total} stappen beoordeeld.").format(
                date=date_text(plan.assessed_on, self._language), verdict=verdict_label(plan.overall_verdict),
                judged=judged, total=total)
        else:
            text = self.tr("{judged} van {total} stappen beoordeeld. Het plan telt als beoordeeld zodra u een "
                           "totaaloordeel kiest.").format(judged=judged, total=total)
        f.assessmentStatus.setText(text)

    # -- storing ---------------------------------------------------------------------
    def _verdict_chosen(self) -> None:
        if self._loading:
            return
        for point, combo in self.verdict_combos.items():
            self.reason_edits[point].setEnabled(combo.currentData() is not NOT_JUDGED)
        try:
            self._store_assessment()
        except UserError as error:  # a reason too long: shown, nothing stored
            show_error(self._form.assessmentError, error.message(self._language))
            return
        show_error(self._form.assessmentError, None)

    def _store_assessment(self) -> None:
        """Store every judged step, the overall verdict and its reason together (UserError: nothing stored)."""
        if self._loading or self._supplier is None or self._dossier_id is None or self._plan is None:
            return
        points = {
            point: (PlanVerdict(combo.currentData()), self._reason_bindings[point].text())
            for point, combo in self.verdict_combos.items()
            if combo.currentData() is not NOT_JUDGED
        }
        overall = self._form.overallCombo.currentData()
        self._plan = self._suppliers.assess_plan(
            self._dossier_id, stored_id(self._supplier.id), points, PlanVerdict(overall) if overall else None,
            self._overall_binding.text())
        # the fields keep what is typed; only the deadline line and the status follow
        self._show_due(self._plan)
        self._show_assessment_status(self._plan)
        self.stored.emit()

    def record_received(self) -> None:
        if self._supplier is None or self._dossier_id is None:
            return
        try:
            self._plan = self._suppliers.record_plan_received(
                self._dossier_id, stored_id(self._supplier.id), date_of(self._form.receivedDate))
        except UserError as error:
            show_error(self._form.planError, error.message(self._language))
            return
        self._show_plan(self._plan)
        self.stored.emit()

    def attach_file(self) -> None:
        """Attach the plan as received (a file of at most 20 MB); the received date is stored with it."""
        if self._supplier is None or self._dossier_id is None:
            return
        f = self._form
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Plan van aanpak bijvoegen"), str(folder),
            self.tr("Documenten (*.pdf *.docx *.doc *.odt *.xlsx);;Alle bestanden (*)"))
        if not chosen:
            return
        path = Path(chosen)
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise UserError("attachment.too_large", limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))
            content = path.read_bytes()
            self._plan = self._suppliers.record_plan_received(
                self._dossier_id, stored_id(self._supplier.id), date_of(f.receivedDate), path.name, content)
        except UserError as error:
            show_error(f.planError, error.message(self._language))
            return
        except OSError as error:
            show_error(f.planError, self.tr("Het bestand kan niet worden gelezen: {reason}").format(
                reason=error.strerror or error))
            return
        self._folder = path.parent
        self._show_plan(self._plan)
        self.stored.emit()

    def save_attachment(self) -> None:
        plan = self._plan
        if plan is None or not plan.attachment:
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Plan van aanpak opslaan"), str(folder / (plan.attachment_name or "plan")))
        if not chosen:
            return
        try:
            write_bytes_atomically(chosen, plan.attachment)  # whole or not at all
        except UserError as error:  # a full disk, no permission: named in the buyer's language
            show_error(self._form.planError, error.message(self._language))

    def flush(self) -> None:
        for binding in (*self._reason_bindings.values(), self._overall_binding):
            binding.flush()
        self.actions.flush()
