"""Where the Tab key goes, for the tests of tabs built when first shown (steps 3, 4 and 5)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def next_in_tab_order(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget`` (past its own parts, such as a tab bar's scroll buttons): the next widget in
    the focus chain that is shown and takes focus by Tab."""
    candidate = widget.nextInFocusChain()
    while widget.isAncestorOf(candidate) or not (candidate.isVisible() and candidate.isEnabled()
                                                 and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
        candidate = candidate.nextInFocusChain()
    return candidate
