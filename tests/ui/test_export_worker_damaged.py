"""The export worker reports a damaged value in the dossier file as a message, in the buyer's language."""
from __future__ import annotations

import sqlite3
from datetime import date

from isv_desktop.services.session import open_session
from isv_desktop.ui.export_worker import ExportJob, ExportWorker

A_DAY_IN_2025 = date(2025, 5, 1)


def test_a_damaged_value_reaches_the_buyer_as_a_message_and_no_file_is_written(qtbot, db_path, tmp_path):
    session = open_session(db_path, today=lambda: A_DAY_IN_2025)
    dossier_id = session.dossiers.create("Schoonmaak").id
    session.close()
    other = sqlite3.connect(db_path)  # another program leaves bytes that are not UTF-8
    with other:
        other.execute("UPDATE dossiers SET subject = CAST(x'ff' AS TEXT)")
    other.close()
    job = ExportJob(db_path, dossier_id, tmp_path / "d.pdf", tmp_path / "d.xlsx", "en", True)
    worker = ExportWorker(job, lambda: A_DAY_IN_2025)
    failures, successes = [], []
    worker.failed.connect(failures.append)
    worker.succeeded.connect(successes.append)
    worker.run()  # the thread's body, here on the test's thread
    assert successes == [] and len(failures) == 1
    assert "‘Schoonmaak’" in failures[0] and "step 1" in failures[0] and "subject" in failures[0]
    assert not (tmp_path / "d.pdf").exists() and not (tmp_path / "d.xlsx").exists()
