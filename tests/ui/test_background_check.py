"""A large file opened on the bounded check is read whole in a background thread; damage is shown, not missed."""
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isv_desktop.storage.database import open_database, whole_check_marker
from isv_desktop.ui.background_check import start_background_check


def damaged_file(path):
    database = open_database(path)
    with database.transaction():
        database.connection.executemany(
            "INSERT INTO dossiers (title, created_at, updated_at) VALUES (?, '2026-01-01', '2026-01-01')",
            ((f"Dossier {n} " + "x" * 200,) for n in range(3000)))
    database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = database.connection.execute("PRAGMA page_size").fetchone()[0]
    database.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle:middle + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


def test_the_background_check_tells_the_buyer_of_damage_in_english_too(qtbot, tmp_path):
    path = tmp_path / "groot.sqlite"
    damaged_file(path)
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
