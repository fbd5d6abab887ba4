"""The yearly report window computes its figures off the GUI thread, on its own connection, latest request wins."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from report_samples import build

from isv_desktop.services.yearly_report import ReportService
from isv_desktop.ui.report_dialog import ReportDialog
from isv_desktop.ui.report_figures import figure_rows

TODAY = date(2026, 3, 1)  # the window opens on 2025, the year report_samples knows by heart
TIMEOUT_MS = 60000


@pytest.fixture
def built(tmp_path):
    session, _clock, _ids = build(tmp_path)
    yield session
    session.close()


@pytest.fixture
def computed_in(monkeypatch):
    """Every call of ReportService.compute as (year, thread id, the service's connection)."""
    calls = []
    compute = ReportService.compute

    def spy(self, year):
        calls.append((year, threading.get_ident(), self._database.connection))
        return compute(self, year)

    monkeypatch.setattr(ReportService, "compute", spy)
    return calls


def open_dialog(qtbot, session):
    dialog = ReportDialog(session.reports, "nl", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_figures_are_computed_in_a_worker_on_its_own_connection(qtbot, built, computed_in):
    session = built
    dialog = open_dialog(qtbot, session)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.computing, timeout=TIMEOUT_MS)
    [(year, thread, connection)] = computed_in
    assert year == 2025 and thread != threading.get_ident()  # not the GUI thread
    assert connection is not session.database.connection  # SQLite connections do not cross threads
    rows = figure_rows(dialog.form.figuresTree)
    assert rows["Gestarte aanbestedingen"] == ("5", "", "")
    assert rows["ISV toegepast bij aanbestedingen boven de drempel in een risicocategorie"] == ("2", "3", "66,7 %")
    assert dialog.report == session.reports.compute(2025)  # the same report the files print
    assert dialog.form.pdfButton.isEnabled() and dialog.form.statusLabel.text() == ""


def test_a_year_chosen_while_another_is_counted_shows_only_the_latest(qtbot, built, monkeypatch):
    session = built
    release = threading.Event()
    compute = ReportService.compute

    def slow_2025(self, year):  # on the worker thread: 2025 takes until the test lets it go
        if year == 2025:
            assert release.wait(TIMEOUT_MS / 1000)
        return compute(self, year)

    monkeypatch.setattr(ReportService, "compute", slow_2025)
    dialog = open_dialog(qtbot, session)
    f = dialog.form
    try:
        assert dialog.computing and dialog.report is None
        assert "Bezig" in f.statusLabel.text() and not f.pdfButton.isEnabled() and not f.xlsxButton.isEnabled()
        assert dialog.save_pdf() is False  # no file from figures not yet known
        f.yearSpin.setValue(2024)
        with qtbot.waitSignal(dialog.report_shown, timeout=TIMEOUT_MS) as shown:
            pass
        assert shown.args[0].year == 2024
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog._computing, timeout=TIMEOUT_MS)  # the 2025 answer came back, and was ignored
    qtbot.wait(50)
    assert dialog.report.year == 2024 and dialog.windowTitle() == "Jaarrapportage ISV 2024"
    assert figure_rows(f.figuresTree)["Gestarte aanbestedingen"] == ("1", "", "")
    assert f.pdfButton.isEnabled() and "Bezig" not in f.statusLabel.text()


def test_a_fault_while_computing_reaches_the_crash_handler(qtbot, built, monkeypatch):
    def broken(self, year):
        raise RuntimeError("kapot")

    monkeypatch.setattr(ReportService, "compute", broken)
    with qtbot.captureExceptions() as raised:  # what the crash handler would be given
        dialog = open_dialog(qtbot, built)
        qtbot.waitUntil(lambda: bool(raised), timeout=TIMEOUT_MS)
    [(_kind, error, _trace)] = raised
    assert str(error) == "kapot" and not dialog.computing and dialog.report is None
