"""Starting the program: smoke run, the file lock, a damaged file, crashes logged."""
import sqlite3
import sys

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from isv_desktop.services.session import make_backup, open_session
from isv_desktop.ui import application, crash_handler
from isv_desktop.ui.program_settings import program_preferences
from isv_desktop.ui.settings_dialog import SettingsDialog


def test_smoke_run_builds_the_window_and_exits(qapp, tmp_path):
    path = tmp_path / "d.sqlite"
    assert application.run_application(path, "nl", smoke=True) == 0
    assert path.exists()


def test_a_smoke_run_without_a_native_window_says_so_at_once(qapp, tmp_path, capsys, monkeypatch):
    # Wine on a virtual X display cannot create Qt 6's windows (CreateWindowEx fails, winId() stays 0):
    # the smoke run says so and ends with the no-window code instead of waiting for a paint that never comes.
    from isv_desktop.ui import first_paint, platform_check

    monkeypatch.setattr(application.MainWindow, "winId", lambda self: 0)
    waited = []
    monkeypatch.setattr(first_paint, "process_until_painted", lambda *a, **k: waited.append(a) or False)
    path = tmp_path / "d.sqlite"
    assert application.run_application(path, "nl", smoke=True) == platform_check.EXIT_NO_WINDOW
    assert first_paint.NO_WINDOW_LINE in capsys.readouterr().err
    assert waited == [] and path.exists()


def test_a_second_copy_is_told_the_file_is_in_use(qapp, tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    lock = QLockFile(str(path) + ".lock")
    assert lock.tryLock(0)
    try:
        assert application.run_application(path, "nl", smoke=True) == application.EXIT_NOT_OPENED
    finally:
        lock.unlock()
    assert "al geopend in een ander venster" in capsys.readouterr().err


def test_a_damaged_file_offers_the_backup_and_keeps_the_damaged_file(qapp, qtbot, tmp_path):
    path = tmp_path / "d.sqlite"
    session = open_session(path)
    session.dossiers.create("Bewaard in de reservekopie")
    session.close()
    make_backup(path)
    path.write_bytes(b"kapot bestand")

    def choose_restore():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "beschadigd" in box.text()
        [restore] = [b for b in box.buttons() if b.text() == "Laatste reservekopie terugzetten"]
        restore.click()

    QTimer.singleShot(0, choose_restore)
    session, lock = application.open_with_lock(path, "nl", interactive=True)
    try:
        assert [d.title for d in session.dossiers.all()] == ["Bewaard in de reservekopie"]
    finally:
        session.close()
        lock.unlock()
    damaged = list(tmp_path.glob("d.sqlite.beschadigd-*"))
    assert [p.read_bytes() for p in damaged] == [b"kapot bestand"]


def test_an_unhandled_error_is_logged_and_the_dialog_names_the_log_file(qapp, monkeypatch):
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["informative"] = box.informativeText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise RuntimeError("iets onverwachts")
    except RuntimeError:
        crash_handler.report_unhandled(*sys.exc_info())
    log = crash_handler.log_file_path().read_text(encoding="utf-8")
    assert "RuntimeError: iets onverwachts" in log
    assert str(crash_handler.log_file_path()) in shown["informative"]
    assert "al opgeslagen" in shown["text"]


def test_thresholds_entered_in_the_settings_are_stored_and_used(qtbot, keyboard, open_window):
    from datetime import date

    window = open_window(today=date(2028, 2, 1))  # after the shipped table (2026–2027) ends
    dialog = SettingsDialog(window.session.applicability, program_preferences(), "nl", window)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert "geen drempel bekend" in f.currentThresholdLabel.text()
    keyboard.replace(f.fromEdit, "01-01-2028", enter=False)  # figures made up for the test
    keyboard.replace(f.untilEdit, "31-12-2029", enter=False)
    keyboard.replace(f.suppliesEdit, "€ 219.000", enter=False)
    keyboard.replace(f.worksEdit, "5.480.000", enter=False)
    f.addThresholdButton.click()
    assert "leveringen en diensten € 219.000" in f.currentThresholdLabel.text()
    period = window.session.applicability.current_period()
    assert (period.start, period.end, period.supplies_services) == (date(2028, 1, 1), date(2029, 12, 31), 219000)


def test_absurd_thresholds_are_refused_and_nothing_is_stored(qtbot, keyboard, open_window, db_path):
    window = open_window()
    dialog = SettingsDialog(window.session.applicability, program_preferences(), "nl", window)
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    for start, end, amount in (("31-12-2027", "01-01-2026", "216.000"), ("01-01-2026", "31-12-2027", "veel")):
        keyboard.replace(f.fromEdit, start, enter=False)
        keyboard.replace(f.untilEdit, end, enter=False)
        keyboard.replace(f.suppliesEdit, amount, enter=False)
        keyboard.replace(f.worksEdit, "5.404.000", enter=False)
        f.addThresholdButton.click()
        assert f.thresholdError.isVisible() and f.thresholdError.text()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM threshold_entries").fetchone() == (0,)


def test_language_choice_is_remembered(qtbot, open_window):
    window = open_window()
    dialog = SettingsDialog(window.session.applicability, program_preferences(), "nl", window)
    qtbot.addWidget(dialog)
    dialog.form.languageCombo.setCurrentIndex(dialog.form.languageCombo.findData("en"))
    assert program_preferences().load().language == "en"
