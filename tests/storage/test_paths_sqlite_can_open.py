"""Dossier files on every kind of path open, and a file that cannot be opened is never called damaged."""
from __future__ import annotations

import sqlite3

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.services.session import open_session
from isv_desktop.storage.database import DamagedDatabaseError, check_readable
from isv_desktop.storage.sqlite_uri import is_network_path, sqlite_uri


@pytest.mark.parametrize("path, uri", [
    (r"H:\Inkoop\dossiers.sqlite", "file:///H:/Inkoop/dossiers.sqlite?mode=ro"),
    (r"\\gemeente.local\inkoop\ISV\dossiers.sqlite", "file:////gemeente.local/inkoop/ISV/dossiers.sqlite?mode=ro"),
    (r"\\?\UNC\server\share\d.sqlite", "file:////server/share/d.sqlite?mode=ro"),
    (r"\\?\C:\Users\inkoper\d.sqlite", "file:///C:/Users/inkoper/d.sqlite?mode=ro"),
    (r"C:\Users\Jan de Vries\Mijn #1 dossier?%.sqlite",
     "file:///C:/Users/Jan%20de%20Vries/Mijn%20%231%20dossier%3F%25.sqlite?mode=ro"),
])
def test_windows_paths_become_uris_with_an_empty_authority(path, uri):
    assert sqlite_uri(path, windows=True, mode="ro") == uri


@pytest.mark.parametrize("path, network", [
    (r"\\server\share\d.sqlite", True), (r"\\?\UNC\server\share\d.sqlite", True), (r"C:\d.sqlite", False),
])
def test_unc_paths_are_network_paths(path, network):
    assert is_network_path(path, windows=True) is network


def test_a_posix_path_with_uri_characters_opens(tmp_path):
    folder = tmp_path / "Jan #1 ?%20 map"
    folder.mkdir()
    path = folder / "dossiers?#%.sqlite"
    session = open_session(path)
    session.dossiers.create("Zorgcatering")
    session.close()
    check_readable(path)  # the read-only check finds the same file, not a new empty one
    assert [d.title for d in open_session(path).dossiers.all()] == ["Zorgcatering"]


def test_a_file_whose_name_is_not_utf8_opens(tmp_path):
    import os

    if os.name != "posix":
        pytest.skip("file names are bytes only on POSIX")
    path = tmp_path / os.fsdecode(b"dossiers-caf\xe9.sqlite")  # a Latin-1 name from an old share
    session = open_session(path)
    session.dossiers.create("Koffie")
    session.close()
    check_readable(path)
    assert [d.title for d in open_session(path).dossiers.all()] == ["Koffie"]


def test_a_file_sqlite_cannot_open_is_unreadable_not_damaged(tmp_path, monkeypatch):
    path = tmp_path / "dossiers.sqlite"
    open_session(path).close()

    def refuse(*args, **kwargs):
        error = sqlite3.OperationalError("invalid uri authority: server")
        error.sqlite_errorcode = 1
        raise error

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(UserError) as caught:
        check_readable(path)
    assert not isinstance(caught.value, DamagedDatabaseError)
    assert caught.value.message_id == "database.unreadable"


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_no_database_is_still_called_damaged(tmp_path, content):
    path = tmp_path / "dossiers.sqlite"
    path.write_bytes(content)
    with pytest.raises(DamagedDatabaseError):
        check_readable(path)
