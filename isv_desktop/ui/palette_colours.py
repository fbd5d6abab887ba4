"""Colours that follow the palette: marks, states, banners and heat-map cells readable in light and dark themes.

Every coloured text in the window takes its colour from here, for the palette
the widget shows (the application's palette when none is given). Each role has
a colour chosen for a light palette and one for a dark palette; should a
palette (a high-contrast or mid-grey theme) still leave less than 4.5:1
against the palette's base or window colour — the WCAG AA minimum for text —
the colour is moved towards the palette's own text colour until it reaches it.
Contrast is computed with WCAG 2's relative luminance.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5

ERROR, OK, WARNING, MUTED, ACCENT = "error", "ok", "warning", "muted", "accent"
# role: (colour in a light palette, colour in a dark palette)
TEXT_COLOURS = {
    ERROR: ("#b00020", "#ff8a80"),
    OK: ("#1b5e20", "#81c784"),
    WARNING: ("#7a4f00", "#ffcc66"),
    MUTED: ("#595959", "#b8b8b8"),
    ACCENT: ("#1a3f7a", "#9cc3ff"),
}

NOTICE, DAMAGE, NOTE = "notice", "damage", "note"


@dataclass(frozen=True)
class Banner:
    background: QColor
    border: QColor
    text: QColor

    def style(self, selector: str, padding: str | None = "6px") -> str:
        """A style sheet for ``selector`` (``QLabel``, ``#objectName``) and the labels inside it."""
        padding_rule = f" padding: {padding};" if padding else ""
        return (f"{selector} {{ background-color: {self.background.name()}; color: {self.text.name()};"
                f" border: 1px solid {self.border.name()}; border-radius: 3px;{padding_rule} }}"
                f" {selector} QLabel {{ color: {self.text.name()}; }}")


# kind: ((background, border, text) in a light palette, the same in a dark palette)
BANNERS = {
    NOTICE: (("#fff4ce", "#b08800", "#000000"), ("#3d3200", "#d9b300", "#ffffff")),
    DAMAGE: (("#fde7e9", "#a4262c", "#000000"), ("#4a1f22", "#f1707b", "#ffffff")),
    NOTE: (("#eef4fb", "#7a9cc6", "#000000"), ("#1c2b3d", "#7a9cc6", "#ffffff")),
}


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def current_palette(palette: QPalette | None = None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark palette: its base (where text is written) is darker than its text."""
    palette = current_palette(palette)
    return relative_luminance(palette.color(QPalette.ColorRole.Base)) < relative_luminance(
        palette.color(QPalette.ColorRole.Text))


def _mix(colour: QColor, towards: QColor, share: float) -> QColor:
    mixed = (a + (b - a) * share for a, b in zip(_rgb(colour), _rgb(towards), strict=True))
    return QColor.fromRgbF(*mixed)


def _rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def readable(colour: QColor, backgrounds: list[QColor], text: QColor) -> QColor:
    """``colour``, or the first mix of it with ``text`` that has 4.5:1 against every background."""
    for step in range(11):
        mixed = _mix(colour, text, step / 10)
        if all(contrast_ratio(mixed, b) >= MIN_CONTRAST for b in backgrounds):
            return mixed
    return QColor(text)


def text_colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of a ``role`` text (ERROR, OK, WARNING, MUTED, ACCENT) on ``palette``'s base and window.

    Worked out once per role and palette contents (QPalette.cacheKey changes whenever a palette is altered): lists
    ask for it per row, and measuring contrasts took ~30 µs a time."""
    palette = current_palette(palette)
    key = (role, palette.cacheKey())
    found = _TEXT_COLOURS_FOUND.get(key)
    if found is None:
        light, dark = TEXT_COLOURS[role]
        backgrounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)]
        found = readable(QColor(dark if is_dark(palette) else light), backgrounds,
                         palette.color(QPalette.ColorRole.Text))
        if len(_TEXT_COLOURS_FOUND) >= _TEXT_COLOURS_KEPT:
            _TEXT_COLOURS_FOUND.clear()
        _TEXT_COLOURS_FOUND[key] = found
    return found.toRgb()  # a copy (the caller may change it); QColor(found) would build the Qt namespace (lean_qt)


_TEXT_COLOURS_FOUND: dict[tuple[str, int], QColor] = {}
_TEXT_COLOURS_KEPT = 64


def text_style(role: str, palette: QPalette | None = None) -> str:
    """A label's style sheet for a ``role`` text."""
    return f"color: {text_colour(role, palette).name()};"


def banner(kind: str, palette: QPalette | None = None) -> Banner:
    """Background, border and text of a banner (NOTICE, DAMAGE, NOTE), for a light or a dark palette."""
    light, dark = BANNERS[kind]
    return Banner(*(QColor(name) for name in (dark if is_dark(palette) else light)))
