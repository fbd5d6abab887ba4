"""What the sample dossiers went through after step 3: bidders, a questionnaire, the award, the plan of action,
progress reports, an audit, an escalation and a signal — each through the same use case a buyer's click calls.

Every date is counted from the session's ``today``, so the due list holds overdue and due-soon items on
whatever day the demo is made.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain.deadlines import add_years
from ..domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from ..domain.monitoring_records import ProgressReport
from ..domain.questionnaire import Answer, QuestionAnswer
from ..domain.questionnaire_score import score
from ..domain.risk_scan_record import StakeholderKind
from ..domain.steps import StepId
from ..domain.suppliers import DueDiligencePoint, PlanVerdict, Supplier, SupplierRole
from ..storage.row_ids import stored_id
from .questionnaires import ImportPreview
from .session import Session

# Severity and likelihood (1–3) the sample buyer gives every theme the sources rate high.
JUDGEMENT = (3, 2, "Hoog risico volgens de bronnen; in de keten van deze leverancier aannemelijk.")


@dataclass(frozen=True)
class Bidder:
    name: str
    kvk_number: str = ""
    country: str = "NL"
    contact_person: str = ""


def days(count: int) -> timedelta:
    return timedelta(days=count)


# -- steps 2 and 3 ------------------------------------------------------------------------------------
def judge_high_themes(session: Session, dossier_id: int) -> None:
    """The buyer's judgement on every theme the scan rates high (step 2 is complete with it)."""
    severity, likelihood, note = JUDGEMENT
    for theme in session.risk_scan.high_themes(dossier_id):
        session.risk_scan.judge(dossier_id, theme, severity, likelihood, note)


def consult(session: Session, dossier_id: int, organisation: str, on: date, outcome: str) -> None:
    themes = tuple(session.risk_scan.high_themes(dossier_id))
    session.risk_scan.add_consultation(dossier_id, StakeholderKind.NGO, organisation, on, themes, outcome)


# -- step 4 ----------------------------------------------------------------------------------------------
def add_bidders(session: Session, dossier_id: int, bidders: list[Bidder]) -> list[Supplier]:
    return [
        session.suppliers.add_supplier(dossier_id, b.name, SupplierRole.BIDDER, b.kvk_number, country=b.country,
                                       contact_person=b.contact_person)
        for b in bidders
    ]


def award(session: Session, dossier_id: int, winner: Supplier, award_date: date, first_report_due: date) -> None:
    """Award ``winner`` and start the contract so that its first progress report falls due on ``first_report_due``.

    The contract's start is found from the planner's own rule: start a year before, read the date it planned,
    and move the start by the difference (the planner moves a report not yet assessed with it).
    """
    session.suppliers.mark_awarded(dossier_id, stored_id(winner.id), award_date)
    guess = add_years(first_report_due, -1)
    session.dossiers.edit(dossier_id, "contract_start", guess.isoformat())
    planned = first_report(session, dossier_id, winner).due_on
    if planned != first_report_due:
        session.dossiers.edit(dossier_id, "contract_start", (guess + (first_report_due - planned)).isoformat())


def first_report(session: Session, dossier_id: int, supplier: Supplier) -> ProgressReport:
    reports = [r for r in session.monitoring.progress_reports(dossier_id) if r.supplier_id == supplier.id]
    return min(reports, key=lambda r: r.contract_year)



def awarded_plan_due(session: Session, winner: Supplier) -> date:
    """When the awarded ``winner``'s plan of action is due (awarding plans it)."""
    due_on = session.suppliers.plan(stored_id(winner.id)).due_on
    assert due_on is not None, "awarding a supplier gives its plan of action a due date"
    return due_on


def assessed_plan(session: Session, dossier_id: int, supplier: Supplier, received_on: date,
                  verdict: PlanVerdict, reason: str) -> None:
    session.suppliers.record_plan_received(dossier_id, stored_id(supplier.id), received_on)
    points = {point: (verdict, "") for point in DueDiligencePoint}
    points[DueDiligencePoint.MEASURES] = (verdict, reason)
    session.suppliers.assess_plan(dossier_id, stored_id(supplier.id), points, verdict, reason)


