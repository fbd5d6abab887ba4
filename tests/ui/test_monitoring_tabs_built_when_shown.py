"""Step 5 builds the form of the tab shown, and each other tab's form once, the first time that tab is shown (issue 15:
one Designer form built all seven tabs whole, about 100 ms at every first opening of the step)."""
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from tabs_built_later import built as built_tabs
from tabs_built_later import next_in_tab_order

from isv_desktop.domain.steps import StepId
from isv_desktop.services.session import open_session
from isv_desktop.ui.steps.monitoring_page import MonitoringPage

# per tab, a widget of its own form (by objectName, as the form names it)
OWN_WIDGET = {"timelineTab": "timelineTree", "meetingsTab": "meetingsTable", "auditsTab": "auditsTable",
              "escalationTab": "escalationsTable", "traceTab": "productsTable", "signalsTab": "followupsTable",
              "chartTab": "chartHolder"}


def built(page) -> list[str]:
    return built_tabs(page, OWN_WIDGET)




def test_opening_step_5_builds_the_tab_shown_and_each_other_tab_once_when_shown(open_window):
    window = open_window()
    first = window.session.dossiers.create("Handschoenen GGD")
    second = window.session.dossiers.create("Werkkleding")

    window.open_dossier_at(first.id, StepId.MONITORING)
    page = window.dossier_view.current_page()
    f = page.form
    assert page.step_id is StepId.MONITORING and f.tabs.currentWidget() is f.timelineTab
    assert built(page) == ["timelineTab"]
    assert [f.tabs.tabText(i) for i in range(f.tabs.count())] == [
        "&Tijdlijn", "&Overleg", "&Audits en maatregelen", "&Escalatie", "&Herleidbaarheid", "Si&gnalen", "Over&zicht"]

    f.tabs.setCurrentWidget(f.meetingsTab)  # shown: built, shown at once, and tabbed into after the tab bar
    assert built(page) == ["timelineTab", "meetingsTab"]
    meetings = page.tab_form(f.meetingsTab).meetingsTable
    assert meetings.isVisible() and meetings.objectName() == "meetingsTable"
    assert next_in_tab_order(f.tabs.tabBar()) is meetings

    for tab in (f.timelineTab, f.meetingsTab, f.auditsTab, f.timelineTab, f.auditsTab):  # each built once
        f.tabs.setCurrentWidget(tab)
    assert built(page) == ["timelineTab", "meetingsTab", "auditsTab"]
    assert page.built_tabs() == [f.timelineTab, f.meetingsTab, f.auditsTab]

    window.show_list()
    window.open_dossier_at(second.id, StepId.MONITORING)  # the tab chosen stays chosen; nothing more is built
    assert window.dossier_view.current_page() is page and f.tabs.currentWidget() is f.auditsTab
    assert built(page) == ["timelineTab", "meetingsTab", "auditsTab"]

    f.tabs.setCurrentWidget(f.chartTab)
    assert built(page) == ["timelineTab", "meetingsTab", "auditsTab", "chartTab"]
    assert page.chart.data.empty  # filled for the dossier open


def test_a_tab_built_later_is_tabbed_through_in_form_order_before_what_follows_the_page(qtbot, tmp_path):
    """Qt puts a widget made later at the end of its window's focus chain: a tab built when first shown is moved back
    to where the form built whole had it, so Tab goes from the tab bar through the tab and on to what follows."""
    session = open_session(tmp_path / "d.sqlite")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        page = MonitoringPage(session.monitoring, session.suppliers, session.signals, "nl")
        after = QPushButton("Volgende stap")  # made after the page, before the tab is first shown
        layout = QVBoxLayout(window)
        layout.addWidget(page)
        layout.addWidget(after)
        window.resize(1000, 1200)
        window.show()
        page.load(session.dossiers.create("Handschoenen GGD").id)
        f = page.form
        f.tabs.setCurrentWidget(f.meetingsTab)
        order, widget = [], f.tabs.tabBar()
        while widget is not after:
            widget = next_in_tab_order(widget)
            order.append(widget.objectName())
        assert order == ["meetingsTable", "meetingDate", "meetingSupplierCombo",
                         "participantsEdit", "agreementsEdit", "addMeetingButton", ""]
        page.flush()
        page.close()
    finally:
        session.close()
