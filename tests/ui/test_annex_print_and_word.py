"""Step 3's annex through the real widgets: saved as an editable Word document, previewed and printed (the
printed file keeps the text) from step 3 and from the File menu (Ctrl+P, Ctrl+Shift+P from any step)."""
from __future__ import annotations

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from test_criteria_page import REWORDED, click, open_view, scanned_gloves, sessions  # noqa: F401 - fixtures

from isv_desktop.domain.steps import StepId
from isv_desktop.ui.pdf_preview import PdfPreviewDialog


def reworded_gloves(session) -> int:
    dossier_id = scanned_gloves(session)
    session.criteria.choose(dossier_id, "forced_labour.award")
    session.criteria.choose(dossier_id, "due_diligence.basis")
    session.criteria.set_text(dossier_id, "due_diligence.basis", "nl", REWORDED + "\n=SOM(A1:A3) <b>vet</b>")
    return dossier_id


def test_the_annex_as_a_word_document_through_the_button(qtbot, sessions, open_view, tmp_path, monkeypatch):  # noqa: F811 - the fixtures imported above
    session = sessions()
    dossier_id = reworded_gloves(session)
    _view, page = open_view(session, dossier_id)
    target = tmp_path / "bijlage"  # typed without .docx: the page adds it
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, directory, kinds: asked.append((directory, kinds)) or (str(target), ""))
    with qtbot.waitSignal(page.annex.save_finished):  # written in the background
        click(qtbot, page.form.exportDocxButton)
    assert asked[0][0].endswith("Bijlage ISV GGD-2025-01.docx") and "*.docx" in asked[0][1]
    written = target.with_name("bijlage.docx")
    assert str(written) in page.form.annexStatus.text()
    document = docx.Document(str(written))
    paragraphs = [p.text for p in document.paragraphs]
    assert REWORDED + "\n=SOM(A1:A3) <b>vet</b>" in paragraphs
    assert any(p.style.name == "Heading 2" and "Due diligence" in p.text for p in document.paragraphs) or any(
        p.style.name == "Heading 2" for p in document.paragraphs)


def file_menu_action(window, name: str) -> QAction:
    (file_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Bestand"]
    (action,) = [a for a in file_menu.actions() if a.objectName() == name]
    return action


def test_printing_the_annex_from_the_file_menu_keeps_its_text(qtbot, open_window, tmp_path, monkeypatch):
    window = open_window()
    dossier_id = reworded_gloves(window.session)
    window.list_page.refresh()
    window.list_page.select_dossier(dossier_id)  # on the list: the selected dossier's annex
    target = tmp_path / "afgedrukt.pdf"

    def to_file(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    action = file_menu_action(window, "printAnnexAction")
    assert action.isEnabled() and action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert REWORDED in text and "Verklaring van de inschrijver" in text
    page = window.dossier_view.current_page()
    assert page.step_id is StepId.CRITERIA and window.dossier_view.dossier_id == dossier_id  # step 3 shown
    assert page.form.annexStatus.text() == "De bijlage is naar de printer gestuurd."
    target.unlink()
    window.dossier_view.go_to_step(StepId.APPLICABILITY)
    qtbot.keyClick(window.dossier_view.current_page(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # any step
    assert window.dossier_view.current_page() is page
    assert REWORDED in " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())


def test_the_preview_from_the_file_menu_with_ctrl_shift_p_then_the_button(qtbot, open_window, monkeypatch):
    window = open_window()
    dossier_id = reworded_gloves(window.session)
    window.list_page.refresh()
    shown = []

    def look(dialog):
        shown.append((dialog.path.name, dialog.page_count, dialog.path.exists()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", look)
    action = file_menu_action(window, "previewAnnexAction")
    assert not action.isEnabled()  # no dossier chosen yet
    window.open_dossier(dossier_id)
    assert action.isEnabled()
    qtbot.keyClick(window.dossier_view.current_page(), Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.dossier_view.current_page()
    assert page.step_id is StepId.CRITERIA
    click(qtbot, page.form.previewAnnexButton)
    assert len(shown) == 2
    name, pages, existed = shown[0]
    assert name == "Bijlage ISV GGD-2025-01.pdf" and pages >= 2 and existed
