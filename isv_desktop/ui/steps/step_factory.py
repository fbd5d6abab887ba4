"""A step page not built yet: its step, and how to build it (issue 15).

Building the five step pages (and importing their modules) made the first dossier opened wait for all of them;
the dossier view builds each page when it is first shown or asked for, so it needs to know the step before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...domain.steps import StepId
from .step_page import StepPage


@dataclass(frozen=True)
class StepFactory:
    step_id: StepId
    build: Callable[[], StepPage]

    def __call__(self) -> StepPage:
        page = self.build()
        assert page.step_id is self.step_id, (page.step_id, self.step_id)
        return page
