from datetime import date

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.monitoring import (
    EscalationRecord,
    EscalationStep,
    check_escalation,
    contract_end,
    next_escalation,
    progress_report_dates,
)


def test_a_36_month_contract_has_reports_on_the_anniversaries():
    assert progress_report_dates(date(2025, 1, 1), 36) == [
        (1, date(2026, 1, 1)), (2, date(2027, 1, 1)), (3, date(2028, 1, 1))
    ]
    assert contract_end(date(2025, 1, 1), 36) == date(2027, 12, 31)


def test_a_short_contract_reports_at_the_end():
    assert progress_report_dates(date(2025, 3, 1), 6) == [(1, date(2025, 8, 31))]


def test_escalation_goes_up_in_order_and_skipping_needs_a_reason():
    history = []
    dialogue = EscalationRecord(EscalationStep.DIALOGUE, date(2025, 2, 1), "Geen plan ontvangen")
    check_escalation(history, dialogue)
    history.append(dialogue)
    assert next_escalation(history, date(2025, 2, 2)).step is EscalationStep.EXTERNAL_ADVICE
    with pytest.raises(UserError) as caught:
        check_escalation(history, EscalationRecord(EscalationStep.NOTICE_OF_DEFAULT, date(2025, 3, 1), "Nog steeds niets"))
    assert caught.value.message_id == "escalation.skip_reason"
    with pytest.raises(UserError):
        check_escalation(history, EscalationRecord(EscalationStep.DIALOGUE, date(2025, 3, 1), "Opnieuw"))
    with pytest.raises(UserError):
        check_escalation(history, EscalationRecord(EscalationStep.EXTERNAL_ADVICE, date(2025, 1, 1), "Te vroeg"))
    check_escalation(history, EscalationRecord(EscalationStep.NOTICE_OF_DEFAULT, date(2025, 3, 1), "Nog steeds niets",
                                               skip_reason="Ernstige dwangarbeid vastgesteld; advies voegt niets toe"))
    assert next_escalation([EscalationRecord(EscalationStep.TERMINATION, date(2025, 5, 1), "x")], date(2025, 5, 2)) is None
