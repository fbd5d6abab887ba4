"""The tender annex as an editable Word document: the PDF's chapters and criteria as Word headings, tables as
Word tables, the language set, and every text — markup- and formula-like too — kept as the plain text typed."""
from __future__ import annotations

import io

import docx
from annex_samples import sample_content
from docx.oxml.ns import qn

from isv_desktop.cli import main
from isv_desktop.export.annex_docx import write_annex_docx
from isv_desktop.export.annex_sections import chapter_title, criterion_heading, facts_rows, part_title, risk_rows
from isv_desktop.export.annex_text import annex_plain_text

ODD = "Opdrachtnemer <b>meldt</b> & herstelt; =SOM(A1:A9) blijft tekst, net als +31 en @leverancier.\nTweede regel"


def written(content) -> docx.document.Document:
    buffer = io.BytesIO()
    write_annex_docx(content, buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def headings(document) -> list[tuple[int, str]]:
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name
        if name == "Title" or name.startswith("Heading "):
            found.append((0 if name == "Title" else int(name.split()[1]), paragraph.text))
    return found


def all_text(document) -> str:
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_chapters_and_criteria_are_word_headings_in_the_pdfs_order():
    content = sample_content()
    found = headings(written(content))
    wanted = [(1, chapter_title(section.number, part_title(section.part, "nl"))) for section in content.sections]
    level_one = [heading for heading in found if heading[0] == 1]
    assert [h for h in level_one if h in wanted] == wanted
    assert [h for h in found if h[0] == 2] == [(2, criterion_heading(c)) for c in content.criteria]
    assert found[0][0] == 0  # the title


def test_tables_are_word_tables_with_a_repeating_header_row():
    content = sample_content()
    document = written(content)
    risks = next(table for table in document.tables if len(table.rows) > 1 and len(table.columns) == 3
                 and table.rows[1].cells[2].text == "US DOL List of Goods 2022: Cotton, China")
    assert [cell.text for cell in risks.rows[1].cells] == list(risk_rows(content)[0])
    assert risks.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    facts = document.tables[0]
    assert [[cell.text for cell in row.cells] for row in facts.rows] == [list(row) for row in facts_rows(content)]


def test_the_language_is_set_on_the_document():
    for language, tag in (("nl", "nl-NL"), ("en", "en-GB")):
        document = written(sample_content(language))
        lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
            qn("w:lang"))
        assert lang.get(qn("w:val")) == tag
        assert document.core_properties.language == tag


def test_a_reworded_criterion_with_markup_and_formulas_comes_back_as_the_text_typed():
    document = written(sample_content(custom_text=ODD))
    paragraphs = [p.text for p in document.paragraphs]
    assert ODD in paragraphs  # the line break is a Word line break, read back as "\n"
    assert not document.element.body.findall(".//" + qn("w:fldSimple"))  # no field, no formula


def test_every_text_of_the_plain_text_annex_is_in_the_document():
    content = sample_content("en")
    text = " ".join(all_text(written(content)).split())
    for line in annex_plain_text(content).splitlines()[1:]:  # the first is the title in capitals
        for piece in line.removeprefix("[ ] ").removeprefix("- ").replace(" | ", ": ").split(": "):
            piece = " ".join(piece.split())
            if piece and not set(piece) <= set("=-_"):
                assert piece in text, piece


def test_characters_word_cannot_hold_are_dropped_not_refused():
    document = written(sample_content(custom_text="Bell\x07 and form feed\x0c stay out"))
    assert "Bell and form feed stay out" in all_text(document)


def test_the_command_line_writes_the_annex_as_a_word_document(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    target = tmp_path / "bijlage.docx"
    assert main(["annex", "2", "--docx", str(target), "--db", str(db), "--lang", "en"]) == 0
    assert str(target) in capsys.readouterr().out
    document = docx.Document(str(target))
    assert any(name.startswith("Heading 2") for name in (p.style.name for p in document.paragraphs))
    assert not list(tmp_path.glob("*.tmp*"))
