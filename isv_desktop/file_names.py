"""File names proposed from what a buyer typed (a dossier's reference or title, a supplier's name).

Windows refuses some names outright: device names (CON, PRN, AUX, NUL, COM1-9,
LPT1-9, also with an extension: ``CON.pdf``), the characters ``<>:"/\\|?*`` and
control characters, and a name ending in a dot or a space. pathvalidate knows
those rules (and those of macOS and Linux); ``platform="universal"`` keeps a name
that is valid on all three, so a file saved on Linux can be copied to a
colleague's Windows laptop.
"""
from __future__ import annotations

import re

from pathvalidate import sanitize_filename

MAX_STEM = 80
_MARK = "\ufffd"  # U+FFFD, allowed in file names everywhere


def safe_file_stem(text: str, max_length: int = MAX_STEM) -> str:
    """``text`` made fit for a file name on every system, "" when nothing usable is left.

    Refused characters become "-"; a reserved name gets "_" appended (``CON`` ->
    ``CON_``), so ``f"{stem}.pdf"`` is a valid name as well.
    """
    # A run of refused characters becomes one "-" (``</b>`` -> ``-b``): marked first, then joined.
    marked = sanitize_filename(text.replace(_MARK, "-"), replacement_text=_MARK, platform="universal")
    stem = re.sub(f"{_MARK}+", "-", marked)
    stem = stem.strip(" .-")[:max_length].rstrip(" .-")
    # Stripping or cutting can leave a reserved name ("  CON." -> "CON"): sanitize once more.
    return sanitize_filename(stem, replacement_text="-", platform="universal")
