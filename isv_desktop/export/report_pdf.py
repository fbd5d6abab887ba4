"""The yearly ISV report as a PDF to publish: title page, the figures as tables, a chart per target,
the dossiers behind the figures and the notes.

Every text, the buyer's included (organisation, dossier titles, reasons), goes
through ``para`` (escaped, with font fallback); nothing here builds markup
from text. No date of printing: the same report gives the same bytes.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from PIL import Image as PILImage
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table, TableStyle

from isv_desktop.domain.dossier import IsvDecision
from isv_desktop.domain.percentages import format_percent
from isv_desktop.domain.report_targets import TargetProgress
from isv_desktop.domain.vocabulary import short_label
from isv_desktop.domain.yearly_report import FIGURES_BY_KEY, DossierLine, YearlyReport
from isv_desktop.export.pdf_document import (
    RULE,
    SHADE,
    DocumentStyles,
    PdfMeta,
    build_pdf,
    cell_para,
    data_table,
    document_styles,
    heading,
    keep_space,
    para,
)
from isv_desktop.export.pdf_tags import TableTags
from isv_desktop.export.report_chart import target_chart
from isv_desktop.export.report_rows import FigureSection, figure_sections
from isv_desktop.export.report_texts import day_text, euro_text, label, risk_category_text, text, yes_no

TEXT_WIDTH = 170 * mm
LOGO_BOX = (60 * mm, 28 * mm)


def logo_size(data: bytes) -> tuple[int, int]:
    """The picture's size in pixels; raises when it cannot be read."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    if width <= 0 or height <= 0:
        raise ValueError("empty picture")
    return width, height


@dataclass(frozen=True)
class _ReportStyles:
    number: ParagraphStyle
    number_header: ParagraphStyle
    small: ParagraphStyle
    small_number: ParagraphStyle
    small_header: ParagraphStyle
    small_number_header: ParagraphStyle
    organisation: ParagraphStyle


@lru_cache(maxsize=1)
def _styles() -> _ReportStyles:
    base = document_styles()
    small = ParagraphStyle("report_small", parent=base.cell, fontSize=7.5, leading=9.5)
    small_header = ParagraphStyle("report_small_header", parent=base.cell_header, fontSize=7.5, leading=9.5)
    return _ReportStyles(
        number=ParagraphStyle("report_number", parent=base.cell, alignment=TA_RIGHT),
        number_header=ParagraphStyle("report_number_header", parent=base.cell_header, alignment=TA_RIGHT),
        small=small,
        small_number=ParagraphStyle("report_small_number", parent=small, alignment=TA_RIGHT),
        small_header=small_header,
        small_number_header=ParagraphStyle("report_small_number_header", parent=small_header, alignment=TA_RIGHT),
        organisation=ParagraphStyle("report_organisation", parent=base.heading1, fontSize=15, leading=19,
                                    spaceBefore=0, textColor=base.body.textColor),
    )


def report_meta(report: YearlyReport, language: str) -> PdfMeta:
    name = report.organisation.name or text("no_organisation", language)
    title = text("title", language, year=report.year)
    return PdfMeta(
        title=f"{title} \u2014 {name}", author=report.organisation.name or "ISV Desktop",
        subject=text("subject", language, year=report.year), language=language,
        keywords=tuple(k.strip() for k in text("keywords", language).split(",")),
        header_left=f"{title} \u00b7 {name}", header_right=text("fact.year", language) + f" {report.year}",
        footer_left=name,
    )


def rgb_picture(data: bytes) -> bytes:
    """The picture as it is when its colours are RGB or grey, else as an RGB PNG.

    A CMYK JPEG would go into the PDF as DeviceCMYK, which PDF/A does not allow
    next to an RGB output intent (ISO 19005-2 6.2.4.3).
    """
    with PILImage.open(io.BytesIO(data)) as picture:
        if picture.mode in ("RGB", "RGBA", "L", "LA", "P", "1"):
            return data
        converted = io.BytesIO()
        picture.convert("RGB").save(converted, format="PNG")
        return converted.getvalue()


def _logo(data: bytes, organisation: str, language: str) -> Image:
    data = rgb_picture(data)
    width, height = logo_size(data)
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    image.alt_text = ("Logo van {name}", "Logo of {name}")[language != "nl"].format(name=organisation)  # tagged PDF
    return image


