"""A tab widget as tall as the tab it shows (used in forms/monitoring_page.ui and forms/suppliers_page.ui by
promotion), and the focus order of a tab built when first shown (steps 3, 4 and 5).

QTabWidget asks for the height of its tallest tab, so on a page inside a scroll
area every short tab would get a long empty table; this one asks for the
height of the tab shown and tells its parents when another tab is chosen.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget


class CurrentTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._fitted(super().sizeHint(), QWidget.sizeHint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._fitted(super().minimumSizeHint(), QWidget.minimumSizeHint)

    def _fitted(self, for_all: QSize, hint) -> QSize:
        """``for_all`` (sized for the tallest tab) with the height of the current tab instead."""
        current = self.currentWidget()
        if current is None:
            return for_all
        tallest = max(hint(self.widget(i)).height() for i in range(self.count()))
        return QSize(for_all.width(), max(for_all.height() - tallest, 0) + hint(current).height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        """QTabWidget answers for its tallest tab here too (the page has word-wrapped labels)."""
        for_all = super().heightForWidth(width)
        current = self.currentWidget()
        stack = self.findChild(QStackedWidget)
        if for_all < 0 or current is None or stack is None:
            return for_all
        inner = max(width - (self.width() - stack.width()), 0) if stack.width() else width
        padding = for_all - stack.heightForWidth(inner)
        wanted = current.heightForWidth(inner)
        if wanted < 0:
            wanted = current.sizeHint().height()
        return padding + max(wanted, current.minimumSizeHint().height())


def show_built_tab(tab: QWidget) -> None:
    """Make the widgets just built in ``tab`` (issue 15: when the tab is first shown) as they are in a form built
    whole: shown now, not after the next events (Qt shows what joins a visible widget later), and in focus order."""
    if tab.isVisible():
        for child in tab.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not (child.isHidden() and child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)):
                child.show()
    follow_tab_in_focus_chain(tab)


def follow_tab_in_focus_chain(tab: QWidget) -> None:
    """Put the widgets just built in ``tab`` right after it in the window's focus chain, in the order they have.

    A widget made later joins the chain at the end of its window (after whatever the window made since the tab
    widget); a tab built when first shown (issue 15) is then tabbed into where the whole form had it: after the tabs.
    Qt orders only widgets that take focus, so they follow the last one before the tab (the tab bar, or a tab before).
    """
    window = tab.window()
    inside: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if tab.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    previous = tab.previousInFocusChain()
    while previous is not None and previous is not window and previous.focusPolicy() == Qt.FocusPolicy.NoFocus:
        previous = previous.previousInFocusChain()
    for widget in inside:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
