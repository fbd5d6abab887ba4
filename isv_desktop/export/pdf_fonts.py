"""Fonts for every PDF the app writes, and safe paragraph markup for user text.

DejaVu Sans (regular, bold, oblique, bold oblique) covers Dutch, Turkish,
Polish, Czech, Vietnamese and most other Latin, Greek and Cyrillic text;
Droid Sans Fallback covers Chinese, Japanese and Korean. Both ship in
``resources/fonts`` with their licences, and are embedded as subsets.

reportlab has no automatic glyph fallback, so :func:`paragraph_markup`
escapes a user's text first and then wraps the runs of characters DejaVu
lacks in ``<font name="…">`` tags. Every piece of text that goes into a
reportlab ``Paragraph`` must go through it.
"""
from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "ISVSans"
BOLD = "ISVSans-Bold"
ITALIC = "ISVSans-Oblique"
BOLD_ITALIC = "ISVSans-BoldOblique"
FALLBACK = "ISVSansCJK"

FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}

REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class FontSet:
    """The registered font names and which characters each face can draw."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    fallback: str
    main_coverage: frozenset[int]
    fallback_coverage: frozenset[int]


_lock = threading.Lock()
_registered: FontSet | None = None


def default_fonts_dir() -> Path:
    from isv_desktop.paths import resources_dir

    return resources_dir() / "fonts"


def register_fonts(fonts_dir: Path | None = None) -> FontSet:
    """Register the fonts with reportlab (once per process) and return them."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        folder = Path(fonts_dir) if fonts_dir is not None else default_fonts_dir()
        faces = {}
        for name, file_name in FONT_FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            faces[name] = TTFont(name, str(path))
            pdfmetrics.registerFont(faces[name])
        for family, bold, italic, bold_italic in (
            (REGULAR, BOLD, ITALIC, BOLD_ITALIC),
            (FALLBACK, FALLBACK, FALLBACK, FALLBACK),
        ):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = FontSet(
            REGULAR, BOLD, ITALIC, BOLD_ITALIC, FALLBACK,
            frozenset(faces[REGULAR].face.charToGlyph),
            frozenset(faces[FALLBACK].face.charToGlyph),
        )
        return _registered


def clean_text(text: str) -> str:
    """Normalise line ends, turn tabs into spaces and unprintable characters into U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isprintable() or all(ch.isprintable() or ch == "\n" for ch in text):
        return text
    return "".join(
        ch if ch == "\n" or ch == " " or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") else REPLACEMENT
        for ch in text
    )


def _runs(text: str, fonts: FontSet) -> list[tuple[bool, str]]:
    """Split text into (needs_fallback, run) pieces."""
    runs: list[tuple[bool, str]] = []
    main, fallback = fonts.main_coverage, fonts.fallback_coverage
    start, current = 0, False
    for index, ch in enumerate(text):
        code = ord(ch)
        needs = code not in main and code in fallback
        if needs != current and index > start:
            runs.append((current, text[start:index]))
            start = index
        current = needs
    if start < len(text):
        runs.append((current, text[start:]))
    return runs


def paragraph_markup(text: str, *, line_breaks: bool = True, fonts: FontSet | None = None) -> str:
    """Plain text → reportlab paragraph markup that shows exactly that text.

    The text is escaped first (``&``, ``<`` and ``>``; quotes need no escape
    outside attributes, and an entity costs reportlab a text fragment), then
    runs of characters the main font lacks are wrapped in the fallback font. With
    ``line_breaks`` a newline becomes ``<br/>``; otherwise it is a space.
    """
    fonts = fonts or register_fonts()
    text = clean_text(text)
    if not line_breaks:
        text = text.replace("\n", " ")
    if text.isascii():
        pieces = [escape(text)]
    else:
        pieces = [
            f'<font name="{fonts.fallback}">{escape(run)}</font>' if needs else escape(run)
            for needs, run in _runs(text, fonts)
        ]
    markup = "".join(pieces)
    return markup.replace("\n", "<br/>") if line_breaks else markup


def font_runs(text: str, bold: bool = False, fonts: FontSet | None = None) -> list[tuple[str, str]]:
    """Plain text as (font name, run) pieces for drawing straight on a canvas."""
    fonts = fonts or register_fonts()
    main = fonts.bold if bold else fonts.regular
    line = clean_text(text).replace("\n", " ")
    return [(fonts.fallback if needs else main, run) for needs, run in _runs(line, fonts)]


def text_width(text: str, size: float, bold: bool = False, fonts: FontSet | None = None) -> float:
    """The width in points of plain text drawn in the main font with fallback."""
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text, bold, fonts))


def shorten_to_width(text: str, width: float, size: float, bold: bool = False) -> str:
    """The text, cut with an ellipsis where needed so that it fits on one line."""
    text = clean_text(text).replace("\n", " ")
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
