"""The mouse wheel scrolls the form; it never changes a drop-down, spin box or date field the buyer is not in.

Qt lets the wheel change a closed QComboBox or a QSpinBox/QDateEdit under the
pointer, so scrolling a long step page once changed a tender's procedure from
"open" to "single-source" unseen. One event filter on the application (every
page and dialog, also those made later) gives those fields ``Qt.StrongFocus``
when they are polished (a wheel no longer gives them focus) and passes a wheel
over an unfocused one on to its parent: the scroll area scrolls, the value
stays. Once the buyer has clicked or tabbed into the field, the wheel works.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit
FILTER_NAME = "wheelGuard"


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Every event of the application passes here (some 3,500 when step 5 opens): the cheap question first.
        # Asking an event its type makes a Python enum value each time, about a quarter of this filter's cost.
        if not isinstance(watched, GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # not accepted: Qt offers it to the parent (the scroll area) instead
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (guarding the fields already made); later calls return the one installed."""
    guard = app.findChild(WheelGuard, FILTER_NAME)
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName(FILTER_NAME)
        app.installEventFilter(guard)
        for widget in app.allWidgets():  # polished before the guard was there (the main window installs it late)
            if isinstance(widget, GUARDED):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard


__all__ = ["install_wheel_guard", "WheelGuard"]
