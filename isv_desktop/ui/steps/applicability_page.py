"""Step 1: what is bought, the applicability check and the decision (comply or explain)."""
from __future__ import annotations

from ...domain.amounts import format_euro, parse_euro_amount
from ...domain.day_format import format_day
from ...domain.dossier import ContractKind, Dossier, IsvDecision, NonApplicationReason, ProcedureType
from ...domain.risk_categories import ISV_RISK_CATEGORIES
from ...domain.steps import StepId
from ...domain.thresholds import Applicability, CentralGovernmentRule
from ...services.applicability import ApplicabilityService
from ...services.changes import Change
from ...services.dossiers import DossierService
from ..field_binding import TextFieldBinding
from ..forms.applicability_page_ui import Ui_ApplicabilityPage
from ..labels import contract_kind_label, procedure_label, reason_label, risk_category_label
from ..narrowing import stored_id, when_checked
from .applicability_texts import ApplicabilityTexts
from .step_page import StepPage

NOT_CHOSEN = None
NONE_OF_THESE = ""


class ApplicabilityPage(StepPage):
    step_id = StepId.APPLICABILITY
    help_topic = "applicability"
    shows = frozenset({Change.DOSSIER, Change.THRESHOLDS})

    def __init__(
        self,
        dossiers: DossierService,
        applicability: ApplicabilityService,
        language: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._dossiers = dossiers
        self._applicability = applicability
        self._language = language
        self._dossier: Dossier | None = None
        self._loading = False
        self.form = Ui_ApplicabilityPage()
        self.form.setupUi(self)
        self._texts = ApplicabilityTexts(language)
        self._fill_choices()
        f = self.form
        f.categoryHint.setText(
            self.tr(
                "Gemeenten mogen ISV ook buiten deze categorieën toepassen. "
                "Het programma laat zien wat de rijksregel zou zijn; het besluit is aan u."
            )
        )
        self._bindings = {
            "title": TextFieldBinding(f.titleEdit, self._storer("title"), f.titleError, language),
            "organisation": TextFieldBinding(f.organisationEdit, self._storer("organisation"), None, language),
            "reference": TextFieldBinding(f.referenceEdit, self._storer("reference"), None, language),
            "subject": TextFieldBinding(f.subjectEdit, self._storer("subject"), None, language),
            "cpv_code": TextFieldBinding(f.cpvEdit, self._storer("cpv_code"), f.cpvError, language),
            "estimated_value": TextFieldBinding(f.valueEdit, self._store_amount, f.valueError, language),
            "contract_start": TextFieldBinding(f.startEdit, self._storer("contract_start"), f.startError, language),
            "call_for_competition_date": TextFieldBinding(
                f.callDateEdit, self._storer("call_for_competition_date"), f.callDateError, language
            ),
            "contract_manager": TextFieldBinding(f.managerEdit, self._storer("contract_manager"), None, language),
            "non_application_text": TextFieldBinding(
                f.reasonTextEdit, self._storer("non_application_text"), None, language
            ),
        }
        f.procedureCombo.currentIndexChanged.connect(
            lambda: self._store_choice("procedure", f.procedureCombo.currentData())
        )
        f.contractKindCombo.currentIndexChanged.connect(
            lambda: self._store_choice("contract_kind", f.contractKindCombo.currentData())
        )
        f.categoryCombo.currentIndexChanged.connect(
            lambda: self._store_choice("risk_category", f.categoryCombo.currentData())
        )
        f.durationSpin.valueChanged.connect(
            lambda value: self._store_choice("duration_months", value or None)
        )
        f.applyRadio.toggled.connect(when_checked(lambda: self._store_choice("decision", IsvDecision.APPLY.value)))
        f.notApplyRadio.toggled.connect(
            when_checked(lambda: self._store_choice("decision", IsvDecision.NOT_APPLY.value))
        )
        f.reasonCombo.currentIndexChanged.connect(
            lambda: self._store_choice("non_application_reason", f.reasonCombo.currentData())
        )
        f.useCategoryButton.clicked.connect(self.use_suggested_category)

    def _fill_choices(self) -> None:
        f = self.form
        f.procedureCombo.addItem(self.tr("— kies een procedure —"), None)
        for procedure in ProcedureType:
            f.procedureCombo.addItem(procedure_label(procedure), procedure.value)
        for kind in ContractKind:
            f.contractKindCombo.addItem(contract_kind_label(kind), kind.value)
        f.categoryCombo.addItem(self.tr("— nog niet bepaald —"), NOT_CHOSEN)
        f.categoryCombo.addItem(self.tr("Geen van de tien risicocategorieën"), NONE_OF_THESE)
        for category_id in ISV_RISK_CATEGORIES:
            f.categoryCombo.addItem(risk_category_label(category_id), category_id)
        f.reasonCombo.addItem(self.tr("— kies een reden —"), None)
        for reason in NonApplicationReason:
            f.reasonCombo.addItem(reason_label(reason), reason.value)

    # -- loading -------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        self._dossier = self._dossiers.get(dossier_id)
        self._show(self._dossier)

    def _show(self, d: Dossier) -> None:
        self._loading = True
        try:
            b = self._bindings
            b["title"].set_text(d.title)
            b["organisation"].set_text(d.organisation)
            b["reference"].set_text(d.reference)
            b["subject"].set_text(d.subject)
            b["cpv_code"].set_text(d.cpv_code)
            b["estimated_value"].set_text(
                "" if d.estimated_value is None else format_euro(d.estimated_value, self._language))
            b["contract_start"].set_text(format_day(d.contract_start, self._language) if d.contract_start else "")
            call_date = d.call_for_competition_date
            b["call_for_competition_date"].set_text(format_day(call_date, self._language) if call_date else "")
            b["contract_manager"].set_text(d.contract_manager)
            b["non_application_text"].set_text(d.non_application_text)
            f = self.form
            f.procedureCombo.setCurrentIndex(f.procedureCombo.findData(d.procedure.value if d.procedure else None))
            f.contractKindCombo.setCurrentIndex(f.contractKindCombo.findData(d.contract_kind.value))
            f.categoryCombo.setCurrentIndex(f.categoryCombo.findData(d.risk_category))
            f.durationSpin.setValue(d.duration_months or 0)
            f.applyRadio.setAutoExclusive(False)
            f.notApplyRadio.setAutoExclusive(False)
            f.applyRadio.setChecked(d.decision is IsvDecision.APPLY)
            f.notApplyRadio.setChecked(d.decision is IsvDecision.NOT_APPLY)
            f.applyRadio.setAutoExclusive(True)
            f.notApplyRadio.setAutoExclusive(True)
            reason = d.non_application_reason.value if d.non_application_reason else None
            f.reasonCombo.setCurrentIndex(f.reasonCombo.findData(reason))
        finally:
            self._loading = False
        self._show_assessment()

    # -- storing -------------------------------------------------------------
    def _storer(self, field: str):
        def store(text: str) -> None:
            self._store(field, text)

        return store

    def _store_choice(self, field: str, value) -> None:
        if not self._loading:
            self._store(field, value)

    def _store_amount(self, text: str) -> None:
        """The estimated value, read the way the interface language writes it (as it is shown)."""
        self._store("estimated_value", parse_euro_amount(text, self._language) if text.strip() else None)

    def _store(self, field: str, value) -> None:
        if self._dossier is None:
            return
        self._dossier = self._dossiers.edit(stored_id(self._dossier.id), field, value)
        if field == "cpv_code":  # the kind of contract follows a new CPV code (stored in the same edit)
            self._dossier = self._dossiers.get(stored_id(self._dossier.id))
            self._show_kind(self._dossier)
        self._show_assessment()
        self.stored.emit()

    def _show_kind(self, d: Dossier) -> None:
        combo = self.form.contractKindCombo
        self._loading = True
        try:
            combo.setCurrentIndex(combo.findData(d.contract_kind.value))
        finally:
            self._loading = False

    def use_suggested_category(self) -> None:
        """Take over the category the CPV code suggests (the buyer's choice, by a click)."""
        if self._dossier is None:
            return
        rule = self._applicability.suggest_category(self._dossier.cpv_code)
        if rule is not None:
            combo = self.form.categoryCombo
            combo.setCurrentIndex(combo.findData(rule.category_id))

    def flush(self) -> None:
        for binding in self._bindings.values():
            binding.flush()

    @property
    def dossier(self) -> Dossier | None:
        return self._dossier

    # -- the check -----------------------------------------------------------
    def _show_assessment(self) -> None:
        d = self._dossier
        if d is None:
            return
        f = self.form
        not_applied = d.decision is IsvDecision.NOT_APPLY
        for widget in (f.reasonLabel, f.reasonCombo, f.reasonTextLabel, f.reasonTextEdit):
            widget.setEnabled(not_applied)
        result = self._applicability.assess(d)
        f.applicabilityResult.setText(self._describe(result))
        f.contractKindHint.setText(self._texts.kind_hint(d, self._applicability.suggest_kind(d.cpv_code)))
        rule = self._applicability.suggest_category(d.cpv_code)
        f.categorySuggestion.setText(self._texts.category_suggestion(d, rule))
        f.useCategoryButton.setVisible(rule is not None and rule.category_id != d.risk_category)
        if d.decision is IsvDecision.UNDECIDED:
            f.decisionHint.setText(self.tr("Nog geen besluit vastgelegd."))
        elif not_applied and d.non_application_reason is None:
            f.decisionHint.setText(self.tr("Kies de reden om ISV niet toe te passen."))
        elif not_applied and d.non_application_reason is NonApplicationReason.OTHER and not d.non_application_text.strip():
            f.decisionHint.setText(self.tr("Licht de reden toe."))
        else:
            f.decisionHint.setText(self.tr("Het besluit is vastgelegd."))

    def _describe(self, result: Applicability) -> str:
        lines = self._texts.threshold_lines(result)
        if result.in_risk_category is None:
            lines.append(self.tr("Kies of de inkoop in een van de tien ISV-risicocategorieën valt."))
        elif result.in_risk_category:
            lines.append(self.tr("De inkoop valt in een ISV-risicocategorie."))
        else:
            lines.append(self.tr("De inkoop valt niet in een van de tien ISV-risicocategorieën."))
        rule = {
            CentralGovernmentRule.REQUIRED: self.tr("Rijksregel: ISV toepassen."),
            CentralGovernmentRule.NOT_REQUIRED: self.tr(
                "Rijksregel: ISV niet verplicht. U mag ISV wel toepassen als er ketenrisico's zijn."
            ),
            CentralGovernmentRule.UNKNOWN: self.tr("Rijksregel: nog niet te bepalen."),
        }[result.central_rule]
        lines.append(rule)
        return "\n".join(lines)
