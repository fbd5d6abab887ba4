"""Reading a dossier for export with damaged values named, not passed on and not a traceback.

The window and the dossier list read damaged text (bytes another program wrote that are not UTF-8) as
U+FFFD and carry on (see ``storage.text_values``). An export is different: a PDF to archive or a workbook
to share must not silently hold "�" where the buyer wrote something. So the export reads each step inside
:func:`reading_step`, which reads text strictly and turns a damaged value — text that is not UTF-8, or a
JSON column that is no longer JSON — into ``UserError("export.damaged_value")`` naming the dossier (its
title as the list shows it), the step and the field. The buyer can then correct that field in the window
or restore a backup; nothing was written.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..domain.damaged_parts import DamagedPartError
from ..domain.messages import UserError
from ..domain.steps import StepId
from ..storage.text_values import DamagedTextError, strict_text

if TYPE_CHECKING:
    from .session import Session


@contextmanager
def reading_step(session: "Session", dossier_id: int, step: StepId) -> Iterator[None]:
    """Read step ``step`` of the dossier; a damaged value raises ``export.damaged_value``."""
    try:
        with strict_text(session.database.connection):
            yield
    except DamagedTextError as error:
        raise _damaged(session, dossier_id, step, error.column) from error
    except DamagedPartError as error:  # a JSON column that storage could not decode (storage.stored_json)
        raise _damaged(session, dossier_id, error.step, error.column) from error


def _damaged(session: "Session", dossier_id: int, step: StepId, column: str) -> UserError:
    title = session.dossiers.get(dossier_id).title  # read as the list shows it (damage replaced)
    return UserError("export.damaged_value", title=title, dossier_id=dossier_id, step=step.number, column=column)


__all__ = ["reading_step"]
