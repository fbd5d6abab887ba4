"""What step 3 offers to add: the suggestions from the risk scan (with why) and the filterable library."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTreeView

from ...domain.criteria import AmbitionLevel, ChosenCriterion, Criterion, CriterionType
from ...domain.themes import Theme
from ...services.criteria import CriteriaService, CriteriaSettings
from .criteria_models import ID_ROLE, CriterionTableModel, LibraryFilterModel

NARROW_COLUMN = 170
NARROW = (CriterionTableModel.TYPE, CriterionTableModel.DETAIL)


def set_up_view(view: QTreeView, model, stretch: int, narrow: tuple[int, ...] = ()) -> None:
    """Give ``view`` its model: one column takes the spare width, ``narrow`` ones get a fixed
    starting width (long labels are elided, the tooltip has them), the others fit their content."""
    view.setModel(model)
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in narrow:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, NARROW_COLUMN)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def selected_ids(view: QTreeView) -> list[str]:
    """The criterion ids of the selected rows, top to bottom."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [view.model().index(row, 0).data(ID_ROLE) for row in rows]


class CriteriaBrowser(QObject):
    def __init__(self, criteria: CriteriaService, form, language: str, parent=None) -> None:
        super().__init__(parent)
        self._criteria = criteria
        self._form = form
        self._language = language
        library = criteria.library
        self.suggestions_model = CriterionTableModel(language, reason_column=True, parent=self)
        self.library_model = CriterionTableModel(language, parent=self)
        self.library_model.set_criteria(list(library), [], library)
        self.library_filter = LibraryFilterModel(language, self)
        self.library_filter.setSourceModel(self.library_model)
        set_up_view(form.suggestionsView, self.suggestions_model, CriterionTableModel.TITLE, NARROW)
        set_up_view(form.libraryView, self.library_filter, CriterionTableModel.TITLE, NARROW)
        self._fill_filters()
        # Names of their own: the step's ambition level and the two add buttons carry the same words.
        form.levelFilterCombo.setAccessibleName(self.tr("Bibliotheek filteren op ambitieniveau"))
        form.addSuggestionButton.setAccessibleName(self.tr("Geselecteerde voorgestelde criteria toevoegen"))
        form.addLibraryButton.setAccessibleName(self.tr("Geselecteerde criteria uit de bibliotheek toevoegen"))
        form.searchEdit.textChanged.connect(self.filter_library)
        for combo in (form.typeFilterCombo, form.levelFilterCombo, form.themeFilterCombo):
            combo.currentIndexChanged.connect(self.filter_library)
        self.filter_library()

    def _fill_filters(self) -> None:
        f, language = self._form, self._language
        f.typeFilterCombo.addItem(self.tr("Alle soorten"), None)
        for criterion_type in CriterionType:
            f.typeFilterCombo.addItem(criterion_type.label(language), criterion_type.value)
        f.levelFilterCombo.addItem(self.tr("Alle niveaus"), None)
        for level in AmbitionLevel:
            f.levelFilterCombo.addItem(level.label(language), level.value)
        f.themeFilterCombo.addItem(self.tr("Alle thema's"), None)
        for theme in Theme:
            f.themeFilterCombo.addItem(theme.label(language), theme.value)

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
        self.library_model.set_criteria(list(library), chosen, library)
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

    def filter_library(self) -> None:
        f = self._form

        def chosen(combo, kind):
            value = combo.currentData()
            return None if value is None else kind(value)

        self.library_filter.set_filter(
            chosen(f.typeFilterCombo, CriterionType),
            chosen(f.levelFilterCombo, AmbitionLevel),
            chosen(f.themeFilterCombo, Theme),
            f.searchEdit.text(),
        )
        f.libraryCount.setText(
            self.tr("{shown} van {total} criteria").format(
                shown=self.library_filter.rowCount(), total=self.library_model.rowCount())
        )
