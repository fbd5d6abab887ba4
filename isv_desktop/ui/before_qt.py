"""The Qt-free modules the first window needs, imported before PySide6 (issue 15).

Once imported, PySide6 reads the source text of every module imported after
it: its ``__feature__`` switch looks for the word "PySide6" in each
(``inspect.getsource``; 0.05-4 ms a module, ``dataclasses`` the most). The
domain, storage and services modules behind the dossier list and the due
panel use no Qt, so the window's start (``cli.main``) imports them here first
and PySide6 never reads them. This module must not import PySide6 itself;
tests/test_lean_start.py checks both.
"""
from __future__ import annotations

from .. import paths  # noqa: F401 (pathlib)
from ..domain import day_format, vocabulary  # noqa: F401
from ..services import due, preferences, session  # noqa: F401 (dataclasses, decimal, sqlite3, the storage)
