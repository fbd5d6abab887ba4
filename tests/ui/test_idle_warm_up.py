"""While the buyer reads the dossier list, what any first dossier opened needs is loaded in small pieces (issue 15)."""
from PySide6.QtWidgets import QWidget

from isv_desktop.ui import steps
from isv_desktop.ui.idle_warm_up import warm_up_when_idle


def test_the_window_loads_what_a_first_opening_needs_once_the_list_is_painted_and_it_is_idle(qtbot, open_window):
    window = open_window()
    session = window.session
    qtbot.waitUntil(lambda: "knowledge" in vars(session), timeout=10_000)  # the knowledge base (steps 2 and 3)
    assert "progress" in vars(session)  # before it: the step marks' reader
    qtbot.waitUntil(lambda: "monitoring_page" in vars(steps), timeout=10_000)  # the last piece: step 5's modules
    assert "criteria" not in vars(session)  # not the criteria library: step 3 loads it when shown
    assert window.dossier_view is None  # nothing is built that the buyer did not ask for


def test_the_pieces_run_in_order_after_the_delay_and_not_for_a_closed_window(qtbot):
    shown, closed = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(closed)
    shown.show()
    closed.show()
    ran: list[str] = []
    warm_up_when_idle(shown, [lambda: ran.append("a"), lambda: ran.append("b")], delay_ms=50)
    warm_up_when_idle(closed, [lambda: ran.append("never")], delay_ms=50)
    closed.close()
    assert ran == []  # not at once: after the delay
    qtbot.waitUntil(lambda: ran == ["a", "b"], timeout=2000)  # in order
    qtbot.wait(100)
    assert ran == ["a", "b"]
