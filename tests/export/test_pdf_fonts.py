"""Safe paragraph markup: escaped first, then font fallback for what DejaVu lacks."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from isv_desktop.export.pdf_document import document_styles
from isv_desktop.export.pdf_fonts import (
    FALLBACK,
    REPLACEMENT,
    clean_text,
    paragraph_markup,
    register_fonts,
    shorten_to_width,
    text_width,
)


def frag_text(markup: str) -> str:
    """The text reportlab reads from the markup."""
    return "".join(getattr(frag, "text", "") for frag in Paragraph(markup, document_styles().body).frags)


def test_markup_characters_are_escaped():
    assert paragraph_markup("<b>&\"'</b>") == "&lt;b&gt;&amp;\"'&lt;/b&gt;"
    assert frag_text(paragraph_markup("<img src='/etc/passwd'/> &amp;")) == "<img src='/etc/passwd'/> &amp;"


def test_chinese_runs_get_the_fallback_font_and_latin_stays_in_dejavu():
    markup = paragraph_markup("Đồng Nai 宁波光伏 <x> 有限")
    assert markup == (f'Đồng Nai <font name="{FALLBACK}">宁波光伏</font> &lt;x&gt; '
                      f'<font name="{FALLBACK}">有限</font>')


def test_line_breaks_and_unprintable_characters():
    assert paragraph_markup("a\r\nb\rc\nd") == "a<br/>b<br/>c<br/>d"
    assert paragraph_markup("a\nb", line_breaks=False) == "a b"
    assert clean_text("x\x00y\x1b\tz") == f"x{REPLACEMENT}y{REPLACEMENT} z"


def test_fonts_register_once_and_cover_the_scripts_we_need():
    fonts = register_fonts()
    assert register_fonts() is fonts
    for ch in "ĐồặŁóźİŞşğřžůčě€☐–“”":
        assert ord(ch) in fonts.main_coverage, ch
    for ch in "宁波光伏科技有限公司":
        assert ord(ch) not in fonts.main_coverage and ord(ch) in fonts.fallback_coverage


def test_shortening_fits_the_width():
    long = "宁波光伏科技有限公司 Łódź " * 20
    short = shorten_to_width(long, 200, 8)
    assert short.endswith("…") and text_width(short, 8) <= 200
    assert shorten_to_width("kort", 200, 8) == "kort"


SAFE_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Zs", "Co", "Cn"))


@settings(max_examples=200)
@given(st.lists(st.text(SAFE_CHARACTERS, min_size=1), max_size=8))
def test_reportlab_reads_back_exactly_the_text_given(words):
    text = " ".join(words)
    assert frag_text(paragraph_markup(text, line_breaks=False)) == text


@settings(max_examples=200)
@given(st.text())
def test_any_text_gives_markup_reportlab_accepts(text):
    paragraph = Paragraph(paragraph_markup(text), document_styles().body)
    paragraph.wrap(400, 10_000)
