"""What the annex says besides the criteria, shared by the PDF, HTML and text writers.

Each function returns plain text (never markup); the writers escape it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal

from isv_desktop.domain.annex import (
    INTRODUCTION_NUMBER,
    RISKS_NUMBER,
    AnnexContent,
    AnnexCriterion,
    AnnexPart,
    risk_level_label,
)
from isv_desktop.domain.criteria import AcceptanceMode
from isv_desktop.domain.percentages import WEIGHT_PLACES, format_percent
from isv_desktop.export.pdf_texts import join_list, text

_LIST_ITEM = re.compile(r"^\s*((?:\d{1,2}|[a-z])[.)]|[-\u2022\u2013*])\s+(.*)$")
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@dataclass(frozen=True)
class TextBlock:
    """A paragraph, or a list item with its marker ("a.", "1.", "-")."""

    text: str
    marker: str | None = None


def text_blocks(text_value: str) -> list[TextBlock]:
    """Split a criterion text into paragraphs (blank lines) and list items (lines with a marker).

    Other line breaks stay inside their block as ``\\n``.
    """
    blocks: list[TextBlock] = []
    normalised = text_value.replace("\r\n", "\n").replace("\r", "\n")
    for chunk in re.split(r"\n[ \t]*\n", normalised):
        pieces: list[tuple[str | None, list[str]]] = [(None, [])]
        for line in chunk.split("\n"):
            match = _LIST_ITEM.match(line)
            if match:
                pieces.append((match.group(1), [match.group(2)]))
            else:
                pieces[-1][1].append(line)
        for marker, lines in pieces:
            body = "\n".join(lines).strip()
            if body or marker:
                blocks.append(TextBlock(body, marker))
    return blocks


def format_number(value: Decimal | int, language: str) -> str:
    return format_decimal(value, locale=_LOCALES.get(language, "nl_NL"))


def chapter_title(number: int, title: str) -> str:
    return f"{number}\u2002{title}"


def part_title(part: AnnexPart, language: str) -> str:
    return text(f"part.{part.value}", language)


def part_intro(part: AnnexPart, language: str) -> str:
    return text(f"part.{part.value}.intro", language)


def criterion_heading(criterion: AnnexCriterion) -> str:
    return f"{criterion.number}\u2002{criterion.title}"


def criterion_meta(criterion: AnnexCriterion, language: str) -> str:
    """E.g. "Bijzondere uitvoeringsvoorwaarde (art. 2.80 …) · ambitieniveau basis · toetsing: plan van aanpak",
    then the further legal context the criterion cites, if any ("wettelijk kader: Verordening (EU) 2024/3015 …")."""
    kind = f"{criterion.type.label(language)}, {criterion.type.legal_basis(language)}"
    level = text("criterion.level", language, level=criterion.level.label(language))
    checks = join_list([v.label(language) for v in criterion.verification], language)
    parts = [kind, level, text("criterion.verification", language, items=checks)]
    if criterion.legal_basis:
        parts.append(text("criterion.legal_context", language, items="; ".join(criterion.legal_basis)))
    return " \u00b7 ".join(parts)


def facts_rows(content: AnnexContent) -> list[tuple[str, str]]:
    language = content.language
    rows = [
        (text("annex.fact.organisation", language), content.organisation),
        (text("annex.fact.tender", language), content.dossier_title),
        (text("annex.fact.reference", language), content.reference),
        (text("annex.fact.acceptance", language), text(f"acceptance.{content.acceptance.value}", language)),
    ]
    if content.library_edition:
        rows.append((text("annex.fact.library", language),
                     text("annex.library_edition", language, edition=content.library_edition)))
    return rows


def introduction_paragraphs(content: AnnexContent) -> list[str]:
    language = content.language
    paragraphs = [
        text("annex.intro.purpose", language, organisation=content.organisation, title=content.dossier_title),
        text("annex.intro.effort", language),
    ]
    if content.acceptance is AcceptanceMode.EXPLICIT:
        chapter = text("chapter", language, number=content.declaration_number)
        paragraphs.append(text("annex.intro.explicit", language, chapter=chapter))
    else:
        paragraphs.append(text("annex.intro.implicit", language))
    paragraphs.append(text("annex.intro.terms", language))
    return paragraphs


def risk_rows(content: AnnexContent) -> list[tuple[str, str, str]]:
    """(theme, level, source) per known risk, in the dossier's order."""
    language = content.language
    return [(r.theme.label(language), risk_level_label(r.level, language), r.source) for r in content.risks]


def weight_rows(content: AnnexContent) -> list[tuple[str, str]]:
    """Per award criterion its weight, then the ISV total, the other criteria and the total when known."""
    language = content.language

    def weight(value: Decimal) -> str:
        return format_percent(value, language, WEIGHT_PLACES)

    rows = [(criterion_heading(c), weight(c.weight or Decimal(0))) for c in content.award_criteria]
    rows.append((text("weights.isv_total", language), weight(content.isv_weight_total)))
    if content.other_weights_total is not None:
        rows.append((text("weights.other", language), weight(content.other_weights_total)))
        total = content.isv_weight_total + content.other_weights_total
        rows.append((text("weights.total", language), weight(total)))
    return rows


def deliverable_rows(content: AnnexContent) -> list[tuple[str, str, str]]:
    """(document, deadline, article) for every deliverable, the signed declaration first."""
    language = content.language
    rows = []
    if content.declaration_number is not None:
        chapter = text("chapter", language, number=content.declaration_number)
        rows.append((text("deliverables.declaration", language, chapter=chapter),
                     text("deliverables.with_tender", language), "\u2014"))
    rows.extend((d.title, d.due, d.criterion_number) for d in content.deliverables)
    return rows


def declaration_statements(content: AnnexContent) -> list[str]:
    """The statements the tenderer ticks, following the chapters the annex has."""
    language = content.language
    numbers = {section.part: section.number for section in content.sections}

    def chapter(part: AnnexPart) -> str:
        return text("chapter", language, number=numbers[part])

    statements = [text("declaration.read", language, title=content.dossier_title, reference=content.reference)]
    if AnnexPart.SELECTION in numbers:
        statements.append(text("declaration.selection", language, chapter=chapter(AnnexPart.SELECTION)))
    if AnnexPart.SPECIFICATION in numbers:
        statements.append(text("declaration.specification", language, chapter=chapter(AnnexPart.SPECIFICATION)))
    binding = [str(numbers[p]) for p in (AnnexPart.CONTRACT, AnnexPart.ESCALATION) if p in numbers]
    if binding:
        chapters = (text("chapter", language, number=binding[0]) if len(binding) == 1
                    else text("chapters", language, numbers=join_list(binding, language)))
        statements.append(text("declaration.contract", language, chapters=chapters))
    if content.deliverables:
        statements.append(text("declaration.deliverables", language,
                               chapter=text("chapter", language, number=content.deliverables_number)))
    statements.append(text("declaration.truth", language))
    return statements


def declaration_fields(language: str) -> list[str]:
    return [text(f"declaration.{key}", language)
            for key in ("company", "name", "function", "place", "date", "signature")]


def chapter_numbers(content: AnnexContent) -> dict[str, int]:
    """The fixed chapters' numbers, for writers that need them."""
    numbers = {"introduction": INTRODUCTION_NUMBER, "risks": RISKS_NUMBER,
               "deliverables": content.deliverables_number}
    if content.declaration_number is not None:
        numbers["declaration"] = content.declaration_number
    return numbers
