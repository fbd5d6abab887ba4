"""The tender annex as an editable Word document (.docx), for buyers who paste it into their own tender file.

Same sections, criteria and order as the PDF (the texts come from :mod:`annex_sections`): chapters and
criteria are real Word headings (Heading 1-3, so they show in Word's navigation pane and table of contents),
tables are Word tables whose header row repeats on every page, and the document language is set (Dutch or
British English) so Word checks the spelling in the right language. Every text goes in as plain text through
python-docx, never as markup or a field: a criterion text with ``<b>`` or ``=SUM(A1)`` stays those characters.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table

from isv_desktop.atomic_file import output_file
from isv_desktop.domain.annex import INTRODUCTION_NUMBER, RISKS_NUMBER, AnnexContent, AnnexPart
from isv_desktop.domain.criteria import CriterionType
from isv_desktop.export.annex_sections import (
    chapter_title,
    criterion_heading,
    criterion_meta,
    declaration_fields,
    declaration_statements,
    deliverable_rows,
    facts_rows,
    introduction_paragraphs,
    part_intro,
    part_title,
    risk_rows,
    text_blocks,
    weight_rows,
)
from isv_desktop.export.annex_text import TICK_BOX, _award_details
from isv_desktop.export.pdf_texts import text
from isv_desktop.export.questionnaire_xlsx_layout import cell_text

#: Word's language tags for the annex's languages.
WORD_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}
TABLE_STYLE = "Table Grid"


def _clean(value: str) -> str:
    """``value`` as a Word document can hold it: characters XML 1.0 cannot carry dropped, line ends as ``\\n``
    (python-docx makes each a line break)."""
    return cell_text(value)


class _Writer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.document: WordDocument = Document()
        self._set_language(WORD_LANGUAGES.get(language, "nl-NL"))

    def _set_language(self, tag: str) -> None:
        """The document's language: on the default run properties (what Word's spelling check reads) and in
        the document properties."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_defaults)
        properties = run_defaults.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run_defaults.append(properties)
        for old in properties.findall(qn("w:lang")):
            properties.remove(old)
        lang = OxmlElement("w:lang")
        for attribute in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attribute), tag)
        properties.append(lang)
        self.document.core_properties.language = tag

    def heading(self, value: str, level: int) -> None:
        self.document.add_heading(_clean(value), level)

    def paragraph(self, value: str, *, italic: bool = False, small: bool = False, style: str | None = None) -> None:
        run = self.document.add_paragraph(style=style).add_run(_clean(value))
        run.italic = italic or None
        if small:
            run.font.size = Pt(9)

    def table(self, rows: Sequence[Sequence[str]], header: bool = True) -> Table:
        columns = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = self.document.styles[TABLE_STYLE]
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = _clean(value)
        if header:
            first = table.rows[0]
            for cell in first.cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            repeat = OxmlElement("w:tblHeader")  # the header row comes back on every page the table runs over
            repeat.set(qn("w:val"), "true")
            first._tr.get_or_add_trPr().append(repeat)
        self.document.add_paragraph()
        return table

    def criterion_text(self, value: str) -> None:
        for block in text_blocks(value):
            if block.marker is None:
                self.paragraph(block.text)
            else:
                paragraph = self.document.add_paragraph()
                paragraph.paragraph_format.left_indent = Pt(24)
                paragraph.paragraph_format.first_line_indent = Pt(-18)
                paragraph.add_run(_clean(f"{block.marker}\t{block.text}"))


def annex_document(content: AnnexContent) -> WordDocument:
    """The annex as a python-docx document (not yet saved)."""
    language = content.language
    out = _Writer(language)
    document = out.document
    properties = document.core_properties
    properties.title = _clean(f"{text('annex.title', language)} \u2014 {content.dossier_title}")[:250]
    properties.author = properties.last_modified_by = _clean(content.organisation)[:250] or "ISV Desktop"
    properties.comments = "ISV Desktop"
    document.add_heading(_clean(text("annex.title", language)), 0)
    out.paragraph(text("annex.subtitle", language), italic=True)
    out.table(facts_rows(content), header=False)
    out.heading(chapter_title(INTRODUCTION_NUMBER, text("annex.intro.heading", language)), 1)
    for paragraph in introduction_paragraphs(content):
        out.paragraph(paragraph)
    out.heading(chapter_title(RISKS_NUMBER, text("annex.risks.heading", language)), 1)
    out.paragraph(text("annex.risks.intro", language, organisation=content.organisation))
    if content.risks:
        out.table([(text("annex.risks.theme", language), text("annex.risks.level", language),
                    text("annex.risks.source", language)), *risk_rows(content)])
    else:
        out.paragraph(text("annex.risks.none", language))
    out.paragraph(text("annex.risks.note", language), small=True)
    for section in content.sections:
        out.heading(chapter_title(section.number, part_title(section.part, language)), 1)
        out.paragraph(part_intro(section.part, language))
        if section.part is AnnexPart.AWARD:
            out.heading(text("weights.heading", language), 3)
            out.table([(text("weights.criterion", language), text("weights.weight", language)),
                       *weight_rows(content)])
            if content.other_weights_total is None:
                out.paragraph(text("weights.other_elsewhere", language), small=True)
        for criterion in section.criteria:
            out.heading(criterion_heading(criterion), 2)
            out.paragraph(criterion_meta(criterion, language), italic=True, small=True)
            out.criterion_text(criterion.text)
            if criterion.evidence:
                out.heading(text("criterion.evidence", language), 3)
                for item in criterion.evidence:
                    out.paragraph(item, style="List Bullet")
            if criterion.type is CriterionType.AWARD_CRITERION:
                label, rows = _award_details(criterion, language)
                out.heading(label, 3)
                if criterion.rubric:
                    out.table(rows)
    out.heading(chapter_title(content.deliverables_number, text("deliverables.heading", language)), 1)
    deliverables = deliverable_rows(content)
    if deliverables:
        out.paragraph(text("deliverables.intro", language))
        out.table([(text("deliverables.document", language), text("deliverables.due", language),
                    text("deliverables.criterion", language)), *deliverables])
    else:
        out.paragraph(text("deliverables.none", language))
    if content.declaration_number is not None:
        out.heading(chapter_title(content.declaration_number, text("declaration.heading", language)), 1)
        out.paragraph(text("declaration.instruction", language))
        for statement in declaration_statements(content):
            out.paragraph(f"{TICK_BOX} {statement}")
        out.table([(label, "") for label in declaration_fields(language)], header=False)
    return document


def write_annex_docx(content: AnnexContent, target: str | os.PathLike[str] | BinaryIO) -> None:
    """Write the annex to ``target``: a path is written whole or not at all."""
    document = annex_document(content)
    with output_file(target) as out:
        document.save(out)
