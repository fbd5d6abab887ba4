"""Signal matching runs off the GUI thread (issue 15) and its result shows in the signals window, through a model."""
import threading
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QPushButton

from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.services.session import open_session
from isv_desktop.services.signals import SignalService
from isv_desktop.ui.signals_dialog import SignalsDialog

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def test_matching_runs_in_a_worker_thread_and_the_touched_dossiers_show_through_a_model(session, qtbot, monkeypatch):
    titles = []
    for number in range(30):  # thirty dossiers made in Malaysia, one supplier each
        dossier = session.dossiers.create(f"Handschoenen {number:02d}")
        session.risk_scan.add_group(dossier.id, "handschoenen")
        session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
        session.suppliers.add_supplier(dossier.id, f"Top Glove {number}", country="MY")
        titles.append(dossier.title)
    session.dossiers.create("Meubilair")
    threads = []
    touched = SignalService.touched

    def recorded(self, signal, progress=None):
        threads.append(threading.current_thread())
        return touched(self, signal, progress)

    monkeypatch.setattr(SignalService, "touched", recorded)
    dialog = SignalsDialog(session.signals, session.knowledge, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    qtbot.keyClicks(f.textEdit, "Dwangarbeid in handschoenfabrieken")
    f.countryCombo.setEditText("MY")
    statements = []
    session.database.connection.set_trace_callback(statements.append)
    with qtbot.waitSignal(dialog.touched_shown, timeout=10_000):
        qtbot.mouseClick(f.logButton, Qt.MouseButton.LeftButton)
    session.database.connection.set_trace_callback(None)

    assert threads and all(t is not threading.main_thread() for t in threads)  # never on the GUI thread
    assert not any("scan_countries" in s for s in statements)  # the window's own connection matched nothing
    model = f.touchedTable.model()
    assert isinstance(model, QAbstractItemModel)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == titles
    assert f.touchedTable.findChildren(QPushButton) == []  # no widgets per row
    assert "30" in f.touchedLabel.text()

    first = model.index(0, 0).data()
    dialog.form.touchedTable.selectRow(0)
    qtbot.mouseClick(dialog.followup_button, Qt.MouseButton.LeftButton)
    followed = [d.id for d in session.dossiers.all() if d.title == first]
    assert [s.text for _i, s, *_rest in session.signals.followups(followed[0])] == ["Dwangarbeid in handschoenfabrieken"]


def test_the_touched_dossiers_speak_english_in_the_english_window(session, qtbot, qapp):
    from isv_desktop.ui.signal_matching import TouchedModel
    from isv_desktop.ui.translation import install_language

    translator = install_language(qapp, "en")
    try:
        model = TouchedModel()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers == ["Dossier", "Why", "Follow-up"]
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")
