"""A short, collapsible explanation of a step, read from ``resources/help``.

A link ``help:<topic>`` in the text opens that help page in the help window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from .. import paths


def help_text(topic: str, language: str) -> str:
    path = paths.resources_dir() / "help" / f"{topic}.{language}.html"
    return path.read_text(encoding="utf-8")


class HelpPanel(QWidget):
    def __init__(self, topic: str, language: str, expanded: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("helpToggle")
        self.toggle.setText(self.tr("Uitleg bij deze stap"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.body = QLabel(help_text(topic, language), self)
        self.body.setObjectName("helpBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setMargin(6)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(self.open_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_expanded)
        self.toggle.setChecked(expanded)
        self.set_expanded(expanded)

    def open_link(self, link: str) -> None:
        from .help_window import help_topic_of, show_help  # the window loads when a link is followed

        topic = help_topic_of(link)
        if topic is not None:
            show_help(self, topic, self.language)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
