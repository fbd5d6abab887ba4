"""Command-line arguments that are not UTF-8: text refused with a message and exit 2, file names kept exact."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from isv_desktop.cli import main

NOT_UTF8 = os.fsdecode(b"Caf\xe9")  # "Café" typed in a Latin-1 terminal: "Caf\udce9"


def signals(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM signals")]
    finally:
        connection.close()


@pytest.mark.parametrize("option", ["--text", "--supplier", "--brand", "--link"])
def test_a_text_argument_that_is_not_utf8_is_refused_and_nothing_is_stored(tmp_path, capsys, option):
    path = tmp_path / "dossiers.sqlite"
    arguments = {"--text": "Dwangarbeid", "--supplier": "", "--brand": "", "--link": ""}
    arguments[option] = NOT_UTF8
    code = main(["signal", "add", "--db", str(path), "--lang", "en",
                 *[word for pair in arguments.items() for word in pair]])
    error = capsys.readouterr().err
    assert code == 2 and "Traceback" not in error
    assert f"{option} contains characters that are not valid UTF-8" in error
    assert not path.exists() or signals(path) == []


def test_a_scan_with_a_country_that_is_not_utf8_is_refused(tmp_path, capsys):
    code = main(["scan", "--group", "handschoenen", "--country", "BD", NOT_UTF8])
    assert code == 2 and "--country" in capsys.readouterr().err


@pytest.mark.slow
def test_bytes_argv_in_a_real_process_exit_2_with_a_message_and_a_file_name_is_kept_exact(tmp_path):
    path = tmp_path / "dossiers.sqlite"
    base = [sys.executable, "-m", "isv_desktop", "--db", os.fsencode(path)]
    env = {**os.environ, "PYTHONUTF8": "1"}
    refused = subprocess.run([*base, "signal", "add", "--text", b"\xff"], capture_output=True, env=env, timeout=60)
    assert refused.returncode == 2 and b"Traceback" not in refused.stderr
    assert "geen geldige UTF-8".encode() in refused.stderr
    stored = subprocess.run([*base, "signal", "add", "--text", "Dwangarbeid".encode()], capture_output=True, env=env,
                            timeout=60)
    assert stored.returncode == 0, stored.stderr
    target = os.fsencode(tmp_path) + b"/rapport-\xff.pdf"
    exported = subprocess.run([*base, "demo", "--out", os.fsencode(tmp_path) + b"/uit-\xff"], capture_output=True,
                              env=env, timeout=120)
    assert exported.returncode == 0 and b"Traceback" not in exported.stderr, exported.stderr
    written = subprocess.run([*base, "export", "1", "--pdf", target], capture_output=True, env=env, timeout=60)
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == target and os.path.getsize(target) > 1000
