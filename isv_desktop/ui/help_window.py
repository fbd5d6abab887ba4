"""A help page in its own window (Help menu, or a ``help:<topic>`` link in a step's explanation).

The window is not modal: the buyer reads it beside the dossier. One window per
main window; opening another topic shows it in the same window.
"""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .help_panel import help_text
from .window_state import fit_to_screen

HELP_SCHEME = "help"


class HelpWindow(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.language = language
        self.topic: str | None = None
        fit_to_screen(self, 720, 640)  # never larger than the screen: its buttons stay reachable
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Uitleg"))
        self.browser.setOpenLinks(False)  # help: links open here, nothing is fetched from outside
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def show_topic(self, topic: str) -> None:
        self.topic = topic
        self.browser.setHtml(help_text(topic, self.language))
        title = self.browser.documentTitle() or self.tr("Uitleg")
        self.setWindowTitle(self.tr("{title} — ISV Desktop").format(title=title))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == HELP_SCHEME:
            self.show_topic(url.path())
            if url.fragment():
                self.browser.scrollToAnchor(url.fragment())
        elif not url.scheme() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())


def show_help(from_widget: QWidget, topic: str, language: str) -> HelpWindow:
    """Show ``topic`` in the help window of ``from_widget``'s window, making that window when needed."""
    owner = from_widget.window()
    window = owner.findChild(HelpWindow, "helpWindow")
    if window is None:
        window = HelpWindow(language, owner)
    window.show_topic(topic)
    window.show()  # a child of the main window: it stays in front of it
    window.activateWindow()
    return window


def help_topic_of(link: str) -> str | None:
    """``"help:legal_context"`` → ``"legal_context"``; None for any other link."""
    url = QUrl(link)
    return url.path() if url.scheme() == HELP_SCHEME and url.path() else None
