"""About the reference data: every source of the risk scan with its edition, date and licence note.

When given the applicability check, it also lists step 1's reference data: the EU
threshold table (shipped or imported edition), Annex XIV's CPV list and the
category table.
"""
from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.day_format import format_day, format_published
from ...domain.risk.knowledge_base import KnowledgeBase
from ..forms.risk_scan_sources_dialog_ui import Ui_RiskScanSourcesDialog

if TYPE_CHECKING:
    from ...services.applicability import ApplicabilityService


class RiskScanSourcesDialog(QDialog):
    def __init__(
        self, knowledge: KnowledgeBase, language: str, parent: QWidget | None = None,
        applicability: "ApplicabilityService | None" = None,
    ) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._applicability = applicability
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
                facts.append(self.tr("Verschenen: {date}").format(date=format_published(source.published, self._language)))
            if source.url:
                facts.append(source.url)
            lines = "<br>".join(escape(fact) for fact in facts)
            parts.append(
                f"<h3>{escape(source.short_title)}</h3>"
                f"<p>{lines}<br><i>{escape(source.licence(self._language))}</i></p>"
            )
        if self._applicability is not None:
            parts.append(self._step_one_html(self._applicability))
        return "".join(parts)

    def _step_one_html(self, applicability: "ApplicabilityService") -> str:
        table = applicability.thresholds
        facts = [self.tr("Editie: {edition}").format(edition=table.edition)]
        if table.published:
            facts.append(self.tr("Verschenen: {date}").format(date=format_published(table.published, self._language)))
        if table.imported is not None:
            facts.append(self.tr("Ingelezen uit {file} op {date}").format(
                file=table.imported.imported_from, date=self._imported_on(table.imported.imported_at)))
        for period in table.periods:
            facts.append(f"{format_day(period.start, self._language)} – {format_day(period.end, self._language)}: {period.source}")
        lines = "<br>".join(escape(fact) for fact in facts)
        annex, categories = applicability.annex_xiv, applicability.categories
        return (
            f"<h3>{escape(self.tr('Europese aanbestedingsdrempels'))}</h3><p>{lines}</p>"
            f"<h3>{escape(self.tr('Sociale en andere specifieke diensten (bijlage XIV)'))}</h3>"
            f"<p>{escape(annex.source)}<br>{escape(self.tr('Editie: {edition}').format(edition=annex.edition))}</p>"
            f"<h3>{escape(self.tr('Voorstel ISV-risicocategorie bij de CPV-code'))}</h3>"
            f"<p>{escape(categories.source)}<br>"
            f"{escape(self.tr('Editie: {edition}').format(edition=categories.edition))}</p>"
        )

    def _imported_on(self, imported_at: str) -> str:
        """The day an edition was read in, stored as an ISO moment in the edition's file."""
        try:
            return format_day(datetime.fromisoformat(imported_at).date(), self._language)
        except ValueError:
            return imported_at[:10]
