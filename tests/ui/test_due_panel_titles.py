"""The home screen's due panel renders the domain's due items: titles in the interface language from current names,
and each item opens the step where it is handled."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from isv_desktop.domain.due import DueKind
from isv_desktop.domain.steps import StepId
from isv_desktop.services.session import open_session
from isv_desktop.ui.due_panel import DuePanel

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def dossier_with_questionnaire(session, tmp_path):
    dossier = session.dossiers.create("Handschoenen GGD")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    session.questionnaires.export(dossier.id, supplier.id, tmp_path / "vragenlijst.xlsx")  # due in 4 weeks
    return dossier.id, supplier.id


def open_panel(qtbot, session, language):
    panel = DuePanel(session.due, language)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def row_texts(panel):
    return [panel.model.index(row, 2).data() for row in range(panel.model.rowCount())]


@pytest.mark.parametrize(("language", "title"), [
    ("nl", "Vragenlijst Top Glove Europe (versie 1)"), ("en", "Questionnaire Top Glove Europe (version 1)")])
def test_a_questionnaire_item_shows_a_title_and_opens_step_4(session, qtbot, dossier_with_questionnaire, language,
                                                             title):
    dossier_id, _ = dossier_with_questionnaire
    panel = open_panel(qtbot, session, language)
    assert row_texts(panel) == [title]
    assert not any("questionnaire:" in text for text in row_texts(panel))
    rect = panel.tree.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [dossier_id, StepId.SUPPLIERS]


def test_renaming_the_supplier_shows_the_item_under_the_new_name(session, qtbot, dossier_with_questionnaire):
    dossier_id, supplier_id = dossier_with_questionnaire
    panel = open_panel(qtbot, session, "nl")
    session.suppliers.update_supplier(dossier_id, supplier_id, name="Top Glove BV")
    panel.refresh()
    assert row_texts(panel) == ["Vragenlijst Top Glove BV (versie 1)"]
    assert [i.kind for i in panel.items()] == [DueKind.QUESTIONNAIRE]
