"""Step 4: the suppliers (bidders, the awarded supplier, the subcontractors and factories they name), their
certificates, the self-assessment questionnaire out and back, and the plan of action with its assessment.

The page is a small form (the list and the supplier's details, forms/suppliers_page.ui); the other tabs each have a
form of their own (forms/suppliers_*_tab.ui), built the first time the tab is shown or its section is asked for
(issue 15: building every tab whole took about a third of the step's first showing), and filled then with the
supplier the page shows.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ...domain.steps import StepId
from ...domain.suppliers import PlanOfAction, Supplier, SupplierRole
from ...services.changes import Change
from ...services.questionnaires import QuestionnaireService
from ...services.suppliers import SupplierService
from ..forms.suppliers_credentials_tab_ui import Ui_SuppliersCredentialsTab
from ..forms.suppliers_page_ui import Ui_SuppliersPage
from ..forms.suppliers_plan_tab_ui import Ui_SuppliersPlanTab
from ..forms.suppliers_questionnaire_tab_ui import Ui_SuppliersQuestionnaireTab
from ..narrowing import stored_id
from .built_tabs import show_built_tab
from .step_page import StepPage
from .suppliers_credentials import CredentialsSection
from .suppliers_details import SupplierDetails
from .suppliers_labels import date_text
from .suppliers_list import SupplierList
from .suppliers_plan import PlanSection
from .suppliers_questionnaire import QuestionnaireSection
from .suppliers_widgets import xlsx_path_of

KEEP = object()  # keep the current supplier


class SuppliersPage(StepPage):
    step_id = StepId.SUPPLIERS
    help_topic = "suppliers"
    shows = frozenset({Change.DOSSIER, Change.SCAN, Change.CRITERIA, Change.SUPPLIERS})

    def __init__(
        self,
        suppliers: SupplierService,
        questionnaires: QuestionnaireService,
        language: str,
        parent=None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._suppliers = suppliers
        self._questionnaires = questionnaires
        self._language = language
        self._today = today
        self._dossier_id: int | None = None
        self._shown: dict[int, Supplier] = {}
        self._expiring: dict[int, set[int]] = {}
        self._overdue: set[int] = set()
        self.form = Ui_SuppliersPage()
        self.form.setupUi(self)
        f = self.form
        self.supplier_list = SupplierList(f.supplierTree, language, self)
        self.details = SupplierDetails(suppliers, f, language, today, self)
        self._build: dict[QWidget, Callable[[], Any]] = {
            f.credentialsTab: self._build_credentials, f.questionnaireTab: self._build_questionnaire,
            f.planTab: self._build_plan,
        }
        self._tab_forms: dict[QWidget, Any] = {}  # the tabs built so far, in the order they were built: their forms
        self._credentials: CredentialsSection | None = None
        self._questionnaire: QuestionnaireSection | None = None
        self._plan: PlanSection | None = None
        self._tabs_shown: tuple[Supplier | None, PlanOfAction | None] | None = None  # what the tabs show, once loaded
        f.supplierTabs.currentChanged.connect(lambda _index: self._ready(self.form.supplierTabs.currentWidget()))

        self.supplier_list.current_changed.connect(self._supplier_chosen)
        f.newSupplierButton.clicked.connect(self.new_supplier)
        f.removeSupplierButton.clicked.connect(self.remove_current)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), f.supplierTree, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        f.supplierTree.setToolTip(self.tr("Del verwijdert de gekozen leverancier (na een vraag)."))
        self.details.stored.connect(lambda supplier_id: self._refresh(supplier_id, details=False))
        self.details.removed.connect(lambda _id: self._refresh(None))
        self.details.cancelled = lambda: self._show_supplier(None)
        self.setAcceptDrops(True)
        self._enable(False)

    # -- the tabs after the details, built when first shown or asked for ------------------------------
    def built_tabs(self) -> list[QWidget]:
        """The tabs whose form is built, in the order they were built."""
        return list(self._tab_forms)

    def tab_form(self, tab: QWidget) -> Any:
        """The form of ``tab`` (one of ``self.form``'s tabs after the details): built now if it was not, and filled."""
        self._ready(tab)
        return self._tab_forms[tab]

    def _ready(self, tab: QWidget) -> None:
        """``tab``'s form and section built if they were not, and then filled with what the other tabs show."""
        if tab not in self._build or tab in self._tab_forms:
            return
        self._tab_forms[tab] = self._build[tab]()
        show_built_tab(tab)
        if self._dossier_id is not None and self._tabs_shown is not None:
            supplier, _plan = self._tabs_shown
            self._fill_tab(tab, self._dossier_id, supplier, None)  # the plan tab reads the plan as it is now

    def _fill_tab(self, tab: QWidget, dossier_id: int, supplier: Supplier | None, plan: PlanOfAction | None) -> None:
        f = self.form
        if tab is f.credentialsTab:
            expiring = self._expiring.get(stored_id(supplier.id), set()) if supplier else set()
            self.credentials.show(dossier_id, supplier, expiring)
        elif tab is f.questionnaireTab:
            self.questionnaire.show(dossier_id, supplier, self._overdue)
        elif tab is f.planTab:
            self.plan.show(dossier_id, supplier, plan)

    def _build_credentials(self) -> Ui_SuppliersCredentialsTab:
        form = Ui_SuppliersCredentialsTab()
        form.setupUi(self.form.credentialsTab)
        self._credentials = CredentialsSection(self._suppliers, form, self._language, self._today, self)
        self._credentials.stored.connect(lambda: self._refresh(KEEP, details=False))
        return form

    def _build_questionnaire(self) -> Ui_SuppliersQuestionnaireTab:
        form = Ui_SuppliersQuestionnaireTab()
        form.setupUi(self.form.questionnaireTab)
        self._questionnaire = QuestionnaireSection(self._questionnaires, form, self._language, self)
        self._questionnaire.stored.connect(self._questionnaire_stored)
        return form

    def _build_plan(self) -> Ui_SuppliersPlanTab:
        form = Ui_SuppliersPlanTab()
        form.setupUi(self.form.planTab)
        self._plan = PlanSection(self._suppliers, form, self._language, self._today, self)
        self._plan.stored.connect(self._plan_stored)
        return form

    # The sections, each asked for through its tab: built (and filled) when it was not.
    @property
    def credentials(self) -> CredentialsSection:
        self._ready(self.form.credentialsTab)
        assert self._credentials is not None
        return self._credentials

    @property
    def questionnaire(self) -> QuestionnaireSection:
        self._ready(self.form.questionnaireTab)
        assert self._questionnaire is not None
        return self._questionnaire

    @property
    def plan(self) -> PlanSection:
        self._ready(self.form.planTab)
        assert self._plan is not None
        return self._plan

    # -- loading -------------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        self.flush()
        self._dossier_id = dossier_id
        self.details.set_dossier(dossier_id)
        self.form.listStatus.clear()
        self.form.supplierTabs.setCurrentWidget(self.form.detailsTab)
        self._enable(True)
        self._fill_list()
        self.supplier_list.select(None)
        self._show_supplier(None)

    def flush(self) -> None:
        self.details.flush()
        if self._plan is not None:
            self._plan.flush()

    def current_supplier(self) -> Supplier | None:
        supplier_id = self.supplier_list.current_id()
        return None if supplier_id is None else self._shown.get(supplier_id)

    # -- the list ----------------------------------------------------------------------
    def _fill_list(self) -> None:
        """Read the suppliers and what needs attention; show them (the current one stays current)."""
        dossier_id = self._dossier_id
        if dossier_id is None:  # no dossier loaded yet
            return
        suppliers = self._suppliers.suppliers(dossier_id)
        self._shown = {stored_id(s.id): s for s in suppliers}
        self._expiring = {}
        # one query each for the whole dossier, not one per supplier (issue 15), and each read once per fill
        credentials = self._suppliers.credentials_by_supplier(dossier_id)
        for supplier, credential in self._suppliers.expiring_credentials(dossier_id, suppliers, credentials):
            self._expiring.setdefault(stored_id(supplier.id), set()).add(stored_id(credential.id))
        overdue = self._questionnaires.overdue(dossier_id, suppliers)
        self._overdue = {record.id for record in overdue}
        late_questionnaire = {record.questionnaire.supplier_id for record in overdue}
        plans = self._suppliers.plans(dossier_id)
        actions = self._suppliers.actions_by_supplier(dossier_id)
        attention = {stored_id(s.id): "; ".join(self._attention(s, late_questionnaire, plans, actions, credentials))
                     for s in suppliers}
        self.supplier_list.fill(suppliers, attention)
        self.form.removeSupplierButton.setEnabled(self.supplier_list.current_id() is not None)

    def _attention(self, supplier: Supplier, late_questionnaire: set[int], plans: dict, actions: dict,
                   credentials: dict) -> list[str]:
        today = self._today()
        found = []
        if supplier.id in late_questionnaire:
            found.append(self.tr("vragenlijst te laat"))
        if supplier.role is SupplierRole.AWARDED:
            plan = plans.get(supplier.id)
            if plan is not None and plan.is_overdue(today):
                found.append(self.tr("plan van aanpak te laat"))
            if any(a.is_overdue(today) for a in actions.get(supplier.id, ())):
                found.append(self.tr("vervolgafspraak te laat"))
        for credential in credentials.get(supplier.id, ()):
            if credential.id in self._expiring.get(stored_id(supplier.id), set()):
                found.append(self.tr("{name} verloopt {date}").format(
                    name=credential.name, date=date_text(credential.valid_until, self._language)))
        return found

    def _refresh(self, select=KEEP, details: bool = True) -> None:
        """After a stored change: the list, then the chosen supplier's tabs; tell the dossier view."""
        if self._dossier_id is None:
            return
        before = self.supplier_list.current_id()
        self._fill_list()
        if select is not KEEP:
            self.supplier_list.select(select)
        current = self.supplier_list.current_id()
        if not (current is None and select is KEEP and self.details.adding):  # else: a new one is being typed
            self._show_supplier(current, details=details or current != before)
        self.stored.emit()

    def _supplier_chosen(self, supplier_id: int | None) -> None:
        self.flush()
        self._show_supplier(supplier_id)

    def _show_supplier(self, supplier_id: int | None, details: bool = True) -> None:
        """Show one supplier in the tabs; None shows the first, or a form for a new one when there is none."""
        if supplier_id is None and self._shown:
            supplier_id = next(iter(self._shown))
            self.supplier_list.select(supplier_id)
        supplier = self._shown.get(supplier_id) if supplier_id is not None else None
        plan = None  # an awarded supplier's plan, read once for its details and its plan tab
        if supplier is not None and supplier.role is SupplierRole.AWARDED:
            plan = self._suppliers.plan(stored_id(supplier.id))
        if supplier is None:
            self.details.start_new(can_cancel=False)
        elif details or self.details.adding:
            self.details.show(supplier, list(self._shown.values()), plan)
        self._show_tabs(supplier, plan)

    def _show_tabs(self, supplier: Supplier | None, plan: PlanOfAction | None = None) -> None:
        dossier_id = self._dossier_id
        if dossier_id is None:  # no dossier loaded yet
            return
        self._tabs_shown = (supplier, plan)
        for tab in self._build:  # in the order of the tabs, as when every tab was built with the page
            if tab in self._tab_forms:
                self._fill_tab(tab, dossier_id, supplier, plan)
        self._enable_tabs(supplier is not None)
        self.form.removeSupplierButton.setEnabled(supplier is not None)

    def _enable_tabs(self, enabled: bool) -> None:
        tabs = self.form.supplierTabs
        for widget in (self.form.credentialsTab, self.form.questionnaireTab, self.form.planTab):
            tabs.setTabEnabled(tabs.indexOf(widget), enabled)

    def _enable(self, enabled: bool) -> None:
        f = self.form
        for widget in (f.newSupplierButton, f.supplierTabs):
            widget.setEnabled(enabled)
        f.removeSupplierButton.setEnabled(enabled and self.supplier_list.current_id() is not None)

    # -- actions ------------------------------------------------------------------------
    def new_supplier(self) -> None:
        if self._dossier_id is None:
            return
        self.flush()
        self.supplier_list.select(None)
        self.details.start_new(can_cancel=bool(self._shown))
        self._show_tabs(None)
        self.form.supplierTabs.setCurrentWidget(self.form.detailsTab)
        self.form.nameEdit.setFocus()

    def remove_current(self) -> None:
        supplier = self.current_supplier()
        if supplier is None:
            return
        self.flush()
        if self.details.remove(supplier):
            self.form.listStatus.setText(self.tr("Verwijderd: {name}").format(name=supplier.name))

    def _questionnaire_stored(self, supplier_id: int) -> None:
        """Sent or read in: show the supplier it is for (a dropped file may be another supplier's)."""
        self._refresh(supplier_id, details=supplier_id != self.supplier_list.current_id())

    def _plan_stored(self) -> None:
        """The plan's fields keep what is typed; the list's marks and the dossier view follow."""
        self._fill_list()
        if self._dossier_id is not None:
            self.plan.actions.show(self._dossier_id, self.current_supplier())
        self.stored.emit()

    # -- a returned questionnaire dropped on the page -------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._dossier_id is not None and xlsx_path_of(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        path = xlsx_path_of(event.mimeData().urls()) if self._dossier_id is not None else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # after the drop has finished: the file manager is not kept waiting while the buyer reads the preview
        QTimer.singleShot(0, lambda: self.import_file(path))

    def import_file(self, path: Path) -> bool:
        self.form.supplierTabs.setCurrentWidget(self.form.questionnaireTab)
        return self.questionnaire.import_file(path)
