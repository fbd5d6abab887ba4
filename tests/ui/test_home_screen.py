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


def test_the_home_screen_is_laid_out_and_sorts_as_before_without_the_qt_namespace(qtbot, open_window):
    """The start sets these without PySide6's Qt namespace (isv_desktop/ui/lean_qt.py); a buyer sees no difference."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from isv_desktop.domain.dossier_query import SortKey

    window = open_window()
    for title in ("Bureaustoelen", "Afvalinzameling", "Catering"):
        window.session.dossiers.create(title)
    window.list_page.refresh()
    assert window.home.orientation() is Qt.Orientation.Vertical
    assert window.list_page.count_label.textFormat() is Qt.TextFormat.PlainText
    assert window.due_panel.summary_label.textFormat() is Qt.TextFormat.PlainText
    header = window.list_page.table.horizontalHeader()
    shown = [header.model().headerData(column, Qt.Orientation.Horizontal) for column in range(header.count())]
    assert shown == [window.list_model.headerData(column, Qt.Orientation.Horizontal)
                     for column in range(window.list_model.columnCount())]
    assert shown[0] == "Titel"
    due_header = window.due_panel.tree.horizontalHeader()
    assert [due_header.model().headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == \
        ["Datum", "Status", "Wat", "Dossier"]
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.export_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.delete_action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut

    assert window.list_page.table.isSortingEnabled()  # switched on after the first paint
    assert header.sortIndicatorSection() == -1  # no column marked: the list's own order
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    assert window.list_model.query.sort is SortKey.TITLE
    titles = [window.list_model.index(row, 0).data() for row in range(window.list_model.rowCount())]
    assert titles == sorted(titles) and titles[0] == "Afvalinzameling"


def test_the_windows_opened_from_the_menus_go_when_closed(qtbot, open_window, monkeypatch):
    """Each stayed a child of the main window until it went: one more per opening in a day's work. The report
    window goes while its figures may still be counted in the background: it waits for them (no abort)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    window = open_window()
    window.session.dossiers.create("Bureaustoelen")
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)  # each window closed at once, as a buyer might
    for _ in range(3):
        for action in (window.report_action, window.organisation_action, window.settings_action,
                       window.signals_action):
            action.trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []
