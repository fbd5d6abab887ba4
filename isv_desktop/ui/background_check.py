"""The whole-file check of a large dossier file, in the background once the window shows.

At start a large file gets only the bounded check (storage.database: header,
schema, both ends of every table); reading every page of 100 MiB would hold up
the window for seconds. This thread reads them all on its own read-only
connection. On damage the buyer is told (and the file is marked, so the next
start checks it whole and offers a backup).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.messages import render
from ..storage.database import DamagedDatabaseError, check_in_background


class BackgroundCheck(QThread):
    """Runs ``check_in_background``; ``damaged`` carries SQLite's detail when the file is damaged."""

    damaged = Signal(str)

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._path = path

    def run(self) -> None:
        try:
            check_in_background(self._path)
        except DamagedDatabaseError as error:
            self.damaged.emit(str(error.values.get("detail", "")))
        except Exception:  # noqa: BLE001 - a file that cannot be read now is the start's business, not this check's
            return


def start_background_check(window: QWidget, path: Path, language: str) -> BackgroundCheck:
    """Start the check; a damaged file shows the message over ``window``."""
    check = BackgroundCheck(path, window)
    check.setObjectName("backgroundCheck")

    def tell(detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "ISV Desktop",
                          render("database.damaged_while_open", language, path=str(path), detail=detail), parent=window)
        box.setObjectName("damagedWhileOpenBox")
        box.open()

    check.damaged.connect(tell)
    check.start()
    return check
