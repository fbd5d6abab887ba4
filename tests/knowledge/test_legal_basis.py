"""The legal context table and the criteria that cite it: loaded strictly, every id known."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from isv_desktop.domain.criteria import CriterionType
from isv_desktop.domain.legal_basis import InstrumentKind
from isv_desktop.knowledge.criteria_library import CriteriaLibraryError, load_criteria_library
from isv_desktop.knowledge.legal_basis import load_legal_basis
from isv_desktop.paths import resources_dir

TABLE = "legal_basis.toml"


@pytest.fixture(scope="module")
def table():
    return load_legal_basis(resources_dir() / "criteria")


@pytest.fixture(scope="module")
def library():
    return load_criteria_library()


@pytest.fixture
def copy(tmp_path) -> Path:
    shutil.copytree(resources_dir() / "criteria", tmp_path / "criteria")
    return tmp_path


def edit(resources: Path, file: str, old: str, new: str) -> None:
    path = resources / "criteria" / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def broken(resources: Path) -> CriteriaLibraryError:
    with pytest.raises(CriteriaLibraryError) as caught:
        load_criteria_library(resources)
    return caught.value


def test_the_table_holds_the_instruments_with_their_numbers_and_dates(table):
    instruments = {i.id: i for i in table.instruments}
    assert set(instruments) == {"aw2012", "eu_2024_3015", "eu_2024_1760", "eu_2023_1115", "isv_rijk"}
    flr, eudr, csddd = instruments["eu_2024_3015"], instruments["eu_2023_1115"], instruments["eu_2024_1760"]
    assert flr.citation("nl") == "Verordening (EU) 2024/3015" and flr.source == "CELEX 32024R3015"
    assert flr.applies_from == date(2027, 12, 14)
    assert eudr.applies_from == date(2026, 12, 30) and "medium" in eudr.application("en")
    assert csddd.applies_from is None  # after the Omnibus the date is not certain: the help page says why
    assert instruments["aw2012"].source == "BWBR0032203"
    assert instruments["isv_rijk"].kind is InstrumentKind.POLICY
    assert {"aw2012.art_2_80", "aw2012.art_2_86", "aw2012.art_2_87", "aw2012.art_2_116"} <= {p.id for p in table}


def test_labels_name_article_instrument_subject_and_date(table):
    assert table["aw2012.art_2_116"].label("nl") == "art. 2.116 Aanbestedingswet 2012 (abnormaal lage inschrijvingen)"
    assert table["aw2012.art_2_116"].label("en") == "Article 2.116 Dutch Public Procurement Act 2012 (abnormally low tenders)"
    assert table["eu_2024_3015"].label("nl") == (
        "Verordening (EU) 2024/3015 (verbod op producten vervaardigd met dwangarbeid; "
        "van toepassing vanaf 14 december 2027)")
    assert table["eu_2023_1115"].label("en").endswith("applies from 30 December 2026 for large and medium operators)")


def test_criteria_cite_the_provisions_they_rely_on(library):
    def cited(criterion_id):
        return {p.id for p in library[criterion_id].legal_basis}

    assert cited("forced_labour.contract.significant") == {"eu_2024_3015", "aw2012.art_2_86"}
    assert "eu_2024_3015" in cited("solar.polysilicon.significant")
    assert "aw2012.art_2_116" in cited("living_wage.contract.basis")
    assert "aw2012.art_2_87" in cited("escalation.basis")
    assert "eu_2023_1115" in cited("palm_oil.certified.significant")
    assert cited("health_safety.contract.basis") == set()
    for criterion in library:
        if criterion.type is CriterionType.CONTRACT_CONDITION:
            assert "aw2012.art_2_80" not in {p.id for p in criterion.legal_basis}


def test_an_unknown_legal_basis_names_file_criterion_and_id(copy):
    edit(copy, "themas_arbeid.toml", 'legal_basis = ["eu_2024_3015", "aw2012.art_2_86"]',
         'legal_basis = ["eu_2024_3015", "aw2012.art_2_85"]')
    error = broken(copy)
    assert error.file == "themas_arbeid.toml" and error.criterion == "'forced_labour.contract.basis'"
    assert "unknown legal basis aw2012.art_2_85" in str(error) and TABLE in str(error)


def test_a_contract_condition_may_not_repeat_the_article_of_its_type(copy):
    edit(copy, "themas_arbeid.toml", 'legal_basis = ["eu_2024_3015", "aw2012.art_2_86"]',
         'legal_basis = ["eu_2024_3015", "aw2012.art_2_80"]')
    assert "aw2012.art_2_80" in str(broken(copy)) and "through its type" in str(broken(copy))


def test_legal_basis_must_be_a_list_without_repeats(copy):
    edit(copy, "themas_arbeid.toml", 'legal_basis = ["eu_2024_3015", "aw2012.art_2_86"]',
         'legal_basis = "eu_2024_3015"')
    assert "legal_basis must be a list" in str(broken(copy))


@pytest.mark.parametrize(("old", "new", "message"), [
    ('kind = "eu_directive"', 'kind = "richtlijn"', "kind 'richtlijn' is not one of"),
    ('instrument = "aw2012"\narticle = "2.116"', 'instrument = "aw2016"\narticle = "2.116"',
     "instrument 'aw2016' is not in the table"),
    ('id = "aw2012.art_2_87"', 'id = "aw2012.art_2_86"', "'aw2012.art_2_86': duplicate id"),
    ('article = "2.80"', 'article = "art. 2.80"', "must be a number"),
    ('checked = false\nnote = "Written from Article 69', 'checked = "nee"\nnote = "Written from Article 69',
     "checked must be true or false"),
    ('source = "CELEX 32024L1760"\n', '', "missing source"),
    ('applies_from = 2026-12-30\n', '', "applies_nl and applies_en go together"),
    ('subject_en = "abnormally low tenders"', 'subject_en = "abnormally low tenders"\ntitle = "x"',
     "unknown key(s) title"),
])
def test_a_broken_table_fails_naming_the_table(copy, old, new, message):
    edit(copy, TABLE, old, new)
    error = broken(copy)
    assert error.file == TABLE and message in str(error)


def test_a_missing_table_is_an_error(copy):
    (copy / "criteria" / TABLE).unlink()
    error = broken(copy)
    assert error.file == TABLE and "file not found" in str(error)
