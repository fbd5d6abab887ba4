"""The main window comes back as the buyer left it; the first time, and every dialog, fits the screen.

Saved on closing in the program's settings (QSettings): the window's geometry
(``saveGeometry``, which also knows maximised and the screen), the split
between the dossier list and the due list, and the dossier list's columns
(order, widths, sorting). Without saved geometry the window takes 85% of the
screen's available area (a 1366×768 laptop and a 4K monitor alike), centred.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..domain.messages import UserError
from ..services.preferences import PreferenceStore

FIRST_SHARE = 0.85  # of the available area, for a window opened the first time
DIALOG_SHARE = 0.95  # a dialog's wished size, never more than this of the available area
GEOMETRY = "window/geometry"
HOME_SPLITTER = "window/home_splitter"
LIST_COLUMNS = "window/dossier_list_columns"


def available_area(widget: QWidget) -> QRect:
    """The screen area not taken by task bars, of the screen ``widget`` is (or will be) on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to the wished size, but never larger than the screen (its buttons stay reachable)."""
    area = available_area(widget)
    widget.resize(min(width, int(area.width() * DIALOG_SHARE)), min(height, int(area.height() * DIALOG_SHARE)))


def _first_geometry(window: QWidget) -> None:
    area = available_area(window)
    window.resize(int(area.width() * FIRST_SHARE), int(area.height() * FIRST_SHARE))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def restore_main_window(window, store: PreferenceStore) -> None:
    """Geometry, split and columns as saved; without saved geometry, the first-time size."""
    geometry = store.value(GEOMETRY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        _first_geometry(window)
    else:  # saved on a larger screen than this one: Qt keeps it on screen; keep it no larger either
        area = available_area(window)
        if window.width() > area.width() or window.height() > area.height():
            window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
    for key, target in ((HOME_SPLITTER, window.home), (LIST_COLUMNS, window.list_page.table.horizontalHeader())):
        state = store.value(key)
        if isinstance(state, QByteArray):
            target.restoreState(state)


def save_main_window(window, store: PreferenceStore) -> bool:
    """Store geometry, split and columns; False (and nothing said) when the settings cannot be written."""
    try:
        store.set_values({
            GEOMETRY: window.saveGeometry(),
            HOME_SPLITTER: window.home.saveState(),
            LIST_COLUMNS: window.list_page.table.horizontalHeader().saveState(),
        })
    except UserError:
        return False  # closing the window must not fail on a settings file that cannot be written
    return True
