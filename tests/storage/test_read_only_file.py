"""A dossier file that cannot be written opens for reading and export; every write is refused with a message."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from small_file_systems import read_only_folder

from isv_desktop.domain.messages import UserError
from isv_desktop.services.session import open_session


def _two_dossiers(folder):
    session = open_session(folder / "dossiers.sqlite")
    session.dossiers.create("Werkkleding 2026")
    session.dossiers.create("Zonnepanelen")
    session.close()


def _run_cli(*args, env_home):
    env = {**os.environ, "ISV_DESKTOP_HOME": str(env_home)}
    return subprocess.run([sys.executable, "-m", "isv_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_read_only_file_opens_for_reading_and_refuses_writes(tmp_path):
    with read_only_folder(tmp_path, _two_dossiers) as folder:
        session = open_session(folder / "dossiers.sqlite")
        try:
            assert session.database.read_only_reason in ("file", "folder")
            dossiers = session.dossiers.all()
            assert sorted(d.title for d in dossiers) == ["Werkkleding 2026", "Zonnepanelen"]
            with pytest.raises(UserError) as caught:
                session.dossiers.rename(dossiers[0].id, "Nieuwe naam")
            assert caught.value.message_id == "database.read_only_write"
            assert session.dossiers.rename(dossiers[0].id, dossiers[0].title) == dossiers[0]  # no change, no refusal
            out = tmp_path / "export"
            out.mkdir()
            session.exports.write_xlsx(dossiers[0].id, out / "dossier.xlsx")  # exporting still works
            assert (out / "dossier.xlsx").stat().st_size > 0
        finally:
            session.close()
        assert sorted(os.listdir(folder)) == ["dossiers.sqlite"]  # nothing was made beside it


def test_the_command_line_reads_a_read_only_file_and_refuses_to_write_without_a_traceback(tmp_path):
    with read_only_folder(tmp_path, _two_dossiers) as folder:
        db = str(folder / "dossiers.sqlite")
        listed = _run_cli("dossier", "list", "--db", db, "--json", env_home=tmp_path / "home")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 2
        refused = _run_cli("signal", "add", "--db", db, "--text", "Dwangarbeid gemeld", "--country", "MY",
                           env_home=tmp_path / "home")
        assert refused.returncode == 2
        assert "Traceback" not in refused.stderr
        assert "alleen te lezen" in refused.stderr


def test_the_window_starts_on_a_read_only_file_with_a_banner(tmp_path):
    with read_only_folder(tmp_path, _two_dossiers) as folder:
        done = _run_cli("--smoke", "--db", str(folder / "dossiers.sqlite"), env_home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr


def test_a_read_only_file_in_a_writable_folder_is_named_as_such(tmp_path, monkeypatch):
    from isv_desktop.storage import database

    _two_dossiers(tmp_path)
    path = tmp_path / "dossiers.sqlite"
    real_access = os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, mode: False if os.fspath(p) == os.fspath(path) and mode & os.W_OK else real_access(p, mode))
    session = open_session(path)
    try:
        assert session.database.read_only_reason == "file"
        with pytest.raises(UserError):
            session.dossiers.create("Nog een")
    finally:
        session.close()
    assert len(open_session(path).dossiers.all()) == 2
