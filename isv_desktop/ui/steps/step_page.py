"""What the dossier view needs from a step page."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...domain.steps import StepId
from ...services.changes import EVERYTHING, Change


class StepPage(QWidget):
    """Base of the step pages: load a dossier, tell when stored data changed."""

    step_id: StepId
    help_topic: str
    shows: frozenset[Change] = EVERYTHING  # the kinds of data it shows: a change of one of them reloads it
    stored = Signal()  # an edit was stored; completeness may have changed

    def load(self, dossier_id: int) -> None:
        raise NotImplementedError
