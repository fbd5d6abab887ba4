"""Step 3 through the real widgets: choose, reword, weigh, reorder, export; check what is stored."""
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from isv_desktop.domain.criteria import AcceptanceMode, AmbitionLevel, ChosenCriterion, TenderPhase
from isv_desktop.domain.dossier import IsvDecision, NonApplicationReason
from isv_desktop.domain.progress import StepState
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_view import DossierView
from isv_desktop.ui.steps.applicability_page import ApplicabilityPage
from isv_desktop.ui.steps.criteria_models import ID_ROLE, ChosenCriteriaModel
from isv_desktop.ui.steps.criteria_page import CriteriaPage
from isv_desktop.ui.translation import install_language

REWORDED = "Leverancier <Jansen & Zn> meldt \"alles\" en 'meer' binnen 5 dagen — ook > 10 locaties."


@pytest.fixture
def sessions(tmp_path):
    """Open sessions on one database file (again to test what was stored); closed after the test."""
    opened = []

    def _open():
        opened.append(open_session(tmp_path / "dossiers.sqlite"))
        return opened[-1]

    yield _open
    for session in opened:
        session.close()


@pytest.fixture
def open_view(qtbot, activate, sessions):
    """A dossier view with steps 1 and 3 on ``session``, showing step 3; closed before its session."""
    views = []

    def _open(session, dossier_id, language="nl"):
        pages = [lambda: ApplicabilityPage(session.dossiers, session.applicability, language),
                 lambda: CriteriaPage(session.criteria, language)]
        view = DossierView(session.dossiers, pages, language, show_help=False, progress=session.progress)
        view.resize(1200, 800)
        view.show()
        activate(view)
        view.open(dossier_id)
        view.go_to(1)
        views.append(view)
        return view, view.pages[1]

    yield _open
    for view in views:
        view.close()
        view.deleteLater()


@pytest.fixture
def clipboard(qapp):
    """The clipboard, emptied afterwards: offscreen Qt crashes at exit while it holds a QMimeData."""
    yield QGuiApplication.clipboard()
    QGuiApplication.clipboard().clear()


def scanned_gloves(session) -> int:
    """Gloves made in Malaysia: the scan rates forced labour high."""
    dossier = session.dossiers.create("Handschoenen GGD")
    session.dossiers.edit(dossier.id, "reference", "GGD-2025-01")
    session.dossiers.edit(dossier.id, "organisation", "Gemeente Zwolle")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    return dossier.id