def _title_page(report: YearlyReport, language: str, styles: DocumentStyles) -> list[Flowable]:
    organisation = _styles().organisation
    story: list[Flowable] = []
    name = report.organisation.name or text("no_organisation", language)
    if report.organisation.logo:
        story += [_logo(report.organisation.logo, name, language), Spacer(1, 10 * mm)]
    else:
        story.append(Spacer(1, 20 * mm))
    story += [
        para(name, organisation),
        Spacer(1, 4 * mm),
        para(text("title", language, year=report.year), styles.title),
        para(text("subtitle", language), styles.subtitle),
        Spacer(1, 4 * mm),
    ]
    facts = [
        (text("fact.organisation", language), name),
        (text("fact.year", language), str(report.year)),
        (text("fact.tenders", language), str(report.tenders.started)),
        (text("fact.left_out", language), str(len(report.left_out))),
        (text("fact.library", language), report.library_edition or "\u2014"),
    ]
    story.append(data_table(facts, (48 * mm, TEXT_WIDTH - 48 * mm), styles, header=False, bold_first_column=True))
    story += [Spacer(1, 8 * mm), para(text("intro", language, year=report.year), styles.body), PageBreak()]
    return story


def _grid(data: list[list[Flowable]], widths: Sequence[float], header: bool = True, padding: float = 4) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT",
                  renderCB=TableTags(1 if header else 0))
    commands = [
        ("FONT", (0, 0), (-1, -1), document_styles().fonts.regular, 8.5),  # not the unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _figure_table(section: FigureSection, language: str, styles: DocumentStyles) -> Table:
    number, number_header = _styles().number, _styles().number_header
    indented = {level: ParagraphStyle(f"report_indent_{level}", parent=styles.cell, leftIndent=9 * level)
                for level in (0, 1, 2)}
    data: list[list[Flowable]] = [[
        para(text("col.figure", language), styles.cell_header), para(text("col.count", language), number_header),
        para(text("col.of", language), number_header), para(text("col.share", language), number_header),
    ]]
    for row in section.rows:
        data.append([
            cell_para(row.label, indented[min(row.indent, 2)], TEXT_WIDTH - 60 * mm),
            para(str(row.count), number),
            para(str(row.share.of) if row.share else "", number),
            para(row.share.display(language) if row.share else "", number),
        ])
    return _grid(data, (TEXT_WIDTH - 60 * mm, 18 * mm, 18 * mm, 24 * mm))


def _figures(report: YearlyReport, language: str, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = []
    for number, section in enumerate(figure_sections(report, language), start=1):
        story += [keep_space(40 * mm), heading(f"{number}  {section.title}", styles.heading1),
                  _figure_table(section, language, styles)]
    return story


def _target_rows(progress: TargetProgress, language: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for milestone in progress.milestones:
        actual = milestone.actual.display(language) if milestone.actual is not None else "\u2014"
        rows.append((str(milestone.year), format_percent(milestone.percent, language), actual,
                     label(milestone.status, language)))
    return rows


def _figure_label(figure: str, language: str) -> str:
    definition = FIGURES_BY_KEY.get(figure)
    return definition.label(language) if definition else figure


def _targets(report: YearlyReport, number: int, language: str, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(f"{number}  {text('section.targets', language)}", styles.heading1)]
    if not report.targets:
        return story + [para(text("target.none", language), styles.body)]
    year = report.year
    rows = [(text("target.figure", language), text("target.goal", language),
             text("target.expected", language, year=year), text("target.actual", language, year=year),
             text("target.status", language))]
    for p in report.targets:
        expected = format_percent(p.expected, language) if p.expected is not None else "\u2014"
        rows.append((_figure_label(p.target.figure, language),
                     f"{format_percent(p.target.goal, language)} ({p.target.year})",
                     expected, p.actual.display(language), label(p.status, language)))
    story.append(data_table(rows, (TEXT_WIDTH - 98 * mm, 24 * mm, 24 * mm, 24 * mm, 26 * mm), styles))
    for p in report.targets:
        caption = text("target.caption", language, figure=_figure_label(p.target.figure, language),
                       goal=format_percent(p.target.goal, language), year=p.target.year)
        header = (text("target.year", language), text("target.milestone", language),
                  text("target.achieved", language), text("target.status", language))
        story.append(KeepTogether([
            Spacer(1, 5 * mm), para(caption, styles.heading3), target_chart(p, TEXT_WIDTH, language), Spacer(1, 2 * mm),
            data_table([header, *_target_rows(p, language)], (20 * mm, 30 * mm, 30 * mm, 40 * mm), styles),
        ]))
    return story


def _decision_text(line: DossierLine, language: str) -> str:
    decision = label(line.decision, language)
    if line.reason is None:
        return decision
    explanation = f" \u2014 {line.reason_text.strip()}" if line.reason_text.strip() else ""
    return f"{decision}: {label(line.reason, language)}{explanation}"


def _dossiers(report: YearlyReport, number: int, language: str, styles: DocumentStyles) -> list[Flowable]:
    own = _styles()
    story: list[Flowable] = [PageBreak(), heading(f"{number}  {text('section.dossiers', language)}", styles.heading1)]
    if not report.dossiers:
        return story + [para(text("dossier.none", language, year=report.year), styles.body)]
    header_texts = ("dossier.number", "dossier.title", "dossier.started", "dossier.value", "dossier.above",
                    "dossier.category", "dossier.decision", "dossier.variants")
    widths = (11 * mm, 32 * mm, 19.5 * mm, 20.5 * mm, 17.5 * mm, 27.5 * mm, 23 * mm, 19 * mm)
    rows: list[list[tuple[str, ParagraphStyle]]] = [[
        (text(key, language), own.small_number_header if key in ("dossier.number", "dossier.value")
         else own.small_header)
        for key in header_texts
    ]]
    for line in report.dossiers:
        title = line.title + (f"\n{line.reference}" if line.reference.strip() else "")
        variants = ", ".join(short_label(v, language) for v in line.variants)
        ambition_and_variants = line.ambition.label(language) + (f": {variants}" if variants else "") \
            if line.decision is IsvDecision.APPLY else "\u2014"
        rows.append([
            (str(line.id), own.small_number), (title, own.small), (day_text(line.started, language), own.small),
            (euro_text(line.estimated_value, language), own.small_number),
            (yes_no(line.above_threshold, language), own.small),
            (risk_category_text(line.risk_category, language), own.small),
            (_decision_text(line, language), own.small), (ambition_and_variants, own.small),
        ])
    data: list[list[Flowable]] = [[cell_para(value, style, width, padding=3)  # long words hyphenated to fit
                                   for (value, style), width in zip(row, widths, strict=True)] for row in rows]
    return story + [_grid(data, widths, padding=3)]


def _notes(report: YearlyReport, number: int, language: str, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [
        keep_space(50 * mm), heading(f"{number}  {text('section.notes', language)}", styles.heading1),
        para(text("notes.definitions", language), styles.body),
        para(text("notes.activity", language, year=report.year), styles.body),
        para(text("notes.rounding", language), styles.body),
        keep_space(30 * mm), para(text("notes.left_out", language), styles.heading2),
    ]
    if not report.left_out:
        return story + [para(text("notes.no_left_out", language), styles.body)]
    rows = [(text("dossier.number", language), text("dossier.title", language), text("dossier.started", language),
             text("notes.reason", language),
             text("dossier.left_out_on", language))]
    rows += [(str(d.id), d.title + (f"\n{d.reference}" if d.reference.strip() else ""), day_text(d.started, language),
              d.reason, day_text(d.left_out_on, language)) for d in report.left_out]
    story += [para(text("notes.left_out_intro", language), styles.body),
              data_table(rows, (12 * mm, 50 * mm, 22 * mm, 60 * mm, 26 * mm), styles)]
    return story


def report_story(report: YearlyReport, language: str = "nl") -> list[Flowable]:
    styles = document_styles()
    figure_part = _figures(report, language, styles)
    sections = len(figure_sections(report, language))
    story = _title_page(report, language, styles) + figure_part
    story += _targets(report, sections + 1, language, styles)
    story += _dossiers(report, sections + 2, language, styles)
    story += _notes(report, sections + 3, language, styles)
    return story


def build_report_pdf(report: YearlyReport, language: str = "nl",
                     target: str | Path | BinaryIO | None = None) -> bytes:
    """The report as PDF bytes; also written to ``target`` when given."""
    return build_pdf(report_story(report, language), report_meta(report, language), target)
