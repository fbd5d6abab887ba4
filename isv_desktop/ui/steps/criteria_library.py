"""Step 3's library tab: every criterion of the library, narrowed by type, level, theme and search words.

Its form (forms/criteria_library_tab.ui) is built the first time the tab is shown or asked for (issue 15: the
hidden tab's widgets, its 190-row model and the measuring of its columns were a good part of the step's first show).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTreeView, QWidget

from ...domain.criteria import AmbitionLevel, ChosenCriterion, CriteriaLibrary, CriterionType
from ...domain.themes import Theme
from ..forms.criteria_library_tab_ui import Ui_CriteriaLibraryTab
from .built_tabs import show_built_tab
from .criteria_models import CriterionTableModel, LibraryFilterModel
from .criteria_view import NARROW, set_up_view


class LibraryTab(QObject):
    """Builds its form in ``tab`` (the page's empty library tab) and marks what the dossier has chosen."""

    def __init__(self, tab: QWidget, library: CriteriaLibrary, chosen: Sequence[ChosenCriterion], language: str,
                 add_selected: Callable[[QTreeView], None], parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self.form = f = Ui_CriteriaLibraryTab()
        f.setupUi(tab)
        self.model = CriterionTableModel(language, parent=self)
        self.model.set_criteria(list(library), chosen, library)
        self.filter = LibraryFilterModel(language, self)
        self.filter.setSourceModel(self.model)
        set_up_view(f.libraryView, self.filter, CriterionTableModel.TITLE, NARROW)
        self._fill_filters()
        # Names of their own: the step's ambition level and the two add buttons carry the same words.
        f.levelFilterCombo.setAccessibleName(self.tr("Bibliotheek filteren op ambitieniveau"))
        f.addLibraryButton.setAccessibleName(self.tr("Geselecteerde criteria uit de bibliotheek toevoegen"))
        f.searchEdit.textChanged.connect(self.filter_library)
        for combo in (f.typeFilterCombo, f.levelFilterCombo, f.themeFilterCombo):
            combo.currentIndexChanged.connect(self.filter_library)
        f.addLibraryButton.clicked.connect(lambda: add_selected(f.libraryView))
        f.libraryView.activated.connect(lambda _index: add_selected(f.libraryView))
        self.filter_library()
        show_built_tab(tab)

    def _fill_filters(self) -> None:
        f, language = self.form, self._language
        f.typeFilterCombo.addItem(self.tr("Alle soorten"), None)
        for criterion_type in CriterionType:
            f.typeFilterCombo.addItem(criterion_type.label(language), criterion_type.value)
        f.levelFilterCombo.addItem(self.tr("Alle niveaus"), None)
        for level in AmbitionLevel:
            f.levelFilterCombo.addItem(level.label(language), level.value)
        f.themeFilterCombo.addItem(self.tr("Alle thema's"), None)
        for theme in Theme:
            f.themeFilterCombo.addItem(theme.label(language), theme.value)

    def mark_chosen(self, chosen: Sequence[ChosenCriterion]) -> None:
        self.model.set_criteria(list(self._library), chosen, self._library)

    def filter_library(self) -> None:
        f = self.form

        def chosen(combo, kind):
            value = combo.currentData()
            return None if value is None else kind(value)

        self.filter.set_filter(
            chosen(f.typeFilterCombo, CriterionType),
            chosen(f.levelFilterCombo, AmbitionLevel),
            chosen(f.themeFilterCombo, Theme),
            f.searchEdit.text(),
        )
        f.libraryCount.setText(
            self.tr("{shown} van {total} criteria").format(shown=self.filter.rowCount(), total=self.model.rowCount())
        )
