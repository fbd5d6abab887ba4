from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.domain.dossier import Dossier, IsvDecision, NonApplicationReason, applicability_complete
from isv_desktop.domain.dossier_edits import apply_edit
from isv_desktop.domain.messages import UserError


def complete_draft() -> Dossier:
    d = Dossier(title="Werkkleding")
    for field, value in [
        ("organisation", "Gemeente Deventer"),
        ("subject", "Werkkleding"),
        ("cpv_code", "18110000-3"),
        ("procedure", "open"),
        ("estimated_value", "250.000"),
    ]:
        d = apply_edit(d, field, value)
    return d


def test_step_one_needs_a_decision_and_a_reason_when_not_applied():
    d = complete_draft()
    assert not applicability_complete(d)
    assert applicability_complete(apply_edit(d, "decision", "apply"))
    not_applied = apply_edit(d, "decision", "not_apply")
    assert not applicability_complete(not_applied)
    other = apply_edit(not_applied, "non_application_reason", "other")
    assert not applicability_complete(other)
    assert applicability_complete(apply_edit(other, "non_application_text", "Raamcontract loopt af"))


def test_switching_back_to_apply_drops_the_reason():
    d = apply_edit(apply_edit(complete_draft(), "decision", "not_apply"), "non_application_reason", "no_relevant_chain_risk")
    assert d.non_application_reason is NonApplicationReason.NO_RELEVANT_CHAIN_RISK
    d = apply_edit(d, "decision", "apply")
    assert d.decision is IsvDecision.APPLY and d.non_application_reason is None


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", "   "),
        ("title", "x" * 501),
        ("estimated_value", "twee ton"),
        ("cpv_code", "1811"),
        ("duration_months", "0"),
        ("duration_months", "601"),
        ("duration_months", "twaalf"),
        ("contract_start", "31-02-2026"),
        ("contract_start", "01-01-1800"),
        ("subject", "x" * 100_001),
    ],
)
def test_bad_values_are_refused(field, value):
    with pytest.raises(UserError):
        apply_edit(Dossier(title="t"), field, value)


def test_dates_typed_the_dutch_way():
    assert apply_edit(Dossier(title="t"), "contract_start", "01-03-2026").contract_start == date(2026, 3, 1)


def test_value_stored_as_decimal():
    assert apply_edit(Dossier(title="t"), "estimated_value", "€ 221.000,00").estimated_value == Decimal("221000.00")


@given(st.text(max_size=300))
def test_free_text_fields_keep_what_was_typed(text):
    d = apply_edit(Dossier(title="t"), "subject", text)
    assert d.subject == text.replace("\x00", "")
