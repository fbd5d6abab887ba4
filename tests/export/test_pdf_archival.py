"""The annex, the dossier PDF and the yearly report are PDF/A-2b and tagged: XMP identification, sRGB output
intent, embedded fonts, language, structure tree with marked content, figures with alternative text."""
from __future__ import annotations

import io

import pytest
from annex_samples import sample_content
from dossier_samples import TODAY, fill_full_dossier
from pdf_checks import marked_content, open_pdf, pdfa_problems, role_counts, structure
from PIL import Image, ImageCms
from report_samples import build
from reportlab.lib.units import mm

from isv_desktop.export import pdf_document
from isv_desktop.export.annex_pdf import build_annex_pdf
from isv_desktop.export.pdf_icc import srgb_icc_profile
from isv_desktop.services.session import open_session


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """The three PDFs, Dutch, and the report in English too."""
    folder = tmp_path_factory.mktemp("archival")
    files = {"annex": build_annex_pdf(sample_content()), "annex_en": build_annex_pdf(sample_content(language="en"))}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ISV_DESKTOP_HOME", str(folder / "home"))
        session, _, _ = build(folder)
        logo = io.BytesIO()
        Image.new("RGB", (300, 100), (31, 78, 121)).save(logo, format="PNG")
        session.reports.set_organisation(name="Gemeente Voorbeeld", logo=logo.getvalue())
        session.reports.add_target("applied_required", 100, 2027, {2024: 50, 2025: 60, 2026: 80})
        files["report"] = session.reports.write_pdf(2025, folder / "report.pdf", "nl")
        files["report_en"] = session.reports.write_pdf(2025, folder / "report-en.pdf", "en")
        session.close()
    session = open_session(folder / "d.sqlite", today=lambda: TODAY)
    dossier_id = fill_full_dossier(session)
    session.exports.write_pdf(dossier_id, folder / "dossier.pdf", "nl", include_personal_data=True)
    files["dossier"] = (folder / "dossier.pdf").read_bytes()
    session.close()
    return files


ALL = ("annex", "annex_en", "report", "report_en", "dossier")


@pytest.mark.parametrize("name", ALL)
def test_pdfa_2b_as_far_as_the_reproduced_verapdf_rules_go(pdfs, name):
    assert pdfa_problems(pdfs[name]) == []


@pytest.mark.parametrize("name", ALL)
def test_xmp_identification_title_language_and_output_intent(pdfs, name):
    language = "en-GB" if name.endswith("_en") else "nl-NL"
    with open_pdf(pdfs[name]) as pdf:
        xmp = pdf.open_metadata()
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
        assert xmp["dc:title"] == str(pdf.docinfo["/Title"]) and xmp["dc:title"]
        assert list(xmp["dc:language"]) == [language]
        assert str(pdf.Root.Lang) == language
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        assert intent.DestOutputProfile.read_bytes() == srgb_icc_profile()


@pytest.mark.parametrize("name", ALL)
def test_every_font_is_an_embedded_dejavu_or_droid_subset(pdfs, name):
    with open_pdf(pdfs[name]) as pdf:
        fonts = {str(f.BaseFont): f for page in pdf.pages for f in page.Resources.Font.values()}
        assert fonts and all("+DejaVuSans" in n or "+DroidSans" in n for n in fonts), sorted(fonts)
        assert all("/FontFile2" in f.FontDescriptor for f in fonts.values())


def test_the_srgb_profile_reads_as_srgb_in_little_cms():
    profile = ImageCms.ImageCmsProfile(io.BytesIO(srgb_icc_profile()))
    lab = ImageCms.createProfile("LAB")
    for colour in ((255, 0, 0), (31, 78, 121), (255, 255, 255), (12, 200, 40)):
        pixel = Image.new("RGB", (1, 1), colour)
        ours = ImageCms.profileToProfile(pixel, profile, lab, outputMode="LAB").getpixel((0, 0))
        builtin = ImageCms.profileToProfile(pixel, ImageCms.createProfile("sRGB"), lab, outputMode="LAB")
        assert ours == builtin.getpixel((0, 0))
    assert srgb_icc_profile()[8] == 2  # version 2.1


