"""Tender annex benchmark: the annex of a dossier with 60 criteria against plain reportlab.

Measures, in the same run and alternating, (a) the app's annex build — the
domain resolving 60 chosen criteria into ``AnnexContent`` plus the PDF with
header, footer "pagina X van Y", bookmarks, metadata and font-fallback
markup — and (b) a plain reportlab ``SimpleDocTemplate`` with the same
paragraphs and tables (same texts, same embedded DejaVu/Droid fonts, escaped
with ``xml.sax.saxutils.escape``, no page furniture). Prints the ratio of the
medians; also, for information, the ratio against a plain build in the
built-in Helvetica (no font embedding at all).

Target: 1.5 or lower. Exits 1 when missed.
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from isv_desktop.domain.annex import AnnexContent, AnnexRisk  # noqa: E402
from isv_desktop.domain.annex_builder import DossierFacts, build_annex_content  # noqa: E402
from isv_desktop.domain.criteria import ChosenCriterion, CriterionType  # noqa: E402
from isv_desktop.domain.themes import Theme  # noqa: E402
from isv_desktop.export import annex_sections as sections  # noqa: E402
from isv_desktop.export.annex_pdf import build_annex_pdf  # noqa: E402
from isv_desktop.export.pdf_fonts import register_fonts  # noqa: E402
from isv_desktop.knowledge.criteria_library import load_criteria_library  # noqa: E402

CRITERIA = 60
RUNS = 9
TARGET = 1.5

FACTS = DossierFacts("Bedrijfskleding en schoeisel 2026–2030 (Đồng Nai May Mặc, Łódź, 宁波)", "INK-2026-014",
                     "Gemeente Utrecht")
RISKS = [AnnexRisk(theme, "high" if index % 2 else "medium", f"Bron {index}: US DOL 2022 / ITUC 2026")
         for index, theme in enumerate(Theme)]


def chosen_criteria() -> tuple[object, list[ChosenCriterion]]:
    library = load_criteria_library()
    criteria = list(library)
    choices = []
    for position in range(CRITERIA):
        criterion = criteria[position % len(criteria)]
        choice = ChosenCriterion.from_criterion(criterion, position)
        if position % 7 == 3:
            choice = choice.with_text("nl", criterion.text_nl + "\n\nAanvulling van de inkoper: <zie> & \"let op\".")
        if criterion.type is CriterionType.AWARD_CRITERION:
            choice = replace(choice, weight=Decimal("2.5"))
        choices.append(choice)
    return library, choices


def app_build(library: object, choices: list[ChosenCriterion]) -> bytes:
    content = build_annex_content(library, choices, FACTS, RISKS, other_weights=["60"])  # type: ignore[arg-type]
    return build_annex_pdf(content)


def plain_story(content: AnnexContent, font: str | None) -> list:
    """The annex's paragraphs and tables in reportlab's sample styles, nothing else."""
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Heading1"], styles["Heading2"]
    if font:
        for style in (body, h1, h2):
            style.fontName = font

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def table(rows) -> Table:
        return Table([[p(cell) for cell in row] for row in rows], repeatRows=1)

    language = content.language
    story = [p("Bijlage ISV", h1), table(sections.facts_rows(content))]
    story += [p(text) for text in sections.introduction_paragraphs(content)]
    story.append(table(sections.risk_rows(content)))
    for section in content.sections:
        story += [p(sections.part_title(section.part, language), h1), p(sections.part_intro(section.part, language))]
        for criterion in section.criteria:
            story += [p(sections.criterion_heading(criterion), h2), p(sections.criterion_meta(criterion, language))]
            story += [p(block.text, body) for block in sections.text_blocks(criterion.text)]
            story += [p(item) for item in criterion.evidence]
            if criterion.rubric:
                story.append(table([(str(row.score), row.description) for row in criterion.rubric]))
    story.append(table(sections.weight_rows(content)))
    story.append(table(sections.deliverable_rows(content)))
    story += [p(text) for text in sections.declaration_statements(content)]
    story.append(table([(label, "") for label in sections.declaration_fields(language)]))
    return story


def plain_build(content: AnnexContent, font: str | None) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(plain_story(content, font))
    return buffer.getvalue()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    fonts = register_fonts()
    library, choices = chosen_criteria()
    content = build_annex_content(library, choices, FACTS, RISKS, other_weights=["60"])  # type: ignore[arg-type]
    data = app_build(library, choices)  # warm-up: font subsetting caches, imports
    plain_build(content, fonts.regular)
    plain_build(content, None)
    app, plain, helvetica = [], [], []
    for _ in range(RUNS):
        app.append(timed(lambda: app_build(library, choices)))
        plain.append(timed(lambda: plain_build(content, fonts.regular)))
        helvetica.append(timed(lambda: plain_build(content, None)))
    app_median, plain_median = statistics.median(app), statistics.median(plain)
    ratio = app_median / plain_median
    print(f"annex with {len(content.criteria)} criteria, {len(data) // 1024} KiB")
    print(f"  app annex build (domain + PDF): {app_median * 1000:7.1f} ms (median of {RUNS})")
    print(f"  plain reportlab, same fonts:    {plain_median * 1000:7.1f} ms")
    print(f"  plain reportlab, Helvetica:     {statistics.median(helvetica) * 1000:7.1f} ms (information)")
    print(f"ratio app / plain (same fonts): {ratio:.2f}  (target <= {TARGET})")
    print(f"ratio app / plain (Helvetica):  {app_median / statistics.median(helvetica):.2f}  (information)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
