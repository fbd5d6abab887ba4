"""Colours from the palette: every role's text and every banner reach 4.5:1 in a light, a dark and a grey palette."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from isv_desktop.ui.palette_colours import (
    BANNERS,
    TEXT_COLOURS,
    banner,
    contrast_ratio,
    is_dark,
    relative_luminance,
    text_colour,
)


def palette_of(window: str, base: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


LIGHT = palette_of("#efefef", "#ffffff", "#000000")
DARK = palette_of("#2b2b2b", "#1e1e1e", "#eeeeee")
GREY = palette_of("#808080", "#7a7a7a", "#000000")  # a theme neither pair was chosen for


def test_contrast_follows_wcag():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert relative_luminance(QColor("#ffffff")) == pytest.approx(1)
    assert is_dark(DARK) and not is_dark(LIGHT)


def test_the_fixed_colours_of_old_fail_in_a_dark_palette():
    """Why this module exists: the light palette's red on a dark base is about 2:1."""
    assert contrast_ratio(QColor("#b00020"), DARK.color(QPalette.ColorRole.Base)) < 2.5


@pytest.mark.parametrize("palette", [LIGHT, DARK, GREY], ids=["light", "dark", "grey"])
@pytest.mark.parametrize("role", sorted(TEXT_COLOURS))
def test_every_role_is_readable_on_base_and_window(role, palette):
    colour = text_colour(role, palette)
    for background in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert contrast_ratio(colour, palette.color(background)) >= 4.5, (role, colour.name())


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("kind", sorted(BANNERS))
def test_banners_are_readable_and_follow_the_palette(kind, palette):
    colours = banner(kind, palette)
    assert contrast_ratio(colours.text, colours.background) >= 4.5
    assert is_dark(palette) == (relative_luminance(colours.background) < 0.2)
    assert colours.background.name() in colours.style("#banner")


def test_a_role_colour_is_worked_out_again_when_the_palette_changes(qapp):
    """text_colour keeps what it found per palette contents: a palette altered in place gives its own colour."""
    palette = QPalette(LIGHT)
    on_light = text_colour("error", palette)
    assert text_colour("error", palette) == on_light
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    assert text_colour("error", palette) == text_colour("error", DARK) != on_light
    text_colour("error", palette).setRed(1)  # a caller changing its copy changes nothing kept
    assert text_colour("error", palette) == text_colour("error", DARK)
