"""Follow-up actions agreed with the awarded supplier after the plan of action: each with a date, marked
done when done, late ones marked."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal

from ...domain.messages import UserError
from ...domain.suppliers import Supplier
from ...services.suppliers import SupplierService
from ..narrowing import stored_id
from ..palette_colours import ERROR, text_colour
from .suppliers_labels import date_text
from .suppliers_widgets import date_of, fill_table, selected_key, set_date, set_up_date, set_up_table, show_error

DESCRIPTION, DUE, DONE, ATTENTION = range(4)
DEFAULT_WEEKS = 4


class ActionsSection(QObject):
    stored = Signal()

    def __init__(self, suppliers: SupplierService, form, language: str, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self._suppliers = suppliers
        self._form = form
        self._language = language
        self._today = today
        self._dossier_id: int | None = None
        self._supplier: Supplier | None = None
        self._done: set[int] = set()
        f = form
        set_up_table(f.actionsTable, DESCRIPTION)
        f.actionsTable.setAccessibleName(self.tr("Vervolgacties van de leverancier"))
        set_up_date(f.actionDueDate, today() + timedelta(weeks=DEFAULT_WEEKS))
        f.addActionButton.clicked.connect(self.add)
        f.actionEdit.returnPressed.connect(self.add)
        f.completeActionButton.clicked.connect(self.complete_selected)
        f.actionsTable.itemSelectionChanged.connect(self._update_buttons)

    def show(self, dossier_id: int, supplier: Supplier | None) -> None:
        self._dossier_id = dossier_id
        self._supplier = supplier
        f = self._form
        show_error(f.actionError, None, f.actionEdit)
        rows: list[tuple[object, list[str]]] = []
        colours = {}
        self._done = set()
        today = self._today()
        actions = self._suppliers.actions(stored_id(supplier.id)) if supplier is not None else []
        for row, action in enumerate(actions):
            if action.done_on is not None:
                self._done.add(stored_id(action.id))
                attention = ""
            elif action.is_overdue(today):
                attention = self.tr("te laat")
                colours[row] = text_colour(ERROR)
            else:
                attention = self.tr("open")
            rows.append((action.id, [action.description, date_text(action.due_on, self._language),
                                     date_text(action.done_on, self._language), attention]))
        fill_table(f.actionsTable, rows, colours)
        self._update_buttons()

    def add(self) -> None:
        if self._supplier is None or self._dossier_id is None:
            return
        f = self._form
        try:
            self._suppliers.add_action(
                self._dossier_id, stored_id(self._supplier.id), f.actionEdit.text(), date_of(f.actionDueDate))
        except UserError as error:
            show_error(f.actionError, error.message(self._language), f.actionEdit)
            f.actionEdit.setFocus()
            return
        f.actionEdit.clear()
        set_date(f.actionDueDate, self._today() + timedelta(weeks=DEFAULT_WEEKS))
        self.stored.emit()

    def complete_selected(self) -> None:
        action_id = selected_key(self._form.actionsTable)
        if not isinstance(action_id, int) or action_id in self._done or self._supplier is None or self._dossier_id is None:
            return
        self._suppliers.complete_action(self._dossier_id, stored_id(self._supplier.id), action_id)
        self.stored.emit()

    def _update_buttons(self) -> None:
        f = self._form
        action_id = selected_key(f.actionsTable)
        f.completeActionButton.setEnabled(action_id is not None and action_id not in self._done)

    def flush(self) -> None:
        """Nothing waits to be stored here: an action is stored when it is added."""
