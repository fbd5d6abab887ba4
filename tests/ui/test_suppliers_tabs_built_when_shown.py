"""Step 4 builds the list and the supplier's details, and each other tab's form once, the first time that tab is
shown (issue 15: one Designer form built all four tabs whole, about a third of the step's first showing); a tab
built later shows the supplier the page shows, and is tabbed through where the whole form had it."""
from datetime import date

from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QVBoxLayout, QWidget
from tabs_built_later import built as built_tabs
from tabs_built_later import next_in_tab_order

from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import CredentialKind
from isv_desktop.services.session import open_session
from isv_desktop.ui.steps.suppliers_page import SuppliersPage

# per tab, a widget of its own form (by objectName, as the form names it)
OWN_WIDGET = {"detailsTab": "nameEdit", "credentialsTab": "credentialsTable",
              "questionnaireTab": "questionnairesTable", "planTab": "planPanel"}


def built(page) -> list[str]:
    return built_tabs(page, OWN_WIDGET)




def test_step_4_builds_the_details_and_each_other_tab_once_when_shown(open_window):
    window = open_window()
    suppliers = window.session.suppliers
    dossier = window.session.dossiers.create("Handschoenen GGD")
    first = suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    second = suppliers.add_supplier(dossier.id, "Latex Lanka", country="LK")
    suppliers.add_credential(dossier.id, second.id, CredentialKind.CERTIFICATE, "SA8000", None, date(2027, 1, 1))

    window.open_dossier_at(dossier.id, StepId.SUPPLIERS)
    page = window.dossier_view.current_page()
    f = page.form
    assert page.step_id is StepId.SUPPLIERS and f.supplierTabs.currentWidget() is f.detailsTab
    assert built(page) == ["detailsTab"] and page.built_tabs() == []
    assert [f.supplierTabs.tabText(i) for i in range(f.supplierTabs.count())] == [
        "&Gegevens", "Lidmaatschappen en certi&ficaten", "&Vragenlijst", "&Plan van aanpak"]
    assert page.current_supplier().id == first.id

    page.supplier_list.select(second.id)
    page.supplier_list.current_changed.emit(second.id)  # as a click in the list does
    assert built(page) == ["detailsTab"]
    f.supplierTabs.setCurrentWidget(f.credentialsTab)  # shown: built, shown at once, with the supplier shown
    assert built(page) == ["detailsTab", "credentialsTab"]
    credentials = page.tab_form(f.credentialsTab)
    assert credentials.credentialsTable.isVisible()
    assert credentials.credentialsTitle.text() == "Lidmaatschappen en certificaten van Latex Lanka"
    assert credentials.credentialsTable.item(0, 1).text() == "SA8000"
    assert next_in_tab_order(f.supplierTabs.tabBar()) is credentials.credentialsTable

    for tab in (f.detailsTab, f.credentialsTab, f.planTab, f.detailsTab, f.planTab):  # each built once
        f.supplierTabs.setCurrentWidget(tab)
    assert built(page) == ["detailsTab", "credentialsTab", "planTab"]
    assert page.built_tabs() == [f.credentialsTab, f.planTab]

    page.supplier_list.select(first.id)
    page.supplier_list.current_changed.emit(first.id)  # the built tabs follow the supplier chosen
    assert credentials.credentialsTable.rowCount() == 0
    assert credentials.credentialsTitle.text() == "Lidmaatschappen en certificaten van Top Glove Europe"

    assert page.questionnaire is page.questionnaire  # asked for: built once, for the supplier shown
    assert built(page) == ["detailsTab", "credentialsTab", "questionnaireTab", "planTab"]
    assert page.built_tabs() == [f.credentialsTab, f.planTab, f.questionnaireTab]
    assert page.tab_form(f.questionnaireTab).questionnaireTitle.text().startswith("Zelfevaluatie van Top Glove Europe")


