"""The dossier PDF: every step's content, contents and bookmarks, fonts, checks by qpdf, English, cancel."""
from __future__ import annotations

import shutil
import subprocess
from io import BytesIO

import pytest
from dossier_samples import (
    CHINESE,
    CONTACTS,
    MANAGER,
    PARTICIPANTS,
    TODAY,
    TURKISH_POLISH,
    VIETNAMESE,
    fill_full_dossier,
    pdf_text,
)
from pypdf import PdfReader

from isv_desktop.export.dossier_pdf import build_dossier_pdf
from isv_desktop.services.dossier_export import ExportCancelledError
from isv_desktop.services.session import open_session


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    session = open_session(folder / "d.sqlite", today=lambda: TODAY)
    dossier_id = fill_full_dossier(session)
    paths = {}
    for language in ("nl", "en"):
        paths[language] = session.exports.write_pdf(dossier_id, folder / f"dossier-{language}.pdf", language,
                                                    include_personal_data=True)  # the archive's copy
    paths["anonymous"] = session.exports.write_pdf(dossier_id, folder / "anoniem.pdf")  # to share: the default
    yield session, dossier_id, paths, folder
    session.close()


def test_every_step_is_in_the_dutch_pdf(exported):
    _, _, paths, _ = exported
    text, pages = pdf_text(paths["nl"].read_bytes())
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Kenmerk: ZWO-2026-014" in text and "Bedrijfskleding buitendienst 2026–2030" in text
    expected = [
        "Inhoud", "Samenvatting", "Stand van zaken per stap", "Belangrijkste risico's", "ISV-variant",
        # step 1
        "1 Dossier en toepasbaarheid", "€ 640.000,00", "01-01-2025 t/m 31-12-2027 (36 maanden)", "ISV toepassen",
        "Datum oproep tot mededinging 16-09-2024", "Leveringen of diensten — afgeleid van CPV-code 18110000-3",
        # step 2
        "2 Risicoscan", "Bangladesh (BD)", "Risicokaart: thema's per land", "US DOL List of Goods",
        "Bekend uit nieuws", "Overuren in piekseizoen", "rapport.pdf", "FNV", "Wees alert op wervingskosten",
        "Herleide herkomst van kritische grondstoffen", "Katoen China 24 % (2022/23;",
        "Verenigde Staten (US) 10-02-2025",
        # step 3
        "3 Criteria", "Eigen tekst van de inkoper", "tekst aangepast door de inkoper", "Weging: 12,5 %",
        "Totaal 100 %", "Gemeente Zwolle",
        # step 4
        "4 Leveranciers", "Kleding & Co <B.V.>", "KvK 12345678", "SA8000", "Zelfevaluatie, versie 1",
        "Totaalscore", "Redelijke inspanning", "Lijst productielocaties", CONTACTS[0],
        # step 5
        "5 Contractmonitoring", "Tijdlijn", "Voortgangsrapportage jaar 1", "Goed op weg", "Afspraken over audits",
        "Paspoorten ingehouden", "Wervingskosten terugbetalen", "Plan te laat", "Werkjas", "Dwangarbeid in katoen",
        "Geen katoen uit Xinjiang", MANAGER,
        # sources
        "Bronnen", "List of Goods Produced by Child Labor or Forced Labor", "ISV-criteriabibliotheek",
        "https://example.org/katoen",
    ]
    missing = [item for item in expected if item not in text]
    assert missing == []
    assert "{dossier_title}" not in text and "{plan_weeks}" not in text  # placeholders filled in


def test_names_in_vietnamese_polish_turkish_and_chinese_extract_correctly(exported):
    _, _, paths, _ = exported
    text, _ = pdf_text(paths["nl"].read_bytes())
    for name in (VIETNAMESE, TURKISH_POLISH, CHINESE, CONTACTS[1], CONTACTS[2]):
        assert name in text


