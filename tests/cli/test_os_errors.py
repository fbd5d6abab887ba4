"""The command line's last resort: an OSError or a SQLite error that no layer below turned into a message
is still told in the buyer's language with exit 2, never as a traceback (issue 12, item 6)."""
from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from isv_desktop.cli import main
from isv_desktop.services.criteria import CriteriaService
from isv_desktop.services.signals import SignalService


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("language, expected", [("nl", "de schijf is vol"), ("en", "the disk is full")])
def test_an_os_error_is_a_message_and_exit_2(db, tmp_path, capsys, monkeypatch, language, expected):
    target = tmp_path / "bijlage.pdf"

    def full(self, dossier_id, path, language="nl"):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(CriteriaService, "write_annex_pdf", full)
    assert main(["annex", "2", "--pdf", str(target), "--db", str(db), "--lang", language]) == 2
    err = capsys.readouterr().err
    assert expected in err and str(target) in err and "Traceback" not in err


def test_a_sqlite_error_is_a_message_naming_the_dossier_file_and_exit_2(db, capsys, monkeypatch):
    def full(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SignalService, "log", full)
    assert main(["signal", "add", "--text", "Signaal", "--country", "MY", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert str(db) in err and "database or disk is full" in err and "ruimte vrij" in err


def test_an_os_error_that_may_come_from_reading_is_not_called_a_failed_save(db, tmp_path, capsys, monkeypatch):
    source = tmp_path / "lijst.csv"

    def unreadable(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(source))

    monkeypatch.setattr(SignalService, "log", unreadable)
    assert main(["signal", "add", "--text", "Signaal", "--country", "MY", "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{source} cannot be used: ") and "not saved" not in err and "Traceback" not in err
