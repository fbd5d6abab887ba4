"""What the first dossier opened needs, loaded while the buyer reads the dossier list (issue 15).

The start loads only what the list shows; the first dossier opened then paid for the rest: the dossier view's
modules (the progress rules and the domain records they read: dozens of dataclasses and enums), the service the
step marks read, the knowledge base (steps 2 and 3) and the modules of the step page shown. Once the list has been
painted and the program has been idle for a moment they are loaded, one small piece per turn of the event loop: a
click or a key pressed meanwhile waits for one piece at most, never for all of them. No page is built: building
stays with the first show (``ui/steps/step_factory.py``). A window closed by then loads nothing more.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

WARM_UP_DELAY_MS = 300  # after the first paint: the list, the due panel and the first input come first


def warm_up_when_idle(window: QWidget, pieces: Sequence[Callable[[], object]], delay_ms: int | None = None) -> None:
    """Run ``pieces`` one per event-loop turn, starting ``delay_ms`` (``WARM_UP_DELAY_MS``) from now, while
    ``window`` is shown."""
    remaining = list(pieces)

    def next_piece() -> None:
        if not remaining or not window.isVisible():
            return
        remaining.pop(0)()
        if remaining:
            QTimer.singleShot(0, window, next_piece)

    QTimer.singleShot(WARM_UP_DELAY_MS if delay_ms is None else delay_ms, window, next_piece)


def importing(module: str) -> Callable[[], object]:
    """A piece that imports ``module`` (relative to ``isv_desktop.ui``)."""
    return lambda: import_module(module, __package__)


__all__ = ["warm_up_when_idle", "importing", "WARM_UP_DELAY_MS"]
