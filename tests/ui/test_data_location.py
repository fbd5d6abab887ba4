"""Back-up maken naar… and moving the dossier file (the data-location setting) through the File menu (issue 17)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from isv_desktop.ui import application
from isv_desktop.ui.main_window import MainWindow
from isv_desktop.ui.program_settings import program_preferences


def titles_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM dossiers ORDER BY id")]
    finally:
        connection.close()


def choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))


def answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or button)
    return asked


def test_a_backup_to_a_chosen_folder_is_a_dated_whole_copy_and_never_overwrites(open_window, tmp_path, monkeypatch):
    window = open_window()
    window.session.dossiers.create("Werkkleding")
    stick = tmp_path / "usb-stick"
    choose_folder(monkeypatch, stick)
    window.backup_action.trigger()
    first = stick / "dossiers-reservekopie-2025-05-01.sqlite"
    assert titles_in(first) == ["Werkkleding"]
    window.session.dossiers.create("Catering")
    window.backup_action.trigger()
    assert titles_in(first) == ["Werkkleding"]  # the first copy is kept as it was
    assert titles_in(stick / "dossiers-reservekopie-2025-05-01 (2).sqlite") == ["Werkkleding", "Catering"]
    assert "dossiers-reservekopie-2025-05-01 (2).sqlite" in window.statusBar().currentMessage()


def test_moving_the_dossier_file_copies_it_after_asking_and_opens_it_from_there(open_window, db_path, tmp_path,
                                                                                monkeypatch):
    window = open_window()
    window.session.dossiers.create("Werkkleding")
    share = tmp_path / "afdelingsschijf"
    choose_folder(monkeypatch, share)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.move_database_action.trigger()
    assert len(asked) == 1 and "kopiëren en voortaan daar openen" in asked[0]
    assert not share.exists() and program_preferences().load().last_database == ""
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.move_database_action.trigger()
    moved = share / "dossiers.sqlite"
    assert titles_in(moved) == ["Werkkleding"] and titles_in(db_path) == ["Werkkleding"]  # the old one stays
    assert program_preferences().load().last_database == str(moved)
    assert window.next_database == moved and not window.isVisible()


def test_a_folder_that_holds_a_dossier_file_already_is_opened_not_overwritten(open_window, tmp_path, monkeypatch):
    window = open_window()
    window.session.dossiers.create("Werkkleding")
    other = tmp_path / "collega"
    other.mkdir()
    (other / "dossiers.sqlite").write_bytes(Path(window.session.database.path).read_bytes())
    before = (other / "dossiers.sqlite").read_bytes()
    choose_folder(monkeypatch, other)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.move_database_action.trigger()
    assert "staat al een dossierbestand" in asked[0]
    assert (other / "dossiers.sqlite").read_bytes() == before
    assert program_preferences().load().last_database == str(other / "dossiers.sqlite")


def test_the_program_starts_again_on_the_moved_file_and_next_time_opens_it(qtbot, tmp_path, monkeypatch):
    start = tmp_path / "eerst" / "dossiers.sqlite"
    share = tmp_path / "daarna"
    choose_folder(monkeypatch, share)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(application, "_backup_on_exit", lambda path, language: None)
    opened: list[Path] = []

    def windows():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def act():
        window = windows()[0]
        opened.append(window.session.database.path)
        if len(opened) == 1:
            window.session.dossiers.create("Werkkleding")
            window.move_database_action.trigger()
        else:
            window.close()
        QTimer.singleShot(50, act) if len(opened) < 2 else None

    QTimer.singleShot(50, act)
    assert application.run_application(start, "nl") == 0
    assert opened == [start, share / "dossiers.sqlite"]
    assert titles_in(share / "dossiers.sqlite") == ["Werkkleding"]
    assert program_preferences().load().last_database == str(share / "dossiers.sqlite")
