"""Command-line arguments that are not valid UTF-8: text refused with a message, file names kept exact.

On POSIX, Python turns argument bytes that are not UTF-8 into lone surrogates (``surrogateescape``).
Storage would keep such text with U+FFFD in place of each byte (see ``storage.text_values``), but on the
command line a person is there to retype: a text argument (``signal add --text``, ``--supplier``, …) that
holds one is refused with ``text.not_utf8`` and exit 2, before anything is stored, so a word like "Café"
typed in a Latin-1 terminal is never quietly stored as "Caf�".

File names are different: bytes that are not UTF-8 are a valid name on POSIX, and the ``Path`` keeps them
exactly (``--db``, ``--pdf``, ``--xlsx``, ``--out`` are ``Path`` values and are not checked). Printing such
a path back writes its original bytes (standard output uses ``surrogateescape``), instead of failing.
"""
from __future__ import annotations

import argparse
import re
import sys

from ..domain.messages import UserError

_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_text_not_utf8(args: argparse.Namespace) -> None:
    """Raise ``text.not_utf8`` naming the first text argument that holds a lone surrogate."""
    for name, value in vars(args).items():
        values = value if isinstance(value, (list, tuple)) else (value,)
        if any(isinstance(v, str) and _SURROGATE.search(v) for v in values):
            raise UserError("text.not_utf8", option="--" + name.replace("_", "-"))


def print_file_names_exactly() -> None:
    """Let standard output write file names that are not UTF-8 as their original bytes."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and (sys.stdout.encoding or "").lower().replace("-", "") == "utf8":
        reconfigure(errors="surrogateescape")


__all__ = ["print_file_names_exactly", "refuse_text_not_utf8"]