@pytest.mark.parametrize("name", ALL)
def test_tagged_every_mcid_in_the_tree_and_all_text_marked(pdfs, name):
    marked, problems = marked_content(pdfs[name])
    owner, _, tree_problems = structure(pdfs[name])
    assert problems == [] and tree_problems == []
    assert {(m.page, m.mcid) for m in marked} == set(owner)
    assert all(m.role == owner[(m.page, m.mcid)] for m in marked)  # the BDC tag names its element's role


def test_the_report_has_headings_tables_with_header_cells_and_figures_with_alternative_text(pdfs):
    counts = role_counts(pdfs["report"])
    assert counts["/H1"] >= 10 and counts["/Table"] >= 10 and counts["/TH"] >= 20 and counts["/TD"] >= 100
    _, elements, _ = structure(pdfs["report"])
    figures = [e for e in elements if e["S"] == "/Figure"]
    assert [f["Alt"] for f in figures][0] == "Logo van Gemeente Voorbeeld"
    chart = figures[1]["Alt"]
    assert chart.startswith("Staafdiagram") and "2025: " in chart and "(tussen)doel 60 %" in chart
    assert all("/BBox" in f["A"] for f in figures)
    scopes = {e["A"].get("/Scope") for e in elements if e["S"] == "/TH"}
    assert scopes == {"/Column", "/Row"}


def test_the_annex_has_headings_lists_and_tables(pdfs):
    counts = role_counts(pdfs["annex"])
    assert counts["/H1"] >= 5 and counts["/H2"] >= 3 and counts["/L"] >= 2 and counts["/LI"] == counts["/LBody"]
    assert counts["/Table"] >= 4 and counts["/TH"] >= 10


def test_a_table_split_over_pages_is_one_table_and_its_repeated_header_an_artifact():
    styles = pdf_document.document_styles()
    rows = [("Nummer", "Leverancier")] + [(str(n), f"Leverancier {n}") for n in range(1, 121)]
    meta = pdf_document.PdfMeta(title="Tabel", author="Test", subject="Tabel")
    data = pdf_document.build_pdf([pdf_document.data_table(rows, (30 * mm, 100 * mm), styles)], meta)
    counts = role_counts(data)
    with open_pdf(data) as pdf:
        assert len(pdf.pages) >= 3
    assert (counts["/Table"], counts["/TR"], counts["/TH"], counts["/TD"]) == (1, 121, 2, 240)
    _, problems = marked_content(data)
    assert problems == []  # the header row drawn again on each page is there, as an artifact


def test_the_english_report_describes_its_chart_in_english(pdfs):
    _, elements, _ = structure(pdfs["report_en"])
    alts = [e["Alt"] for e in elements if e["S"] == "/Figure"]
    assert alts[0] == "Logo of Gemeente Voorbeeld" and alts[1].startswith("Bar chart of the value achieved")
    assert "milestone or goal 60%" in alts[1]


def test_without_the_archival_step_the_checks_fail(monkeypatch):
    """The checks can fail: reportlab's own output has no XMP, output intent or structure tree."""
    monkeypatch.setattr(pdf_document, "make_archival", lambda data, language, tagger: data)
    data = build_annex_pdf(sample_content())
    problems = pdfa_problems(data)
    assert any(p.startswith("6.6.2.1-1") for p in problems) and any(p.startswith("6.2.3-2") for p in problems)
    assert structure(data)[2] == ["no StructTreeRoot or MarkInfo Marked true"]


def test_a_cmyk_jpeg_logo_goes_in_as_rgb(tmp_path, monkeypatch):
    """A CMYK JPEG would be DeviceCMYK in the PDF, next to the RGB output intent (veraPDF 6.2.4.3-4)."""
    monkeypatch.setenv("ISV_DESKTOP_HOME", str(tmp_path / "home"))
    session, _, _ = build(tmp_path)
    logo = io.BytesIO()
    Image.new("CMYK", (120, 60), (90, 40, 0, 20)).save(logo, format="JPEG")
    session.reports.set_organisation(name="Gemeente Voorbeeld", logo=logo.getvalue())
    data = session.reports.write_pdf(2025, tmp_path / "report.pdf", "nl")
    session.close()
    assert pdfa_problems(data) == []
    with open_pdf(data) as pdf:
        pictures = list(pdf.pages[0].Resources.XObject.values())
        assert [str(p.ColorSpace) for p in pictures] == ["/DeviceRGB"]