def test_contents_bookmarks_and_metadata(exported):
    _, _, paths, _ = exported
    reader = PdfReader(paths["nl"])
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Samenvatting", "1 Dossier en toepasbaarheid", "2 Risicoscan"]
    assert titles[-1] == "Bronnen"
    contents = reader.pages[1].extract_text()
    assert "Inhoud" in contents and "2.2 Herleide herkomst van kritische grondstoffen" in contents \
        and "2.3 Risico's per thema" in contents
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) >= 7 and all(link["/Subtype"] == "/Link" for link in links)
    meta = reader.metadata
    assert meta.title.endswith("Bedrijfskleding buitendienst 2026–2030") and meta.author == "Gemeente Zwolle"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


@pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdffonts"), reason="qpdf/poppler not installed")
def test_qpdf_finds_no_errors_and_every_font_is_embedded(exported):
    _, _, paths, _ = exported
    for path in paths.values():
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        rows = [line.split() for line in lines[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), lines


def test_english_pdf(exported):
    _, _, paths, _ = exported
    text, pages = pdf_text(paths["en"].read_bytes())
    assert f"page 1 of {pages}" in text and "Reference: ZWO-2026-014" in text
    for words in ("Summary", "Risk scan", "Heat map: themes per country", "The buyer's judgement", "Suppliers",
                  "Plan of action", "Contract monitoring", "Corrective action", "Sources", "forced labour",
                  "Date of the call for competition 16/09/2024",
                  "Supplies or services — derived from CPV code 18110000-3",
                  "Traced origin of critical inputs", "Cotton China 24 % (2022/23;", "United States (US) 10/02/2025"):
        assert words in text
    assert "pagina" not in text and "Samenvatting" not in text


def test_without_personal_data_no_name_of_a_person_is_in_the_pdf(exported):
    _, _, paths, _ = exported
    data = paths["anonymous"].read_bytes()
    text, _ = pdf_text(data)
    for name in (*CONTACTS, PARTICIPANTS, MANAGER, "Marieke Jansen", "rapport.pdf", "plan.pdf"):
        assert name not in text
    assert "weggelaten" in text
    assert VIETNAMESE in text  # companies are not people


def test_the_same_dossier_gives_the_same_bytes(exported):
    session, dossier_id, _, _ = exported
    snapshot = session.exports.snapshot(dossier_id)
    context = session.exports.context(dossier_id, snapshot)
    assert build_dossier_pdf(snapshot, context) == build_dossier_pdf(snapshot, context)


def test_progress_runs_to_the_end_and_cancel_leaves_no_file(exported):
    session, dossier_id, _, folder = exported
    seen = []
    target = folder / "voortgang.pdf"
    session.exports.write_pdf(dossier_id, target, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1000, 1000) and [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 20
    before = sorted(p.name for p in folder.iterdir())
    calls = iter(range(10_000))
    with pytest.raises(ExportCancelledError):  # cancelled while reportlab lays the pages out
        session.exports.write_pdf(dossier_id, folder / "afgebroken.pdf", cancelled=lambda: next(calls) > 60)
    assert sorted(p.name for p in folder.iterdir()) == before
    target.write_bytes(b"old")
    with pytest.raises(ExportCancelledError):
        session.exports.write_pdf(dossier_id, target, cancelled=lambda: True)
    assert target.read_bytes() == b"old"  # an existing file is left as it was


def test_a_dossier_with_nothing_but_a_title_prints(tmp_path):
    session = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    try:
        dossier = session.dossiers.create("Leeg")
        path = session.exports.write_pdf(dossier.id, tmp_path / "leeg.pdf")
    finally:
        session.close()
    text, pages = pdf_text(path.read_bytes())
    assert pages >= 7 and "Er is nog geen risicoscan gemaakt." in text and "Er zijn geen criteria gekozen." in text
    assert len(PdfReader(BytesIO(path.read_bytes())).outline) >= 7
