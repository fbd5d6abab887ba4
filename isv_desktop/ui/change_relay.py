"""The window's one receiver of what the use cases changed, and the views that read their data again.

``ChangeRelay`` listens to the dossier file's change log (``services.changes``) and re-emits each
:class:`OpChanges` as a Qt signal. A :class:`Freshness` keeps one view current: when a change concerns the data the
view shows, the view reads it again — soon when it is on screen, else when it is next shown — so no view shows what it
read once. A view that made the change itself and already shows it says so with :meth:`Freshness.mark_fresh`.
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..services.changes import Change, OpChanges, change_log


class ChangeRelay(QObject):
    changed = Signal(object)  # OpChanges, after the outermost use case committed

    def __init__(self, database: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = change_log(database).listen(self._committed)
        self.destroyed.connect(lambda *_args, stop=self._stop: stop())

    def _committed(self, changes: OpChanges) -> None:
        try:
            self.changed.emit(changes)
        except RuntimeError:  # the window is gone (its C++ object deleted) while the file stays open
            self.stop()

    def stop(self) -> None:
        """Listen no more (the window closes)."""
        self._stop()


class Freshness(QObject):
    """Reads ``widget``'s data again (``reload``) when a change of one of ``kinds`` concerns it."""

    def __init__(self, relay: ChangeRelay, widget: QWidget, kinds: Iterable[Change], reload: Callable[[], None],
                 when_shown: Callable[[], bool] | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._kinds = frozenset(kinds)
        self._reload = reload
        self._shown = when_shown or widget.isVisible
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the handler that stored: a view that stored marks itself fresh first
        self._timer.timeout.connect(self.reload_if_stale)
        relay.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, changes: OpChanges) -> None:
        if changes.touches(self._kinds):
            self.stale = True
            if self._shown():
                self._timer.start()

    def mark_fresh(self) -> None:
        """The view shows the change already (it made it)."""
        self.stale = False

    def reload_if_stale(self) -> None:
        if self.stale and self._shown():
            self.stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.reload_if_stale()  # before it is painted: the view never shows the old data on arrival
        return False


__all__ = ["ChangeRelay", "Freshness"]
