"""The demo seen in the window: the home screen's due list is filled and a sample has every step marked ✓."""
from datetime import date

from isv_desktop.services.demo import fill_with_samples
from isv_desktop.services.session import open_session

TODAY = date(2027, 3, 10)


def test_the_workwear_sample_shows_five_complete_steps_and_the_due_list_is_filled(open_window, db_path):
    session = open_session(db_path, today=lambda: TODAY)
    try:
        ids = fill_with_samples(session)
        workwear = next(i for i in ids if session.dossiers.get(i).reference == "ZWO-2026-014")
    finally:
        session.close()
    window = open_window(today=TODAY)
    items = window.due_panel.items()
    assert any(i.due_on < TODAY for i in items) and any(i.due_on >= TODAY for i in items)
    window.open_dossier(workwear)
    marks = [window.dossier_view.step_list.item(row).text() for row in range(window.dossier_view.step_list.count())]
    assert len(marks) == 5 and all(text.startswith("✓") for text in marks), marks
