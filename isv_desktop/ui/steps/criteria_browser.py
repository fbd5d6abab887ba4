"""What step 3 offers to add: the suggestions from the risk scan (with why), and the filterable library in a tab
of its own, built the first time it is shown or asked for (criteria_library)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTreeView

from ...domain.criteria import AmbitionLevel, ChosenCriterion, Criterion
from ...domain.themes import Theme
from ...services.criteria import CriteriaService, CriteriaSettings
from ..forms.criteria_library_tab_ui import Ui_CriteriaLibraryTab
from .criteria_library import LibraryTab
from .criteria_models import CriterionTableModel
from .criteria_view import NARROW, ColumnFitter, set_up_view


class CriteriaBrowser(QObject):
    def __init__(self, criteria: CriteriaService, form, language: str, add_selected: Callable[[QTreeView], None],
                 parent=None) -> None:
        super().__init__(parent)
        self._criteria = criteria
        self._form = form
        self._language = language
        self._add_selected = add_selected
        self._chosen: list[ChosenCriterion] = []
        self._library_tab: LibraryTab | None = None
        self.suggestions_model = CriterionTableModel(language, reason_column=True, parent=self)
        set_up_view(form.suggestionsView, self.suggestions_model, CriterionTableModel.TITLE, NARROW)
        self.suggestions_fitter = ColumnFitter(form.suggestionsView)
        # A name of its own: the two add buttons carry the same words.
        form.addSuggestionButton.setAccessibleName(self.tr("Geselecteerde voorgestelde criteria toevoegen"))
        form.addTabs.currentChanged.connect(self._tab_shown)
        self._tab_shown()

    def _tab_shown(self, _index: int = -1) -> None:
        if self._form.addTabs.currentWidget() is self._form.libraryTab:
            self.library()

    def library(self) -> LibraryTab:
        """The library tab: built (marking what is chosen) the first time it is shown or asked for."""
        if self._library_tab is None:
            self._library_tab = LibraryTab(
                self._form.libraryTab, self._criteria.library, self._chosen, self._language, self._add_selected, self)
        return self._library_tab

    def library_form(self) -> Ui_CriteriaLibraryTab:
        return self.library().form

    def refresh(self, dossier_id: int, chosen: Sequence[ChosenCriterion], ambition: AmbitionLevel,
                settings: CriteriaSettings | None = None) -> None:
        """Suggestions for the dossier's scan and ambition; both lists mark what is chosen already (``settings``:
        the dossier's criteria settings when the page has just read them)."""
        library = self._criteria.library
        language = self._language
        groups = self._criteria.scan_groups(dossier_id)  # read once for the themes and the suggestions
        high = self._criteria.high_priority_themes(dossier_id, groups)

        def reason(criterion: Criterion) -> str:
            if criterion.general:
                return self.tr("algemeen, altijd voorgesteld")
            return ", ".join(t.label(language) for t in Theme if t in criterion.themes and t in high)

        self.suggestions_model.set_criteria(self._criteria.suggestions(dossier_id, high, settings, groups), chosen, library, reason)
        self.suggestions_fitter.fit()
        self._chosen = list(chosen)
        if self._library_tab is not None:
            self._library_tab.mark_chosen(chosen)
        level = ambition.label(language)
        if high:
            themes = ", ".join(t.label(language) for t in Theme if t in high)
            text = self.tr(
                "Hoge prioriteit in de risicoscan: {themes}. Het voorstel neemt per onderwerp de variant "
                "op niveau ‘{level}’ of het hoogste niveau daaronder."
            ).format(themes=themes, level=level)
        else:
            text = self.tr(
                "De risicoscan (stap 2) heeft nog geen thema's met hoge prioriteit; het voorstel bevat "
                "alleen de algemene ISV-voorwaarden, op niveau ‘{level}’ of lager."
            ).format(level=level)
        self._form.suggestionReason.setText(text)