def choose_in(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def ids_in(view):
    return [view.model().index(row, 0).data(ID_ROLE) for row in range(view.model().rowCount())]


def select_rows(view, criterion_ids):
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, criterion_id in enumerate(ids_in(view)):
        if criterion_id in criterion_ids:
            selection.select(view.model().index(row, 0), flags)
    assert sorted(index.data(ID_ROLE) for index in selection.selectedRows()) == sorted(criterion_ids)


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def chosen_ids(session, dossier_id):
    return [c.criterion_id for c in session.criteria.chosen(dossier_id)]


def stored(session, dossier_id, criterion_id) -> ChosenCriterion:
    return next(c for c in session.criteria.chosen(dossier_id) if c.criterion_id == criterion_id)


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_forced_labour_high_brings_its_criterion_and_ambitious_the_ambitious_variant(qtbot, sessions, open_view):
    session = sessions()
    dossier_id = scanned_gloves(session)
    _view, page = open_view(session, dossier_id)
    model = page.browser.suggestions_model

    def suggested():
        return [model.criterion(row) for row in range(model.rowCount())]

    assert any(Theme.FORCED_LABOUR in c.themes and not c.general for c in suggested())
    assert "dwangarbeid" in page.form.suggestionReason.text()
    choose_in(page.form.ambitionCombo, "ambitious")
    assert session.criteria.settings(dossier_id).ambition is AmbitionLevel.AMBITIOUS
    forced = [c for c in suggested() if Theme.FORCED_LABOUR in c.themes and not c.general]
    assert max(c.level for c in forced) is AmbitionLevel.AMBITIOUS
    row = next(r for r, c in enumerate(suggested()) if c.id == "forced_labour.award")
    assert "dwangarbeid" in model.index(row, model.DETAIL).data()

    click(qtbot, page.form.acceptAllButton)
    assert "forced_labour.award" in chosen_ids(session, dossier_id)
    assert model.index(row, model.STATUS).data() == "gekozen"
    assert session.progress.status(dossier_id).step(StepId.CRITERIA).complete


def test_choose_reword_weigh_and_export_the_annex(
    qtbot, keyboard, sessions, open_view, monkeypatch, tmp_path, clipboard
):
    session = sessions()
    dossier_id = scanned_gloves(session)
    view, page = open_view(session, dossier_id)
    f = page.form
    assert view.step_list.item(1).text().startswith("○")

    # the library browser: filters narrow the list, the selection is added
    f.addTabs.setCurrentWidget(f.libraryTab)  # its form is built when first shown
    lib = page.library_form()
    choose_in(lib.typeFilterCombo, "award_criterion")
    choose_in(lib.themeFilterCombo, "forced_labour")
    shown = ids_in(lib.libraryView)
    assert "forced_labour.award" in shown and "due_diligence.basis" not in shown
    assert all(session.criteria.library[i].type.value == "award_criterion" for i in shown)
    select_rows(lib.libraryView, ["forced_labour.award"])
    click(qtbot, lib.addLibraryButton)
    choose_in(lib.typeFilterCombo, None)
    choose_in(lib.themeFilterCombo, None)
    keyboard.type(lib.searchEdit, "escalatie")
    assert "escalation.basis" in ids_in(lib.libraryView)
    select_rows(lib.libraryView, ["escalation.basis"])
    click(qtbot, lib.addLibraryButton)
    f.addTabs.setCurrentWidget(f.suggestionsTab)
    select_rows(f.suggestionsView, ["due_diligence.basis"])
    click(qtbot, f.addSuggestionButton)
    assert sorted(chosen_ids(session, dossier_id)) == ["due_diligence.basis", "escalation.basis", "forced_labour.award"]
    assert view.step_list.item(1).text().startswith("✓")
    assert page.chosen_model.ids_in_order() == ["forced_labour.award", "due_diligence.basis", "escalation.basis"]

    # reword the Dutch text of one criterion; the list and the tab say it differs from the library
    page.select("due_diligence.basis")
    page.editor.text_edit("nl").setFocus()
    page.editor.text_edit("nl").selectAll()
    keyboard.type(page.editor.text_edit("nl"), REWORDED)
    qtbot.waitUntil(lambda: stored(session, dossier_id, "due_diligence.basis").custom_text_nl == REWORDED, timeout=3000)
    assert stored(session, dossier_id, "due_diligence.basis").custom_text_en is None
    assert f.textTabs.tabText(0) == "Nederlands (aangepast)" and f.textTabs.tabText(1) == "Engels"
    assert page.chosen_model.index_of("due_diligence.basis").siblingAtColumn(page.chosen_model.TEXT).data() == "aangepast (NL)"

    # the award criterion: its rubric is shown, the weight is stored, the check adds up
    page.select("forced_labour.award")
    assert f.weightPanel.isVisible() and "10" in f.rubricText.text()
    assert page.editor.text_edit("nl").toPlainText().startswith("Inschrijver beschrijft")
    keyboard.replace(f.weightEdit, "12,5")
    assert stored(session, dossier_id, "forced_labour.award").weight == Decimal("12.5")
    keyboard.replace(f.otherWeightsEdit, "80")
    assert "er ontbreekt 7,5" in f.weightCheckLabel.text()
    keyboard.replace(f.otherWeightsEdit, "87,5")
    assert session.criteria.settings(dossier_id).other_weights == Decimal("87.5")
    assert f.weightCheckLabel.text() == "✓ ISV-weging 12,5 % + overige 87,5 % = 100 %"

    # the annex as a PDF, through the button
    target = tmp_path / "annex"  # typed without .pdf: the page adds it
    asked, opened = [], []
    save_as = lambda parent, caption, directory, kinds: asked.append(directory) or (str(target), kinds)  # noqa: E731
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(page.annex.save_finished):  # laid out and written in the background
        click(qtbot, f.exportPdfButton)
    assert asked and asked[0].endswith("Bijlage ISV GGD-2025-01.pdf")
    pdf = target.with_name("annex.pdf")
    assert pdf.exists(), f.annexStatus.text()
    text = pdf_text(pdf)
    for expected in (REWORDED, "12,5 %", "Verklaring van de inschrijver", "pagina 1 van "):
        assert expected in text
    assert str(pdf) in f.annexStatus.text()
    click(qtbot, f.openFolderButton)
    assert opened == [QUrl.fromLocalFile(str(pdf.parent))]

    # and as text on the clipboard, formatted and plain
    click(qtbot, f.copyTextButton)
    mime = clipboard.mimeData()
    assert mime.hasHtml() and "&lt;Jansen &amp; Zn&gt;" in mime.html()
    assert mime.hasText() and REWORDED in mime.text()


def test_implicit_acceptance_leaves_the_declaration_out(qtbot, sessions, open_view, monkeypatch, tmp_path):
    session = sessions()
    dossier_id = scanned_gloves(session)
    _view, page = open_view(session, dossier_id)
    click(qtbot, page.form.acceptAllButton)
    page.form.implicitRadio.setFocus()
    qtbot.keyClick(page.form.implicitRadio, Qt.Key.Key_Space)
    assert session.criteria.settings(dossier_id).acceptance is AcceptanceMode.IMPLICIT
    pdf = tmp_path / "bijlage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(pdf), ""))
    with qtbot.waitSignal(page.annex.save_finished):
        click(qtbot, page.form.exportPdfButton)
    assert "Verklaring van de inschrijver" not in pdf_text(pdf)


def test_a_bad_weight_shows_a_message_and_stores_nothing(qtbot, keyboard, sessions, open_view):
    session = sessions()
    dossier_id = scanned_gloves(session)
    session.criteria.choose(dossier_id, "forced_labour.award")
    _view, page = open_view(session, dossier_id)
    f = page.form
    page.select("forced_labour.award")
    keyboard.replace(f.weightEdit, "15")
    for bad in ("veel", "150", "-5", "=1+1", ""):
        keyboard.replace(f.weightEdit, bad)
        assert f.weightError.isVisible() and f.weightError.text()
        assert stored(session, dossier_id, "forced_labour.award").weight == Decimal("15")
    keyboard.replace(f.otherWeightsEdit, "tachtig")
    assert f.otherWeightsError.isVisible()
    assert session.criteria.settings(dossier_id).other_weights is None
    keyboard.replace(f.weightEdit, "20")
    assert not f.weightError.isVisible()
    assert stored(session, dossier_id, "forced_labour.award").weight == Decimal("20")


def test_reorder_with_the_keyboard_remove_and_undo(qtbot, keyboard, sessions, open_view):
    session = sessions()
    dossier_id = scanned_gloves(session)
    _view, page = open_view(session, dossier_id)
    f = page.form
    click(qtbot, f.acceptAllButton)
    contract = [c.criterion_id for c in session.criteria.chosen(dossier_id) if c.phase is TenderPhase.CONTRACT]
    first, second = contract[0], contract[1]
    session.criteria.set_text(dossier_id, second, "en", "Our own words")
    page.load(dossier_id)

    def ahead(one, other):
        return chosen_ids(session, dossier_id).index(one) < chosen_ids(session, dossier_id).index(other)

    page.select(second)
    f.chosenView.setFocus()
    qtbot.keyClick(f.chosenView, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert ahead(second, first) and page.current_id() == second
    qtbot.keyClick(f.chosenView, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ahead(first, second)
    click(qtbot, f.moveUpButton)
    assert ahead(second, first)
    click(qtbot, f.moveDownButton)
    before = chosen_ids(session, dossier_id)

    page.select(second)
    f.chosenView.setFocus()
    qtbot.keyClick(f.chosenView, Qt.Key.Key_Delete)
    assert second not in chosen_ids(session, dossier_id)
    assert "Ongedaan maken" in f.chosenStatus.text()
    assert f.undoButton.isEnabled()
    qtbot.keyClick(f.chosenView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen_ids(session, dossier_id) == before
    assert stored(session, dossier_id, second).custom_text_en == "Our own words"
    assert not f.undoButton.isEnabled()

    click(qtbot, f.removeButton)
    assert second not in chosen_ids(session, dossier_id)
    click(qtbot, f.undoButton)
    assert chosen_ids(session, dossier_id) == before


def test_revert_to_the_library_text_and_an_empty_text_is_refused(qtbot, keyboard, sessions, open_view):
    session = sessions()
    dossier_id = scanned_gloves(session)
    session.criteria.choose(dossier_id, "audit.basis")
    session.criteria.set_text(dossier_id, "audit.basis", "en", "Audits as we like them")
    _view, page = open_view(session, dossier_id)
    f = page.form
    page.select("audit.basis")
    assert f.textTabs.tabText(1) == "Engels (aangepast)"
    f.textTabs.setCurrentWidget(f.enTab)  # its field is built when the tab is first shown
    assert page.editor.text_edit("en").toPlainText() == "Audits as we like them"
    assert "Engelse tekst aangepast" in f.textStatus.text()
    click(qtbot, f.revertButton)
    assert stored(session, dossier_id, "audit.basis").custom_text_en is None
    assert page.editor.text_edit("en").toPlainText() == session.criteria.library["audit.basis"].text("en")
    assert f.textTabs.tabText(1) == "Engels"
    assert not f.revertButton.isEnabled()

    # an emptied text is refused: the library text stays
    f.textTabs.setCurrentWidget(f.nlTab)
    page.editor.text_edit("nl").setFocus()
    page.editor.text_edit("nl").selectAll()
    qtbot.keyClick(page.editor.text_edit("nl"), Qt.Key.Key_Delete)
    page.flush()
    assert f.textError.isVisible()
    assert stored(session, dossier_id, "audit.basis").custom_text_nl is None


def test_settings_are_stored_at_once_and_everything_is_there_after_reopening(
    qtbot, keyboard, sessions, open_view
):
    session = sessions()
    dossier_id = scanned_gloves(session)
    view, page = open_view(session, dossier_id)
    f = page.form
    choose_in(f.ambitionCombo, "significant")
    keyboard.replace(f.planWeeksSpin.lineEdit(), "16")
    keyboard.replace(f.reportWeeksSpin.lineEdit(), "8")
    deadlines = session.criteria.settings(dossier_id).deadlines
    assert (deadlines.plan_of_action_weeks, deadlines.questionnaire_weeks, deadlines.progress_report_weeks) == (16, 4, 8)
    keyboard.replace(f.otherWeightsEdit, "70")
    click(qtbot, f.acceptAllButton)
    first = chosen_ids(session, dossier_id)[0]
    page.select(first)
    page.editor.text_edit("nl").setFocus()
    page.editor.text_edit("nl").selectAll()
    keyboard.type(page.editor.text_edit("nl"), "Eigen tekst voor dit dossier")
    view.flush()
    expected = session.criteria.chosen(dossier_id)
    view.close()
    session.close()

    session = sessions()
    assert session.criteria.chosen(dossier_id) == expected
    _view, page = open_view(session, dossier_id)
    f = page.form
    assert f.ambitionCombo.currentData() == "significant"
    assert (f.planWeeksSpin.value(), f.questionnaireWeeksSpin.value(), f.reportWeeksSpin.value()) == (16, 4, 8)
    assert f.otherWeightsEdit.text() == "70"
    assert f.explicitRadio.isChecked()
    assert page.chosen_model.ids_in_order()[0] == page.current_id()
    page.select(first)
    assert page.editor.text_edit("nl").toPlainText() == "Eigen tekst voor dit dossier"


def test_not_applying_isv_makes_the_step_not_needed_without_criteria(qtbot, sessions, open_view):
    session = sessions()
    dossier = session.dossiers.create("Schoonmaak")
    session.dossiers.edit(dossier.id, "decision", IsvDecision.NOT_APPLY.value)
    session.dossiers.edit(dossier.id, "non_application_reason", NonApplicationReason.NO_RELEVANT_CHAIN_RISK.value)
    view, page = open_view(session, dossier.id)
    assert session.progress.status(dossier.id).step(StepId.CRITERIA).state is StepState.NOT_NEEDED
    assert view.step_list.item(1).text().startswith("–")
    assert "niet toe te passen" in page.form.chosenStatus.text()


def test_the_chosen_list_numbers_as_the_annex_does(sessions):
    library = sessions().criteria.library
    chosen = [
        ChosenCriterion.from_criterion(library[cid], position)
        for position, cid in enumerate(["escalation.basis", "audit.basis", "forced_labour.award", "due_diligence.basis"])
    ]
    model = ChosenCriteriaModel(library, "nl")
    assert model.reload(chosen) is True
    assert [model.item(row, 0).text() for row in range(model.rowCount())] == [
        "3\u2002Gunningscriteria", "4\u2002Contractvoorwaarden", "5\u2002Escalatie"]
    assert model.ids_in_order() == ["forced_labour.award", "audit.basis", "due_diligence.basis", "escalation.basis"]
    assert model.index_of("due_diligence.basis").data() == "4.2"
    assert model.index_of("forced_labour.award").siblingAtColumn(model.WEIGHT).data() == "5 %"
    edited = [c.with_text("nl", "Eigen woorden") if c.criterion_id == "audit.basis" else c for c in chosen]
    assert model.reload(edited) is False  # same rows: texts change in place
    assert model.index_of("audit.basis").siblingAtColumn(model.TEXT).data() == "aangepast (NL)"


def test_the_page_speaks_english(qtbot, qapp, sessions, open_view):
    translator = install_language(qapp, "en")
    try:
        session = sessions()
        dossier_id = scanned_gloves(session)
        _view, page = open_view(session, dossier_id, language="en")
        f = page.form
        assert f.ambitionLabel.text() == "&Ambition level"
        assert f.exportPdfButton.text() == "Annex as P&DF…"
        assert "forced labour" in f.suggestionReason.text()
        assert f.ambitionCombo.itemText(2) == "ambitious"
        click(qtbot, f.acceptAllButton)
        assert page.chosen_model.item(0, 0).text().endswith("Contract performance conditions")
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")
