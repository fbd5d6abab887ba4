"""Waiting until a widget has been painted: where a smoke start ends, and what the startup benchmark times.

A window that is shown is not yet on the screen: Qt lays it out and paints it
in the next turns of the event loop. The smoke start (``isv-desktop --smoke``)
processes events until the dossier list has painted its first page, says so on
stdout and only then exits, so "started" means the buyer would see the list.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAINTED_LINE = "first page painted"
# What a smoke start says when the platform could not make its window at all (no paint can follow): Wine on a
# virtual X display cannot create Qt 6's windows (.ci/windows-installer expects exactly this there).
NO_WINDOW_LINE = "the platform could not create the window"


class _PaintSeen(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


class _AfterPaint(QObject):
    """Starts ``work`` in the event loop's next turn once the widget it filters has been painted, then goes."""

    def __init__(self, parent: QObject, work: Callable[[], None]) -> None:
        super().__init__(parent)
        self._work = work

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self._work)  # after this paint; not at all if the widget went first
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget`` has been painted for the first time: what the first window does not need
    to show waits until the buyer sees the window (the start is timed up to that paint, benchmarks/startup.py)."""
    widget.installEventFilter(_AfterPaint(widget, work))


def process_until_painted(widget: QWidget, timeout_s: float = 30.0) -> bool:
    """Process events until ``widget`` has received a paint event (True) or ``timeout_s`` passed (False)."""
    seen = _PaintSeen(widget)
    widget.installEventFilter(seen)
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            QCoreApplication.processEvents()  # the paint is delivered (and done) within this call
            if seen.seen or time.monotonic() > deadline:
                return seen.seen
            time.sleep(0.001)
    finally:
        widget.removeEventFilter(seen)
        seen.deleteLater()
