"""Opening is not editing: opening a dossier and walking its steps writes nothing to the file."""
from datetime import date

from PySide6.QtCore import Qt

from isv_desktop.domain.monitoring import AuditKind
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.steps import StepId

TODAY = date(2026, 3, 2)
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "COMMIT", "SAVEPOINT")


class StatementLog:
    """Every statement the connection runs, kept while the log is attached."""

    def __init__(self, connection):
        self.connection = connection
        self.statements: list[str] = []

    def __enter__(self):
        self.connection.set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc):
        self.connection.set_trace_callback(None)

    def writes(self) -> list[str]:
        return [s for s in self.statements if s.lstrip().upper().startswith(WRITES)]


def a_dossier_in_monitoring(session) -> int:
    """A dossier as a buyer leaves it in year two: scanned, criteria chosen, a winner, an audit."""
    dossier = session.dossiers.create("Handschoenen GGD")
    for field, value in (("cpv_code", "33141420-0"), ("contract_start", "2025-01-01"), ("duration_months", "36"),
                         ("decision", "apply")):
        session.dossiers.edit(dossier.id, field, value)
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.criteria.choose_suggestions(dossier.id)
    winner = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    session.suppliers.add_supplier(dossier.id, "Handschoen BV")
    session.suppliers.mark_awarded(dossier.id, winner.id, date(2024, 12, 1))
    session.suppliers.add_action(dossier.id, winner.id, "Auditrapport opvragen", date(2026, 4, 1))
    session.monitoring.record_audit(dossier.id, AuditKind.FACTORY_AUDIT, date(2026, 1, 5), "Bureau", "Bevindingen")
    return dossier.id


def test_opening_a_dossier_and_walking_its_steps_writes_nothing(qtbot, open_window):
    window = open_window(today=TODAY)
    session = window.session
    dossier_id = a_dossier_in_monitoring(session)
    window.list_page.refresh()
    before = session.dossiers.get(dossier_id)
    connection = session.database.connection
    changes = connection.total_changes
    with StatementLog(connection) as log:
        window.open_dossier(dossier_id)
        view = window.dossier_view
        for row in [1, 2, 3, 4, 3, 2, 1, 0]:
            qtbot.mouseClick(view.next_button if row > view.step_list.currentRow() else view.back_button,
                             Qt.MouseButton.LeftButton)
            assert view.step_list.currentRow() == row
            assert view.current_page().isVisible()
        view.go_to_step(StepId.MONITORING)
        window.show_list()
    assert log.writes() == []
    assert connection.total_changes == changes
    after = session.dossiers.get(dossier_id)
    assert after.updated_at == before.updated_at
    assert after == before


def test_the_step_a_buyer_worked_in_is_where_the_dossier_opens_again(qtbot, open_window):
    window = open_window(today=TODAY)
    session = window.session
    dossier_id = a_dossier_in_monitoring(session)
    other = session.dossiers.create("Werkkleding").id
    window.open_dossier(dossier_id)
    view = window.dossier_view
    view.go_to_step(StepId.SUPPLIERS)
    window.show_list()
    window.open_dossier(other)  # within the session the view remembers where each dossier was looked at
    window.open_dossier(dossier_id)
    assert view.current_page().step_id is StepId.SUPPLIERS
    assert session.dossiers.get(dossier_id).current_step is StepId.APPLICABILITY  # looking is not stored
    view.go_to_step(StepId.CRITERIA)
    combo = view.current_page().form.ambitionCombo
    combo.setCurrentIndex(combo.findData("ambitious"))  # an edit on step 3: now it is the dossier's step
    assert session.criteria.settings(dossier_id).ambition.value == "ambitious"
    assert session.dossiers.get(dossier_id).current_step is StepId.CRITERIA
