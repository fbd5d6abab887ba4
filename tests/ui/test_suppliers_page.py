"""Step 4 through the real widgets: suppliers typed in, awarded, the questionnaire out and back (button and
drag and drop), the plan of action assessed; every check is on what is stored."""
import sqlite3
import warnings
from datetime import date, timedelta

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.export.questionnaire_xlsx_layout import (
    COL_ANSWER,
    COL_EVIDENCE,
    COL_EXPLANATION,
    FIRST_QUESTION_ROW,
    QUESTIONS_SHEET,
)
from isv_desktop.services.session import open_session
from isv_desktop.ui.steps.suppliers_page import SuppliersPage
from isv_desktop.ui.translation import install_language

TODAY = date(2026, 3, 2)
AWARDED_ON = date(2026, 3, 2)
PLAN_DUE = AWARDED_ON + timedelta(weeks=12)  # step 3's default


class Clock:
    """Today for the services and the page alike; a test moves it on."""

    def __init__(self):
        self.today = TODAY

    def __call__(self):
        return self.today


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def session(tmp_path, clock):
    opened = open_session(tmp_path / "d.sqlite", today=clock)
    yield opened
    opened.close()


@pytest.fixture
def open_page(qtbot, activate, session, clock):
    """Step 4 on its own, showing ``dossier_id`` (on ``today`` when given); closed before the session."""
    pages = []

    def _open(dossier_id, language="nl", today=None):
        if today is not None:
            clock.today = today
        page = SuppliersPage(session.suppliers, session.questionnaires, language, today=clock)
        page.resize(1000, 900)
        page.show()
        activate(page)
        page.load(dossier_id)
        pages.append(page)
        return page

    yield _open
    for page in pages:  # as the window does before it closes: what is typed is stored, no timer outlives the file
        page.flush()
        page.close()
        page.deleteLater()


