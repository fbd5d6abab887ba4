"""The annex as HTML and plain text for the clipboard: same content, escaped HTML."""
from __future__ import annotations

from html.parser import HTMLParser

from annex_samples import REWORDED, sample_content

from isv_desktop.domain.annex_builder import DossierFacts
from isv_desktop.domain.criteria import AcceptanceMode
from isv_desktop.export.annex_sections import TextBlock, text_blocks
from isv_desktop.export.annex_text import annex_html, annex_plain_text

TYPED = "Prijs < 5 & \"kwaliteit\" > 'x' <img src='/etc/passwd'/> <script>alert(1)</script> &amp;"


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.data.append(data)


def read_html(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    return reader


def test_html_escapes_user_text_and_keeps_it_readable():
    facts = DossierFacts("Titel <i>x</i>", "REF&1", "Gemeente <Z>")
    html = annex_html(sample_content(custom_text=TYPED, facts=facts))
    reader = read_html(html)
    assert "img" not in reader.tags and "script" not in reader.tags and "i" not in reader.tags
    text = "".join(reader.data)
    assert TYPED in text and "Titel <i>x</i>" in text and "Gemeente <Z>" in text


def test_html_has_the_structure_a_word_processor_keeps():
    reader = read_html(annex_html(sample_content()))
    assert {"h1", "h2", "h3", "table", "p"} <= set(reader.tags)
    text = "".join(reader.data)
    assert REWORDED in text and "Weging: 15 %" in text and "Verklaring van de inschrijver" in text


def test_plain_text_is_the_same_content_without_markup():
    plain = annex_plain_text(sample_content(custom_text=TYPED))
    assert TYPED in plain and "Weging: 15 %" in plain
    assert "[ ] Inschrijver heeft kennisgenomen" in plain
    assert "Handtekening: ____" in plain
    assert "1\u2002Inleiding\n===" in plain


def test_english_and_implicit():
    plain = annex_plain_text(sample_content(language="en", acceptance=AcceptanceMode.IMPLICIT))
    assert "Declaration of the tenderer" not in plain and "By submitting a tender" in plain
    assert "Weight: 15%" in plain


def test_criterion_text_splits_into_paragraphs_and_list_items():
    blocks = text_blocks("Inleiding\nvervolg\n\na. eerste;\nloopt door\nb) tweede\n\n- los\n1. een")
    assert blocks == [
        TextBlock("Inleiding\nvervolg"),
        TextBlock("eerste;\nloopt door", "a."),
        TextBlock("tweede", "b)"),
        TextBlock("los", "-"),
        TextBlock("een", "1."),
    ]
    assert text_blocks("") == [] and text_blocks("e.g. not a list") == [TextBlock("e.g. not a list")]
