"""Unhandled errors: logged to a rotating file in the user's log folder, shown in a dialog.

Every edit is stored the moment it is made, so a crash loses nothing that
was entered; the dialog says so and names the log file.
"""
from __future__ import annotations

import logging
import sys
import traceback
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import paths
from ..domain.messages import UserError

LOG_FILE_NAME = "isv-desktop.log"
_logger = logging.getLogger("isv_desktop")


def log_file_path() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def configure_logging() -> Path:
    from logging.handlers import RotatingFileHandler  # loaded when there is something to log

    path = log_file_path()
    for old in [h for h in _logger.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == path:
            return path
        _logger.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    return path


def log_problem(text: str) -> None:
    """Write a problem the buyer need not be interrupted for to the log."""
    configure_logging()
    _logger.warning(text)


def report_unhandled(exc_type, exc_value, exc_traceback, language: str = "nl") -> None:
    """``sys.excepthook``: log the error and tell the buyer where the log is.

    A ``UserError`` that no page caught (a write refused because the file is read-only or the disk
    is full) is not a crash: the buyer sees its message, and nothing was changed.
    """
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    if issubclass(exc_type, UserError) and QApplication.instance() is not None:
        _show_user_error(exc_value, language)
        return
    path = configure_logging()
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    _logger.error("Onverwachte fout / unexpected error\n%s", text)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    from PySide6.QtWidgets import QMessageBox  # loaded when there is something to show

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Er ging iets mis"))
    box.setText(
        QCoreApplication.translate("CrashDialog",
            "Er is een onverwachte fout opgetreden. Alles wat u had ingevoerd is al opgeslagen.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("CrashDialog", "De details staan in het logbestand:\n{path}").format(path=path)
    )
    box.setDetailedText(text[-4000:])
    box.setObjectName("crashDialog")
    box.exec()


def _show_user_error(error: UserError, language: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded when there is something to show

    box = QMessageBox(QMessageBox.Icon.Warning, "ISV Desktop", error.message(language),
                      parent=QApplication.activeWindow())
    box.setObjectName("userErrorBox")
    box.exec()


def install(language: str = "nl") -> Path:
    """Route unhandled errors to the log and the dialog; the log file is opened at the first error."""
    sys.excepthook = partial(report_unhandled, language=language)
    return log_file_path()
