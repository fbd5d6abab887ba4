"""Narrowing for the type checker where the UI knows more than the types say.

A record the storage handed out always has its id, and the running program always has a QApplication; these
helpers say so once instead of at every call, and fail loudly if it is ever not so.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem


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


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items (``topLevelItem(i)`` is typed optional, for an index out of range)."""
    items = (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children (``child(i)`` is typed optional, for an index out of range)."""
    children = (item.child(index) for index in range(item.childCount()))
    return [child for child in children if child is not None]


def when_checked(action: Callable[[], object]) -> Callable[[bool], None]:
    """A slot for ``toggled(bool)`` that runs ``action`` only when the button becomes checked."""
    def toggled(checked: bool) -> None:
        if checked:
            action()
    return toggled
