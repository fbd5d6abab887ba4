"""The export worker writes both files or neither (issue 12, item 6).

Both files go to temporary files beside their targets and are renamed into
place only when both are complete: a cancel or a failure halfway leaves the
folder exactly as it was, earlier exports of the same dossier included.
"""
from __future__ import annotations

from datetime import date

from isv_desktop.services.session import open_session
from isv_desktop.ui.export_worker import ExportJob, ExportWorker

TODAY = date(2026, 3, 2)
EARLIER_PDF = b"%PDF-1.4 the export of last month"
EARLIER_XLSX = b"PK the export of last month"


def worker_for(db_path, folder, xlsx_name="d.xlsx"):
    session = open_session(db_path, today=lambda: TODAY)
    dossier_id = session.dossiers.create("Schoonmaak stadhuis").id
    session.close()
    pdf, xlsx = folder / "d.pdf", folder / xlsx_name
    worker = ExportWorker(ExportJob(db_path, dossier_id, pdf, xlsx, "nl", True), lambda: TODAY)
    outcome = {"cancelled": False, "failed": [], "written": []}
    worker.was_cancelled.connect(lambda: outcome.update(cancelled=True))
    worker.failed.connect(outcome["failed"].append)
    worker.succeeded.connect(outcome["written"].extend)
    return worker, pdf, xlsx, outcome


def test_a_cancel_during_the_workbook_leaves_the_earlier_files_as_they_were(db_path, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    worker, pdf, xlsx, outcome = worker_for(db_path, folder)
    pdf.write_bytes(EARLIER_PDF)
    xlsx.write_bytes(EARLIER_XLSX)
    worker.progressed.connect(lambda done, total: worker.cancel() if done >= total // 2 else None)  # the PDF is done
    worker.run()  # the thread's body, on the test's thread
    assert outcome == {"cancelled": True, "failed": [], "written": []}
    assert pdf.read_bytes() == EARLIER_PDF and xlsx.read_bytes() == EARLIER_XLSX
    assert sorted(p.name for p in folder.iterdir()) == ["d.pdf", "d.xlsx"]  # no temporary file left


def test_a_workbook_that_cannot_be_written_keeps_the_earlier_pdf_and_names_the_file(db_path, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    worker, pdf, xlsx, outcome = worker_for(db_path, folder, xlsx_name="een map.xlsx")
    pdf.write_bytes(EARLIER_PDF)
    xlsx.mkdir()  # a folder of that name: the workbook cannot take its place
    worker.run()
    assert not outcome["cancelled"] and outcome["written"] == []
    assert outcome["failed"] == [f"{xlsx} is niet opgeslagen: er is al een map met die naam. Kies een andere bestandsnaam."]
    assert pdf.read_bytes() == EARLIER_PDF and sorted(p.name for p in folder.iterdir()) == ["d.pdf", "een map.xlsx"]


def test_both_files_are_written_when_nothing_goes_wrong(db_path, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    worker, pdf, xlsx, outcome = worker_for(db_path, folder)
    pdf.write_bytes(EARLIER_PDF)
    worker.run()
    assert outcome["written"] == [str(pdf), str(xlsx)] and outcome["failed"] == []
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.read_bytes() != EARLIER_PDF
    assert xlsx.read_bytes().startswith(b"PK") and sorted(p.name for p in folder.iterdir()) == ["d.pdf", "d.xlsx"]
