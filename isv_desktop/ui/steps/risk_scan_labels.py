"""Labels of step 2's domain values in the interface language (Qt translation, context "RiskScanLabels").

Levels carry a symbol as well as a word and a colour, so the table reads
without colour too (and in black and white print).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ...domain.risk.levels import Priority, RiskLevel
from ...domain.risk_scan_record import ProductionStage, StakeholderKind
from ...domain.themes import Theme
from ..labels import value_label
from ..palette_colours import is_dark

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

LEVEL_SYMBOLS = {
    RiskLevel.HIGH: "▲",
    RiskLevel.MEDIUM: "◆",
    RiskLevel.LOW: "▽",
    RiskLevel.UNKNOWN: "?",
}
DEPENDS_ON_ORIGIN_MARK = "*"

# Cell backgrounds per level: (light palette, dark palette). Light cells carry black text, dark cells
# white text (at least 7:1 either way); the levels stay distinct in grey print.
LEVEL_COLOURS = {
    RiskLevel.HIGH: ("#f4b6b0", "#7a2a24"),
    RiskLevel.MEDIUM: ("#fde3a7", "#5c4710"),
    RiskLevel.LOW: ("#cfe8cf", "#245224"),
    RiskLevel.UNKNOWN: ("#e4e4e4", "#454545"),
}


def level_colours(level: RiskLevel, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """A risk level's cell background and text colour, for a light or a dark palette."""
    if is_dark(palette):
        return QColor(LEVEL_COLOURS[level][1]), QColor("#ffffff")
    return QColor(LEVEL_COLOURS[level][0]), QColor("#000000")



def theme_label(theme: Theme) -> str:
    return value_label(theme)


def theme_title(theme: Theme) -> str:
    """The theme label with a capital, for the start of a line or a row header."""
    label = theme_label(theme)
    return label[:1].upper() + label[1:]


def level_label(level: RiskLevel) -> str:
    return value_label(level)


def level_text(level: RiskLevel, depends_on_origin: bool = False) -> str:
    """"▲ hoog", and "▲ hoog *" when the level depends on the origin."""
    text = f"{LEVEL_SYMBOLS[level]} {level_label(level)}"
    return f"{text} {DEPENDS_ON_ORIGIN_MARK}" if depends_on_origin else text


def priority_label(priority: Priority | None) -> str:
    return "—" if priority is None else value_label(priority)


def stage_label(stage: ProductionStage) -> str:
    return value_label(stage)


def kind_label(kind: StakeholderKind) -> str:
    return value_label(kind)


def severity_choices() -> list[tuple[str, int | None]]:
    return [
        ("—", None),
        (translate("RiskScanLabels", "1 – beperkt"), 1),
        (translate("RiskScanLabels", "2 – ernstig"), 2),
        (translate("RiskScanLabels", "3 – zeer ernstig"), 3),
    ]


def likelihood_choices() -> list[tuple[str, int | None]]:
    return [
        ("—", None),
        (translate("RiskScanLabels", "1 – klein"), 1),
        (translate("RiskScanLabels", "2 – reëel"), 2),
        (translate("RiskScanLabels", "3 – groot"), 3),
    ]


def origin_unknown_label() -> str:
    return translate("RiskScanLabels", "Herkomst onbekend")
