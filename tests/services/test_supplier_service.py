"""Step 4 through the services: suppliers, award, plan of action, follow-up, credentials, due dates."""
from datetime import date

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.services.session import open_session

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def next_due(session, dossier_id):
    return session.dossiers.get(dossier_id).next_due_date


def test_kvk_numbers_are_checked(session):
    dossier = session.dossiers.create("Werkkleding")
    supplier = session.suppliers.add_supplier(dossier.id, "Kleding B.V.", kvk_number="1234 5678")
    assert supplier.kvk_number == "12345678"
    for bad in ("1234567", "123456789", "abcdefgh"):
        with pytest.raises(UserError):
            session.suppliers.add_supplier(dossier.id, "Andere B.V.", kvk_number=bad)
    with pytest.raises(UserError):
        session.suppliers.add_supplier(dossier.id, "   ")
    assert [s.name for s in session.suppliers.suppliers(dossier.id)] == ["Kleding B.V."]


def test_award_sets_the_plan_due_and_the_dossier_next_due_date(session):
    dossier = session.dossiers.create("Werkkleding")
    session.criteria.set_deadlines(dossier.id, 10, 4, 6)
    supplier = session.suppliers.add_supplier(dossier.id, "Kleding B.V.")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2026, 1, 5))
    assert session.suppliers.plan(supplier.id).due_on == date(2026, 3, 16)
    assert next_due(session, dossier.id) == date(2026, 3, 16)

    session.suppliers.record_plan_received(dossier.id, supplier.id, date(2026, 3, 10), "pva.pdf", b"%PDF")
    assert next_due(session, dossier.id) == date(2026, 3, 16)  # received, not yet assessed
    points = {p: (PlanVerdict.SUFFICIENT, "ok") for p in DueDiligencePoint}
    session.suppliers.assess_plan(dossier.id, supplier.id, points, PlanVerdict.SUFFICIENT, "Redelijke inspanning")
    plan = session.suppliers.plan(supplier.id)
    assert plan.is_assessed and len(plan.points) == 7 and plan.attachment == b"%PDF"
    assert next_due(session, dossier.id) is None


def test_follow_up_actions_and_credentials_drive_the_next_due_date(session):
    dossier = session.dossiers.create("Werkkleding")
    supplier = session.suppliers.add_supplier(dossier.id, "Kleding B.V.", role=SupplierRole.AWARDED)
    action_id = session.suppliers.add_action(dossier.id, supplier.id, "Auditrapport fabriek Dhaka", date(2026, 5, 1))
    session.suppliers.add_credential(dossier.id, supplier.id, CredentialKind.CERTIFICATE, "SA8000",
                                     date(2023, 4, 1), date(2026, 4, 1))
    assert next_due(session, dossier.id) == date(2026, 4, 1)
    assert [c.name for _, c in session.suppliers.expiring_credentials(dossier.id)] == ["SA8000"]
    session.suppliers.complete_action(dossier.id, supplier.id, action_id)
    credential_id = session.suppliers.credentials(supplier.id)[0].id
    session.suppliers.remove_credential(dossier.id, supplier.id, credential_id)
    assert next_due(session, dossier.id) is None


def test_removing_a_supplier_drops_its_due_items(session):
    dossier = session.dossiers.create("Werkkleding")
    supplier = session.suppliers.add_supplier(dossier.id, "Kleding B.V.")
    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2026, 1, 5))
    session.suppliers.remove_supplier(dossier.id, supplier.id)
    assert next_due(session, dossier.id) is None
    assert session.suppliers.suppliers(dossier.id) == []


def test_countries_are_checked_and_removing_a_supplier_drops_its_questionnaire_deadline(session, tmp_path):
    dossier = session.dossiers.create("Handschoenen")
    with pytest.raises(UserError):
        session.suppliers.add_supplier(dossier.id, "Fabriek", country="Nederland")
    supplier = session.suppliers.add_supplier(dossier.id, "Fabriek", country="my")
    assert supplier.country == "MY"
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.criteria.choose_suggestions(dossier.id)
    session.questionnaires.export(dossier.id, supplier.id, tmp_path / "q.xlsx")
    assert next_due(session, dossier.id) is not None
    session.suppliers.remove_supplier(dossier.id, supplier.id)
    assert next_due(session, dossier.id) is None
