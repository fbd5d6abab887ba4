"""What the first dossier opened needs at any step, loaded while the buyer reads the dossier list (issue 15).

The start loads only what the list shows; the first dossier opened then paid for the rest: the dossier view's
modules (the progress rules and the domain records they read: dozens of dataclasses and enums) and the service the
step marks read. Those do not depend on the dossier or its step, so once the list has been painted and the program
has been idle for a moment they are loaded, one small piece per turn of the event loop: a click or a key pressed
meanwhile waits for one piece at most, never for all of them. A window closed by then loads nothing more.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

WARM_UP_DELAY_MS = 300  # after the first paint: the list, the due panel and the first input come first


def warm_up_when_idle(window: QWidget, pieces: Sequence[Callable[[], object]],
                      delay_ms: int = WARM_UP_DELAY_MS) -> None:
    """Run ``pieces`` one per event-loop turn, starting ``delay_ms`` from now, while ``window`` is shown."""
    remaining = list(pieces)

    def next_piece() -> None:
        if not remaining or not window.isVisible():
            return
        remaining.pop(0)()
        if remaining:
            QTimer.singleShot(0, window, next_piece)

    QTimer.singleShot(delay_ms, window, next_piece)


__all__ = ["warm_up_when_idle", "WARM_UP_DELAY_MS"]