def gloves(session) -> int:
    """Gloves made in Malaysia, with the suggested criteria: the questionnaire has theme and deliverable questions."""
    dossier = session.dossiers.create("Handschoenen GGD")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.criteria.choose_suggestions(dossier.id)
    return dossier.id


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def answer_message_box(qtbot, button_text, seen):
    """Click ``button_text`` in the message box about to open; keep its text and informative text."""

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append((box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text() == button_text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        box.reject()
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, answer)


def fill(path, answers):
    """A supplier fills in the questions sheet with openpyxl and saves."""
    book = openpyxl.load_workbook(path)
    sheet = book[QUESTIONS_SHEET]
    for offset, (answer, explanation, evidence) in enumerate(answers):
        row = FIRST_QUESTION_ROW + offset
        sheet.cell(row, COL_ANSWER).value = answer
        sheet.cell(row, COL_EXPLANATION).value = explanation
        sheet.cell(row, COL_EVIDENCE).value = evidence
    book.save(path)


def stored_answers(session):
    with sqlite3.connect(session.database.path) as connection:
        return connection.execute("SELECT id, answers_json, returned_on FROM questionnaires ORDER BY id").fetchall()


def tree_texts(tree):
    return [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]


def test_add_a_bidder_by_typing_a_bad_kvk_stores_nothing(qtbot, keyboard, session, open_page):
    dossier_id = session.dossiers.create("Werkkleding").id
    page = open_page(dossier_id)
    f = page.form
    assert page.details.adding and f.addSupplierButton.isVisible()
    assert not f.supplierTabs.isTabEnabled(f.supplierTabs.indexOf(f.questionnaireTab))

    keyboard.type(f.nameEdit, "Wäscherei Müller & Zn")
    keyboard.type(f.kvkEdit, "1234 567")
    choose(f.countryCombo, "DE")
    keyboard.type(f.contactEdit, "Jörg Müller, inkoop@example.de")
    click(qtbot, f.addSupplierButton)
    assert f.kvkError.isVisible()
    assert f.kvkError.text().startswith("‘1234 567’ is geen KvK-nummer")
    assert session.suppliers.suppliers(dossier_id) == []

    f.kvkEdit.clear()
    keyboard.type(f.kvkEdit, "12.34.56.78")
    click(qtbot, f.addSupplierButton)
    [bidder] = session.suppliers.suppliers(dossier_id)
    assert (bidder.name, bidder.kvk_number, bidder.country, bidder.contact_person, bidder.role) == (
        "Wäscherei Müller & Zn", "12345678", "DE", "Jörg Müller, inkoop@example.de", SupplierRole.BIDDER)
    assert not f.kvkError.isVisible() and not page.details.adding
    assert tree_texts(f.supplierTree) == ["Wäscherei Müller & Zn"]
    assert f.supplierTree.topLevelItem(0).text(1) == "Inschrijver"
    assert "Persoonsgegeven" in f.contactHint.text()

    # edits are stored as typed; a wrong one shows its message and stores nothing
    keyboard.replace(f.kvkEdit, "999")
    assert f.kvkError.isVisible() and "‘999’ is geen KvK-nummer" in f.kvkError.text()
    f.nameEdit.setFocus()
    f.nameEdit.selectAll()
    qtbot.keyClick(f.nameEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(f.nameEdit, Qt.Key.Key_Return)
    assert f.nameError.text() == "Een leverancier heeft een naam nodig."
    assert session.suppliers.supplier(dossier_id, bidder.id).kvk_number == "12345678"
    assert session.suppliers.supplier(dossier_id, bidder.id).name == "Wäscherei Müller & Zn"
    keyboard.replace(f.nameEdit, "Wäscherei Müller B.V.")
    assert session.suppliers.supplier(dossier_id, bidder.id).name == "Wäscherei Müller B.V."
    assert tree_texts(f.supplierTree) == ["Wäscherei Müller B.V."]

    # a factory the bidder named sits beneath it
    click(qtbot, f.newSupplierButton)
    keyboard.type(f.nameEdit, "Atelier Łódź")
    choose(f.roleCombo, SupplierRole.FACTORY.value)
    assert f.parentCombo.isVisible()
    choose(f.parentCombo, bidder.id)
    choose(f.countryCombo, "PL")
    qtbot.keyClick(f.nameEdit, Qt.Key.Key_Return)  # Enter in a field of a new supplier adds it
    factory = next(s for s in session.suppliers.suppliers(dossier_id) if s.name == "Atelier Łódź")
    assert (factory.role, factory.parent_id, factory.country) == (SupplierRole.FACTORY, bidder.id, "PL")
    top = f.supplierTree.topLevelItem(0)
    assert top.childCount() == 1 and top.child(0).text(0) == "Atelier Łódź"


def test_remove_asks_first(qtbot, session, open_page):
    dossier_id = session.dossiers.create("Werkkleding").id
    session.suppliers.add_supplier(dossier_id, "Blijft")
    gone = session.suppliers.add_supplier(dossier_id, "Gaat weg")
    page = open_page(dossier_id)
    page.supplier_list.select(gone.id)
    page._supplier_chosen(gone.id)
    seen = []
    answer_message_box(qtbot, "Niet verwijderen", seen)
    click(qtbot, page.form.removeSupplierButton)
    assert seen[0][0] == "Leverancier ‘Gaat weg’ verwijderen?"
    assert len(session.suppliers.suppliers(dossier_id)) == 2
    answer_message_box(qtbot, "Verwijderen", seen)
    click(qtbot, page.form.removeSupplierButton)
    assert [s.name for s in session.suppliers.suppliers(dossier_id)] == ["Blijft"]
    assert tree_texts(page.form.supplierTree) == ["Blijft"]
    assert page.form.detailsTitle.text().startswith("Blijft")


def test_credentials_with_expiring_ones_marked(qtbot, session, open_page):
    dossier_id = session.dossiers.create("Werkkleding").id
    supplier = session.suppliers.add_supplier(dossier_id, "Confectie Noord")
    page = open_page(dossier_id)
    f = page.form
    f.supplierTabs.setCurrentWidget(f.credentialsTab)
    c = page.tab_form(f.credentialsTab)
    choose(c.credentialKindCombo, "initiative")
    c.credentialNameEdit.setText("Fair Wear")  # typed, the name completer's popup would open (offscreen Qt warns)
    c.validUntilCheck.setChecked(True)
    c.validUntilDate.setDate(TODAY + timedelta(days=30))
    click(qtbot, c.addCredentialButton)
    [credential] = session.suppliers.credentials(supplier.id)
    assert (credential.name, credential.valid_until, credential.valid_from) == (
        "Fair Wear", TODAY + timedelta(days=30), None)
    assert c.credentialsTable.item(0, 4).text() == "verloopt op 1 apr 2026"
    assert "Fair Wear verloopt 1 apr 2026" in f.supplierTree.topLevelItem(0).text(5)

    click(qtbot, c.addCredentialButton)  # no name
    assert c.credentialError.text() == "Een leverancier heeft een naam nodig."  # the service's message
    assert len(session.suppliers.credentials(supplier.id)) == 1


def test_award_export_import_and_see_the_scores(qtbot, keyboard, session, open_page, tmp_path, monkeypatch):
    dossier_id = gloves(session)
    bidder = session.suppliers.add_supplier(dossier_id, "Top Glove Europe", country="MY")
    page = open_page(dossier_id)
    f = page.form
    assert page.current_supplier().id == bidder.id
    assert not session.progress.status(dossier_id).step(StepId.SUPPLIERS).complete

    # award it
    f.awardDate.setDate(AWARDED_ON)
    click(qtbot, f.awardButton)
    awarded = session.suppliers.supplier(dossier_id, bidder.id)
    assert (awarded.role, awarded.award_date) == (SupplierRole.AWARDED, AWARDED_ON)
    assert session.suppliers.plan(bidder.id).due_on == PLAN_DUE
    assert f.awardInfo.text() == "Gegund op 2 mrt 2026. Plan van aanpak uiterlijk 25 mei 2026."
    assert session.dossiers.get(dossier_id).next_due_date == PLAN_DUE

    # export through the button: the suggested name has the supplier's name; .xlsx is added
    f.supplierTabs.setCurrentWidget(f.questionnaireTab)
    q = page.tab_form(f.questionnaireTab)
    assert q.questionnaireLanguageCombo.currentData() == "en"  # a supplier in Malaysia
    choose(q.questionnaireLanguageCombo, "nl")
    asked = []
    target = tmp_path / "vragenlijst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, directory, kinds: asked.append(directory) or (str(target), kinds))
    click(qtbot, q.exportButton)
    path = tmp_path / "vragenlijst.xlsx"
    assert asked[0].endswith("Vragenlijst ISV Top Glove Europe.xlsx") and path.exists()
    [record] = session.questionnaires.for_supplier(bidder.id)
    assert (record.sent_on, record.due_on, record.questionnaire.language) == (TODAY, date(2026, 3, 30), "nl")
    assert "verstuurd op 2 mrt 2026; uiterlijk terug op 30 mrt 2026" in q.questionnaireStatus.text()
    assert [q.questionnairesTable.item(0, c).text() for c in range(4)] == ["1", "2 mrt 2026", "30 mrt 2026", ""]
    assert session.dossiers.get(dossier_id).next_due_date == date(2026, 3, 30)

    # the supplier fills it in
    questions = record.questionnaire.questions
    typed = [("ja", f"Toelichting {n}", "auditrapport.pdf") for n in range(len(questions))]
    typed[0] = ("nee", "=cmd|' /C calc'!A0 nog geen beleid", "")
    fill(path, typed)

    # read it in through the button: the confirmation shows what will be stored
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    seen = []
    answer_message_box(qtbot, "Inlezen", seen)
    click(qtbot, q.importButton)
    question, summary = seen[0]
    assert question == "Vragenlijst van Top Glove Europe (versie 1) inlezen?"
    assert f"Antwoorden: {len(questions)} van {len(questions)} vragen." in summary
    assert "• Dwangarbeid: 75" in summary and "Rode vlaggen: 1" in summary
    [record] = session.questionnaires.for_supplier(bidder.id)
    assert record.returned_on == TODAY
    assert record.answers[0].explanation == "=cmd|' /C calc'!A0 nog geen beleid"
    assert session.progress.status(dossier_id).step(StepId.SUPPLIERS).complete
    assert session.dossiers.get(dossier_id).next_due_date == PLAN_DUE

    # the scores per theme with the explanations beside them, and the red flags
    score = session.questionnaires.score_of(record)
    assert q.overallScore.text().startswith(f"Totaalscore {score.overall} van 100.")
    headings = tree_texts(q.scoresTree)
    assert headings[0] == "Dwangarbeid: 75 van 100"
    assert len(headings) == len(score.groups)
    first = q.scoresTree.topLevelItem(0).child(0)
    assert first.text(0).startswith("1. ") and first.text(1) == "nee"
    assert first.text(2) == "=cmd|' /C calc'!A0 nog geen beleid"
    q.scoresTree.setCurrentItem(first)
    assert "Toelichting: =cmd|' /C calc'!A0 nog geen beleid" in q.answerDetail.text()
    assert q.redFlagsList.item(0).text() == "Vraag 1: ‘nee’ op een thema met hoge prioriteit (dwangarbeid)"
    assert q.questionnairesTable.item(0, 3).text() == "2 mrt 2026"

    # the same file again: asked to replace; the earlier answers stay until confirmed
    before = stored_answers(session)
    typed[0] = ("ja", "Beleid vastgesteld", "beleid.pdf")
    fill(path, typed)
    answer_message_box(qtbot, "Niet inlezen", seen)
    click(qtbot, q.importButton)
    assert "al ingelezen op 2 mrt 2026" in seen[-1][0] and "vervangen" in seen[-1][0]
    assert stored_answers(session) == before
    answer_message_box(qtbot, "Vervangen", seen)
    click(qtbot, q.importButton)
    assert session.questionnaires.for_supplier(bidder.id)[0].answers[0].explanation == "Beleid vastgesteld"
    assert q.scoresTree.topLevelItem(0).text(0) == "Dwangarbeid: 100 van 100"

    # a refused file: the message names sheet and cell, and nothing changes
    before = stored_answers(session)
    book = openpyxl.load_workbook(path)
    book[QUESTIONS_SHEET].cell(FIRST_QUESTION_ROW + 2, COL_ANSWER).value = "misschien"
    book.save(path)
    answer_message_box(qtbot, "OK", seen)
    click(qtbot, q.importButton)
    cell = f"{get_column_letter(COL_ANSWER)}{FIRST_QUESTION_ROW + 2}"
    assert seen[-1][0] == "‘vragenlijst.xlsx’ is niet ingelezen; er is niets veranderd."
    assert seen[-1][1].startswith("‘misschien’ is geen antwoord op vraag 3.")
    assert seen[-1][1].endswith(f"(blad ‘Vragen’, cel {cell})")
    assert q.questionnaireStatus.text() == seen[-1][1]
    assert stored_answers(session) == before


def test_a_questionnaire_is_overdue_after_its_weeks(qtbot, session, open_page, tmp_path):
    dossier_id = gloves(session)
    supplier = session.suppliers.add_supplier(dossier_id, "Late Latex")
    session.questionnaires.export(dossier_id, supplier.id, tmp_path / "q.xlsx")
    page = open_page(dossier_id, today=date(2026, 4, 1))
    f = page.form
    f.supplierTabs.setCurrentWidget(f.questionnaireTab)  # as a buyer would, before reading its table
    q = page.tab_form(f.questionnaireTab)
    assert q.questionnairesTable.item(0, 5).text() == "te laat: niet terug"
    assert f.supplierTree.topLevelItem(0).text(5) == "vragenlijst te laat"


def test_assess_the_plan_of_action_and_the_due_date_moves_off(
    qtbot, keyboard, session, open_page, tmp_path, monkeypatch
):
    dossier_id = session.dossiers.create("Natuursteen").id
    supplier = session.suppliers.add_supplier(dossier_id, "Steenhouwerij Oost")
    session.suppliers.mark_awarded(dossier_id, supplier.id, AWARDED_ON)
    assert session.dossiers.get(dossier_id).next_due_date == PLAN_DUE
    page = open_page(dossier_id, today=PLAN_DUE + timedelta(days=1))
    f = page.form
    f.supplierTabs.setCurrentWidget(f.planTab)
    t = page.tab_form(f.planTab)
    assert t.planPanel.isVisible()
    assert t.planDueText.text() == "25 mei 2026 · te laat: nog niet ontvangen"
    assert f.supplierTree.topLevelItem(0).text(5) == "plan van aanpak te laat"

    # a file over 20 MB is refused with a message; a normal one is stored with the received date
    huge = tmp_path / "plan-groot.pdf"
    with huge.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(huge), ""))
    click(qtbot, t.attachButton)
    assert t.planError.isVisible() and t.planError.text() == "Het bestand is te groot (hoogstens 20 MB)."
    assert session.suppliers.plan(supplier.id).attachment is None
    plan_file = tmp_path / "plan van aanpak.pdf"
    plan_file.write_bytes(b"%PDF-1.4 plan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(plan_file), ""))
    t.receivedDate.setDate(date(2026, 5, 20))
    click(qtbot, t.attachButton)
    plan = session.suppliers.plan(supplier.id)
    assert (plan.attachment_name, plan.attachment, plan.received_on) == (
        "plan van aanpak.pdf", b"%PDF-1.4 plan", date(2026, 5, 20))
    assert t.attachmentText.text() == "plan van aanpak.pdf (1 kB)"
    missing = tmp_path / "weg" / "plan.pdf"  # saving it back into a folder that does not exist: a message
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    click(qtbot, t.saveAttachmentButton)
    assert t.planError.isVisible() and f"de map {missing.parent} bestaat niet" in t.planError.text()
    assert t.planDueText.text() == "25 mei 2026 · te laat: ontvangen, nog niet beoordeeld"

    # judge each OECD step with a reason, then the overall verdict
    for point, combo in page.plan.verdict_combos.items():
        assert not page.plan.reason_edits[point].isEnabled()
        choose(combo, PlanVerdict.SUFFICIENT.value)
        assert page.plan.reason_edits[point].isEnabled()
    choose(page.plan.verdict_combos[DueDiligencePoint.GRIEVANCE_REMEDY], PlanVerdict.PARTLY.value)
    keyboard.replace(page.plan.reason_edits[DueDiligencePoint.GRIEVANCE_REMEDY], "Geen klachtenlijn in het Tamil")
    plan = session.suppliers.plan(supplier.id)
    assert len(plan.points) == 7 and not plan.is_assessed
    grievance = next(p for p in plan.points if p.point is DueDiligencePoint.GRIEVANCE_REMEDY)
    assert (grievance.verdict, grievance.reason) == (PlanVerdict.PARTLY, "Geen klachtenlijn in het Tamil")
    assert session.dossiers.get(dossier_id).next_due_date == PLAN_DUE
    assert not session.progress.status(dossier_id).step(StepId.SUPPLIERS).complete

    keyboard.type(t.overallReasonEdit, "Redelijke inspanning; klachtenmechanisme binnen drie maanden.")
    choose(t.overallCombo, PlanVerdict.SUFFICIENT.value)
    plan = session.suppliers.plan(supplier.id)
    assert plan.overall_verdict is PlanVerdict.SUFFICIENT and plan.assessed_on == PLAN_DUE + timedelta(days=1)
    assert plan.overall_reason == "Redelijke inspanning; klachtenmechanisme binnen drie maanden."
    assert session.dossiers.get(dossier_id).next_due_date is None
    assert session.progress.status(dossier_id).step(StepId.SUPPLIERS).complete
    assert "beoordeeld op 26 mei 2026" in t.planDueText.text()
    assert f.supplierTree.topLevelItem(0).text(5) == ""

    # a follow-up action with a date becomes the next due date until it is done
    keyboard.type(t.actionEdit, "Klachtenlijn in het Tamil openen")
    t.actionDueDate.setDate(date(2026, 8, 31))
    click(qtbot, t.addActionButton)
    [action] = session.suppliers.actions(supplier.id)
    assert (action.description, action.due_on) == ("Klachtenlijn in het Tamil openen", date(2026, 8, 31))
    assert session.dossiers.get(dossier_id).next_due_date == date(2026, 8, 31)
    t.actionsTable.selectRow(0)
    click(qtbot, t.completeActionButton)
    assert session.suppliers.actions(supplier.id)[0].done_on == PLAN_DUE + timedelta(days=1)
    assert session.dossiers.get(dossier_id).next_due_date is None
    assert t.actionsTable.item(0, 2).text() == "26 mei 2026"


def test_a_bidder_has_no_plan_of_action_yet(qtbot, session, open_page):
    dossier_id = session.dossiers.create("Natuursteen").id
    session.suppliers.add_supplier(dossier_id, "Inschrijver A")
    page = open_page(dossier_id)
    page.form.supplierTabs.setCurrentWidget(page.form.planTab)
    t = page.tab_form(page.form.planTab)
    assert not t.planPanel.isVisible()
    assert "gegunde leverancier" in t.planTitle.text()


def drop_event(page, path, kind=QDropEvent):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    position = QPoint(20, 20) if kind is QDragEnterEvent else QPointF(20, 20)
    with warnings.catch_warnings():  # PySide offers QDragEnterEvent only with the QPoint it marks deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        event = kind(position, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    return event


def test_a_returned_file_dropped_on_the_page_runs_the_same_preview(qtbot, session, open_page, tmp_path):
    dossier_id = gloves(session)
    supplier = session.suppliers.add_supplier(dossier_id, "Top Glove Europe", country="MY")
    other = session.suppliers.add_supplier(dossier_id, "Ander bedrijf")
    path = tmp_path / "ingevuld.xlsx"
    record = session.questionnaires.export(dossier_id, supplier.id, path)
    fill(path, [("gedeeltelijk", "Deels", "rapport")] * len(record.questionnaire.questions))
    page = open_page(dossier_id)
    page.supplier_list.select(other.id)
    page._supplier_chosen(other.id)
    previewed = []
    real_preview = session.questionnaires.preview_import
    session.questionnaires.preview_import = lambda source: previewed.append(source) or real_preview(source)

    not_xlsx = tmp_path / "plan.pdf"
    not_xlsx.write_bytes(b"%PDF")
    assert not drop_event(page, not_xlsx, QDragEnterEvent).isAccepted()
    assert drop_event(page, path, QDragEnterEvent).isAccepted()
    assert drop_event(page, path).isAccepted()
    seen = []
    answer_message_box(qtbot, "Inlezen", seen)
    qtbot.waitUntil(lambda: session.questionnaires.for_supplier(supplier.id)[0].returned_on is not None, timeout=5000)
    assert previewed == [path]
    assert seen[0][0] == "Vragenlijst van Top Glove Europe (versie 1) inlezen?"
    # the page shows the supplier the file was for, on the questionnaire tab, with its scores
    assert page.current_supplier().id == supplier.id
    assert page.form.supplierTabs.currentWidget() is page.form.questionnaireTab
    assert page.tab_form(page.form.questionnaireTab).overallScore.text().startswith("Totaalscore 50 van 100.")


def test_the_page_speaks_english(qtbot, qapp, session, open_page, keyboard):
    translator = install_language(qapp, "en")
    try:
        dossier_id = session.dossiers.create("Gloves").id
        page = open_page(dossier_id, language="en")
        f = page.form
        assert f.addSupplierButton.text() == "&Add"
        assert f.supplierTabs.tabText(f.supplierTabs.indexOf(f.planTab)) == "&Plan of action"
        keyboard.type(f.nameEdit, "Glove Co")
        keyboard.type(f.kvkEdit, "12")
        click(qtbot, f.addSupplierButton)
        assert f.kvkError.text().startswith("‘12’ is not a KvK number")
        assert f.detailsTitle.text().startswith("New supplier")
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")


def test_a_file_sent_from_another_dossier_is_refused(qtbot, session, open_page, tmp_path, monkeypatch):
    sent_from = gloves(session)
    supplier = session.suppliers.add_supplier(sent_from, "Top Glove Europe")
    path = tmp_path / "ander dossier.xlsx"
    session.questionnaires.export(sent_from, supplier.id, path)
    other = session.dossiers.create("Werkkleding").id
    session.suppliers.add_supplier(other, "Confectie Noord")
    page = open_page(other)
    before = stored_answers(session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    seen = []
    answer_message_box(qtbot, "OK", seen)
    page.form.supplierTabs.setCurrentWidget(page.form.questionnaireTab)
    click(qtbot, page.tab_form(page.form.questionnaireTab).importButton)
    assert seen[0][1] == (f"Deze vragenlijst hoort bij een ander dossier (nummer {sent_from}). "
                          "Open dat dossier om hem in te lezen.")
    assert stored_answers(session) == before
