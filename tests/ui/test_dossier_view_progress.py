"""The step list's marks and tooltips render the progress model (domain.progress), and follow an edit at once."""
from decimal import Decimal

from PySide6.QtCore import Qt

from isv_desktop.domain.dossier import IsvDecision, NonApplicationReason, ProcedureType


def press_space(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def marks(view) -> list[str]:
    return [view.step_list.item(row).text()[0] for row in range(view.step_list.count())]


def model_marks(session, dossier_id) -> list[str]:
    return [{"complete": "✓", "incomplete": "○", "not_needed": "–"}[s.state.value]
            for s in session.progress.status(dossier_id).steps]


def test_marks_follow_the_model_after_deciding_not_to_apply_isv(qtbot, open_window):
    window = open_window()
    session = window.session
    dossier = session.dossiers.create("Schoonmaak stadhuis")
    for field, value in (("organisation", "Gemeente Zwolle"), ("subject", "Schoonmaak"), ("cpv_code", "90910000-9"),
                         ("procedure", ProcedureType.OPEN.value), ("estimated_value", Decimal("90000"))):
        session.dossiers.edit(dossier.id, field, value)
    window.open_dossier(dossier.id)
    view = window.dossier_view
    steps = view.step_list
    # the CPV code brought its product group and scan (no high risk for cleaning): step 2 is complete
    assert marks(view) == model_marks(session, dossier.id) == ["○", "✓", "○", "○", "○"]
    assert steps.item(0).toolTip() == "nog niet compleet\n• Leg vast of ISV worden toegepast."

    form = view.pages[0].form
    press_space(qtbot, form.notApplyRadio)
    qtbot.waitUntil(lambda: session.dossiers.get(dossier.id).decision is IsvDecision.NOT_APPLY)
    # steps 2 to 5 are not needed now, step 1 still needs the reason: the marks change without reopening
    assert marks(view) == model_marks(session, dossier.id) == ["○", "–", "–", "–", "–"]
    assert steps.item(0).toolTip() == "nog niet compleet\n• Kies waarom ISV niet worden toegepast."
    assert steps.item(2).toolTip() == \
        "Niet nodig: in stap 1 is besloten ISV niet toe te passen (reden nog niet gekozen)."
    assert not view.next_button.isEnabled()  # Next passes over the steps not needed: none is left

    form.reasonCombo.setCurrentIndex(form.reasonCombo.findData(NonApplicationReason.NO_RELEVANT_CHAIN_RISK.value))
    assert session.dossiers.get(dossier.id).non_application_reason is NonApplicationReason.NO_RELEVANT_CHAIN_RISK
    assert marks(view) == model_marks(session, dossier.id) == ["✓", "–", "–", "–", "–"]
    assert steps.item(0).toolTip() == "compleet"
    assert steps.item(4).toolTip() == \
        "Niet nodig: in stap 1 is besloten ISV niet toe te passen (geen relevant ketenrisico)."
    assert session.progress.status(dossier.id).next_action is None

    # a step opened from the list anyway: Back returns to step 1, Next goes nowhere
    steps.setCurrentRow(3)
    assert view.back_button.isEnabled() and not view.next_button.isEnabled()
    press_space(qtbot, view.back_button)
    assert view.current_page() is view.pages[0]


def test_next_and_back_follow_the_model_and_next_says_the_next_action(qtbot, open_window):
    window = open_window()
    dossier = window.session.dossiers.create("Handschoenen GGD")
    window.open_dossier(dossier.id)
    view = window.dossier_view
    assert not view.back_button.isEnabled() and view.next_button.isEnabled()
    assert view.next_button.toolTip() == "Vul ‘organisatie’ in."  # the dossier's next action
    for row in range(1, 5):
        press_space(qtbot, view.next_button)
        assert view.current_page() is view.pages[row]
    assert not view.next_button.isEnabled()
    press_space(qtbot, view.back_button)
    assert view.current_page() is view.pages[3]