def test_a_tab_built_later_is_tabbed_through_in_form_order_before_what_follows_the_page(qtbot, tmp_path):
    session = open_session(tmp_path / "d.sqlite")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        page = SuppliersPage(session.suppliers, session.questionnaires, "nl")
        after = QPushButton("Volgende stap")  # made after the page, before the tab is first shown
        layout = QVBoxLayout(window)
        layout.addWidget(page)
        layout.addWidget(after)
        window.resize(1000, 1200)
        window.show()
        dossier_id = session.dossiers.create("Handschoenen GGD").id
        session.suppliers.add_supplier(dossier_id, "Top Glove Europe")
        page.load(dossier_id)
        f = page.form
        f.supplierTabs.setCurrentWidget(f.credentialsTab)
        order, widget = [], f.supplierTabs.tabBar()
        while widget is not after:
            widget = next_in_tab_order(widget)
            order.append(widget.objectName())
        assert order == ["credentialsTable", "credentialKindCombo", "credentialNameEdit", "validFromCheck",
                         "validUntilCheck", "addCredentialButton", ""]
        page.flush()
        page.close()
    finally:
        session.close()


def test_the_list_columns_are_fitted_at_each_fill_not_measured_again_at_each_layout(qtbot, tmp_path):
    """In ResizeToContents mode the list's header measured every cell again at each layout of the page (issue 15);
    it is fitted once per fill, to the widths Qt's own fitting gives."""
    session = open_session(tmp_path / "d.sqlite")
    try:
        page = SuppliersPage(session.suppliers, session.questionnaires, "nl")
        qtbot.addWidget(page)
        dossier_id = session.dossiers.create("Handschoenen GGD").id
        session.suppliers.add_supplier(dossier_id, "Kort", country="MY")
        page.load(dossier_id)  # before the page is first shown, as at the step's first showing
        page.resize(1000, 900)
        page.show()
        tree = page.form.supplierTree
        header = tree.header()
        fitted = range(tree.columnCount() - 1)  # the last one stretches
        assert {header.sectionResizeMode(column) for column in fitted} == {QHeaderView.ResizeMode.Fixed}

        def widths() -> list[int]:
            return [header.sectionSize(column) for column in fitted]

        def qt_fitting() -> list[int]:
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            return widths()

        narrow = widths()
        assert narrow == qt_fitting()
        session.suppliers.add_supplier(dossier_id, "Steenhouwerij Oost-Nederland BV", country="IN")
        page.load(dossier_id)
        wide = widths()
        assert wide[0] > narrow[0] and wide[0] >= tree.fontMetrics().horizontalAdvance("Steenhouwerij Oost-Nederland BV")
        assert wide == qt_fitting()
        page.flush()
        page.close()
    finally:
        session.close()


def test_the_page_is_as_tall_as_the_tab_shown_whichever_tabs_were_built(qtbot, tmp_path):
    """A QTabWidget asks for its tallest tab: with tabs built when first shown, the page would grow as the buyer
    visits them. It asks for the tab shown (as step 5 does), the same before and after the others were built."""
    session = open_session(tmp_path / "d.sqlite")
    try:
        page = SuppliersPage(session.suppliers, session.questionnaires, "nl")
        qtbot.addWidget(page)
        dossier_id = session.dossiers.create("Handschoenen GGD").id
        session.suppliers.add_supplier(dossier_id, "Top Glove Europe", country="MY")
        page.load(dossier_id)
        page.resize(1000, 700)
        page.show()
        f = page.form
        details = page.minimumSizeHint().height()
        for tab in (f.credentialsTab, f.questionnaireTab, f.planTab):
            page.tab_form(tab)  # built (as when shown before), the details still shown
        QApplication.processEvents()  # the layouts hear of what was built
        assert page.minimumSizeHint().height() == details
        f.supplierTabs.setCurrentWidget(f.questionnaireTab)
        QApplication.processEvents()
        assert page.minimumSizeHint().height() != details  # it follows the tab shown
        f.supplierTabs.setCurrentWidget(f.detailsTab)
        QApplication.processEvents()
        assert page.minimumSizeHint().height() == details
        page.flush()
        page.close()
    finally:
        session.close()
