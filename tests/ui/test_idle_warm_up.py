"""While the buyer reads the dossier list, what any first dossier opened needs is loaded in small pieces (issue 15)."""
from PySide6.QtWidgets import QWidget

from isv_desktop.ui.idle_warm_up import warm_up_when_idle


def test_the_window_loads_the_step_marks_service_once_the_list_is_painted_and_it_is_idle(qtbot, open_window):
    window = open_window()
    qtbot.waitUntil(lambda: "progress" in vars(window.session), timeout=5000)  # the step marks' reader, built
    assert "knowledge" not in vars(window.session) and "criteria" not in vars(window.session)  # not the steps' own
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
