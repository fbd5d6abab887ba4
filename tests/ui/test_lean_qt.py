"""The first window's Qt values without the Qt namespace (isv_desktop/ui/lean_qt.py, issue 15)."""
import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QTableView

from isv_desktop.ui import lean_qt


def test_the_plain_numbers_are_qts():
    assert lean_qt.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert lean_qt.TOOL_TIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert lean_qt.FONT_ROLE == Qt.ItemDataRole.FontRole.value
    assert lean_qt.ALIGNMENT_ROLE == Qt.ItemDataRole.TextAlignmentRole.value
    assert lean_qt.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    assert lean_qt.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert lean_qt.RIGHT_ALIGNED == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    assert (lean_qt.HORIZONTAL, lean_qt.VERTICAL) == (Qt.Orientation.Horizontal.value, Qt.Orientation.Vertical.value)
    assert lean_qt.DESCENDING == Qt.SortOrder.DescendingOrder.value
    assert lean_qt.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert lean_qt.WIDGET_WITH_CHILDREN_SHORTCUT == Qt.ShortcutContext.WidgetWithChildrenShortcut.value


def test_enum_properties_are_set_by_number_and_a_wrong_name_is_refused(qtbot):
    splitter, label, action = QSplitter(), QLabel(), QAction()
    qtbot.addWidget(splitter)
    qtbot.addWidget(label)
    lean_qt.set_enum_property(splitter, "orientation", lean_qt.VERTICAL)
    lean_qt.set_enum_property(label, "textFormat", lean_qt.PLAIN_TEXT)
    lean_qt.set_enum_property(action, "shortcutContext", lean_qt.WIDGET_WITH_CHILDREN_SHORTCUT)
    assert splitter.orientation() is Qt.Orientation.Vertical
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    with pytest.raises(ValueError, match="orientaton"):
        lean_qt.set_enum_property(splitter, "orientaton", lean_qt.VERTICAL)


@pytest.mark.parametrize("keys", ["Ctrl+Shift+E", "F2", "Alt+Home", "Ctrl+,", QKeySequence.StandardKey.New,
                                  QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Undo])
def test_shortcut_keys_are_what_a_key_sequence_makes(keys):
    assert lean_qt.shortcut_keys(keys) == [QKeySequence(keys)]


class _Model(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.asked_for_titles = 0

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 3

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=0):  # noqa: N802
        self.asked_for_titles += 1
        return None

    def data(self, index, role=0):
        return f"{index.row()}-{index.column()}" if role == 0 else None


def test_a_table_shown_with_titles_never_asks_its_model_for_a_title(qtbot):
    view, model = QTableView(), _Model()
    qtbot.addWidget(view)
    header_model = lean_qt.show_with_titles(view, model, ["Titel", "Waarde"])
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()
    view.horizontalHeader().repaint()
    assert view.model() is model and view.horizontalHeader().model() is header_model
    assert [header_model.headerData(column, Qt.Orientation.Horizontal) for column in range(2)] == ["Titel", "Waarde"]
    assert view.horizontalHeader().isVisible() and not view.verticalHeader().isVisible()
    assert view.horizontalHeader().count() == 2
    assert model.asked_for_titles == 0


def test_without_it_a_shown_header_asks_the_model(qtbot):
    """The guard above can fail: a plain view asks the model's ``headerData`` while it takes the model."""
    view, model = QTableView(), _Model()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.asked_for_titles > 0
