"""A dossier made as a copy of another: the refusal without consent, and the mark with its report exclusion.

Importing a dossier the file already holds, and duplicating one, make a copy of the same tender; the
copy is marked (``copy_of``) and left out of the yearly report with a reason, so the tender counts once.
"""
from __future__ import annotations

from ..domain.dossier import Dossier
from ..domain.messages import UserError, render
from ..storage.dossier_copies import DossierCopies
from ..storage.row_ids import stored_id


def already_in_file(existing: Dossier) -> UserError:
    """The refusal of a dossier the file already holds, naming the one there."""
    if existing.reference.strip():
        return UserError("import.exists_reference", title=existing.title, reference=existing.reference.strip(),
                         number=existing.id)
    return UserError("import.exists_title", title=existing.title, number=existing.id)


def mark_as_copy(copies: DossierCopies, copy_id: int, original: Dossier, language: str = "nl") -> None:
    """Mark ``copy_id`` as a copy of ``original`` (of its own original, when it is a copy itself) and leave it
    out of the yearly report with a reason naming the original."""
    original_id = stored_id(original.id)
    root = copies.original(original_id) or original_id
    copies.mark(copy_id, root, render("report.copy_left_out", language, number=original.id, title=original.title))


__all__ = ["already_in_file", "mark_as_copy"]
