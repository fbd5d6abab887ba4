"""The window on a dossier file that cannot be written: a banner says why, editing actions are off,
and a write that still happens is refused with a message instead of a crash dialog."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QMessageBox
from small_file_systems import read_only_folder

from isv_desktop.services.session import open_session
from isv_desktop.ui import crash_handler
from isv_desktop.ui.main_window import MainWindow
from isv_desktop.ui.program_settings import program_preferences


def _one_dossier(folder):
    session = open_session(folder / "dossiers.sqlite")
    session.dossiers.create("Schoonmaak stadhuis")
    session.close()


def test_read_only_window_shows_why_and_turns_editing_off(qtbot, tmp_path, monkeypatch):
    with read_only_folder(tmp_path, _one_dossier) as folder:
        session = open_session(folder / "dossiers.sqlite")
        window = MainWindow(session, program_preferences(), "nl")
        qtbot.addWidget(window)
        window.show()
        try:
            banner = window.findChild(QLabel, "readOnlyBanner")
            assert banner is not None and banner.isVisible()
            assert "Alleen lezen" in banner.text() and str(folder / "dossiers.sqlite") in banner.text()
            assert not window.new_action.isEnabled()
            assert not window.list_page.new_button.isEnabled()
            window.list_page.table.selectRow(0)
            assert window.open_action.isEnabled()
            assert not window.rename_action.isEnabled() and not window.delete_action.isEnabled()

            shown = []
            monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.objectName(), box.text())))
            try:
                session.dossiers.rename(session.dossiers.all()[0].id, "Andere naam")
            except Exception:
                crash_handler.report_unhandled(*sys.exc_info())
            assert shown and shown[0][0] == "userErrorBox"
            assert "alleen te lezen" in shown[0][1]
            assert [d.title for d in session.dossiers.all()] == ["Schoonmaak stadhuis"]
        finally:
            window.close()
            session.close()


def test_a_writable_file_has_no_banner(open_window):
    window = open_window()
    assert window.findChild(QLabel, "readOnlyBanner") is None
    assert window.new_action.isEnabled()


def test_walking_every_step_of_a_dossier_in_a_read_only_file_shows_no_error(qtbot, tmp_path, monkeypatch):
    from datetime import date

    from PySide6.QtCore import Qt
    from test_opening_writes_nothing import a_dossier_in_monitoring

    today = date(2026, 3, 2)

    def fill(folder):
        session = open_session(folder / "dossiers.sqlite", today=lambda: today)
        a_dossier_in_monitoring(session)
        session.close()

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    with read_only_folder(tmp_path, fill) as folder:
        session = open_session(folder / "dossiers.sqlite", today=lambda: today)
        window = MainWindow(session, program_preferences(), "nl")
        qtbot.addWidget(window)
        window.show()
        try:
            window.open_dossier(session.dossiers.all()[0].id)
            view = window.dossier_view
            for row in [1, 2, 3, 4, 3, 2, 1, 0]:
                qtbot.mouseClick(view.next_button if row > view.step_list.currentRow() else view.back_button,
                                 Qt.MouseButton.LeftButton)
                assert view.step_list.currentRow() == row
            window.show_list()
        finally:
            window.close()
            session.close()
    assert shown == []
