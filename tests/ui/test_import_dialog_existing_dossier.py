"""The window asks before importing a dossier the file already holds: Cancel stores nothing, a copy is marked."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from isv_desktop.storage.dossier_copies import DossierCopies


def answer_question(qtbot, button_text, seen):
    """Click ``button_text`` in the message box about to open, noting its text."""

    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append((box.objectName(), box.text()))
        for button in box.buttons():
            if button.text() == button_text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


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
    answer_question(qtbot, "Annuleren", seen)
    assert window.import_dossier(str(path)) is None
    assert seen and seen[0][0] == "dossierExistsBox" and "ZWO-2025-007" in seen[0][1]
    assert dossier_rows(session) == before

    answer_question(qtbot, "Als kopie importeren", seen)
    copy_id = window.import_dossier(str(path))
    assert len(seen) == 2 and copy_id is not None
    assert dossier_rows(session) == [*before, (copy_id, "Werkkleding buitendienst (kopie)")]
    assert DossierCopies(session.database).original(copy_id) == original.id
