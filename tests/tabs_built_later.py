"""For the tests of tabs built when first shown (steps 3, 4 and 5): which tabs are built, where the Tab key goes."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def built(page: QWidget, own_widget: dict[str, str]) -> list[str]:
    """The tabs whose widgets exist, each found once (never twice) by the objectName of a widget of its own form
    (``own_widget``: tab -> that widget's objectName)."""
    found = {tab: len(page.findChildren(QWidget, name)) for tab, name in own_widget.items()}
    assert set(found.values()) <= {0, 1}, found
    return [tab for tab, count in found.items() if count]


def next_in_tab_order(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget`` (past its own parts, such as a tab bar's scroll buttons): the next widget in
    the focus chain that is shown and takes focus by Tab."""
    candidate = widget.nextInFocusChain()
    while widget.isAncestorOf(candidate) or not (candidate.isVisible() and candidate.isEnabled()
                                                 and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
        candidate = candidate.nextInFocusChain()
    return candidate
