"""Step 3 builds its library tab's form and the other language's text field the first time their tab is shown or
asked for, and fits the columns of its
lists once per change instead of at every layout (issue 15: both were most of the step's first show with the large
dossier; benchmarks/large_dossier.py times it)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QPlainTextEdit, QTreeView
from tabs_built_later import next_in_tab_order

from isv_desktop.domain.steps import StepId
from isv_desktop.ui.steps.criteria_models import ID_ROLE, ChosenCriteriaModel
from isv_desktop.ui.steps.criteria_page import CriteriaPage


def open_criteria(open_window) -> tuple[object, CriteriaPage]:
    window = open_window()
    dossier = window.session.dossiers.create("Handschoenen GGD")
    window.open_dossier_at(dossier.id, StepId.CRITERIA)
    page = window.dossier_view.current_page()
    assert isinstance(page, CriteriaPage)
    return window, page


def test_the_library_tab_is_built_when_first_shown_once_and_tabbed_through_in_form_order(open_window, qtbot):
    window, page = open_criteria(open_window)
    f = page.form
    assert f.addTabs.currentWidget() is f.suggestionsTab
    assert page.findChildren(QTreeView, "libraryView") == []  # not built while hidden
    assert f.libraryTab.findChildren(QComboBox) == []

    f.addTabs.setCurrentWidget(f.libraryTab)  # as a buyer does: built and shown at once, every criterion listed
    library = page.library_form()
    assert page.findChildren(QTreeView, "libraryView") == [library.libraryView]
    assert library.libraryView.isVisible() and library.searchEdit.isVisible()
    shown = {library.libraryView.model().index(row, 0).data(ID_ROLE)
             for row in range(library.libraryView.model().rowCount())}
    assert shown == {criterion.id for criterion in window.session.criteria.library}
    assert library.libraryCount.text() == f"{len(shown)} van {len(shown)} criteria"

    order, widget = [], f.addTabs.tabBar()  # Tab goes from the tab bar through the tab, then on to the chosen list
    while widget is not f.chosenView:
        widget = next_in_tab_order(widget)
        order.append(widget.objectName())
    assert order == ["searchEdit", "typeFilterCombo", "levelFilterCombo", "themeFilterCombo", "libraryView",
                     "addLibraryButton", "chosenView"]

    f.addTabs.setCurrentWidget(f.suggestionsTab)
    f.addTabs.setCurrentWidget(f.libraryTab)
    assert page.library_form() is library and len(page.findChildren(QTreeView, "libraryView")) == 1

    # what the library adds is chosen, and marked chosen there
    library.searchEdit.setText("escalatie")
    view = library.libraryView
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data(ID_ROLE) == "escalation.basis")
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.mouseClick(library.addLibraryButton, Qt.MouseButton.LeftButton)
    assert page.chosen_model.ids_in_order() == ["escalation.basis"]
    assert view.model().index(row, 4).data() == "gekozen"


def test_asked_for_before_it_shows_the_library_marks_what_is_chosen(open_window):
    _window, page = open_criteria(open_window)
    page.accept_all_suggestions()
    chosen = set(page.chosen_model.ids_in_order())
    library = page.library_form()  # built now, with the tab still hidden
    model = library.libraryView.model()
    marked = {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount()) if model.index(r, 4).data() == "gekozen"}
    assert chosen and marked == chosen


def test_the_lists_columns_fit_their_content_without_being_measured_at_every_layout(open_window):
    _window, page = open_criteria(open_window)
    f = page.form
    page.accept_all_suggestions()

    def check_fitted() -> None:
        for view in (f.suggestionsView, f.chosenView):
            header = view.header()
            modes = [header.sectionResizeMode(c) for c in range(header.count())]
            assert QHeaderView.ResizeMode.ResizeToContents not in modes  # would measure every cell at each layout
            fitted = [c for c, mode in enumerate(modes) if mode is QHeaderView.ResizeMode.Fixed]
            assert fitted, view.objectName()
            for column in fitted:  # as wide as a header sizing them to their content
                assert header.sectionSize(column) == max(view.sizeHintForColumn(column), header.sectionSizeHint(column))

    check_fitted()
    text_column = f.chosenView.header()
    before = text_column.sectionSize(ChosenCriteriaModel.TEXT)
    page.select(page.chosen_model.ids_in_order()[0])
    page.editor.text_edit("nl").setPlainText("Eigen tekst voor dit dossier")  # the text column then says it was reworded
    page.flush()
    assert "aangepast" in page.chosen_model.index_of(page.current_id()).siblingAtColumn(ChosenCriteriaModel.TEXT).data()
    assert text_column.sectionSize(ChosenCriteriaModel.TEXT) > before  # fitted again to the longer text
    check_fitted()


def test_the_other_languages_text_field_is_built_when_its_tab_is_first_shown(open_window):
    _window, page = open_criteria(open_window)
    f = page.form
    page.accept_all_suggestions()
    page.select("due_diligence.basis")
    assert f.textTabs.currentWidget() is f.nlTab  # the interface's language
    assert [e.objectName() for e in page.findChildren(QPlainTextEdit)] == ["nlTextEdit"]
    nl = page.editor.text_edit("nl")
    library = _window.session.criteria.library["due_diligence.basis"]
    assert nl.toPlainText() == library.text("nl") and nl.accessibleName() == "Nederlandse tekst voor dit dossier"
    # Tab: from the tab bar into the text, then on as the form has it (revert: nothing reworded; no weight to give)
    assert not f.revertButton.isEnabled() and not f.weightPanel.isVisible()
    assert next_in_tab_order(f.textTabs.tabBar()) is nl and next_in_tab_order(nl) is f.exportPdfButton

    f.textTabs.setCurrentWidget(f.enTab)  # built and shown at once, with the English of the criterion shown
    en = page.editor.text_edit("en")
    assert [e.objectName() for e in page.findChildren(QPlainTextEdit)] == ["nlTextEdit", "enTextEdit"]
    assert en.isVisible() and en.toPlainText() == library.text("en")
    assert en.accessibleName() == "Engelse tekst voor dit dossier"
    assert next_in_tab_order(f.textTabs.tabBar()) is en and next_in_tab_order(en) is f.exportPdfButton

    f.textTabs.setCurrentWidget(f.nlTab)
    f.textTabs.setCurrentWidget(f.enTab)
    assert page.editor.text_edit("en") is en and len(page.findChildren(QPlainTextEdit)) == 2
