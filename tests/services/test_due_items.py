"""Due items through the services: current names, the dossier's deadlines, escalations and signal follow-ups."""
import json
from datetime import date, timedelta

import openpyxl
import pytest

from isv_desktop.cli import main
from isv_desktop.domain.due import DueKind, DueState
from isv_desktop.domain.monitoring import EscalationStep, SignalSourceKind
from isv_desktop.services.session import open_session
from tests.export.dossier_samples import pdf_text

TODAY = date(2026, 3, 2)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def session(tmp_path, clock):
    s = open_session(tmp_path / "d.sqlite", today=clock)
    yield s
    s.close()


def kinds(items):
    return [i.kind for i in items]


def test_renaming_a_supplier_shows_its_due_item_under_the_new_name_also_in_the_english_files(session, tmp_path):
    dossier = session.dossiers.create("Handschoenen GGD")
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2026, 2, 1))  # plan of action due 26 April
    session.suppliers.update_supplier(dossier.id, supplier.id, name="Top Glove BV")
    [item] = session.due.for_dossier(dossier.id)
    assert item.title("nl") == "Plan van aanpak Top Glove BV" and item.title("en") == "Plan of action Top Glove BV"
    text, _pages = pdf_text(session.exports.write_pdf(dossier.id, tmp_path / "d.pdf", "en").read_bytes())
    assert "Plan of action Top Glove BV" in text
    assert "Top Glove Europe" not in text and "Plan van aanpak" not in text
    book = openpyxl.load_workbook(session.exports.write_xlsx(dossier.id, tmp_path / "d.xlsx", language="en"))
    values = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value is not None]
    assert any(v.startswith("Plan of action Top Glove BV") for v in values)


def test_a_progress_report_is_late_six_weeks_after_the_contract_year_not_on_the_anniversary(session, clock):
    dossier = session.dossiers.create("Handschoenen")
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 11, 1))
    session.suppliers.record_plan_received(dossier.id, supplier.id, date(2024, 12, 1))
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "36")
    clock.day = date(2026, 1, 2)  # the day after the first anniversary
    due = session.due.due_list(60)
    assert DueKind.PROGRESS_REPORT not in kinds(due.overdue)
    [report] = [i for i in due.upcoming if i.kind is DueKind.PROGRESS_REPORT]
    assert report.due_on == date(2026, 2, 12) and report.state(clock.day) is DueState.OPEN  # 41 days ahead
    clock.day = date(2026, 2, 13)
    assert [i.due_on for i in session.due.due_list(30).overdue if i.kind is DueKind.PROGRESS_REPORT] == [
        date(2026, 2, 12)]
    session.criteria.set_deadlines(dossier.id, 12, 4, 8)  # step 3: eight weeks; the open reports follow
    assert [r.due_on for r in session.monitoring.progress_reports(dossier.id)] == [
        date(2026, 2, 26), date(2027, 2, 26), date(2028, 2, 26)]
    assert [i.due_on for i in session.due.for_dossier(dossier.id) if i.kind is DueKind.PROGRESS_REPORT] == [
        date(2026, 2, 26), date(2027, 2, 26), date(2028, 2, 26)]


def test_escalation_respond_by_and_signal_follow_up_are_due_and_closed_in_the_same_use_case(tmp_path, capsys):
    today = date.today()  # the command line counts from the real today
    path = tmp_path / "d.sqlite"
    session = open_session(path)
    try:
        dossier = session.dossiers.create("Handschoenen GGD")
        supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe")
        session.monitoring.escalate(dossier.id, EscalationStep.DIALOGUE, today - timedelta(days=5), "Geen plan",
                                    supplier_id=supplier.id)
        signal_id, _ = session.signals.log("NGO-rapport over dwangarbeid", today, SignalSourceKind.NGO_REPORT)
        followup = session.signals.open_followup(signal_id, dossier.id, "Leverancier gevraagd")
    finally:
        session.close()
    assert main(["due", "--db", str(path), "--json", "--lang", "en"]) == 0
    items = {i["kind"]: i for i in json.loads(capsys.readouterr().out)["upcoming"]}
    assert items["escalation_response"] == {
        "kind": "escalation_response", "step": 5, "dossier_id": dossier.id, "dossier": "Handschoenen GGD",
        "subject": {"id": 1, "supplier_id": supplier.id, "supplier": "Top Glove Europe", "escalation_step": "dialogue"},
        "due_on": (today + timedelta(days=23)).isoformat(), "state": "due_soon",
        "title": "Response to the dialogue (Top Glove Europe)"}
    signal = items["signal_follow_up"]
    assert (signal["step"], signal["subject"]["id"], signal["due_on"]) == (5, followup, (today + timedelta(days=28)).isoformat())
    assert signal["title"] == "Follow up signal: NGO-rapport over dwangarbeid"

    session = open_session(path)
    try:
        session.monitoring.escalate(dossier.id, EscalationStep.EXTERNAL_ADVICE, today, "Nog steeds geen plan",
                                    supplier_id=supplier.id)
        session.signals.close_followup(followup, "Gesprek gevoerd")
        open_items = session.due.for_dossier(dossier.id)
        assert [(i.kind, i.subject.escalation_step, i.due_on) for i in open_items] == [
            (DueKind.ESCALATION_RESPONSE, "external_advice", today + timedelta(days=56))]
    finally:
        session.close()
