"""The tender annex is laid out and written off the GUI thread (issue 15), and the file is written."""
import threading

from PySide6.QtWidgets import QFileDialog
from test_criteria_page import click, open_view, pdf_text, scanned_gloves, sessions  # noqa: F401 - fixtures

import isv_desktop.export.annex_pdf as annex_pdf


def test_the_annex_pdf_is_written_in_a_worker_thread(qtbot, sessions, open_view, tmp_path, monkeypatch):  # noqa: F811
    session = sessions()
    dossier_id = scanned_gloves(session)
    session.criteria.choose_suggestions(dossier_id)
    _view, page = open_view(session, dossier_id)
    threads = []
    build = annex_pdf.build_annex_pdf

    def recorded(content, target):
        threads.append(threading.current_thread())
        return build(content, target)

    monkeypatch.setattr(annex_pdf, "build_annex_pdf", recorded)
    target = tmp_path / "bijlage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(page.annex.save_finished, timeout=20_000):
        click(qtbot, page.form.exportPdfButton)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert "Verklaring van de inschrijver" in pdf_text(target)
    assert str(target) in page.form.annexStatus.text()
    assert page.form.exportPdfButton.isEnabled()
