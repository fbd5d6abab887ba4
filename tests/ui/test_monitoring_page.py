"""Step 5 through the real widgets: timeline and progress reports, audits and corrective actions,
the escalation ladder, traceability, meetings, follow-ups and the chart; checked against what is stored."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep
from isv_desktop.domain.monitoring_records import CorrectiveAction
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import DueDiligencePoint, PlanVerdict
from isv_desktop.services.session import open_session
from isv_desktop.ui.steps.monitoring_chart import chart_data
from isv_desktop.ui.steps.monitoring_labels import LATE, ON_TIME, OPEN
from isv_desktop.ui.steps.monitoring_page import MonitoringPage
from isv_desktop.ui.translation import install_language

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def awarded_dossier(session, title="Handschoenen GGD", start="2025-01-01", months="36"):
    dossier = session.dossiers.create(title)
    session.dossiers.edit(dossier.id, "contract_start", start)
    session.dossiers.edit(dossier.id, "duration_months", months)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 12, 1))
    return dossier.id, supplier.id


@pytest.fixture
def open_page(qtbot, session):
    """Step 5 on its own; flushed and closed before the session closes, as the window does."""
    pages = []

    def _open(dossier_id, language="nl"):
        page = MonitoringPage(session.monitoring, session.suppliers, session.signals, language)
        qtbot.addWidget(page)
        page.resize(1000, 900)
        page.show()
        page.load(dossier_id)
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.flush()
        page.close()


def set_date(edit, day: date):
    edit.setDate(QDate(day.year, day.month, day.day))


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select_row(table, row):
    table.selectRow(row)
    assert table.selectionModel().selectedRows()[0].row() == row


# -- the timeline and the progress reports ----------------------------------------------------------------

def test_reports_fall_due_six_weeks_after_each_contract_year_and_a_late_one_is_marked(session, open_page):
    dossier_id, _ = awarded_dossier(session)
    page = open_page(dossier_id)
    rows = page.timeline.rows()
    assert rows[0][0].startswith("Top Glove Europe")
    reports = [r for r in rows[1:] if r[0].startswith("Voortgangsrapportage")]
    assert [(r[0], r[1]) for r in reports] == [
        ("Voortgangsrapportage jaar 1", "12-02-2026"),
        ("Voortgangsrapportage jaar 2", "12-02-2027"),
        ("Voortgangsrapportage jaar 3", "12-02-2028"),
    ]
    assert reports[0][4].startswith("⚠") and "te laat" in reports[0][4]  # not received, date passed
    assert "te laat" not in reports[1][4]
    assert page.form.contractLabel.text() == "Contract van 01-01-2025 tot en met 31-12-2027."
    assert "⚠" in page.form.tabs.tabText(0)
    assert not session.progress.status(dossier_id).step(StepId.MONITORING).complete


def test_record_a_report_received_late_with_its_texts_and_file_then_assess_it(session, open_page, qtbot, tmp_path):
    dossier_id, _ = awarded_dossier(session)
    page = open_page(dossier_id)
    first = session.monitoring.progress_reports(dossier_id)[0]
    f = page.form
    t = page.tab_form(f.timelineTab)  # the tab's own form: the tab shown
    assert not t.recordReportButton.isEnabled()  # nothing chosen yet
    assert page.timeline.select_report(first.id)
    assert t.recordReportButton.isEnabled() and not t.verdictCombo.isEnabled()

    set_date(t.receivedDate, date(2026, 3, 1))
    qtbot.keyClicks(t.measuresEdit, "Audits bij twee fabrieken gedaan")
    qtbot.keyClicks(t.incidentsEdit, "Geen")
    report_file = tmp_path / "rapportage 2025.pdf"
    report_file.write_bytes(b"%PDF-1.4 rapportage")
    assert page.report.attach(report_file)
    qtbot.mouseClick(t.recordReportButton, Qt.MouseButton.LeftButton)

    stored = session.monitoring.progress_reports(dossier_id)[0]
    assert stored.received_on == date(2026, 3, 1)
    assert stored.measures_status == "Audits bij twee fabrieken gedaan" and stored.incidents == "Geen"
    assert stored.attachment_name == "rapportage 2025.pdf" and stored.attachment == b"%PDF-1.4 rapportage"
    for saved, expected in ((tmp_path / "terug.pdf", ""), (tmp_path / "weg" / "terug.pdf", "bestaat niet")):
        with pytest.MonkeyPatch.context() as patch:  # saved back whole; into a missing folder: a message
            patch.setattr(QFileDialog, "getSaveFileName", lambda *args, path=saved: (str(path), ""))
            qtbot.mouseClick(t.saveReportAttachmentButton, Qt.MouseButton.LeftButton)
        assert expected in t.reportError.text() and (expected or saved.read_bytes() == b"%PDF-1.4 rapportage")
    year_one = page.timeline.rows()[2]
    assert year_one[2] == "01-03-2026" and "te laat ontvangen (17 dagen)" in year_one[4]

    # after the receipt a text is stored as it is typed
    qtbot.keyClicks(t.nextStepsEdit, "Klachtenlijn openen")
    page.flush()
    assert session.monitoring.progress_reports(dossier_id)[0].next_steps == "Klachtenlijn openen"

    # the assessment: every choice is stored at once
    assert t.verdictCombo.isEnabled()
    for point in DueDiligencePoint:
        choose(page.report.point_combo(point), PlanVerdict.SUFFICIENT.value)
    t.pointsTable.item(0, 2).setText("Beleid is openbaar")
    choose(t.verdictCombo, PlanVerdict.SUFFICIENT.value)
    stored = session.monitoring.progress_reports(dossier_id)[0]
    assert stored.verdict is PlanVerdict.SUFFICIENT and stored.assessed_on == TODAY
    assert len(stored.points) == 7
    assert next(p for p in stored.points if p.point is DueDiligencePoint.POLICY).reason == "Beleid is openbaar"
    assert "Voldoende" in page.timeline.rows()[2][3]
    assert "jaar 1 ✓ compleet" in f.hintLabel.text()
    assert session.progress.status(dossier_id).step(StepId.MONITORING).complete


def test_a_receipt_in_the_future_is_refused_next_to_the_field(session, open_page, qtbot):
    dossier_id, _ = awarded_dossier(session)
    page = open_page(dossier_id)
    t = page.tab_form(page.form.timelineTab)  # the tab's own form: the tab shown
    page.timeline.select_report(session.monitoring.progress_reports(dossier_id)[1].id)
    set_date(t.receivedDate, date(2026, 6, 1))
    qtbot.mouseClick(t.recordReportButton, Qt.MouseButton.LeftButton)
    assert t.reportError.isVisible() and "toekomst" in t.reportError.text()
    assert session.monitoring.progress_reports(dossier_id)[1].received_on is None


def test_without_contract_period_or_winner_the_page_says_what_is_missing(session, open_page):
    dossier = session.dossiers.create("Meubilair")
    page = open_page(dossier.id)
    assert "startdatum en de looptijd" in page.form.hintLabel.text()
    assert page.timeline.rows() == []
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "24")
    page.load(dossier.id)
    assert "stap 4" in page.form.hintLabel.text()


# -- audits and corrective actions ------------------------------------------------------------------------------

def test_record_an_audit_with_two_corrective_actions_and_close_one(session, open_page, qtbot, monkeypatch):
    dossier_id, supplier_id = awarded_dossier(session)
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.auditsTab)
    t = page.tab_form(f.auditsTab)  # the tab's own form, built when shown
    choose(t.auditKindCombo, AuditKind.FACTORY_AUDIT.value)
    set_date(t.auditDate, date(2025, 11, 1))
    qtbot.keyClicks(t.auditorEdit, "Bureau X")
    choose(t.auditSupplierCombo, supplier_id)
    qtbot.mouseClick(t.addAuditButton, Qt.MouseButton.LeftButton)
    assert t.auditError.isVisible()  # findings are needed
    qtbot.keyClicks(t.findingsEdit, "Paspoorten ingehouden; wervingskosten betaald door werknemers")
    qtbot.mouseClick(t.addAuditButton, Qt.MouseButton.LeftButton)
    [audit] = session.monitoring.audits(dossier_id)
    assert (audit.kind, audit.held_on, audit.auditor, audit.supplier_id) == (
        AuditKind.FACTORY_AUDIT, date(2025, 11, 1), "Bureau X", supplier_id)

    for description, due_on in (("Paspoorten teruggeven", date(2026, 2, 1)),
                                ("Wervingskosten terugbetalen", date(2026, 3, 20))):
        qtbot.keyClicks(t.actionDescriptionEdit, description)
        t.actionOwnerEdit.clear()
        qtbot.keyClicks(t.actionOwnerEdit, "Leverancier")
        set_date(t.actionDueDate, due_on)
        qtbot.mouseClick(t.addActionButton, Qt.MouseButton.LeftButton)
    actions = session.monitoring.corrective_actions(dossier_id)
    assert [(a.description, a.owner, a.due_on, a.status) for a in actions] == [
        ("Paspoorten teruggeven", "Leverancier", date(2026, 2, 1), ActionStatus.OPEN),
        ("Wervingskosten terugbetalen", "Leverancier", date(2026, 3, 20), ActionStatus.OPEN),
    ]
    assert t.actionsTable.model().rowCount() == 2
    assert "te laat" in t.actionsTable.model().index(0, 3).data()  # 1 February has passed
    assert "⚠" in f.tabs.tabText(f.tabs.indexOf(f.auditsTab))

    select_row(t.actionsTable, 0)
    choose(t.actionStatusCombo, ActionStatus.DONE.value)
    qtbot.mouseClick(t.saveStatusButton, Qt.MouseButton.LeftButton)
    assert t.actionError.isVisible() and "bewijs" in t.actionError.text()  # closing needs evidence
    assert session.monitoring.corrective_actions(dossier_id)[0].status is ActionStatus.OPEN
    qtbot.keyClicks(t.evidenceEdit, "Verklaringen van 20 werknemers")
    qtbot.mouseClick(t.saveStatusButton, Qt.MouseButton.LeftButton)
    closed, still_open = session.monitoring.corrective_actions(dossier_id)
    assert (closed.status, closed.evidence, closed.closed_on) == (ActionStatus.DONE, "Verklaringen van 20 werknemers", TODAY)
    assert still_open.status is ActionStatus.OPEN
    assert not t.actionError.isVisible()
    assert "1 afgerond" in t.auditsTable.model().index(0, 5).data()
    assert "⚠" not in f.tabs.tabText(f.tabs.indexOf(f.auditsTab))


# -- the escalation ladder ---------------------------------------------------------------------------------------

def test_escalation_steps_in_order_and_skipping_asks_for_a_reason(session, open_page, qtbot):
    dossier_id, _ = awarded_dossier(session)
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.escalationTab)
    t = page.tab_form(f.escalationTab)  # the tab's own form, built when shown
    assert t.stepCombo.currentData() == EscalationStep.DIALOGUE.value
    assert not t.skipReasonEdit.isVisible()
    qtbot.mouseClick(t.escalateButton, Qt.MouseButton.LeftButton)
    assert t.escalationError.isVisible()  # a step needs its reason
    set_date(t.stepDate, date(2026, 1, 10))
    qtbot.keyClicks(t.stepReasonEdit, "Plan van aanpak te laat")
    qtbot.mouseClick(t.escalateButton, Qt.MouseButton.LeftButton)
    assert "→ 2. Extern advies of onderzoek" in t.ladderLabel.text()
    assert "07-02-2026" in t.proposalLabel.text() and "verstreken" in t.proposalLabel.text()
    assert t.stepCombo.findData(EscalationStep.DIALOGUE.value) == -1  # no step back down the ladder

    choose(t.stepCombo, EscalationStep.PENALTY.value)
    assert t.skipReasonEdit.isVisible()
    assert "Extern advies of onderzoek, Ingebrekestelling" in t.skipReasonLabel.text()
    set_date(t.stepDate, date(2026, 2, 10))
    qtbot.keyClicks(t.stepReasonEdit, "Nog steeds geen plan")
    qtbot.mouseClick(t.escalateButton, Qt.MouseButton.LeftButton)
    assert t.escalationError.isVisible() and "stap over" in t.escalationError.text()
    assert len(session.monitoring.escalations(dossier_id)) == 1
    qtbot.keyClicks(t.skipReasonEdit, "Het contract voorziet in een directe boete")
    qtbot.mouseClick(t.escalateButton, Qt.MouseButton.LeftButton)
    assert [(e.step, e.taken_on, e.skip_reason) for e in session.monitoring.escalations(dossier_id)] == [
        (EscalationStep.DIALOGUE, date(2026, 1, 10), ""),
        (EscalationStep.PENALTY, date(2026, 2, 10), "Het contract voorziet in een directe boete"),
    ]
    assert "– 2. Extern advies of onderzoek — overgeslagen" in t.ladderLabel.text()
    assert t.stepCombo.currentData() == EscalationStep.TERMINATION.value
    assert not t.escalationError.isVisible()


# -- traceability, meetings, follow-ups ----------------------------------------------------------------------------

def test_add_and_remove_a_delivered_product_with_component_origins(session, open_page, qtbot, keyboard, monkeypatch):
    dossier_id, _ = awarded_dossier(session, "Zonnepanelen")
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.traceTab)
    t = page.tab_form(f.traceTab)  # the tab's own form, built when shown
    qtbot.keyClicks(t.productEdit, "Zonnepaneel 400 Wp")
    keyboard.type(t.brandEdit, "Ningbo Solár")
    qtbot.keyClicks(t.siteNameEdit, "Fabriek 3")
    qtbot.keyClicks(t.siteCountryEdit, "cn")
    qtbot.keyClicks(t.hubEdit, "CN2019123ABC45")
    t.componentsTable.item(0, 0).setText("polysilicium")
    t.componentsTable.item(0, 1).setText("XJ1")
    qtbot.mouseClick(t.addProductButton, Qt.MouseButton.LeftButton)
    assert t.productError.isVisible() and session.monitoring.delivered_products(dossier_id) == []
    t.componentsTable.item(0, 1).setText("cn")
    qtbot.mouseClick(t.addProductButton, Qt.MouseButton.LeftButton)
    [product] = session.monitoring.delivered_products(dossier_id)
    assert (product.brand, product.site_country, product.open_supply_hub_id) == ("Ningbo Solár", "CN", "CN2019123ABC45")
    assert [(c.component, c.country) for c in product.components] == [("polysilicium", "CN")]
    assert t.productsTable.model().index(0, 5).data() == "polysilicium (CN)"

    select_row(t.productsTable, 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(t.removeProductButton, Qt.MouseButton.LeftButton)
    assert session.monitoring.delivered_products(dossier_id) == []


def test_log_a_meeting(session, open_page, qtbot):
    dossier_id, supplier_id = awarded_dossier(session)
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.meetingsTab)
    t = page.tab_form(f.meetingsTab)  # the tab's own form, built when shown
    set_date(t.meetingDate, date(2026, 1, 5))
    qtbot.keyClicks(t.agreementsEdit, "Plan bijwerken voor 1 februari")
    qtbot.mouseClick(t.addMeetingButton, Qt.MouseButton.LeftButton)
    assert t.meetingError.isVisible()  # who was there?
    qtbot.keyClicks(t.participantsEdit, "Inkoper, accountmanager Top Glove")
    choose(t.meetingSupplierCombo, supplier_id)
    qtbot.mouseClick(t.addMeetingButton, Qt.MouseButton.LeftButton)
    [meeting] = session.monitoring.meetings(dossier_id)
    assert (meeting.held_on, meeting.participants, meeting.agreements, meeting.supplier_id) == (
        date(2026, 1, 5), "Inkoper, accountmanager Top Glove", "Plan bijwerken voor 1 februari", supplier_id)
    assert t.meetingsTable.model().index(0, 1).data() == "Top Glove Europe"


def test_close_a_signal_follow_up_with_what_was_done(session, open_page, qtbot):
    dossier_id, _ = awarded_dossier(session)
    signal_id, _ = session.signals.log("Dwangarbeid bij handschoenfabrieken", country="MY")
    session.signals.open_followup(signal_id, dossier_id)
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.signalsTab)
    t = page.tab_form(f.signalsTab)  # the tab's own form, built when shown
    assert f.tabs.tabText(f.tabs.indexOf(f.signalsTab)).endswith("(1)")
    assert not t.closeFollowupButton.isEnabled()
    select_row(t.followupsTable, 0)
    qtbot.mouseClick(t.closeFollowupButton, Qt.MouseButton.LeftButton)
    assert t.followupError.isVisible()
    qtbot.keyClicks(t.closeNoteEdit, "Gesprek gevoerd; audit gepland")
    qtbot.mouseClick(t.closeFollowupButton, Qt.MouseButton.LeftButton)
    [(_id, _signal, _opened, note, closed_on)] = session.signals.followups(dossier_id)
    assert (note, closed_on) == ("Gesprek gevoerd; audit gepland", TODAY)
    assert not f.tabs.tabText(f.tabs.indexOf(f.signalsTab)).endswith(")")


# -- the chart -------------------------------------------------------------------------------------------------------

def test_the_chart_counts_per_contract_year_and_renders(session, open_page, qtbot):
    dossier_id, supplier_id = awarded_dossier(session)
    monitoring = session.monitoring
    monitoring.plan_progress_reports(dossier_id)
    first = monitoring.progress_reports(dossier_id)[0]
    monitoring.record_progress_report(dossier_id, first.id, date(2026, 3, 1))
    audit = monitoring.record_audit(dossier_id, AuditKind.DESK_REVIEW, date(2025, 11, 1), "Zelf", "Gaten in de keten")
    monitoring.add_corrective_action(dossier_id, audit, "Keten in kaart", "Leverancier", date(2025, 12, 1))
    page = open_page(dossier_id)
    f = page.form
    f.tabs.setCurrentWidget(f.chartTab)
    t = page.tab_form(f.chartTab)  # the tab's own form, built when shown
    data = page.chart.data
    assert data.years == ["Jaar 1 (2025)", "Jaar 2 (2026)", "Jaar 3 (2027)"]
    assert data.deliverables[0] == {ON_TIME: 0, LATE: 2, OPEN: 0}  # plan of action not received, report late
    assert data.deliverables[1] == {ON_TIME: 0, LATE: 0, OPEN: 1}
    assert data.actions[0] == {ON_TIME: 0, LATE: 1, OPEN: 0}
    assert "Jaar 1 (2025): 0 op tijd, 2 te laat, 0 open" in t.chartSummary.text()
    deliverables, actions = page.chart.deliverables_view, page.chart.actions_view
    assert "Jaar 1 (2025): 0 op tijd, 2 te laat, 0 open" in deliverables.accessibleDescription()
    assert actions.accessibleDescription().startswith("Corrigerende maatregelen — Jaar 1 (2025): 0 op tijd, 1 te laat")
    assert deliverables.accessibleName() != actions.accessibleName()

    qtbot.waitExposed(page)
    image = page.chart.grab().toImage()
    assert image.width() > 300 and image.height() > 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 1


def test_chart_data_without_a_contract_period_uses_calendar_years():
    assert chart_data(None, [], [], [], TODAY).empty
    actions = [CorrectiveAction(1, 1, "Keten in kaart", "Leverancier", date(2025, 12, 1)),
               CorrectiveAction(1, 1, "Klachtenlijn", "Leverancier", date(2026, 4, 1))]
    data = chart_data(None, [], [], actions, TODAY)
    assert data.years == ["2025", "2026"]
    assert data.actions == [{ON_TIME: 0, LATE: 1, OPEN: 0}, {ON_TIME: 0, LATE: 0, OPEN: 1}]


def test_the_page_speaks_english(session, open_page, qapp):
    dossier_id, _ = awarded_dossier(session)
    translator = install_language(qapp, "en")
    try:
        page = open_page(dossier_id, language="en")
        f = page.form
        assert f.tabs.tabText(0).startswith("&Timeline")
        assert page.timeline.rows()[2][0] == "Progress report year 1"
        assert "late" in page.timeline.rows()[2][4]
        assert f.contractLabel.text() == "Contract from 01/01/2025 to 31/12/2027."
        f.tabs.setCurrentWidget(f.escalationTab)  # built, and its list and ladder filled, when the tab is shown
        assert page.tab_form(f.escalationTab).stepCombo.currentText() == "1. Dialogue"
        tables = {"meetingsTable": f.meetingsTab, "auditsTable": f.auditsTab, "actionsTable": f.auditsTab,
                  "escalationsTable": f.escalationTab, "productsTable": f.traceTab, "followupsTable": f.signalsTab}
        headers = {name: [getattr(page.tab_form(tab), name).model().headerData(c, Qt.Orientation.Horizontal)
                          for c in (0, 1)] for name, tab in tables.items()}
        assert headers == {"meetingsTable": ["Date", "Supplier"], "auditsTable": ["Date", "Kind"],
                           "actionsTable": ["Action", "Owner"], "escalationsTable": ["Step", "Date"],
                           "productsTable": ["Product", "Brand"], "followupsTable": ["Opened", "Signal date"]}
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")


def test_a_load_fills_the_tab_shown_and_the_others_when_shown(session, open_page, qtbot):
    """Opening step 5 builds, reads and fills the tab shown, not the meetings, audits and escalations (issue 15:
    building and filling every tab made opening a large dossier wait for what the buyer does not see yet)."""
    dossier_id, supplier_id = awarded_dossier(session)
    session.monitoring.log_meeting(dossier_id, date(2026, 1, 5), "Inkoper, leverancier", "Plan bijwerken", supplier_id)
    connection = session.database.connection
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    page = open_page(dossier_id)
    connection.set_trace_callback(None)
    f = page.form
    assert f.tabs.currentWidget() is f.timelineTab and page.timeline.rows()
    assert page.built_tabs() == [f.timelineTab] and page.unfilled_tabs() == []
    assert not any(table in s for s in statements for table in ("FROM meetings", "FROM audits", "FROM escalations"))
    f.tabs.setCurrentWidget(f.meetingsTab)  # shown: built and filled with what is stored now
    assert page.tab_form(f.meetingsTab).meetingsTable.model().index(0, 1).data() == "Top Glove Europe"
    assert page.built_tabs() == [f.timelineTab, f.meetingsTab] and page.unfilled_tabs() == []

    other, _ = awarded_dossier(session, title="Tweede dossier")
    page.load(other)  # the meetings tab shown: filled for the new dossier, the timeline when shown again
    assert page.tab_form(f.meetingsTab).meetingsTable.model().rowCount() == 0
    assert page.unfilled_tabs() == [f.timelineTab]
    f.tabs.setCurrentWidget(f.timelineTab)
    assert page.timeline.rows() and page.unfilled_tabs() == []
    f.tabs.setCurrentWidget(f.auditsTab)  # first shown with the second dossier: built for it
    assert page.built_tabs() == [f.timelineTab, f.meetingsTab, f.auditsTab]
