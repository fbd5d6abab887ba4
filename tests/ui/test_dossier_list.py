"""The home screen: list, search, sort, duplicate, archive, delete (asks first, undoable)."""
import sqlite3
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_list_model import PAGE_SIZE, DossierListModel


def titles(window):
    model = window.list_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select(window, title):
    row = titles(window).index(title)
    window.list_page.table.setFocus()
    window.list_page.table.selectRow(row)


def answer_message_box(qtbot, button_text, seen):
    """Click the button of the message box that is about to open."""

    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def test_search_and_sort(qtbot, keyboard, open_window):
    window = open_window()
    for title in ("Werkkleding", "Catering raadhuis", "Koffie en thee"):
        window.session.dossiers.create(title)
    window.list_page.refresh()
    assert len(titles(window)) == 3
    keyboard.type(window.list_page.search_edit, "koffie")
    qtbot.keyClick(window.list_page.search_edit, Qt.Key.Key_Return)
    assert titles(window) == ["Koffie en thee"]
    window.list_page.search_edit.clear()
    window.list_page.apply_search()
    window.list_page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["Catering raadhuis", "Koffie en thee", "Werkkleding"]
    window.list_page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert titles(window) == ["Werkkleding", "Koffie en thee", "Catering raadhuis"]


def test_delete_asks_first_and_can_be_undone(qtbot, open_window, db_path, activate):
    window = open_window()
    window.session.dossiers.create("Blijft staan")
    window.session.dossiers.create("Gaat weg")
    window.list_page.refresh()
    select(window, "Gaat weg")
    seen = []
    answer_message_box(qtbot, "Niet verwijderen", seen)
    window.delete_action.trigger()
    assert seen == ["Dossier ‘Gaat weg’ verwijderen?"]
    assert sorted(titles(window)) == ["Blijft staan", "Gaat weg"]

    answer_message_box(qtbot, "Verwijderen", seen)
    window.delete_action.trigger()
    assert titles(window) == ["Blijft staan"]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM dossiers WHERE status != 'deleted'").fetchone() == (1,)

    activate(window)
    window.list_page.table.setFocus()
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == ["Blijft staan", "Gaat weg"]


def test_duplicate_and_archive(qtbot, open_window):
    window = open_window()
    original = window.session.dossiers.create("Zonnepanelen")
    window.session.dossiers.edit(original.id, "cpv_code", "09331000-8")
    window.list_page.refresh()
    select(window, "Zonnepanelen")
    window.duplicate_action.trigger()
    assert sorted(titles(window)) == ["Zonnepanelen", "Zonnepanelen (kopie)"]
    copy = [d for d in window.session.dossiers.all() if d.title.endswith("(kopie)")][0]
    assert copy.cpv_code == "09331000-8" and copy.id != original.id
    select(window, "Zonnepanelen (kopie)")
    window.archive_action.trigger()
    assert titles(window) == ["Zonnepanelen"]
    window.list_page.archived_check.setChecked(True)
    assert sorted(titles(window)) == ["Zonnepanelen", "Zonnepanelen (kopie)"]


def test_rename_with_f2(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = open_window()
    window.session.dossiers.create("Oude naam")
    window.list_page.refresh()
    select(window, "Oude naam")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Nieuwe naam", True)))
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_F2)
    assert titles(window) == ["Nieuwe naam"]


def test_a_hundred_thousand_dossiers_are_read_by_keyset_a_bounded_number_of_rows_at_a_time(tmp_path):
    path = tmp_path / "groot.sqlite"
    session = open_session(path)
    stamp = datetime(2025, 1, 1).isoformat()
    with session.database.transaction():
        session.database.connection.executemany(
            "INSERT INTO dossiers (title, created_at, updated_at) VALUES (?, ?, ?)",
            ((f"Dossier {n:06d}", stamp, stamp) for n in range(100_000)))
    statements, rows_read = [], []
    session.database.connection.set_trace_callback(statements.append)
    for name in ("page_after", "keys_after"):
        original = getattr(session.dossiers, name)
        setattr(session.dossiers, name,
                lambda *args, original=original, **kwargs: rows_read.append(len(found := original(*args, **kwargs)))
                or found)
    model = DossierListModel(session.dossiers, "nl")
    assert model.rowCount() == 100_000
    assert model.index(0, 0).data() is not None
    assert model.index(99_999, 0).data() is not None  # scrolled to the end
    assert model.index(99_700, 0).data() is not None  # the page before the last: read back from its first row
    assert sum(rows_read) <= 3 * PAGE_SIZE
    reads = [sql for sql in statements if sql.startswith("SELECT id,")]
    assert reads and not any("OFFSET" in sql for sql in statements)
    assert any("(updated_at, id) <" in sql or "(updated_at, id) >" in sql for sql in reads)  # read on from a key

    model.sort(0, Qt.SortOrder.AscendingOrder)
    rows_read.clear()
    assert model.index(99_999, 0).data() == "Dossier 099999"
    assert model.index(50_000, 0).data() == "Dossier 050000"  # a jump to the middle: keys only in between
    assert model.index(50_200, 0).data() == "Dossier 050200"
    assert model.index(49_999, 0).data() == "Dossier 049999"
    assert [model.index(row, 0).data() for row in range(99_790, 99_810)] == [
        f"Dossier {n:06d}" for n in range(99_790, 99_810)]
    assert not any("OFFSET" in sql for sql in statements)
    session.close()


def test_the_first_page_at_start_is_the_last_changed_dossiers_read_in_an_index_without_sorting(open_window):
    window = open_window()
    for title in ("Eerste", "Tweede", "Derde"):
        window.session.dossiers.create(title)
    statements = []
    window.session.database.connection.set_trace_callback(statements.append)
    window.list_page.refresh()
    assert titles(window) == ["Derde", "Tweede", "Eerste"]  # the header's "no column" is the list's own order
    assert window.list_model.query.sort.value == "updated_at" and window.list_model.query.descending
    window.session.database.connection.set_trace_callback(None)
    first_page = next(sql for sql in statements if sql.startswith("SELECT id,"))
    plan = [row[3] for row in window.session.database.connection.execute(
        f"EXPLAIN QUERY PLAN {first_page}")]
    assert not any("TEMP B-TREE" in step for step in plan) and any("INDEX" in step for step in plan), plan
