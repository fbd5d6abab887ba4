"""Every control is named for screen readers, with a name of its own on its page or dialog.

Walks the home screen, every step page of a demo dossier and every dialog the
window opens, and asks Qt's accessibility layer — what a screen reader hears —
for the name of each control a buyer can tab to: its accessible name, else
the text of the label whose buddy it is, else its own text.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from reportlab.pdfgen.canvas import Canvas

from isv_desktop.services.demo import fill_with_samples
from isv_desktop.services.session import open_session

TODAY = date(2027, 3, 10)
CONTROLS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else the label whose buddy the control is,
    else — for buttons, check boxes and plain line edits — what Qt's accessibility layer makes of it."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    buddies = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    if buddies:
        return buddies[0].text().replace("&", "").strip()
    if isinstance(widget, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
        return ""  # Qt would read out the current value or nothing
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def controls(root: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[QWidget]:
    """The controls of ``root`` a buyer reaches with Tab (drop-down lists and inner parts left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.window() is not root.window() or widget.objectName().startswith("qt_"):
            continue  # a combo box's pop-up list, a spin box's own line edit, a scroll area's parts
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QTabBar)):
            continue
        if any(part is widget or part.isAncestorOf(widget) for part in leave_out):
            continue
        found.append(widget)
    return found


def problems(title: str, root: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    found, named = [], defaultdict(list)
    for widget in controls(root, leave_out):
        name = spoken_name(widget)
        if not name:
            found.append(f"{title}: {type(widget).__name__} {widget.objectName() or '(no object name)'} has no name")
        else:
            named[name].append(widget.objectName() or type(widget).__name__)
    found += [f"{title}: {', '.join(widgets)} are all called {name!r}"
              for name, widgets in named.items() if len(widgets) > 1]
    return found


@pytest.fixture
def demo_window(open_window, db_path):
    session = open_session(db_path, today=lambda: TODAY)
    try:
        ids = fill_with_samples(session)
    finally:
        session.close()
    return open_window(today=TODAY), ids


def test_every_step_page_names_its_controls(demo_window):
    window, ids = demo_window
    found = problems("home", window.list_page) + problems("due list", window.due_panel)
    window.open_dossier(ids[0])
    view = window.dossier_view
    found += problems("dossier view", view, leave_out=(view.stack,))
    for page, step in zip(view.pages, range(view.stack.count()), strict=True):
        found += problems(type(page).__name__, view.stack.widget(step))  # the page with its own help button
    assert found == [], "\n".join(found)


def test_every_dialog_names_its_controls(demo_window, tmp_path):
    from isv_desktop.ui.export_dialog import ExportDialog
    from isv_desktop.ui.help_window import HelpWindow
    from isv_desktop.ui.organisation_dialog import OrganisationDialog
    from isv_desktop.ui.pdf_preview import PdfPreviewDialog
    from isv_desktop.ui.report_dialog import ReportDialog
    from isv_desktop.ui.settings_dialog import SettingsDialog
    from isv_desktop.ui.signals_dialog import SignalsDialog
    from isv_desktop.ui.steps.risk_scan_sources_dialog import RiskScanSourcesDialog

    window, ids = demo_window
    session = window.session
    dossier = session.dossiers.get(ids[0])
    pdf = tmp_path / "een.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "Voorbeeld")
    canvas.save()
    dialogs = [
        SettingsDialog(session.applicability, window.preferences, "nl", window),
        ReportDialog(session.reports, "nl", window, today=session.today),
        OrganisationDialog(session.reports, "nl", window, today=session.today),
        SignalsDialog(session.signals, session.knowledge, "nl", window),
        ExportDialog(session.database.path, dossier.id, dossier.title, dossier.reference, "nl", session.today,
                     folder=tmp_path, parent=window),
        HelpWindow("nl", window),
        RiskScanSourcesDialog(session.risk_scan.knowledge, "nl", window, session.applicability),
        PdfPreviewDialog(pdf, window),
    ]
    found = []
    for dialog in dialogs:
        found += problems(type(dialog).__name__, dialog)
        dialog.deleteLater()
    assert found == [], "\n".join(found)
