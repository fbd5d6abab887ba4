"""Step 3 through the services: suggestions from the scan, choices, texts, weights, the annex."""

import pytest
from pypdf import PdfReader

from isv_desktop.cli import main
from isv_desktop.domain.criteria import AmbitionLevel
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite")
    yield s
    s.close()


def scanned_gloves(session):
    dossier = session.dossiers.create("Handschoenen <GGD> & co")
    session.dossiers.edit(dossier.id, "reference", "GGD-\"2025\"-01")
    session.dossiers.edit(dossier.id, "organisation", "Gemeente Zwolle")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    return dossier.id


def test_forced_labour_high_brings_a_criterion_addressing_it(session):
    dossier_id = scanned_gloves(session)
    suggested = session.criteria.suggestions(dossier_id)
    assert any(Theme.FORCED_LABOUR in c.themes for c in suggested)
    assert all(c.level is AmbitionLevel.BASIS for c in suggested)  # the default ambition


def test_the_ambitious_level_brings_the_ambitious_variant(session):
    dossier_id = scanned_gloves(session)
    session.criteria.set_ambition(dossier_id, AmbitionLevel.AMBITIOUS)
    forced = [c for c in session.criteria.suggestions(dossier_id) if Theme.FORCED_LABOUR in c.themes and not c.general]
    assert forced and max(c.level for c in forced) is AmbitionLevel.AMBITIOUS


def test_choose_reword_weigh_reorder_and_revert(session):
    dossier_id = scanned_gloves(session)
    chosen = session.criteria.choose_suggestions(dossier_id)
    assert len(chosen) >= 3
    first = chosen[0].criterion_id
    session.criteria.set_text(dossier_id, first, "nl", "Eigen tekst <b>vet</b> & \"citaat\"")
    assert session.criteria.chosen(dossier_id)[0].custom_text_nl == "Eigen tekst <b>vet</b> & \"citaat\""
    session.criteria.move(dossier_id, first, 1)
    assert session.criteria.chosen(dossier_id)[1].criterion_id == first
    session.criteria.revert(dossier_id, first)
    assert session.criteria.chosen(dossier_id)[1].custom_text_nl is None
    with pytest.raises(UserError):
        session.criteria.set_weight(dossier_id, first, "veel")
    with pytest.raises(UserError):
        session.criteria.set_weight(dossier_id, first, "150")


def test_weights_add_up_with_the_other_criteria(session):
    dossier_id = scanned_gloves(session)
    award = [c for c in session.criteria.library if c.default_weight is not None][0]
    session.criteria.choose(dossier_id, award.id)
    session.criteria.set_weight(dossier_id, award.id, "20")
    session.criteria.set_other_weights(dossier_id, "80")
    assert session.criteria.weight_check(dossier_id).adds_up
    session.criteria.set_other_weights(dossier_id, "70")
    assert not session.criteria.weight_check(dossier_id).adds_up


def test_annex_pdf_from_the_command_line_prints_what_was_typed(session, tmp_path, capsys):
    dossier_id = scanned_gloves(session)
    chosen = session.criteria.choose_suggestions(dossier_id)
    session.criteria.set_text(dossier_id, chosen[0].criterion_id, "nl", "Tekst met <img src='/etc/passwd'/> & meer")
    database = session.database.path
    session.close()
    pdf = tmp_path / "bijlage.pdf"
    assert main(["annex", str(dossier_id), "--db", str(database), "--pdf", str(pdf)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Tekst met <img src='/etc/passwd'/> & meer" in text
    assert "Handschoenen <GGD> & co" in text
    assert "pagina 1 van" in text
    assert "dwangarbeid" in text.lower()
