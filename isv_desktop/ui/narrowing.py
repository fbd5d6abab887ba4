"""Narrowing for the type checker where the UI knows more than the types say.

A record the storage handed out always has its id, and the running program always has a QApplication; these
helpers say so once instead of at every call, and fail loudly if it is ever not so.
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def stored_id(record_id: int | None) -> int:
    """The id of a record read from the dossier file (a record not yet stored has none)."""
    if record_id is None:
        raise RuntimeError("record has not been stored: it has no id")
    return record_id


def application() -> QApplication:
    """The running QApplication (QApplication.instance() is typed as the QCoreApplication it derives from)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app
