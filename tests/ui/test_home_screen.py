"""The home screen: the dossier list with what is due beside it; a due item opens its dossier at its step."""
from datetime import date

from isv_desktop.domain.monitoring import AuditKind
from isv_desktop.domain.steps import StepId


def test_an_overdue_corrective_action_opens_its_dossier_at_monitoring(qtbot, open_window):
    window = open_window(today=date(2026, 3, 2))
    session = window.session
    dossier = session.dossiers.create("Handschoenen")
    audit = session.monitoring.record_audit(dossier.id, AuditKind.FACTORY_AUDIT, date(2026, 1, 5), "Bureau", "Bevindingen")
    session.monitoring.add_corrective_action(dossier.id, audit, "Paspoorten teruggeven", "Leverancier", date(2026, 2, 1))
    window.due_panel.refresh()
    window.list_page.refresh()
    assert window.list_model.index(0, 6).data()  # the list shows the next due date
    with qtbot.waitSignal(window.due_panel.open_requested) as blocker:
        window.due_panel.open_requested.emit(dossier.id, StepId.MONITORING)
    assert blocker.args == [dossier.id, StepId.MONITORING]
    assert window.stack.currentWidget() is window.dossier_view
    assert window.dossier_view.current_page().step_id is StepId.MONITORING


def test_the_signals_menu_opens_the_inbox(qtbot, open_window, monkeypatch):
    from isv_desktop.ui import signals_dialog

    window = open_window()
    opened = []
    monkeypatch.setattr(signals_dialog.SignalsDialog, "exec", lambda self: opened.append(self) or 0)
    window.signals_action.trigger()
    assert len(opened) == 1


def test_the_report_and_organisation_dialogs_open_from_the_file_menu(qtbot, open_window, monkeypatch):
    from isv_desktop.ui import organisation_dialog, report_dialog

    window = open_window()
    opened = []
    monkeypatch.setattr(report_dialog.ReportDialog, "exec", lambda self: opened.append("report") or 0)
    monkeypatch.setattr(organisation_dialog.OrganisationDialog, "exec", lambda self: opened.append("organisation") or 0)
    window.report_action.trigger()
    window.organisation_action.trigger()
    assert opened == ["report", "organisation"]
