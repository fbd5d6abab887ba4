"""The tender annex as HTML and as plain text, for "copy as text" to the clipboard.

Same content and order as the PDF, so a buyer can paste it into their own
Word template. In the HTML every text is escaped with ``html.escape``.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from isv_desktop.domain.annex import INTRODUCTION_NUMBER, RISKS_NUMBER, AnnexContent, AnnexCriterion, AnnexPart
from isv_desktop.domain.criteria import CriterionType
from isv_desktop.domain.percentages import WEIGHT_PLACES, format_percent
from isv_desktop.export.annex_sections import (
    chapter_title,
    criterion_heading,
    criterion_meta,
    declaration_fields,
    declaration_statements,
    deliverable_rows,
    facts_rows,
    format_number,
    introduction_paragraphs,
    part_intro,
    part_title,
    risk_rows,
    text_blocks,
    weight_rows,
)
from isv_desktop.export.pdf_texts import text

TICK_BOX = "\u2610"


def _h(value: str) -> str:
    """Escaped for HTML, with line breaks kept."""
    return escape(value.replace("\r\n", "\n").replace("\r", "\n"), quote=True).replace("\n", "<br>")


class _Html:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def tag(self, name: str, value: str, style: str = "") -> None:
        attribute = f' style="{style}"' if style else ""
        self.parts.append(f"<{name}{attribute}>{_h(value)}</{name}>")

    def table(self, rows: Sequence[Sequence[str]], header: bool = True) -> None:
        lines = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
        for index, row in enumerate(rows):
            cell = "th" if header and index == 0 else "td"
            lines.append("<tr>" + "".join(f'<{cell} style="text-align:left;vertical-align:top">{_h(v)}</{cell}>'
                                          for v in row) + "</tr>")
        lines.append("</table>")
        self.parts.append("".join(lines))

    def criterion_text(self, value: str) -> None:
        for block in text_blocks(value):
            if block.marker is None:
                self.tag("p", block.text)
            else:
                self.tag("p", f"{block.marker}\u00a0{block.text}", "margin-left:2em;text-indent:-1.5em")


def _award_details(criterion: AnnexCriterion, language: str) -> tuple[str, list[tuple[str, str]]]:
    weight = format_percent(criterion.weight, language, WEIGHT_PLACES) if criterion.weight is not None else "\u2014"
    label = text("criterion.weight", language, weight=weight)
    if criterion.max_score is not None:
        label += " \u00b7 " + text("criterion.max_score", language, score=format_number(criterion.max_score, language))
    rows = [(text("rubric.score", language), text("rubric.description", language))]
    rows.extend((format_number(row.score, language), row.description) for row in criterion.rubric)
    return label, rows


def annex_html(content: AnnexContent) -> str:
    """The annex as an HTML fragment wrapped in a minimal document."""
    language = content.language
    out = _Html()
    out.tag("h1", text("annex.title", language))
    out.tag("p", text("annex.subtitle", language), "font-style:italic")
    out.table(facts_rows(content), header=False)
    out.tag("h2", chapter_title(INTRODUCTION_NUMBER, text("annex.intro.heading", language)))
    for paragraph in introduction_paragraphs(content):
        out.tag("p", paragraph)
    out.tag("h2", chapter_title(RISKS_NUMBER, text("annex.risks.heading", language)))
    out.tag("p", text("annex.risks.intro", language, organisation=content.organisation))
    if content.risks:
        header = (text("annex.risks.theme", language), text("annex.risks.level", language),
                  text("annex.risks.source", language))
        out.table([header, *risk_rows(content)])
    else:
        out.tag("p", text("annex.risks.none", language))
    out.tag("p", text("annex.risks.note", language), "font-size:smaller")
    for section in content.sections:
        out.tag("h2", chapter_title(section.number, part_title(section.part, language)))
        out.tag("p", part_intro(section.part, language))
        if section.part is AnnexPart.AWARD:
            out.tag("h4", text("weights.heading", language))
            out.table([(text("weights.criterion", language), text("weights.weight", language)), *weight_rows(content)])
            if content.other_weights_total is None:
                out.tag("p", text("weights.other_elsewhere", language), "font-size:smaller")
        for criterion in section.criteria:
            out.tag("h3", criterion_heading(criterion))
            out.tag("p", criterion_meta(criterion, language), "font-style:italic;font-size:smaller")
            out.criterion_text(criterion.text)
            if criterion.evidence:
                out.tag("h4", text("criterion.evidence", language))
                out.parts.append("<ul>" + "".join(f"<li>{_h(item)}</li>" for item in criterion.evidence) + "</ul>")
            if criterion.type is CriterionType.AWARD_CRITERION:
                label, rows = _award_details(criterion, language)
                out.tag("h4", label)
                if criterion.rubric:
                    out.table(rows)
    out.tag("h2", chapter_title(content.deliverables_number, text("deliverables.heading", language)))
    deliverables = deliverable_rows(content)
    if deliverables:
        out.tag("p", text("deliverables.intro", language))
        out.table([(text("deliverables.document", language), text("deliverables.due", language),
                    text("deliverables.criterion", language)), *deliverables])
    else:
        out.tag("p", text("deliverables.none", language))
    if content.declaration_number is not None:
        out.tag("h2", chapter_title(content.declaration_number, text("declaration.heading", language)))
        out.tag("p", text("declaration.instruction", language))
        for statement in declaration_statements(content):
            out.tag("p", f"{TICK_BOX} {statement}")
        out.table([(label, "") for label in declaration_fields(language)], header=False)
    title = escape(f"{text('annex.title', language)} \u2014 {content.dossier_title}", quote=True)
    lang = "nl" if language == "nl" else "en"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body>{''.join(out.parts)}</body></html>")


def _underlined(value: str, rule: str) -> list[str]:
    return [value, rule * min(len(value), 78), ""]


def _plain_table(rows: Sequence[Sequence[str]]) -> list[str]:
    return [" | ".join(" ".join(cell.split()) for cell in row) for row in rows] + [""]


def annex_plain_text(content: AnnexContent) -> str:
    """The annex as plain text: underlined headings, tables as "a | b | c" lines."""
    language = content.language
    lines: list[str] = [text("annex.title", language).upper(), text("annex.subtitle", language), ""]
    lines += [f"{label}: {value}" for label, value in facts_rows(content)] + [""]
    lines += _underlined(chapter_title(INTRODUCTION_NUMBER, text("annex.intro.heading", language)), "=")
    for paragraph in introduction_paragraphs(content):
        lines += [paragraph, ""]
    lines += _underlined(chapter_title(RISKS_NUMBER, text("annex.risks.heading", language)), "=")
    lines += [text("annex.risks.intro", language, organisation=content.organisation), ""]
    if content.risks:
        lines += _plain_table(risk_rows(content))
    else:
        lines += [text("annex.risks.none", language), ""]
    lines += [text("annex.risks.note", language), ""]
    for section in content.sections:
        lines += _underlined(chapter_title(section.number, part_title(section.part, language)), "=")
        lines += [part_intro(section.part, language), ""]
        if section.part is AnnexPart.AWARD:
            lines += [text("weights.heading", language)] + _plain_table(weight_rows(content))
        for criterion in section.criteria:
            lines += _underlined(criterion_heading(criterion), "-")
            lines += [criterion_meta(criterion, language), ""]
            after_item = False
            for block in text_blocks(criterion.text):
                if block.marker is None:
                    lines += ([""] if after_item else []) + [block.text, ""]
                else:
                    lines.append(f"{block.marker} {block.text}")
                after_item = block.marker is not None
            if lines[-1]:
                lines.append("")
            if criterion.evidence:
                lines += [text("criterion.evidence", language)] + [f"- {item}" for item in criterion.evidence] + [""]
            if criterion.type is CriterionType.AWARD_CRITERION:
                label, rows = _award_details(criterion, language)
                lines += [label] + (_plain_table(rows[1:]) if criterion.rubric else [""])
    lines += _underlined(chapter_title(content.deliverables_number, text("deliverables.heading", language)), "=")
    deliverables = deliverable_rows(content)
    lines += _plain_table(deliverables) if deliverables else [text("deliverables.none", language), ""]
    if content.declaration_number is not None:
        lines += _underlined(chapter_title(content.declaration_number, text("declaration.heading", language)), "=")
        lines += [text("declaration.instruction", language), ""]
        lines += [f"[ ] {statement}" for statement in declaration_statements(content)] + [""]
        lines += [f"{label}: ______________________________" for label in declaration_fields(language)]
    return "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n").rstrip() + "\n"
