"""A large file opened on the bounded check is read whole in a background thread; damage is shown, not missed."""
from damaged_files import damage_a_middle_page
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isv_desktop.storage.database import open_database, whole_check_marker
from isv_desktop.ui.background_check import start_background_check


def test_the_background_check_tells_the_buyer_of_damage_in_english_too(qtbot, tmp_path):
    path = tmp_path / "groot.sqlite"
    damage_a_middle_page(path)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    check = start_background_check(window, path, "en")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damagedWhileOpenBox") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "damagedWhileOpenBox")
    assert "background check found the dossier file" in box.text() and str(path) in box.text()
    assert whole_check_marker(path).exists()
    check.wait()
    box.close()


def test_an_intact_file_passes_the_background_check_silently(qtbot, tmp_path):
    path = tmp_path / "goed.sqlite"
    open_database(path).close()
    window = QWidget()
    qtbot.addWidget(window)
    check = start_background_check(window, path, "nl")
    qtbot.waitUntil(check.isFinished, timeout=10_000)
    QApplication.processEvents()
    assert window.findChild(QMessageBox) is None and not whole_check_marker(path).exists()
