"""The tender annex (bijlage ISV) as a PDF, from :class:`AnnexContent`.

Every text, the buyer's included, goes through ``paragraph_markup`` (escaped,
with font fallback) via :func:`para`; nothing here builds markup from text.

Every heading keeps with what follows it (marked ``keepWithNext``, turned
into :class:`~.pdf_document.KeepWithStart` by ``keep_with_next``): a heading
never stands alone at the foot of a page, and a long text after it still
starts on the same page.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

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
from isv_desktop.export.pdf_document import (
    RULE,
    DocumentStyles,
    PdfMeta,
    build_pdf,
    data_table,
    document_styles,
    heading,
    keep_space,
    keep_with_next,
    para,
)
from isv_desktop.export.pdf_tags import TableTags
from isv_desktop.export.pdf_texts import text

TEXT_WIDTH = 170 * mm
TICK_BOX = "\u2610"


def _kept(flowable: Flowable) -> Flowable:
    """The flowable, kept on the same page as the next one."""
    flowable.keepWithNext = True
    return flowable


def annex_meta(content: AnnexContent) -> PdfMeta:
    """Title, author, subject and running header/footer of the annex."""
    language = content.language
    title = f"{text('annex.title', language)} \u2014 {content.dossier_title}"
    return PdfMeta(
        title=title,
        author=content.organisation,
        subject=text("annex.subject", language, title=content.dossier_title),
        language=language,
        keywords=tuple(k.strip() for k in text("annex.keywords", language).split(",")),
        header_left=f"{text('annex.title', language)} \u00b7 {content.organisation}",
        header_right=text("page.reference", language, reference=content.reference),
        footer_left=content.dossier_title,
    )


def _text(text_value: str, styles: DocumentStyles) -> list[Flowable]:
    """A criterion text as paragraphs and list items."""
    flowables: list[Flowable] = []
    after_item = False
    for block in text_blocks(text_value):
        if block.marker is None:
            if after_item:
                flowables.append(Spacer(1, 1.5 * mm))
            flowables.append(para(block.text, styles.body))
        else:
            flowables.append(para(block.text, styles.item, bulletText=block.marker))
        after_item = block.marker is not None
    return flowables


def _criterion(criterion: AnnexCriterion, language: str, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [
        keep_space(35 * mm),
        _kept(heading(criterion_heading(criterion), styles.heading2, outline_level=1)),
        _kept(para(criterion_meta(criterion, language), styles.meta)),
    ]
    story.extend(_text(criterion.text, styles))
    if criterion.evidence:
        story += [keep_space(18 * mm), _kept(para(text("criterion.evidence", language), styles.heading3))]
        story.extend(para(item, styles.item, bulletText="\u2022") for item in criterion.evidence)
    if criterion.type is CriterionType.AWARD_CRITERION:
        weight = format_percent(criterion.weight, language, WEIGHT_PLACES) if criterion.weight is not None else "\u2014"
        label = text("criterion.weight", language, weight=weight)
        if criterion.max_score is not None:
            score = format_number(criterion.max_score, language)
            label += " \u00b7 " + text("criterion.max_score", language, score=score)
        story += [keep_space(30 * mm), _kept(para(label, styles.heading3))]
        if criterion.rubric:
            rows = [(text("rubric.score", language), text("rubric.description", language))]
            rows.extend((format_number(row.score, language), row.description) for row in criterion.rubric)
            story.append(data_table(rows, (18 * mm, TEXT_WIDTH - 18 * mm), styles))
    story.append(Spacer(1, 3 * mm))
    return story


def _title_block(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    language = content.language
    return [
        para(text("annex.title", language), styles.title),
        para(text("annex.subtitle", language), styles.subtitle),
        data_table(facts_rows(content), (42 * mm, TEXT_WIDTH - 42 * mm), styles, header=False, bold_first_column=True),
        Spacer(1, 4 * mm),
    ]


def _introduction(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [_kept(heading(chapter_title(INTRODUCTION_NUMBER,
                                                       text("annex.intro.heading", content.language)), styles.heading1))]
    story.extend(para(paragraph, styles.body) for paragraph in introduction_paragraphs(content))
    return story


def _risks(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    language = content.language
    story: list[Flowable] = [
        _kept(heading(chapter_title(RISKS_NUMBER, text("annex.risks.heading", language)), styles.heading1)),
        para(text("annex.risks.intro", language, organisation=content.organisation), styles.body),
    ]
    rows = risk_rows(content)
    if rows:
        header = (text("annex.risks.theme", language), text("annex.risks.level", language),
                  text("annex.risks.source", language))
        story.append(data_table([header, *rows], (48 * mm, 22 * mm, TEXT_WIDTH - 70 * mm), styles))
        story.append(Spacer(1, 2 * mm))
    else:
        story.append(para(text("annex.risks.none", language), styles.body))
    story.append(para(text("annex.risks.note", language), styles.small))
    return story


def _weights(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    language = content.language
    rows = [(text("weights.criterion", language), text("weights.weight", language)), *weight_rows(content)]
    story: list[Flowable] = [
        keep_space(30 * mm),
        _kept(para(text("weights.heading", language), styles.heading3)),
        data_table(rows, (TEXT_WIDTH - 30 * mm, 30 * mm), styles),
        Spacer(1, 2 * mm),
    ]
    if content.other_weights_total is None:
        story.append(para(text("weights.other_elsewhere", language), styles.small))
    return story


def _deliverables(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    language = content.language
    story: list[Flowable] = [_kept(heading(chapter_title(content.deliverables_number,
                                                       text("deliverables.heading", language)), styles.heading1))]
    rows = deliverable_rows(content)
    if not rows:
        story.append(para(text("deliverables.none", language), styles.body))
        return story
    story.append(para(text("deliverables.intro", language), styles.body))
    header = (text("deliverables.document", language), text("deliverables.due", language),
              text("deliverables.criterion", language))
    story.append(data_table([header, *rows], (80 * mm, TEXT_WIDTH - 98 * mm, 18 * mm), styles))
    return story


def _declaration(content: AnnexContent, styles: DocumentStyles) -> list[Flowable]:
    language = content.language
    number = content.declaration_number
    assert number is not None
    story: list[Flowable] = [
        PageBreak(),
        _kept(heading(chapter_title(number, text("declaration.heading", language)), styles.heading1)),
        para(text("declaration.instruction", language), styles.body),
        Spacer(1, 2 * mm),
    ]
    for statement in declaration_statements(content):
        story.append(para(statement, styles.tick, bulletText=TICK_BOX))
    story.append(Spacer(1, 6 * mm))
    rows = [[para(label, styles.cell_header), ""] for label in declaration_fields(language)]
    signature = Table(rows, colWidths=(42 * mm, 100 * mm), rowHeights=[10 * mm] * (len(rows) - 1) + [22 * mm],
                      hAlign="LEFT", renderCB=TableTags(header_columns=1))
    signature.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(signature)
    return story


def annex_story(content: AnnexContent, styles: DocumentStyles | None = None) -> list[Flowable]:
    """The flowables of the annex, for this template or another document that includes it."""
    styles = styles or document_styles()
    language = content.language
    story = _title_block(content, styles) + _introduction(content, styles) + _risks(content, styles)
    for section in content.sections:
        story.append(keep_space(45 * mm))
        story.append(_kept(heading(chapter_title(section.number, part_title(section.part, language)), styles.heading1)))
        story.append(para(part_intro(section.part, language), styles.body))
        if section.part is AnnexPart.AWARD:
            story.extend(_weights(content, styles))
        for criterion in section.criteria:
            story.extend(_criterion(criterion, language, styles))
    story.extend(_deliverables(content, styles))
    if content.declaration_number is not None:
        story.extend(_declaration(content, styles))
    return keep_with_next(story)


def build_annex_pdf(content: AnnexContent, target: str | Path | BinaryIO | None = None) -> bytes:
    """The annex as PDF bytes; also written to ``target`` (path or binary file) when given."""
    return build_pdf(annex_story(content), annex_meta(content), target)
