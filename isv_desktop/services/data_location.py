"""Where the dossier file lives, and a backup copy to a folder the buyer chooses (a USB stick, a network share).

Both copy with SQLite's online backup (storage's ``copy_to_folder``): a
consistent copy, written to a temporary file and renamed into place only when
whole, never over an existing file. Moving the dossier file is a copy that
the program opens from then on; the old file stays where it was, untouched.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..storage.database import copy_to_folder


def back_up_to_folder(database: Path, folder: Path, today: date) -> Path:
    """A dated copy of ``database`` in ``folder`` (``dossiers-reservekopie-2026-12-05.sqlite``; a number is
    added when that name is taken); a failure is a ``UserError`` naming the file, and leaves no partial copy."""
    return copy_to_folder(database, folder, f"{database.stem}-reservekopie-{today.isoformat()}{database.suffix}")


def file_in_folder(database: Path, folder: Path) -> Path:
    """The dossier file the program would use in ``folder``: one of the same name."""
    return folder / database.name


def copy_to_new_location(database: Path, folder: Path) -> Path:
    """Copy ``database`` into ``folder`` to be used from there (the caller asked first; a file of that name is
    never overwritten: the copy then gets a number)."""
    return copy_to_folder(database, folder)


__all__ = ["back_up_to_folder", "copy_to_new_location", "file_in_folder"]
