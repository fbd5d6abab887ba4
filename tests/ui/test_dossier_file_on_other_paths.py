"""A file on a network share is offered as a local copy; a file that could not be opened is not "damaged"."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from isv_desktop import paths
from isv_desktop.domain.messages import UserError
from isv_desktop.services.session import make_backup, open_session
from isv_desktop.storage import database
from isv_desktop.ui import application
from isv_desktop.ui.database_problem_dialog import ask_what_to_do


def test_a_file_on_a_network_share_is_copied_to_this_computer_on_request(qtbot, tmp_path, monkeypatch):
    share = tmp_path / "netwerkschijf"
    share.mkdir()
    on_share = share / "dossiers.sqlite"
    session = open_session(on_share)
    session.dossiers.create("Catering raadhuis")
    session.close()
    monkeypatch.setattr(database, "is_network_path", lambda path: share in path.parents)

    read_there = open_session(on_share)
    assert read_there.database.read_only_reason == "network"
    read_there.close()

    asked = []

    def click_copy(box):
        asked.append(box.text())
        box.buttons()[0].click()  # "Kopiëren naar deze computer", the default button

    monkeypatch.setattr(QMessageBox, "exec", click_copy)
    session, lock = application.open_with_lock(on_share, "nl", interactive=True)
    try:
        assert asked and "netwerkschijf" in asked[0]
        assert session.database.path == paths.data_dir() / "dossiers.sqlite"
        assert session.database.writable
        assert [d.title for d in session.dossiers.all()] == ["Catering raadhuis"]
    finally:
        session.close()
        lock.unlock()


def test_a_new_file_is_not_made_on_a_network_share(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    try:
        open_session(tmp_path / "nieuw.sqlite")
    except UserError as error:
        assert error.message_id == "database.network_new"
    else:
        raise AssertionError("a new file was made on a network share")
    assert not (tmp_path / "nieuw.sqlite").exists()


def test_restoring_a_backup_is_offered_only_for_a_damaged_file(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "dossiers.sqlite"
    open_session(path).close()
    make_backup(path)
    buttons = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: buttons.append([b.text() for b in box.buttons()]))
    ask_what_to_do(UserError("database.unreadable", path=str(path), detail="invalid uri authority"), path, "nl")
    ask_what_to_do(database.DamagedDatabaseError(path, "file is not a database"), path, "nl")
    restore = "Laatste reservekopie terugzetten"
    assert restore not in buttons[0]
    assert restore in buttons[1]
