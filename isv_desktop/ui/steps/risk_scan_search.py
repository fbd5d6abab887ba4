"""Type part of a name, pick from the matches with the arrow keys, Enter takes it.

A line edit with a list of matches under it (no popup: the matches stay
where the buyer's eyes and the screen reader already are). Up and Down in
the line edit move through the matches; Enter or a double click picks one.
Enter with no current match picks the first; with no match at all,
``nothing_found`` is called with the typed text.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QListWidget, QListWidgetItem

Key = Any
MAX_MATCHES = 50


class SearchPicker(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        matches: QListWidget,
        search: Callable[[str], list[tuple[str, Key]]],
        picked: Callable[[Key], None],
        nothing_found: Callable[[str], None],
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._matches = matches
        self._search = search
        self._picked = picked
        self._nothing_found = nothing_found
        matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        matches.setWordWrap(True)
        matches.setResizeMode(QListView.ResizeMode.Adjust)
        matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit.textEdited.connect(self.update_matches)
        edit.returnPressed.connect(self.pick)
        edit.installEventFilter(self)
        matches.itemActivated.connect(lambda _item: self.pick())

    def update_matches(self, text: str | None = None) -> None:
        text = self._edit.text() if text is None else text
        self._matches.clear()
        if text.strip():
            for label, key in self._search(text)[:MAX_MATCHES]:
                item = QListWidgetItem(label)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self._matches.addItem(item)
        if self._matches.count():
            self._matches.setCurrentRow(0)
        self._matches.setVisible(self._matches.count() > 0)

    def current(self) -> Key | None:
        item = self._matches.currentItem() or self._matches.item(0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def pick(self) -> None:
        """Take the current match; tell when the text matches nothing."""
        text = self._edit.text()
        if not text.strip():
            return
        if not self._matches.count():
            self.update_matches(text)
        key = self.current()
        if key is None:
            self._nothing_found(text)
            return
        self._picked(key)

    def clear(self) -> None:
        self._edit.clear()
        self.update_matches("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and self._matches.count():
            step = {Qt.Key.Key_Down.value: 1, Qt.Key.Key_Up.value: -1}.get(event.key())  # key() is an int
            if step is not None:
                row = max(0, min(self._matches.count() - 1, self._matches.currentRow() + step))
                self._matches.setCurrentRow(row)
                self._matches.scrollToItem(self._matches.currentItem())
                return True
        return super().eventFilter(watched, event)
