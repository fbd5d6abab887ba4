from datetime import date

import pytest

from isv_desktop.services.session import open_session
from isv_desktop.ui.main_window import MainWindow
from isv_desktop.ui.program_settings import program_preferences

A_DAY_IN_2025 = date(2025, 5, 1)


def activate_window(window):
    """Make ``window`` the active window (offscreen Qt does not do it after a dialog closes)."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "dossiers.sqlite"


@pytest.fixture
def open_window(qtbot, db_path):
    """Open the main window on the test database, as the app does; close them after the test."""
    opened = []

    def _open(today=A_DAY_IN_2025, language="nl"):
        session = open_session(db_path, today=lambda: today)
        window = MainWindow(session, program_preferences(), language)
        qtbot.addWidget(window)
        window.show()
        activate_window(window)
        qtbot.waitUntil(lambda: window.due_panel.read)  # read after the list's first paint
        opened.append((window, session))
        return window

    yield _open
    for window, session in opened:
        window.close()
        session.close()


@pytest.fixture
def reopen(open_window):
    """Close the window and its database, then open both again on the same file."""

    def _reopen(window, **kwargs):
        window.close()
        window.session.close()
        return open_window(**kwargs)

    return _reopen


class Keyboard:
    """Types text as a person would; QTest only knows ASCII, so other characters go as key events."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def type(self, widget, text):
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        widget.setFocus()
        for character in text:
            if character.isascii() and character.isprintable():
                self.qtbot.keyClicks(widget, character)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))

    def replace(self, widget, text, enter=True):
        """Select what is in the field, type ``text`` over it and (by default) press Enter."""
        from PySide6.QtCore import Qt

        widget.setFocus()
        widget.selectAll()
        self.type(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def keyboard(qtbot):
    return Keyboard(qtbot)


@pytest.fixture
def activate():
    return activate_window
