"""The step list's marks and tooltips render the progress model (domain.progress), and follow an edit at once."""
from decimal import Decimal

from PySide6.QtCore import Qt

from isv_desktop.domain.dossier import IsvDecision, NonApplicationReason, ProcedureType
from isv_desktop.domain.steps import StepId


def press_space(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def marks(view) -> list[str]:
    return [view.step_list.item(row).text()[0] for row in range(view.step_list.count())]


def model_marks(session, dossier_id) -> list[str]:
    return ["✓" if s.complete else "○" for s in session.progress.status(dossier_id).steps]


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
    # step 3 needs no criteria now, step 1 still needs the reason: both marks change without reopening
    assert marks(view) == model_marks(session, dossier.id) == ["○", "✓", "✓", "○", "○"]
    assert steps.item(0).toolTip() == "nog niet compleet\n• Kies waarom ISV niet worden toegepast."
    assert steps.item(2).toolTip() == "compleet"

    form.reasonCombo.setCurrentIndex(form.reasonCombo.findData(NonApplicationReason.NO_RELEVANT_CHAIN_RISK.value))
    assert session.dossiers.get(dossier.id).non_application_reason is NonApplicationReason.NO_RELEVANT_CHAIN_RISK
    assert marks(view) == model_marks(session, dossier.id) == ["✓", "✓", "✓", "○", "○"]
    assert steps.item(0).toolTip() == "compleet"
    assert session.progress.status(dossier.id).next_action.step is StepId.SUPPLIERS
