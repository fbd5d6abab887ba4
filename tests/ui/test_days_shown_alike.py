"""A day reads the same on the home screen's list, in the due panel, in step 5's texts and in the dossier PDF: the
domain's one way of writing a day (domain.day_format) in the language shown."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from isv_desktop.domain.day_format import day_pattern, format_day
from isv_desktop.domain.dossier_query import SortKey
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_list_model import COLUMNS, DossierListModel
from isv_desktop.ui.due_panel import DuePanel
from isv_desktop.ui.steps.monitoring_widgets import set_up_date

TODAY = date(2026, 11, 21)
DUE = TODAY + timedelta(weeks=4)  # a questionnaire sent today is due in four weeks
SHOWN = {"nl": "19-12-2026", "en": "19/12/2026"}


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    dossier = s.dossiers.create("Handschoenen GGD")
    s.risk_scan.add_group(dossier.id, "handschoenen")
    supplier = s.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    s.questionnaires.export(dossier.id, supplier.id, tmp_path / "vragenlijst.xlsx")
    yield s, dossier.id
    s.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_home_list_the_due_panel_and_the_dossier_pdf_show_the_due_day_alike(session, qtbot, tmp_path, language):
    s, dossier_id = session
    assert format_day(DUE, language) == SHOWN[language]
    model = DossierListModel(s.dossiers, language)
    column = [key for key, _ in COLUMNS].index(SortKey.NEXT_DUE)
    listed = model.data(model.index(0, column))
    panel = DuePanel(s.due, language)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    in_panel = panel.model.index(0, 0).data()
    text = pdf_text(s.exports.write_pdf(dossier_id, tmp_path / "d.pdf", language=language))
    assert listed == in_panel == SHOWN[language]
    assert SHOWN[language] in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_qt_and_babel_read_the_day_pattern_alike_and_a_date_field_shows_it(qtbot, language):
    locale = QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    for day in (date(2026, 3, 2), date(2027, 12, 31)):
        assert locale.toString(QDate(day.year, day.month, day.day), day_pattern(language)) == format_day(day, language)
    edit = QDateEdit()
    qtbot.addWidget(edit)
    set_up_date(edit, date(2026, 3, 2), language)
    assert edit.text() == format_day(date(2026, 3, 2), language)
