"""Step 3: how the ISV enter every phase of the tender, at which level, in which words; and the annex."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTreeView

from ...domain.criteria import AcceptanceMode, AmbitionLevel, ChosenCriterion, CriterionType
from ...domain.messages import UserError
from ...domain.percentages import WEIGHT_PLACES, format_percent
from ...domain.steps import StepId
from ...domain.weights import WeightStatus
from ...services.changes import Change
from ...services.criteria import CriteriaService, CriteriaSettings
from ..field_binding import TextFieldBinding
from ..forms.criteria_library_tab_ui import Ui_CriteriaLibraryTab
from ..forms.criteria_page_ui import Ui_CriteriaPage
from ..narrowing import when_checked
from ..palette_colours import ERROR, OK, text_style
from .criteria_annex import AnnexActions
from .criteria_browser import CriteriaBrowser
from .criteria_editor import CriterionEditor
from .criteria_format import part_of, weight_input_text
from .criteria_models import ChosenCriteriaModel
from .criteria_view import ColumnFitter, selected_ids, set_up_view
from .step_page import StepPage


class CriteriaPage(StepPage):
    step_id = StepId.CRITERIA
    help_topic = "criteria"
    shows = frozenset({Change.DOSSIER, Change.SCAN, Change.CRITERIA})

    def __init__(self, criteria: CriteriaService, language: str, parent=None) -> None:
        super().__init__(parent)
        self._criteria = criteria
        self._language = language
        self._dossier_id: int | None = None
        self._chosen: list[ChosenCriterion] = []
        self._removed: list[tuple[int, ChosenCriterion]] = []  # for undo, last removed at the end
        self._loading = False
        self.form = Ui_CriteriaPage()
        self.form.setupUi(self)
        f = self.form
        self.browser = CriteriaBrowser(criteria, f, language, self._add_selected, self)
        self.chosen_model = ChosenCriteriaModel(criteria.library, language, self)
        set_up_view(f.chosenView, self.chosen_model, ChosenCriteriaModel.TITLE, (ChosenCriteriaModel.TYPE,))
        self.chosen_fitter = ColumnFitter(f.chosenView)
        self.editor = CriterionEditor(criteria, f, language, self)
        self.annex = AnnexActions(criteria, f, language, self, before=self.flush)
        self._other_weights = TextFieldBinding(f.otherWeightsEdit, self._store_other_weights, f.otherWeightsError, language)
        f.deadlinesError.setStyleSheet(text_style(ERROR))
        f.textError.setStyleSheet(text_style(ERROR))
        for level in AmbitionLevel:
            f.ambitionCombo.addItem(level.label(language), level.value)

        f.ambitionCombo.currentIndexChanged.connect(self._ambition_chosen)
        f.explicitRadio.toggled.connect(when_checked(lambda: self._acceptance_chosen(AcceptanceMode.EXPLICIT)))
        f.implicitRadio.toggled.connect(when_checked(lambda: self._acceptance_chosen(AcceptanceMode.IMPLICIT)))
        for spin in (f.planWeeksSpin, f.questionnaireWeeksSpin, f.reportWeeksSpin):
            spin.valueChanged.connect(self._deadlines_changed)
        f.acceptAllButton.clicked.connect(self.accept_all_suggestions)
        f.addSuggestionButton.clicked.connect(lambda: self._add_selected(f.suggestionsView))
        f.suggestionsView.activated.connect(lambda _index: self._add_selected(f.suggestionsView))
        f.moveUpButton.clicked.connect(lambda: self.move_current(-1))
        f.moveDownButton.clicked.connect(lambda: self.move_current(1))
        f.removeButton.clicked.connect(self.remove_current)
        f.undoButton.clicked.connect(self.undo_remove)
        f.chosenView.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.changed.connect(self._edited)
        view = f.chosenView
        self._shortcut(QKeySequence("Ctrl+Up"), view, lambda: self.move_current(-1))
        self._shortcut(QKeySequence("Ctrl+Down"), view, lambda: self.move_current(1))
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.remove_current)
        undo = self._shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_remove)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def library_form(self) -> Ui_CriteriaLibraryTab:
        """The library tab's form (forms/criteria_library_tab.ui), built now if the tab was not shown yet."""
        return self.browser.library_form()

    def _shortcut(self, keys: QKeySequence, widget, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(keys, widget, slot)  # slot: connected to activated
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        return shortcut

    # -- loading ---------------------------------------------------------------
    def load(self, dossier_id: int) -> None:
        self.editor.flush()
        self._dossier_id = dossier_id
        self._removed.clear()
        self.annex.set_dossier(dossier_id)
        self.form.chosenStatus.clear()
        settings = self._criteria.settings(dossier_id)
        f = self.form
        self._loading = True
        try:
            f.ambitionCombo.setCurrentIndex(f.ambitionCombo.findData(settings.ambition.value))
            f.explicitRadio.setChecked(settings.acceptance is AcceptanceMode.EXPLICIT)
            f.implicitRadio.setChecked(settings.acceptance is AcceptanceMode.IMPLICIT)
            d = settings.deadlines
            f.planWeeksSpin.setValue(d.plan_of_action_weeks)
            f.questionnaireWeeksSpin.setValue(d.questionnaire_weeks)
            f.reportWeeksSpin.setValue(d.progress_report_weeks)
            f.deadlinesError.hide()
            self._other_weights.set_text(weight_input_text(settings.other_weights, self._language))
        finally:
            self._loading = False
        self.editor.show(None, None)
        f.chosenView.selectionModel().clearCurrentIndex()
        self._show_chosen(self._criteria.chosen(dossier_id), settings)
        ids = self.chosen_model.ids_in_order()
        if ids:
            self.select(ids[0])

    def flush(self) -> None:
        self.editor.flush()
        self._other_weights.flush()

    # -- settings --------------------------------------------------------------
    def _ambition_chosen(self) -> None:
        if self._loading or self._dossier_id is None:
            return
        self._criteria.set_ambition(self._dossier_id, AmbitionLevel(self.form.ambitionCombo.currentData()))
        self._show_suggestions()
        self.stored.emit()

    def _acceptance_chosen(self, acceptance: AcceptanceMode) -> None:
        if self._loading or self._dossier_id is None:
            return
        self._criteria.set_acceptance(self._dossier_id, acceptance)
        self.stored.emit()

    def _deadlines_changed(self) -> None:
        if self._loading or self._dossier_id is None:
            return
        f = self.form
        try:
            self._criteria.set_deadlines(
                self._dossier_id, f.planWeeksSpin.value(), f.questionnaireWeeksSpin.value(), f.reportWeeksSpin.value()
            )
        except UserError as error:
            f.deadlinesError.setText(error.message(self._language))
            f.deadlinesError.show()
            return
        f.deadlinesError.hide()
        self.stored.emit()

    def _store_other_weights(self, text: str) -> None:
        if self._dossier_id is None:
            return
        self._criteria.set_other_weights(self._dossier_id, text)
        self._show_weight_check()
        self.stored.emit()

    # -- adding ----------------------------------------------------------------
    def accept_all_suggestions(self) -> None:
        if self._dossier_id is None:
            return
        self.editor.flush()
        before = len(self._chosen)
        chosen = self._criteria.choose_suggestions(self._dossier_id)
        added = len(chosen) - before
        self._changed(chosen)
        if added:
            self._say(self.tr("Toegevoegd uit het voorstel: {count}.").format(count=added))
        else:
            self._say(self.tr("Alle voorgestelde onderwerpen staan al in de lijst."))

    def _add_selected(self, view: QTreeView) -> None:
        if self._dossier_id is None:
            return
        ids = selected_ids(view)
        if not ids:
            self._say(self.tr("Selecteer eerst een criterium om toe te voegen."))
            return
        self.editor.flush()
        chosen = self._chosen
        for criterion_id in ids:
            chosen = self._criteria.choose(self._dossier_id, criterion_id)
        self._changed(chosen)
        self.select(ids[-1])
        titles = ", ".join(self._criteria.library[i].title(self._language) for i in ids)
        self._say(self.tr("Toegevoegd: {titles}").format(titles=titles))

    # -- the chosen list ---------------------------------------------------------
    def current_id(self) -> str | None:
        return self.chosen_model.criterion_id(self.form.chosenView.currentIndex())

    def select(self, criterion_id: str) -> None:
        index = self.chosen_model.index_of(criterion_id)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.form.chosenView.selectionModel().setCurrentIndex(index, flags)
            self.form.chosenView.scrollTo(index)

    def move_current(self, direction: int) -> None:
        criterion_id = self.current_id()
        if criterion_id is None or self._dossier_id is None:
            return
        self.editor.flush()
        library = self._criteria.library
        part = {c.criterion_id: part_of(c, library) for c in self._chosen}
        same = [i for i, c in enumerate(self._chosen) if part[c.criterion_id] is part[criterion_id]]
        here = next(k for k, i in enumerate(same) if self._chosen[i].criterion_id == criterion_id)
        if not 0 <= here + direction < len(same):
            return
        steps = same[here + direction] - same[here]
        self._changed(self._criteria.move(self._dossier_id, criterion_id, steps))
        self.select(criterion_id)

    def remove_current(self) -> None:
        criterion_id = self.current_id()
        if criterion_id is None or self._dossier_id is None:
            return
        self.editor.flush()
        before = self._criteria.chosen(self._dossier_id)
        index = next(i for i, c in enumerate(before) if c.criterion_id == criterion_id)
        shown = self.chosen_model.ids_in_order()
        following = shown[shown.index(criterion_id) + 1:] + shown[:shown.index(criterion_id)][::-1]
        self._removed.append((index, before[index]))
        self.editor.show(None, None)
        self._changed(self._criteria.remove(self._dossier_id, criterion_id))
        if following:
            self.select(following[0])
        criterion = self._criteria.library.get(criterion_id)
        title = criterion.title(self._language) if criterion else criterion_id
        self._say(self.tr("Verwijderd: {title}. Ongedaan maken met Ctrl+Z of de knop ‘Ongedaan maken’.").format(title=title))

    def undo_remove(self) -> None:
        if not self._removed or self._dossier_id is None:
            return
        self.editor.flush()
        index, removed = self._removed.pop()
        current = self._criteria.chosen(self._dossier_id)
        if all(c.criterion_id != removed.criterion_id for c in current):
            current.insert(min(index, len(current)), removed)
            self._changed(self._criteria.restore(self._dossier_id, current))
        self.select(removed.criterion_id)
        criterion = self._criteria.library.get(removed.criterion_id)
        title = criterion.title(self._language) if criterion else removed.criterion_id
        self._say(self.tr("Teruggezet: {title}").format(title=title))
        self._update_buttons()

    def _current_changed(self, current, _previous) -> None:
        criterion_id = self.chosen_model.criterion_id(current)
        if criterion_id == self.editor.criterion_id:
            return
        self.editor.flush()
        choice = next((c for c in self._chosen if c.criterion_id == criterion_id), None)
        number = self.chosen_model.index_of(criterion_id).data() if criterion_id else ""
        self.editor.show(self._dossier_id, choice, number or "")
        self._update_buttons()

    # -- after a change ---------------------------------------------------------
    def _changed(self, chosen: list[ChosenCriterion]) -> None:
        """A stored change of the list: show it, then tell the dossier view."""
        self._show_chosen(chosen)
        self.stored.emit()

    def _edited(self, chosen: list) -> None:
        """The editor stored a text or weight: the list and the check follow, the editor keeps its text."""
        self._show_chosen(chosen)
        self.stored.emit()

    def _show_chosen(self, chosen: list[ChosenCriterion], settings: CriteriaSettings | None = None) -> None:
        """Show the chosen criteria, the suggestions and the weights' check (``settings``: just read, else read here)."""
        self._chosen = list(chosen)
        current = self.current_id() or self.editor.criterion_id
        view = self.form.chosenView
        if self.chosen_model.reload(self._chosen):
            view.expandAll()
            for row in range(self.chosen_model.rowCount()):
                view.setFirstColumnSpanned(row, view.rootIndex(), True)
            if current and self.chosen_model.index_of(current).isValid():
                self.select(current)
        self.chosen_fitter.fit()  # the numbers, levels, weights and text states shown
        choice = next((c for c in self._chosen if c.criterion_id == self.editor.criterion_id), None)
        if choice is not None:
            self.editor.refresh_status(choice)
        elif self.editor.criterion_id is not None:
            self.editor.show(None, None)
        if self._dossier_id is not None and settings is None:
            settings = self._criteria.settings(self._dossier_id)  # read once for the suggestions and the check
        self._show_suggestions(settings)
        self._show_weight_check(settings)
        self._show_empty_hint()
        self._update_buttons()

    def _show_suggestions(self, settings: CriteriaSettings | None = None) -> None:
        if self._dossier_id is not None:
            ambition = AmbitionLevel(self.form.ambitionCombo.currentData())
            self.browser.refresh(self._dossier_id, self._chosen, ambition, settings)

    def _show_weight_check(self, settings: CriteriaSettings | None = None) -> None:
        if self._dossier_id is None:
            return
        label = self.form.weightCheckLabel
        check = self._criteria.weight_check(self._dossier_id, list(self._chosen), settings)
        library = self._criteria.library
        has_award = any(
            c.criterion_id in library and library[c.criterion_id].type is CriterionType.AWARD_CRITERION
            for c in self._chosen
        )
        if not has_award and check.other_total is None:
            label.hide()
            return
        p = lambda value: format_percent(value, self._language, WEIGHT_PLACES)  # noqa: E731
        if check.other_total is None:
            sum_text = self.tr("ISV-weging {isv}").format(isv=p(check.isv_total))
        else:
            sum_text = self.tr("ISV-weging {isv} + overige {other} = {total}").format(
                isv=p(check.isv_total), other=p(check.other_total), total=p(check.total))
        if check.status is WeightStatus.ADDS_UP:
            text, style = "✓ " + sum_text, text_style(OK)
        elif check.status is WeightStatus.TOO_LOW:
            text = "⚠ " + self.tr("{sum}: er ontbreekt {missing}.").format(sum=sum_text, missing=p(check.difference))
            style = text_style(ERROR)
        elif check.status is WeightStatus.TOO_HIGH:
            text = "⚠ " + self.tr("{sum}: dat is {excess} te veel.").format(sum=sum_text, excess=p(-check.difference))
            style = text_style(ERROR)
        else:
            text = sum_text + ". " + self.tr(
                "Vul bij ‘Overige gunningscriteria’ de weging van de andere gunningscriteria in om te "
                "controleren dat het totaal 100 % is.")
            style = ""
        label.setText(text)
        label.setStyleSheet(style)
        label.show()

    def _show_empty_hint(self) -> None:
        if self._chosen or self._dossier_id is None:
            return
        if not self._criteria.applies_isv(self._dossier_id):
            self._say(self.tr("In stap 1 is besloten ISV niet toe te passen; criteria kiezen is niet nodig."))
        else:
            self._say(self.tr("Nog geen criteria gekozen. Neem het voorstel over of kies uit de bibliotheek."))

    def _update_buttons(self) -> None:
        f = self.form
        has_current = self.current_id() is not None
        for button in (f.moveUpButton, f.moveDownButton, f.removeButton):
            button.setEnabled(has_current)
        f.undoButton.setEnabled(bool(self._removed))
        f.exportPdfButton.setEnabled(self._dossier_id is not None)
        f.copyTextButton.setEnabled(self._dossier_id is not None)

    def _say(self, text: str) -> None:
        self.form.chosenStatus.setText(text)
