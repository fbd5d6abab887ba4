"""Table cells wrap at spaces and hyphenate only a word wider than its column; an annex heading never ends a page."""
from __future__ import annotations

import io
import re

import pytest
from annex_samples import sample_content
from hypothesis import given
from hypothesis import strategies as st
from pdf_checks import last_role_per_page
from pypdf import PdfReader
from reportlab.lib.units import mm

from isv_desktop.export.annex_pdf import build_annex_pdf
from isv_desktop.export.pdf_document import PdfMeta, build_pdf, data_table, document_styles
from isv_desktop.export.pdf_fonts import text_width
from isv_desktop.export.pdf_wrap import fit_long_words

CELL = "Leverancier nitrilhandschoenproducent Jansen BV"


def table_lines(width_mm: float) -> list[str]:
    rows = [("Naam", "Land"), (CELL, "Maleisië")]
    data = build_pdf([data_table(rows, (width_mm * mm, 30 * mm), document_styles())],
                     PdfMeta(title="Tabel", author="Test", subject="Tabel"))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    return [line.strip() for line in text.splitlines()]


def test_a_word_wider_than_its_column_starts_a_line_and_breaks_at_a_syllable_with_a_hyphen():
    lines = table_lines(30)
    assert "Leverancier" in lines  # not "Leverancier nitrilha"
    assert "nitrilhandschoen-" in lines and any(line.startswith("producent") for line in lines)
    assert not any(re.search(r"nitrilha$|^ndschoen", line) for line in lines)


def test_a_word_that_fits_its_column_is_never_split():
    lines = table_lines(46)  # 43 mm inside the padding; the word is 40.4 mm
    assert "nitrilhandschoenproducent" in lines and not any(line.endswith("-") for line in lines)


def test_a_word_without_a_syllable_that_fits_breaks_at_the_last_character_that_does():
    size, width = 8.5, 20 * mm
    out = fit_long_words("x" * 60, width, size)
    pieces = out.split("\n")
    assert len(pieces) > 1 and all(text_width(p, size) <= width for p in pieces)
    assert "".join(p.removesuffix("-") for p in pieces) == "x" * 60


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzëé", min_size=1, max_size=40), min_size=1, max_size=8),
       st.floats(min_value=8 * mm, max_value=60 * mm))
def test_every_line_fits_and_removing_the_breaks_gives_the_text_back(words, width):
    text = " ".join(words)
    out = fit_long_words(text, width, 8.5)
    assert all(text_width(w, 8.5) <= width for line in out.split("\n") for w in line.split())
    assert re.sub(r"-\n", "", out).replace("\n", " ") == text
    if all(text_width(w, 8.5) <= width for w in words):
        assert out == text


@pytest.mark.parametrize("sentences", [44, 46, 48, 50, 52])
def test_no_heading_is_the_last_thing_on_an_annex_page(sentences):
    """Long criterion texts move the headings after them down the pages; with 48 sentences a chapter heading
    stood alone at the foot of page 4 before headings were kept with what follows them."""
    sentence = "Opdrachtnemer betaalt werknemers op de productielocaties uiterlijk in 2028 een leefbaar loon. "
    data = build_annex_pdf(sample_content(custom_text=sentence * sentences))
    last = last_role_per_page(data)
    assert len(last) >= 4
    assert {page: role for page, role in last.items() if role in ("/H1", "/H2", "/H3")} == {}
