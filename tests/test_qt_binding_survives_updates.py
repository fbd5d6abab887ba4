"""The installed Qt binding survives the item updates the app makes all day.

PySide6 6.12.0 on Python 3.11 drops one reference to the value a call returns
(None for a method that returns nothing, True for a signal's emit) on every
call: setData, setForeground, setText, setItem, emit ... None and True are not
immortal before Python 3.12, so after ~5,000 such calls (~590 emits) the process
dies with "Fatal Python error: none_dealloc" (or bool_dealloc) — in ordinary
use, with nothing stored after it. pyproject.toml and constraints.txt keep that
binding off Python 3.11; this test fails if a binding that does it is installed.

The calls run in a subprocess of the installed interpreter, so an abort fails
this test instead of killing pytest.
"""
from __future__ import annotations

import os
import subprocess
import sys

UPDATES_PER_CALL = 20_000  # setItem + setData + setForeground: 60,000 table-item updates

SCRIPT = r"""
import sys
import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QLabel, QTableWidget, QTableWidgetItem,
                               QTreeWidget, QTreeWidgetItem)

n = int(sys.argv[1])
print(f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}", file=sys.stderr, flush=True)
app = QApplication([])
brush = QBrush(QColor("darkred"))
table = QTableWidget(50, 2)
table_item = QTableWidgetItem("x")
table.setItem(0, 1, table_item)
tree = QTreeWidget()
tree.setColumnCount(2)
tree_item = QTreeWidgetItem(tree)
standard_model = QStandardItemModel()
standard_item = QStandardItem("x")
standard_model.appendRow(standard_item)
label = QLabel()


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


model = Model()
cell = model.index(0, 0)


class Edits(QObject):
    saved = Signal(int)


edits = Edits()
edits.saved.connect(lambda value: None)
user_role = Qt.ItemDataRole.UserRole

calls = [
    ("QTableWidget.setItem", lambda i: table.setItem(i % 50, 0, QTableWidgetItem(str(i)))),
    ("QTableWidgetItem.setData", lambda i: table_item.setData(user_role, i)),
    ("QTableWidgetItem.setForeground", lambda i: table_item.setForeground(brush)),
    ("QTableWidgetItem.setText", lambda i: table_item.setText(str(i))),
    ("QTreeWidgetItem.setData", lambda i: tree_item.setData(0, user_role, i)),
    ("QTreeWidgetItem.setForeground", lambda i: tree_item.setForeground(0, brush)),
    ("QTreeWidgetItem.setText", lambda i: tree_item.setText(1, str(i))),
    ("QStandardItem.setData", lambda i: standard_item.setData(i, user_role)),
    ("QStandardItem.setForeground", lambda i: standard_item.setForeground(brush)),
    ("QStandardItem.setText", lambda i: standard_item.setText(str(i))),
    ("QLabel.setText", lambda i: label.setText(str(i))),
    ("QAbstractTableModel.dataChanged.emit", lambda i: model.dataChanged.emit(cell, cell)),
    ("Signal.emit", lambda i: edits.saved.emit(i)),
]
leaking = []
for name, call in calls:
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(n):
        call(i)
    lost = max(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
    print(f"{name}: {n} calls, references to None/True lost: {lost}", file=sys.stderr, flush=True)
    if lost > n // 2:
        leaking.append(name)
if leaking:
    sys.exit("these calls lose a reference on every call: " + ", ".join(leaking))
"""


def test_sixty_thousand_table_item_updates_do_not_abort_the_process():
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    finished = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(UPDATES_PER_CALL)],
        env=environment, capture_output=True, text=True, timeout=120,
    )
    assert finished.returncode == 0, (
        f"the Qt binding did not survive the updates (exit code {finished.returncode}):\n"
        f"{finished.stderr[-3000:]}"
    )
