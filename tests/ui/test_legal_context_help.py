"""Help › Legal context: the page in both languages, reached from the menu and from step 3's help,
naming every instrument of the legal-basis table; the library browser shows what a criterion cites."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from isv_desktop.domain.legal_basis import long_date
from isv_desktop.knowledge.legal_basis import load_legal_basis
from isv_desktop.paths import resources_dir
from isv_desktop.ui.help_panel import help_text
from isv_desktop.ui.help_window import HelpWindow
from isv_desktop.ui.steps.criteria_models import ID_ROLE, CriterionTableModel
from isv_desktop.ui.translation import install_language

NOT_CHECKED = {"nl": "niet gecontroleerd tegen de officiële tekst", "en": "not checked against the official text"}
CRITERIA_STEP = 2


@pytest.fixture(scope="module")
def table():
    return load_legal_basis(resources_dir() / "criteria")


def section(page: str, entry_id: str) -> str:
    """The page from ``entry_id``'s anchor up to the next anchor."""
    start = page.index(f'<a name="{entry_id}">')
    following = page.find('<a name="', start + 1)
    return page[start:following if following > 0 else len(page)]


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_explains_every_entry_of_the_table(table, language):
    page = help_text("legal_context", language)
    for provision in table:
        text = plain(section(page, provision.id))
        if provision.article is not None:
            assert f"{provision.article} —" in text, provision.id
        if not provision.checked:
            assert NOT_CHECKED[language] in text.casefold(), provision.id
    for instrument in table.instruments:
        text = plain(section(page, instrument.id))
        number = re.search(r"\d{4}/\d+|Internationale Sociale Voorwaarden|Aanbestedingswet", instrument.citation_nl)
        assert number.group(0) in text, instrument.id
        assert instrument.source.split()[-1] in text, instrument.id  # CELEX or BWBR number
        if instrument.applies_from is not None:
            assert long_date(instrument.applies_from, language) in text, instrument.id
    assert "2025/794" in page and "2025/2650" in page  # stop-the-clock and the second EUDR postponement


def menu_action(window, object_name):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.objectName() == object_name:
                return menu_action.menu(), action
    raise AssertionError(f"{object_name} is in no menu")


@pytest.mark.parametrize(("language", "menu_text", "heading"), [
    ("nl", "&Wettelijk kader", "Dwangarbeidverordening — Verordening (EU) 2024/3015"),
    ("en", "&Legal context", "Forced Labour Regulation — Regulation (EU) 2024/3015"),
])
def test_the_help_menu_shows_the_page(open_window, qtbot, qapp, language, menu_text, heading):
    if language == "nl":
        window = open_window()
    else:  # the menus are translated as the window is built
        translator = install_language(qapp, "en")
        try:
            window = open_window(language="en")
        finally:
            qapp.removeTranslator(translator)
            install_language(qapp, "nl")
    menu, action = menu_action(window, "legalContextAction")
    assert menu.title() == "&Help" and action.text() == menu_text
    assert window.findChild(HelpWindow) is None  # made when asked for
    action.trigger()
    help_window = window.findChild(HelpWindow)
    qtbot.waitUntil(help_window.isVisible)
    assert not help_window.isModal()
    assert heading in help_window.browser.toPlainText()
    assert help_window.windowTitle().startswith("Wettelijk kader" if language == "nl" else "Legal context")
    action.trigger()  # again: the same window, not a second one
    assert len(window.findChildren(HelpWindow)) == 1
    help_window.close()


def test_step_3_help_links_to_the_page(open_window, qtbot):
    window = open_window()
    window.new_dossier()
    panel = window.dossier_view.help_panels[CRITERIA_STEP]
    assert panel.body.text().count('href="help:legal_context"') == 1
    assert panel.body.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    panel.body.linkActivated.emit("help:legal_context")
    help_window = window.findChild(HelpWindow)
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.topic == "legal_context"
    assert "Aanbestedingswet 2012" in help_window.browser.toPlainText()
    help_window.close()


def test_the_library_browser_shows_and_finds_what_a_criterion_cites(open_window, keyboard, qtbot):
    window = open_window()
    window.new_dossier()
    window.dossier_view.go_to(CRITERIA_STEP)
    page = window.dossier_view.pages[CRITERIA_STEP]
    page.form.addTabs.setCurrentWidget(page.form.libraryTab)  # its form is built when first shown
    form = page.library_form()
    view = form.libraryView

    def rows():
        return {view.model().index(row, 0).data(ID_ROLE): row for row in range(view.model().rowCount())}

    def type_tooltip(criterion_id):
        index = view.model().index(rows()[criterion_id], CriterionTableModel.TYPE)
        return index.data(Qt.ItemDataRole.ToolTipRole)

    assert type_tooltip("forced_labour.contract.basis") == (
        "Bijzondere uitvoeringsvoorwaarde (art. 2.80 Aanbestedingswet 2012)\n"
        "Wettelijk kader: Verordening (EU) 2024/3015 (verbod op producten vervaardigd met dwangarbeid; "
        "van toepassing vanaf 14 december 2027); art. 2.86 Aanbestedingswet 2012 (verplichte uitsluiting, "
        "onder meer na veroordeling voor kinderarbeid en andere vormen van mensenhandel)")
    assert "Wettelijk kader" not in type_tooltip("health_safety.contract.basis")
    keyboard.type(form.searchEdit, "2.116")
    assert set(rows()) == {"living_wage.contract.basis", "services.labour.basis"}

    # added to the dossier, the editor says it too
    view.selectionModel().select(view.model().index(rows()["services.labour.basis"], 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(form.addLibraryButton, Qt.MouseButton.LeftButton)
    page.select("services.labour.basis")
    assert "Wettelijk kader: art. 2.116 Aanbestedingswet 2012 (abnormaal lage inschrijvingen); art. 2.87" \
        in page.form.criterionMeta.text()
