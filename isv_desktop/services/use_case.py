"""One use case, one transaction, and what it changed.

A service method that stores something is marked ``@use_case``: all it writes
is committed together or not at all. When one use case calls another (award a
supplier → plan the progress reports), the inner one becomes a savepoint of
the outer transaction, so a failure half-way leaves nothing of either behind.

Each use case records the kinds of data its service changes (the class's
``changes``, see ``services.changes``); when the outermost one has committed,
the dossier file's change log tells its listeners (the window) one
``OpChanges``, so every view showing that data reads it again.

The service keeps the dossier file it writes to as ``self._database``.
"""
from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

from .changes import change_log, changes_of

Method = TypeVar("Method", bound=Callable)


def use_case(method: Method) -> Method:
    """Run ``method`` in one transaction of ``self._database`` (a savepoint when one is open)."""

    @wraps(method)
    def in_one_transaction(self, *args, **kwargs):
        database = self._database
        log = change_log(database)
        outermost = not database.connection.in_transaction
        try:
            with database.transaction():
                result = method(self, *args, **kwargs)
                log.record(changes_of(self))
        except BaseException:
            if outermost:
                log.discard()
            raise
        if outermost:
            log.committed()
        return result

    in_one_transaction.is_use_case = True  # type: ignore[attr-defined]  # the tests find every use case by it
    return in_one_transaction  # type: ignore[return-value]


def is_use_case(function: object) -> bool:
    return bool(getattr(function, "is_use_case", False))


__all__ = ["use_case", "is_use_case"]
