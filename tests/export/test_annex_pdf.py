"""The tender annex PDF: what it says, that user text prints as typed, fonts, reproducibility."""
from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO

import pytest
from annex_samples import FACTS, REWORDED, collapsed, library, pdf_text, sample_content
from pypdf import PdfReader

from isv_desktop.domain.annex import AnnexRisk
from isv_desktop.domain.annex_builder import DossierFacts
from isv_desktop.domain.criteria import AcceptanceMode
from isv_desktop.domain.themes import Theme
from isv_desktop.export.annex_pdf import build_annex_pdf


@pytest.fixture(scope="module")
def dutch_pdf() -> bytes:
    return build_annex_pdf(sample_content())


def test_dutch_annex_holds_the_reworded_text_weight_declaration_and_page_numbers(dutch_pdf):
    text, pages = pdf_text(dutch_pdf)
    assert REWORDED in text
    assert "Weging: 15 %" in text
    assert "Verklaring van de inschrijver" in text and "Handtekening" in text and "\u2610" in text
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Kenmerk: INK-2026-014" in text
    for criterion_id in ("due_diligence.basis", "living_wage.award", "escalation.basis"):
        assert collapsed(library()[criterion_id].title_nl) in text
    assert "dwangarbeid (hoog) en leefbaar loon (gemiddeld)" in text  # {risks} filled
    assert "US DOL List of Goods 2022: Cotton, China" in text  # risk source
    assert "Overige gunningscriteria, waaronder prijs 85 %" in text and "Totaal 100 %" in text


def test_english_annex(dutch_pdf):
    data = build_annex_pdf(sample_content(language="en"))
    text, pages = pdf_text(data)
    assert f"page 1 of {pages}" in text and "Declaration of the tenderer" in text
    assert "Weight: 15%" in text and REWORDED in text
    assert collapsed(library()["escalation.basis"].text_en.splitlines()[0]) in text
    assert "pagina" not in text


def test_implicit_acceptance_prints_no_declaration():
    text, _ = pdf_text(build_annex_pdf(sample_content(acceptance=AcceptanceMode.IMPLICIT)))
    assert "Verklaring van de inschrijver" not in text and "\u2610" not in text
    assert "Door een inschrijving in te dienen aanvaardt Inschrijver" in text


TYPED = "Prijs < 5 & \"kwaliteit\" > 'x' <img src='/etc/passwd'/> <b>niet vet</b> &amp; &lt; <font name=\"Courier\">x</font>"


def test_markup_characters_in_custom_text_and_dossier_values_print_as_typed():
    facts = DossierFacts("Titel <i>met</i> & \"tekens\"", "REF<1>&2", "Gemeente 'A' & <B>")
    data = build_annex_pdf(sample_content(custom_text=TYPED + " {organisation}", facts=facts))
    text, _ = pdf_text(data)
    assert TYPED + " Gemeente 'A' & <B>" in text
    assert "Titel <i>met</i> & \"tekens\"" in text and "Kenmerk: REF<1>&2" in text
    assert b"/Subtype /Image" not in data and b"Courier" not in data  # no image loaded, no font switched


NAMES = ("Đồng Nai May Mặc", "Łódź Tekstil Sanayi", "宁波光伏科技有限公司", "Příliš žluťoučký kůň", "İğneada Şişe Çay")


@pytest.fixture(scope="module")
def names_pdf() -> bytes:
    facts = DossierFacts(f"Leveranciers {NAMES[0]}", "INK-Ł-1", NAMES[1])
    return build_annex_pdf(sample_content(custom_text=" · ".join(NAMES), facts=facts))


def test_names_in_polish_vietnamese_chinese_czech_turkish_extract_correctly(names_pdf):
    text, _ = pdf_text(names_pdf)
    assert " · ".join(NAMES) in text
    assert f"Leveranciers {NAMES[0]}" in text and NAMES[1] in text


def _pypdf_fonts(data: bytes) -> dict[str, bool]:
    """Base font name → embedded, from every page's font resources."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def test_fonts_are_embedded_subsets_including_the_cjk_fallback(names_pdf, tmp_path):
    fonts = _pypdf_fonts(names_pdf)
    assert all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts) and any("DroidSansFallback" in name for name in fonts)
    assert not any("Helvetica" in name or "ZapfDingbats" in name for name in fonts)
    if shutil.which("pdffonts"):
        path = tmp_path / "names.pdf"
        path.write_bytes(names_pdf)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        rows = [line.split() for line in lines[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), lines  # the "emb" column


def test_two_builds_are_byte_identical():
    assert build_annex_pdf(sample_content()) == build_annex_pdf(sample_content())


def test_metadata_and_bookmarks(dutch_pdf):
    reader = PdfReader(BytesIO(dutch_pdf))
    meta = reader.metadata
    assert meta.title == f"Bijlage ISV \u2014 {FACTS.title}" and meta.author == FACTS.organisation
    assert "Internationale Sociale Voorwaarden" in meta.subject and meta.creator == "ISV Desktop"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0].endswith("Inleiding") and any(t.endswith("Verklaring van de inschrijver") for t in titles)
    last = [item for item in reader.outline if not isinstance(item, list)][-1]
    assert reader.get_destination_page_number(last) == len(reader.pages) - 1  # declaration on the last page


def test_writes_to_a_path_or_a_file(tmp_path):
    content = sample_content()
    data = build_annex_pdf(content, tmp_path / "bijlage.pdf")
    assert (tmp_path / "bijlage.pdf").read_bytes() == data and data.startswith(b"%PDF-")
    buffer = BytesIO()
    build_annex_pdf(content, buffer)
    assert buffer.getvalue() == data


def test_a_risk_source_longer_than_a_page_still_builds_and_loses_nothing():
    source = " ".join(f"w{number:04d}" for number in range(6000))
    data = build_annex_pdf(sample_content(risks=(AnnexRisk(Theme.FORCED_LABOUR, "high", source),)))
    text, pages = pdf_text(data)
    assert pages > 5 and re.findall(r"w\d{4}", text) == source.split()
