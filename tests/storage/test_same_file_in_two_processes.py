"""Two processes on one dossier file: no committed write is lost, no "database is locked" reaches anyone.

The first test is the sequence that lost a commit: the window's process opened and closed a second
session (the export worker does), and the file check inside it opened the file with Python's ``open()``;
closing that descriptor dropped every POSIX lock the process held, so the command line, believing it
was alone, removed the live WAL and its next commit was overwritten by the window's checkpoint.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from isv_desktop.services.session import open_session

OTHER_PROCESS_COMMIT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from isv_desktop.services.session import open_session
    session = open_session(Path(sys.argv[1]))
    session.dossiers.create(sys.argv[2])
    session.close()
    """
)


def _commit_in_other_process(path, title):
    env = {**os.environ}
    subprocess.run([sys.executable, "-c", OTHER_PROCESS_COMMIT, str(path), title], check=True, env=env, timeout=60)


def _titles(path):
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return sorted(row[0] for row in connection.execute("SELECT title FROM dossiers"))


def test_a_second_session_in_the_same_process_loses_no_other_process_commit(tmp_path):
    path = tmp_path / "dossiers.sqlite"
    window = open_session(path)
    window.dossiers.create("venster 1")
    export_worker = open_session(path)  # opened and closed while the window's connection is open
    export_worker.close()
    _commit_in_other_process(path, "opdrachtregel 1")
    window.dossiers.create("venster 2")
    _commit_in_other_process(path, "opdrachtregel 2")
    window.close()
    assert _titles(path) == ["opdrachtregel 1", "opdrachtregel 2", "venster 1", "venster 2"]


def test_opening_the_file_never_uses_a_descriptor_outside_sqlite(tmp_path, monkeypatch):
    """The guard behind the test above: the open checks read the file through SQLite only."""
    path = tmp_path / "dossiers.sqlite"
    open_session(path).close()
    import builtins
    import io
    from pathlib import Path

    opened = []
    real_open, real_io_open, real_path_open = builtins.open, io.open, Path.open

    def spy(real):
        def wrapper(file, *args, **kwargs):
            if str(file).startswith(str(path)):
                opened.append(str(file))
            return real(file, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(builtins, "open", spy(real_open))
    monkeypatch.setattr(io, "open", spy(real_io_open))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: (opened.append(str(self)), real_path_open(self, *a, **k))[1])
    session = open_session(path)
    open_session(path).close()
    session.close()
    assert opened == []


WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from isv_desktop.domain.messages import UserError
    from isv_desktop.services.session import open_session
    path, name, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    session = open_session(path)
    dossier = session.dossiers.create(name)
    stored, errors, n = [], [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        n += 1
        try:
            session.dossiers.edit(dossier.id, "reference", f"{name}-{n}")  # reads the row, then writes it
            session.dossiers.create(f"{name} #{n}")
            stored.append(n)
        except UserError as error:
            errors.append(error.message("en"))
        # A buyer's edits come seconds apart. Back-to-back, one writer could take the lock again the moment it
        # lets go, and SQLite's lock is not fair: the others' busy wait (polling at up to 100 ms) could starve.
        time.sleep(0.002)
    session.close()
    print(json.dumps({"stored": stored, "errors": errors[:5], "error_count": len(errors)}))
    """
)

CLI_WRITER = textwrap.dedent(
    """
    import json, sys, time
    from isv_desktop.cli import main
    path, seconds = sys.argv[1], float(sys.argv[2])
    stored, failures, n = [], 0, 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        n += 1
        if main(["signal", "add", "--db", path, "--text", f"signaal {n}", "--country", "MY"]) == 0:
            stored.append(n)
        else:
            failures += 1
    print(json.dumps({"stored": stored, "errors": [], "error_count": failures}), file=sys.stderr)
    """
)

EXPORTER = textwrap.dedent(
    """
    import json, sys, time, tempfile
    from pathlib import Path
    from isv_desktop.domain.messages import UserError
    from isv_desktop.services.session import open_session
    path, seconds = Path(sys.argv[1]), float(sys.argv[2])
    out = Path(tempfile.mkdtemp())
    done, errors = 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        session = open_session(path)  # a session per export, as the window's export worker opens one
        try:
            for dossier in session.dossiers.all()[:1]:
                session.exports.write_xlsx(dossier.id, out / "d.xlsx")
                done += 1
        except UserError as error:
            errors.append(error.message("en"))
        finally:
            session.close()
    print(json.dumps({"stored": list(range(done)), "errors": errors[:5], "error_count": len(errors)}))
    """
)


def run_writers(path, seconds: float) -> dict:
    """Two service writers, a command-line writer and an exporter on one file for ``seconds``."""
    import json

    open_session(path).close()  # the file exists (and is migrated) before they start
    seed = open_session(path)
    seed.dossiers.create("startdossier")
    seed.close()
    env = {**os.environ}
    processes = {
        "writer A": subprocess.Popen([sys.executable, "-c", WRITER, str(path), "A", str(seconds)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env),
        "writer B": subprocess.Popen([sys.executable, "-c", WRITER, str(path), "B", str(seconds)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env),
        "command line": subprocess.Popen([sys.executable, "-c", CLI_WRITER, str(path), str(seconds)],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env),
        "exporter": subprocess.Popen([sys.executable, "-c", EXPORTER, str(path), str(seconds)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env),
    }
    results = {}
    for name, process in processes.items():
        out, err = process.communicate(timeout=seconds + 120)
        assert process.returncode == 0, f"{name} failed:\n{err[-3000:]}"
        report = out if name != "command line" else err.strip().splitlines()[-1]
        results[name] = json.loads(report.strip().splitlines()[-1])
        if name == "command line":
            results[name]["output"] = err
    return results


@pytest.mark.slow
def test_four_processes_for_twenty_seconds_show_no_error_and_lose_no_write(tmp_path):
    path = tmp_path / "dossiers.sqlite"
    results = run_writers(path, seconds=20)
    print("four processes, 20 s:", {name: (len(r["stored"]), r["error_count"], r["errors"][:1]) for name, r in results.items()})
    for name, result in results.items():
        assert result["error_count"] == 0, (name, result["errors"])
        assert result["stored"], f"{name} did nothing in 20 s"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        titles = {row[0] for row in connection.execute("SELECT title FROM dossiers")}
        references = dict(connection.execute("SELECT title, reference FROM dossiers WHERE title IN ('A', 'B')"))
        signals = {row[0] for row in connection.execute("SELECT text FROM signals")}
    for writer in ("A", "B"):
        stored = results[f"writer {writer}"]["stored"]
        assert {f"{writer} #{n}" for n in stored} <= titles
        assert references[writer] == f"{writer}-{stored[-1]}"
    assert {f"signaal {n}" for n in results["command line"]["stored"]} <= signals
    assert "locked" not in results["command line"]["output"]