def sent_questionnaire(session: Session, dossier_id: int, supplier: Supplier, folder: Path):
    """Build the questionnaire from the scan and criteria and write it, as 'Send questionnaire' does."""
    return session.questionnaires.export(dossier_id, stored_id(supplier.id), folder / f"vragenlijst-{supplier.id}.xlsx")


def returned_questionnaire(session: Session, dossier_id: int, supplier: Supplier, folder: Path) -> None:
    """Send the questionnaire and store the supplier's answers through the service's import."""
    record = sent_questionnaire(session, dossier_id, supplier, folder)
    answers = tuple(
        QuestionAnswer(question.id, Answer.GEDEELTELIJK, "Beleid is er; de audit van de fabriek volgt dit jaar.")
        if number % 3 == 2 else
        QuestionAnswer(question.id, Answer.JA, "", "Gedragscode en lidmaatschap sectorinitiatief (bijlage)")
        for number, question in enumerate(record.questionnaire.questions)
    )
    result = score(record.questionnaire, answers, session.criteria.high_priority_themes(dossier_id))
    session.questionnaires.store_import(ImportPreview(record, supplier.name, answers, result, False))


# -- step 5 ----------------------------------------------------------------------------------------------
def assessed_report(session: Session, dossier_id: int, supplier: Supplier, received_early: int) -> None:
    report = first_report(session, dossier_id, supplier)
    session.monitoring.record_progress_report(dossier_id, stored_id(report.id), report.due_on - days(received_early), {
        "measures_status": "Gedragscode ondertekend door alle confectieateliers; loonkloofanalyse gestart.",
        "new_risks": "Overuren in het hoogseizoen bij het atelier in Bangladesh.",
        "next_steps": "Audit door een onafhankelijke partij; verbeterplan overuren.",
    })
    points = {point: (PlanVerdict.SUFFICIENT, "") for point in DueDiligencePoint}
    session.monitoring.assess_progress_report(dossier_id, stored_id(report.id), points, PlanVerdict.SUFFICIENT,
                                              "Aantoonbare inspanning; overuren blijven een aandachtspunt.")


def audit_with_actions(session: Session, dossier_id: int, supplier: Supplier, today: date) -> None:
    """A factory audit a month ago: one corrective action done (three days late), one open and due in three weeks."""
    audit_id = session.monitoring.record_audit(
        dossier_id, AuditKind.FACTORY_AUDIT, today - days(30), "Onafhankelijk auditbureau (SA8000)",
        "Overuren boven de wettelijke grens; brandtrap geblokkeerd.", supplier.id,
    )
    done = session.monitoring.add_corrective_action(
        dossier_id, audit_id, "Brandtrap vrijmaken en dagelijks controleren", supplier.name, today - days(3))
    session.monitoring.update_corrective_action(dossier_id, done, ActionStatus.DONE, "Foto's en controlelijst")
    session.monitoring.add_corrective_action(
        dossier_id, audit_id, "Urenregistratie en plan om overuren terug te dringen", supplier.name, today + days(21))


def signal_with_follow_up(session: Session, dossier_id: int, today: date) -> None:
    """A public report on the country and product group of the dossier, and the follow-up it opened there."""
    group = session.risk_scan.groups(dossier_id)[0]
    countries = [c.country for c in session.risk_scan.countries(dossier_id)]
    signal_id, touched = session.signals.log(
        "NGO-rapport: dwangarbeid en ingehouden paspoorten bij fabrikanten van nitrilhandschoenen",
        today - days(3), SignalSourceKind.NGO_REPORT, countries[0], group, link="https://example.org/rapport",
    )
    if any(t.dossier_id == dossier_id for t in touched):
        session.signals.open_followup(signal_id, dossier_id, "Leverancier om uitleg en auditrapport gevraagd.")


def escalation(session: Session, dossier_id: int, supplier: Supplier, today: date) -> None:
    session.monitoring.escalate(
        dossier_id, EscalationStep.DIALOGUE, today - days(2),
        "Voortgangsrapportage te laat en signaal over dwangarbeid: gesprek met de leverancier.", supplier_id=supplier.id,
    )


