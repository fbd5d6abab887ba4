"""Words that are wider than their table column: hyphenated at a syllable, on lines of their own.

reportlab wraps at spaces, but a word wider than the whole column it fills
up the current line with and cuts where the line ends, without a hyphen
("Leverancier nitrilha" / "ndschoenproducent"). So before a cell's text
becomes a paragraph, :func:`fit_long_words` starts each such word on a new
line and breaks it with a hyphen at the last syllable boundary that fits
(Dutch hyphenation patterns from pyphen; at a character only when no
syllable boundary fits). Words that fit are never touched: they wrap at
spaces as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyphen

from isv_desktop.export.pdf_fonts import text_width

HYPHEN = "-"
_SPACES = re.compile(r"( +)")


@lru_cache(maxsize=2)
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB" if language == "en" else "nl_NL")


def _pieces(word: str, width: float, size: float, bold: bool, language: str) -> list[str]:
    """The word in pieces that each fit ``width``, every piece but the last ending in a hyphen."""
    pieces: list[str] = []
    rest = word
    while text_width(rest, size, bold) > width:
        head = next((h for h, _ in _dictionary(language).iterate(rest)  # longest head first
                     if text_width(h + HYPHEN, size, bold) <= width), None)
        if head is None:  # no syllable boundary fits: the longest run of characters that does
            head = rest[:1]
            for end in range(2, len(rest)):
                if text_width(rest[:end] + HYPHEN, size, bold) > width:
                    break
                head = rest[:end]
        pieces.append(head + HYPHEN)
        rest = rest[len(head):]
    return [*pieces, rest]


def fit_long_words(text: str, width: float, size: float, bold: bool = False, language: str = "nl") -> str:
    """``text`` with every word wider than ``width`` points on its own lines, hyphenated to fit."""
    if all(text_width(word, size, bold) <= width for word in text.split()):
        return text
    lines = []
    for line in text.split("\n"):
        parts = _SPACES.split(line)  # words at even indexes, the spaces between at odd ones
        out: list[str] = []
        for index, part in enumerate(parts):
            if index % 2 or text_width(part, size, bold) <= width:
                out.append(part)
                continue
            if out and out[-1].strip() == "" and len(out) > 1:
                out[-1] = "\n"  # the long word starts a line of its own
            out.append("\n".join(_pieces(part, width, size, bold, language)))
        lines.append("".join(out))
    return "\n".join(lines)
