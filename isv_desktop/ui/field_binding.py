"""Stores a text field as it is typed: after a short pause, on Enter and on leaving the field.

Invalid text shows the message next to the field and stores nothing; the
typed text stays in the field so the buyer can correct it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ..domain.messages import UserError
from .palette_colours import ERROR, text_style

PAUSE_MS = 600


class TextFieldBinding(QObject):
    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        store: Callable[[str], None],
        error_label: QLabel | None,
        language: str,
        validate_while_typing: bool = False,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._store = store
        self._error_label = error_label
        self._language = language
        self._show_errors_while_typing = validate_while_typing
        self._loading = False
        self._last_stored: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(lambda: self.commit(show_errors=self._show_errors_while_typing))
        widget.textChanged.connect(self._typed)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self.commit)
        if error_label is not None:
            error_label.setStyleSheet(text_style(ERROR))
            error_label.hide()

    def set_text(self, text: str) -> None:
        self._loading = True
        try:
            if isinstance(self._widget, QLineEdit):
                self._widget.setText(text)
            else:
                self._widget.setPlainText(text)
            self._last_stored = text
            self._show_error(None)
        finally:
            self._loading = False

    def text(self) -> str:
        if isinstance(self._widget, QLineEdit):
            return self._widget.text()
        return self._widget.toPlainText()

    def _typed(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self, show_errors: bool = True) -> bool:
        """Store the field now if it changed; returns whether what is shown is stored."""
        self._timer.stop()
        text = self.text()
        if text == self._last_stored:
            self._show_error(None)
            return True
        try:
            self._store(text)
        except UserError as error:
            if show_errors:
                self._show_error(error.message(self._language))
            return False
        self._last_stored = text
        self._show_error(None)
        return True

    def flush(self) -> None:
        """Store what is pending (before the page is left or the window closed)."""
        if self._timer.isActive():
            self.commit()

    def _show_error(self, message: str | None) -> None:
        if self._error_label is None:
            return
        self._error_label.setText(message or "")
        self._error_label.setVisible(bool(message))
        self._widget.setProperty("invalid", bool(message))
        self._widget.setAccessibleDescription(message or "")
