"""The first window without PySide6's ``Qt`` namespace: 17 ms less start (issue 15; benchmarks/startup.py).

PySide6 makes the Python enums of a class all at once, the first time one of
them is needed. For the ``Qt`` namespace that is 93 enum classes, some 17 ms,
a tenth of the start. Before the dossier list is painted, nothing may need
one. What does:

- ``from PySide6.QtCore import Qt``, and default arguments such as
  ``role=Qt.ItemDataRole.DisplayRole``;
- a Python method Qt calls with such an enum: a model's ``headerData`` (its
  ``orientation``) as soon as a visible header measures or paints a title,
  ``sort`` (its ``order``) when sorting is switched on;
- a call with overloads that take one, even when another one is meant:
  ``QSplitter(parent)``, ``QKeySequence("Ctrl+N")``, ``QAction.setShortcut``,
  ``QColor(colour)``.

The code the start runs (main window, dossier list, due panel) takes its
values from here, sets enum properties by name, and its tables take their
column titles from a model of Qt's own. After the paint the namespace is
built anyway (sorting, the wheel guard). tests/test_lean_start.py checks that a
start does not build it before the paint, and tests/ui/test_lean_qt.py that
the values here are Qt's.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QTableView

# Qt::ItemDataRole
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
FONT_ROLE = 6
ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 256
# Qt::AlignRight | Qt::AlignVCenter
RIGHT_ALIGNED = 0x0002 | 0x0080
# Qt::Orientation, Qt::SortOrder, Qt::TextFormat, Qt::ShortcutContext
HORIZONTAL, VERTICAL = 1, 2
DESCENDING = 1
PLAIN_TEXT = 0
WIDGET_WITH_CHILDREN_SHORTCUT = 3


def set_enum_property(target: QObject, name: str, value: int) -> None:
    """``target.set<Name>(value)`` through Qt's property system, which takes the enum's number."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {value}")


def shortcut_keys(keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """For ``QAction.setShortcuts``, what ``setShortcut(QKeySequence(keys))`` sets: ``setShortcut`` and
    ``QKeySequence(str)`` have overloads with Qt's keys. A standard key gives its first binding, as there."""
    if isinstance(keys, str):
        return [QKeySequence.fromString(keys, QKeySequence.SequenceFormat.NativeText)]
    return QKeySequence.keyBindings(keys)[:1]


def show_with_titles(view: QTableView, model: QAbstractItemModel, titles: Sequence[str]) -> QStandardItemModel:
    """Give ``view`` the ``model``, with the column ``titles`` in a model of Qt's own; no row header.

    The model keeps its ``headerData`` for what asks the model itself (screen readers, tests). Both headers
    are hidden while the view takes the model: a visible header measures its sections then, and asks the
    model for each title in four roles.
    """
    columns = view.horizontalHeader()
    columns.hide()
    view.verticalHeader().hide()
    view.setModel(model)
    header_model = QStandardItemModel(0, len(titles), view)
    header_model.setHorizontalHeaderLabels(list(titles))
    columns.setModel(header_model)
    columns.show()
    return header_model
