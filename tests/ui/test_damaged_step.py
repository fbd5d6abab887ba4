"""A damaged JSON value inside an intact file: the dossier opens, the damaged step says so, the others work."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_opening_writes_nothing import StatementLog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, fill_full_dossier  # noqa: E402

from isv_desktop.domain.steps import StepId  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402

DAMAGES = {  # (step that says so, statement as plain sqlite3 would run it)
    "scan": (StepId.RISK_SCAN, "UPDATE scan_snapshots SET record_json = '{broken'"),
    "questionnaire": (StepId.SUPPLIERS, "UPDATE questionnaires SET questions_json = 'vragen'"),
    "components": (StepId.MONITORING, "UPDATE delivered_products SET components_json = '{x'"),
}


def damaged_dossier(db_path: Path, statement: str) -> int:
    session = open_session(db_path, today=lambda: TODAY)
    dossier_id = fill_full_dossier(session)
    session.close()
    other = sqlite3.connect(db_path)
    with other:
        assert other.execute(statement).rowcount >= 1
    other.close()
    return dossier_id


def walk_all_steps(qtbot, view) -> None:
    """From the step the dossier opens at back to step 1, on to step 5 and back, with Back and Next."""
    rows = list(range(view.step_list.currentRow() - 1, -1, -1)) + [1, 2, 3, 4, 3, 2, 1, 0]
    for row in rows:
        button = view.next_button if row > view.step_list.currentRow() else view.back_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert view.step_list.currentRow() == row


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_the_dossier_opens_the_damaged_step_says_so_and_nothing_is_written(qtbot, open_window, db_path, damage):
    step, statement = DAMAGES[damage]
    dossier_id = damaged_dossier(db_path, statement)
    window = open_window(today=TODAY)
    connection = window.session.database.connection
    changes = connection.total_changes
    with StatementLog(connection) as log:
        window.open_dossier(dossier_id)  # raised JSONDecodeError (scan) or a crash dialog before
        view = window.dossier_view
        walk_all_steps(qtbot, view)
        for row, page in enumerate(view.pages):
            view.go_to(row)
            if page.step_id is StepId.RISK_SCAN and damage == "scan":  # step 2 keeps its page: 'Scan again' is there
                banner = page.form.editionBannerLabel
                assert page.isVisible() and banner.isVisible() and page.form.rescanButton.isVisible()
                assert "Stap 2 van dossier" in banner.text() and "Opnieuw scannen" in banner.text()
                assert "De rest van het dossier is in orde" in banner.text()
            elif page.step_id is step:
                label = view.damage_labels[row]
                assert label.isVisible() and not page.isVisible()
                assert f"Stap {step.number} van dossier" in label.text() and "reservekopie" in label.text()
            else:
                assert page.isVisible() and not view.damage_labels[row].isVisible()
        marks = [view.step_list.item(row).text() for row in range(len(view.pages))]
        assert marks[step.number - 1].startswith("○")
    assert log.writes() == [] and connection.total_changes == changes


def test_scan_again_replaces_a_damaged_scan_and_english_says_what_to_do(qtbot, open_window, db_path):
    dossier_id = damaged_dossier(db_path, DAMAGES["scan"][1])
    window = open_window(today=TODAY, language="en")
    window.open_dossier(dossier_id)
    view = window.dossier_view
    view.go_to_step(StepId.RISK_SCAN)
    page = view.current_page()
    text = page.form.editionBannerLabel.text()
    assert "Step 2 of dossier" in text and "Scan again" in text and "The rest of the dossier is intact" in text
    qtbot.mouseClick(page.form.rescanButton, Qt.MouseButton.LeftButton)
    assert not page.form.editionBanner.isVisible() and page.damaged is None
    assert not page.form.riskTable.isHidden() and window.session.risk_scan.stored_scan(dossier_id) is not None
