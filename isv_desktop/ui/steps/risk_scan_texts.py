"""What step 2 shows as text: a cell's reasons, the origins to ask about, the editions, what changed.

Every piece of data is escaped before it goes into the rich text.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.day_format import format_moment
from ...domain.messages import UserError
from ...domain.risk.assessment import ScanResult, ThemeAssessment
from ...domain.risk.diff import CellChange, ScanDiff
from ...domain.risk.knowledge_base import KnowledgeBase
from ...services.risk_scan import StoredScan
from .risk_scan_labels import level_label, level_text, origin_unknown_label, theme_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


class ScanTexts:
    def __init__(self, knowledge: KnowledgeBase, language: str) -> None:
        self._knowledge = knowledge
        self._language = language

    def country(self, code: str | None) -> str:
        if code is None:
            return origin_unknown_label()
        try:
            return f"{self._knowledge.country(code).name(self._language)} ({code})"
        except UserError:
            return code

    def good(self, name: str) -> str:
        good = self._knowledge.goods.get(name)
        return good.label(self._language) if good else name

    def source(self, source_id: str) -> str:
        source = self._knowledge.sources.get(source_id)
        return source.short_title if source else source_id

    # -- one cell ------------------------------------------------------------
    def cell_details(self, assessment: ThemeAssessment, column: str | None) -> str:
        head = translate("RiskScanTexts", "{theme} — {country}: {level}").format(
            theme=theme_title(assessment.theme),
            country=self.country(column),
            level=level_text(assessment.level, assessment.depends_on_origin),
        )
        parts = [f"<p><b>{escape(head)}</b></p>"]
        if assessment.reasons:
            items = "".join(f"<li>{escape(r.cited(self._language))}</li>" for r in assessment.reasons)
            why = translate("RiskScanTexts", "Waarom:")
            parts.append(f"<p>{escape(why)}</p><ul>{items}</ul>")
        parts.extend(f"<p><i>{escape(note)}</i></p>" for note in assessment.notes(self._language))
        return "".join(parts)

    # -- origins -------------------------------------------------------------
    def origins(self, result: ScanResult) -> str:
        """Where the groups' goods are known to be made with child or forced labour; '' when not asked."""
        if None not in result.columns:
            return ""
        if not result.origins:
            none_listed = translate(
                "RiskScanTexts",
                "Voor de goederen van deze productgroepen noemt de lijst geen landen. Geen vermelding is geen "
                "afwezigheid van risico: vraag inschrijvers waar de goederen vandaan komen.",
            )
            return f"<p>{escape(none_listed)}</p>"
        child_labour = translate("RiskScanTexts", "kinderarbeid")
        forced_labour = translate("RiskScanTexts", "dwangarbeid")
        items = []
        for origin in result.origins:
            labour = " + ".join(
                label for flagged, label in ((origin.child_labour, child_labour), (origin.forced_labour, forced_labour))
                if flagged
            )
            goods = ", ".join(self.good(g) for g in origin.goods)
            country = escape(self.country(origin.country))
            items.append(f"<li><b>{country}</b> — {escape(goods)} — {escape(labour)}</li>")
        intro = translate("RiskScanTexts", "Vraag inschrijvers naar deze landen:")
        return f"<p><b>{escape(intro)}</b></p><ul>{''.join(items)}</ul>"

    # -- editions ------------------------------------------------------------
    def scan_made(self, stored: StoredScan) -> str:
        editions = ", ".join(
            f"{self.source(source_id)} {edition}" for source_id, edition in sorted(stored.result.editions.items())
        )
        return translate("RiskScanTexts", "Scan gemaakt op {when} met: {editions}.").format(
            when=format_moment(stored.made_at, self._language), editions=editions
        )

    def outdated(self, stored: StoredScan) -> str:
        lines = [
            translate(
                "RiskScanTexts", "Er is een nieuwere editie van {source}: {now} (deze scan gebruikte {used})."
            ).format(source=self.source(source_id), now=now, used=used)
            for source_id, (used, now) in sorted(stored.outdated_editions.items())
        ]
        lines.append(
            translate(
                "RiskScanTexts",
                "De scan hieronder is bewaard zoals hij is gemaakt. Scan opnieuw om de nieuwe gegevens te gebruiken.",
            )
        )
        return "\n".join(lines)

    # -- what changed ----------------------------------------------------------
    def changes(self, diff: ScanDiff | None) -> str:
        if diff is None:
            return escape(translate("RiskScanTexts", "Opnieuw gescand."))
        lines = [
            translate("RiskScanTexts", "{source}: editie {before} → {after}").format(
                source=self.source(e.source_id), before=e.before or "—", after=e.after or "—"
            )
            for e in diff.editions
        ]
        if diff.unchanged:
            lines.append(
                translate("RiskScanTexts", "Opnieuw gescand: geen veranderingen in niveaus, redenen of herkomstlanden.")
            )
        else:
            lines.append(translate("RiskScanTexts", "Opnieuw gescand. Wat er veranderde:"))
            for change in diff.cells:
                lines.extend(self._cell_change(change))
            if diff.origins_added:
                lines.append(translate("RiskScanTexts", "Nieuwe herkomstlanden: {countries}").format(
                    countries=", ".join(self.country(c) for c in diff.origins_added)))
            if diff.origins_removed:
                lines.append(translate("RiskScanTexts", "Niet meer genoemde herkomstlanden: {countries}").format(
                    countries=", ".join(self.country(c) for c in diff.origins_removed)))
        return "<br>".join(escape(line).replace("  ", "&nbsp;&nbsp;") for line in lines)

    def _cell_change(self, change: CellChange) -> list[str]:
        before = level_label(change.level_before) if change.level_before else "—"
        after = level_label(change.level_after) if change.level_after else "—"
        head = f"• {theme_title(change.theme)} — {self.country(change.column)}: "
        if change.level_changed:
            head += f"{before} → {after}"
        else:
            head += translate("RiskScanTexts", "andere redenen, niveau {level}").format(level=after)
        lines = [head]
        lines.extend("    + " + reason.cited(self._language) for reason in change.reasons_added)
        lines.extend("    − " + reason.cited(self._language) for reason in change.reasons_removed)
        return lines