# -- the stories ---------------------------------------------------------------------------------------------
def whole_contract(session: Session, dossier_id: int, today: date, folder: Path) -> None:
    """Workwear: every step complete — a contract in its second year, its first report assessed, an open action."""
    consult(session, dossier_id, "Schone Kleren Campagne", today - days(480), "Lonen en overuren in Bangladesh.")
    winner, *_ = add_bidders(session, dossier_id, [
        Bidder("Workwear Benelux B.V.", "12345678", "NL", "M. de Vries"),
        Bidder("Texmaster Kleding B.V.", "87654321", "NL"),
        Bidder("Safety Garments GmbH", country="DE"),
    ])
    first_due = today - days(60)
    start = add_years(first_due, -1)
    award(session, dossier_id, winner, start - days(42), first_due)
    plan_due = awarded_plan_due(session, winner)
    assessed_plan(session, dossier_id, winner, plan_due - days(14), PlanVerdict.SUFFICIENT,
                  "Heldere maatregelen per risico, met tijdpad.")
    returned_questionnaire(session, dossier_id, winner, folder)
    assessed_report(session, dossier_id, winner, received_early=5)
    session.monitoring.log_meeting(dossier_id, today - days(45), "Contractmanager, accountmanager leverancier",
                                   "Jaargesprek: auditplanning afgesproken.", winner.id)
    audit_with_actions(session, dossier_id, winner, today)
    session.dossiers.edit(dossier_id, "current_step", StepId.MONITORING.value)


def late_report(session: Session, dossier_id: int, today: date, folder: Path) -> None:
    """Gloves: the first progress report is overdue, a signal came in, the dialogue step of the ladder was taken."""
    winner, _ = add_bidders(session, dossier_id, [
        Bidder("Nitril Medical Supplies B.V.", "23456789", "NL", "J. Jansen"),
        Bidder("Handschoen Direct B.V.", "34567890", "NL"),
    ])
    first_due = today - days(12)
    start = add_years(first_due, -1)
    award(session, dossier_id, winner, start - days(56), first_due)
    plan_due = awarded_plan_due(session, winner)
    assessed_plan(session, dossier_id, winner, plan_due + days(7), PlanVerdict.PARTLY,
                  "Maatregelen voor de fabriek in Maleisië ontbreken nog.")
    signal_with_follow_up(session, dossier_id, today)
    escalation(session, dossier_id, winner, today)
    session.dossiers.edit(dossier_id, "current_step", StepId.MONITORING.value)


def just_awarded(session: Session, dossier_id: int, today: date, folder: Path) -> None:
    """Solar panels: awarded ten weeks ago, the plan of action due in two weeks, a questionnaire out."""
    winner, *_ = add_bidders(session, dossier_id, [
        Bidder("SolarBouw Nederland B.V.", "45678901", "NL", "A. Bakker"),
        Bidder("Zon op Dak Installaties B.V.", "56789012", "NL"),
        Bidder("PV Europe S.A.", country="BE"),
    ])
    award(session, dossier_id, winner, today - days(70), add_years(today + days(75), 1))
    sent_questionnaire(session, dossier_id, winner, folder)
    session.dossiers.edit(dossier_id, "current_step", StepId.SUPPLIERS.value)


STORIES = {"ZWO-2026-014": whole_contract, "ZWO-2026-021": late_report, "ZWO-2026-033": just_awarded}


def tell_stories(session: Session, dossier_ids: list[int]) -> None:
    """Steps 4 and 5 of the samples that apply ISV; the questionnaires are written to a folder removed after."""
    today = session.today()
    with tempfile.TemporaryDirectory(prefix="isv-demo-") as folder:
        for dossier_id in dossier_ids:
            dossier = session.dossiers.get(dossier_id)
            story = STORIES.get(dossier.reference)
            if story is not None:
                story(session, dossier_id, today, Path(folder))


def organisation_targets(session: Session) -> None:
    """The organisation's name and a few targets, so the yearly report shows its progress charts."""
    year = session.today().year
    reports = session.reports
    reports.set_organisation(name="Gemeente Zwolle")
    reports.add_target("applied_required", 100, year + 2, {year: 75})
    reports.add_target("questionnaires_returned", 80, year)
    reports.add_target("plans_assessed", 90, year)
    reports.add_target("actions_closed_on_time", 75, year + 1, {year: 50})


__all__ = ["judge_high_themes", "tell_stories", "organisation_targets"]
