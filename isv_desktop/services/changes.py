"""What a use case changed, told to whoever shows that data (anki's ``OpChanges`` is the example).

Each service names the kinds of data its use cases store (``changes`` on the class); ``@use_case`` records them, and
when the outermost use case has committed, the dossier file's :class:`ChangeLog` tells its listeners one
:class:`OpChanges`. A use case that fails tells nothing: nothing was stored. The window has one listener that asks
every view showing that data to read it again, so no page shows what it read once.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable, Iterable
from weakref import WeakKeyDictionary


class Change(Enum):
    """A kind of data a use case may change."""

    DOSSIER = "dossier"  # step 1: the dossier's own fields, its title, status, step; dossiers added or removed
    THRESHOLDS = "thresholds"  # the EU thresholds entered by the buyer
    SCAN = "scan"  # step 2: the risk scan, judgements, own risks, consultations, input origins
    CRITERIA = "criteria"  # step 3: chosen criteria and their settings
    SUPPLIERS = "suppliers"  # step 4: bidders, award, credentials, questionnaires, plans of action
    MONITORING = "monitoring"  # step 5: progress reports, meetings, audits, actions, escalations, products
    SIGNALS = "signals"  # signals and the follow-ups they opened in dossiers
    DUE = "due"  # the due list
    REPORT = "report"  # the organisation, its targets and the yearly report's choices


EVERYTHING = frozenset(Change)


@dataclass(frozen=True, slots=True)
class OpChanges:
    """The kinds of data one use case (with the use cases it called) changed."""

    kinds: frozenset[Change]

    def touches(self, kinds: Iterable[Change]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __contains__(self, kind: Change) -> bool:
        return kind in self.kinds


Listener = Callable[[OpChanges], None]


class ChangeLog:
    """The changes of the use case running on one dossier file, told to the listeners once it has committed."""

    def __init__(self) -> None:
        self._pending: set[Change] = set()
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Tell ``listener`` every committed change from now on; returns what stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def record(self, kinds: Iterable[Change]) -> None:
        self._pending.update(kinds)

    def discard(self) -> None:
        self._pending.clear()

    def committed(self) -> OpChanges | None:
        """The outermost use case committed: tell the listeners what it changed."""
        if not self._pending:
            return None
        changes = OpChanges(frozenset(self._pending))
        self._pending.clear()
        for listener in list(self._listeners):
            listener(changes)
        return changes


_logs: WeakKeyDictionary[object, ChangeLog] = WeakKeyDictionary()


def change_log(database: object) -> ChangeLog:
    """The change log of one open dossier file (``storage.Database``); it lives as long as the file is open."""
    log = _logs.get(database)
    if log is None:
        log = _logs[database] = ChangeLog()
    return log


def changes_of(service: object) -> frozenset[Change]:
    """What the use cases of ``service`` change: its class's ``changes``, or anything when it does not say."""
    return getattr(type(service), "changes", EVERYTHING)


__all__ = ["Change", "ChangeLog", "EVERYTHING", "OpChanges", "change_log", "changes_of"]
