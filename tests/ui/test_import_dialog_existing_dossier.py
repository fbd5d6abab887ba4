"""The window asks before importing a dossier the file already holds: Cancel stores nothing, a copy is marked."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from isv_desktop.storage.dossier_copies import DossierCopies


def import_answering(qtbot, window, path, button_text, seen):
    """Import ``path`` through the window, click ``button_text`` in the question it asks (noting its text) and
    return what the import ended with: the new dossier's id or None."""
    running = window.import_dossier(str(path))
    ended = []
    running.finished.connect(ended.append)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000)
    box = QApplication.activeModalWidget()
    seen.append((box.objectName(), box.text()))
    button = next((b for b in box.buttons() if b.text() == button_text), None)
    assert button is not None, [b.text() for b in box.buttons()]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    return ended[0]


def dossier_rows(session):
    return session.database.connection.execute("SELECT id, title FROM dossiers ORDER BY id").fetchall()


def test_the_question_is_asked_and_cancel_stores_nothing_and_a_copy_is_marked(qtbot, open_window, tmp_path):
    window = open_window()
    session = window.session
    original = session.dossiers.create("Werkkleding buitendienst")
    session.dossiers.edit(original.id, "reference", "ZWO-2025-007")
    path = session.exports.write_xlsx(original.id, tmp_path / "werkkleding.xlsx")
    before = dossier_rows(session)

    seen = []
    assert import_answering(qtbot, window, path, "Annuleren", seen) is None
    assert seen and seen[0][0] == "dossierExistsBox" and "ZWO-2025-007" in seen[0][1]
    assert dossier_rows(session) == before

    copy_id = import_answering(qtbot, window, path, "Als kopie importeren", seen)
    assert len(seen) == 2 and copy_id is not None
    assert dossier_rows(session) == [*before, (copy_id, "Werkkleding buitendienst (kopie)")]
    assert DossierCopies(session.database).original(copy_id) == original.id
    assert window.stack.currentWidget() is window.dossier_view and window.dossier_view.dossier_id == copy_id
