"""A shared workbook is read, checked and stored off the GUI thread (issue 15); the window stays responsive."""
import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from isv_desktop.domain.messages import UserError
from isv_desktop.services.dossier_export import DossierExportService


def dossier_rows(session):
    return session.database.connection.execute("SELECT id, title FROM dossiers ORDER BY id").fetchall()


def run_import(qtbot, window, path):
    running = window.import_dossier(str(path))
    ended = []
    running.finished.connect(ended.append)
    assert not window.import_action.isEnabled()  # one import at a time
    assert isinstance(running.progress, QProgressDialog) and running.progress.objectName() == "importProgress"
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert window.import_action.isEnabled()
    return ended[0]


def test_the_workbook_is_read_and_stored_on_a_worker_thread_with_its_own_connection(
        qtbot, open_window, tmp_path, monkeypatch):
    window = open_window()
    session = window.session
    dossier = session.dossiers.create("Schoonmaak stadhuis")
    session.dossiers.edit(dossier.id, "reference", "ZWO-2025-031")
    path = session.exports.write_xlsx(dossier.id, tmp_path / "schoonmaak.xlsx")
    session.dossiers.delete(dossier.id)  # the file no longer holds it: no question asked

    threads = []
    read_xlsx, store = DossierExportService.read_xlsx, DossierExportService.store

    def reading(self, source):
        threads.append(("read", threading.current_thread() is threading.main_thread()))
        return read_xlsx(self, source)

    def storing(self, snapshot, as_copy=False, language="nl"):
        threads.append(("store", threading.current_thread() is threading.main_thread()))
        return store(self, snapshot, as_copy, language)

    monkeypatch.setattr(DossierExportService, "read_xlsx", reading)
    monkeypatch.setattr(DossierExportService, "store", storing)
    statements = []
    session.database.connection.set_trace_callback(statements.append)
    try:
        new_id = run_import(qtbot, window, path)
    finally:
        session.database.connection.set_trace_callback(None)

    assert threads == [("read", False), ("store", False)]
    assert not [s for s in statements if s.lstrip().upper().startswith("INSERT")]  # the window's connection stored nothing
    assert new_id is not None and session.dossiers.get(new_id).reference == "ZWO-2025-031"
    assert window.stack.currentWidget() is window.dossier_view and window.dossier_view.dossier_id == new_id
    window.show_list()  # the list, told of the import, read it again on showing
    assert window.list_model.row_of(new_id) is not None and window.list_page.selected_dossier_id() == new_id


@pytest.mark.parametrize("content", [b"dit is geen werkboek", b"PK\x03\x04 half a zip"])
def test_a_malformed_file_gets_its_message_and_nothing_is_stored(qtbot, open_window, tmp_path, content):
    window = open_window()
    session = window.session
    session.dossiers.create("Al aanwezig")
    before = dossier_rows(session)
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        session.exports.read_xlsx(path)

    assert run_import(qtbot, window, path) is None
    qtbot.waitUntil(lambda: isinstance(window.findChild(QMessageBox, "importRefusedBox"), QMessageBox))
    box = window.findChild(QMessageBox, "importRefusedBox")
    assert box.isVisible() and box.text() == refused.value.message("nl")
    assert dossier_rows(session) == before
    box.accept()
