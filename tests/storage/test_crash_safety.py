"""A process killed with SIGKILL mid-work loses nothing it reported as stored."""
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from isv_desktop.services.session import open_session
    session = open_session(Path(sys.argv[1]))
    dossier = session.dossiers.create("Crashtest")
    n = 0
    while True:
        n += 1
        session.dossiers.edit(dossier.id, "reference", f"REF-{n}")
        if n % 3 == 0:
            session.dossiers.create(f"Dossier {n}")
        print(n, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_edits_loses_nothing_reported_stored(tmp_path):
    path = tmp_path / "d.sqlite"
    env = {**os.environ, "ISV_DESKTOP_HOME": str(tmp_path / "home")}
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    reported = 0
    for line in process.stdout:
        reported = int(line)
        if reported >= 150:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        reference = connection.execute("SELECT reference FROM dossiers WHERE title = 'Crashtest'").fetchone()[0]
        created = connection.execute("SELECT count(*) FROM dossiers WHERE title LIKE 'Dossier %'").fetchone()[0]
    assert int(reference.split("-")[1]) >= reported
    assert created >= reported // 3
