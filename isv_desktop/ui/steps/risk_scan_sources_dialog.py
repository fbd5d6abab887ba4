"""About the reference data: every source of the risk scan with its edition, date and licence note."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.risk.knowledge_base import KnowledgeBase
from ..forms.risk_scan_sources_dialog_ui import Ui_RiskScanSourcesDialog


class RiskScanSourcesDialog(QDialog):
    def __init__(self, knowledge: KnowledgeBase, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._language = language
        self.form = Ui_RiskScanSourcesDialog()
        self.form.setupUi(self)
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.sourcesView.setHtml(self.sources_html())

    def sources_html(self) -> str:
        parts = []
        for source in self._knowledge.sources.values():
            facts = [
                source.title,
                self.tr("Uitgever: {publisher}").format(publisher=source.publisher),
                self.tr("Editie: {edition}").format(edition=source.edition),
            ]
            if source.published:
                facts.append(self.tr("Verschenen: {date}").format(date=source.published))
            if source.url:
                facts.append(source.url)
            lines = "<br>".join(escape(fact) for fact in facts)
            parts.append(
                f"<h3>{escape(source.short_title)}</h3>"
                f"<p>{lines}<br><i>{escape(source.licence(self._language))}</i></p>"
            )
        return "".join(parts)
