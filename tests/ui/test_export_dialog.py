"""Export through the dialog in the background, cancel, preview, print; import a shared workbook."""
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl

from isv_desktop.domain.personal_data import left_out
from isv_desktop.ui import export_dialog as export_dialog_module
from isv_desktop.ui.export_dialog import ExportDialog, file_stem
from isv_desktop.ui.pdf_preview import PdfPreviewDialog
from isv_desktop.ui.pdf_printing import paint_pages

TODAY = date(2026, 3, 2)


def a_dossier(session):
    dossier = session.dossiers.create("Werkkleding / buitendienst")
    session.dossiers.edit(dossier.id, "reference", "ZWO:2026/014")
    session.dossiers.edit(dossier.id, "organisation", "Gemeente Zwolle")
    session.suppliers.add_supplier(dossier.id, "Łódź Tekstil Sanayi", country="TR", contact_person="Jan Jansen")
    return session.dossiers.get(dossier.id)


def dialog_for(qtbot, window, dossier, folder):
    dialog = ExportDialog(window.session.database.path, dossier.id, dossier.title, dossier.reference, "nl",
                          lambda: TODAY, folder, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_file_names_are_safe():
    assert file_stem("ZWO:2026/014", "x") == "ZWO-2026-014"
    assert file_stem("", "<b>Titel</b>") == "b-Titel-b"
    assert "/" not in file_stem("", "a/b\\c") and file_stem("", "") == "dossier"


def test_export_in_the_background_then_preview_and_open_the_folder(qtbot, open_window, tmp_path, monkeypatch):
    window = open_window(today=TODAY)
    dossier = a_dossier(window.session)
    opened = []
    monkeypatch.setattr(export_dialog_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = dialog_for(qtbot, window, dossier, tmp_path)
    assert dialog.form.personalDataCheck.isChecked()  # leaving personal data out is the default
    dialog.form.exportButton.click()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    assert dialog.wait_for_export()
    pdf, xlsx = tmp_path / "ZWO-2026-014.pdf", tmp_path / "ZWO-2026-014.xlsx"
    assert pdf.exists() and xlsx.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Łódź Tekstil Sanayi" in text and "Jan Jansen" not in text
    dialog.form.openFolderButton.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    preview = PdfPreviewDialog(pdf, dialog)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_pixmap(0) is not None)
    assert preview.page_labels and not preview.page_labels[0].pixmap().isNull()


def test_the_box_says_what_it_leaves_out_and_unticked_keeps_the_names(qtbot, open_window, tmp_path):
    window = open_window(today=TODAY)
    dossier = a_dossier(window.session)
    dialog = dialog_for(qtbot, window, dossier, tmp_path)
    check = dialog.form.personalDataCheck
    assert "notities" in check.text() and left_out("nl") in check.toolTip()
    check.setChecked(False)  # the archive's copy
    dialog.form.xlsxCheck.setChecked(False)
    dialog.form.exportButton.click()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    assert dialog.wait_for_export()
    assert "Jan Jansen" in "\n".join(page.extract_text() for page in PdfReader(tmp_path / "ZWO-2026-014.pdf").pages)


def test_cancel_leaves_no_file(qtbot, open_window, tmp_path):
    window = open_window(today=TODAY)
    dossier = a_dossier(window.session)
    folder = tmp_path / "export"
    folder.mkdir()
    dialog = dialog_for(qtbot, window, dossier, folder)
    dialog.form.exportButton.click()
    dialog._worker.cancel()
    assert dialog.wait_for_export()
    qtbot.waitUntil(lambda: dialog.form.exportButton.isEnabled(), timeout=10_000)
    assert "Geannuleerd" in dialog.form.resultLabel.text()
    assert list(folder.iterdir()) == []


def test_printing_paints_every_page(qtbot, open_window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = open_window(today=TODAY)
    dossier = a_dossier(window.session)
    path = tmp_path / "d.pdf"
    window.session.exports.write_pdf(dossier.id, path)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(path, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(path).pages)


def test_import_through_the_menu_opens_the_new_dossier(qtbot, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = open_window(today=TODAY)
    dossier = a_dossier(window.session)
    shared = tmp_path / "gedeeld.xlsx"
    window.session.exports.write_xlsx(dossier.id, shared)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(shared), "")))
    asked = []

    def as_copy(box):  # the file holds this dossier already: the window asks, and the buyer takes a copy
        asked.append(box.objectName())
        next(b for b in box.buttons() if b.text() == "Als kopie importeren").click()

    monkeypatch.setattr(QMessageBox, "open", as_copy)
    window.import_action.trigger()  # read, checked and stored in the background
    qtbot.waitUntil(lambda: window.dossier_view is not None and window.stack.currentWidget() is window.dossier_view,
                    timeout=10_000)
    assert asked == ["dossierExistsBox"]
    imported = window.session.dossiers.get(window.dossier_view.dossier_id)
    assert imported.id != dossier.id and imported.title == f"{dossier.title} (kopie)"
    assert Path(shared).exists()
