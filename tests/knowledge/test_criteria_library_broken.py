"""A broken library file fails loudly, naming the file and the criterion."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from isv_desktop.knowledge.criteria_library import CriteriaLibraryError, load_criteria_library
from isv_desktop.paths import resources_dir

FILE = "themas_arbeid.toml"


@pytest.fixture
def copy(tmp_path) -> Path:
    """A writable copy of resources/criteria; returns the resources folder."""
    shutil.copytree(resources_dir() / "criteria", tmp_path / "criteria")
    return tmp_path


def edit(resources: Path, old: str, new: str, file: str = FILE, count: int = 1) -> None:
    path = resources / "criteria" / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def broken(resources: Path) -> CriteriaLibraryError:
    with pytest.raises(CriteriaLibraryError) as caught:
        load_criteria_library(resources)
    return caught.value


def test_the_copy_itself_loads(copy):
    assert len(load_criteria_library(copy)) > 0


def test_bad_type(copy):
    edit(copy, 'id = "child_labour.contract.basis"\nversion = 1\nfamily = "child_labour.contract"\ntype = "contract_condition"',
         'id = "child_labour.contract.basis"\nversion = 1\nfamily = "child_labour.contract"\ntype = "uitvoeringsvoorwaarde"')
    error = broken(copy)
    assert error.file == FILE and error.criterion == "'child_labour.contract.basis'"
    assert "uitvoeringsvoorwaarde" in str(error) and "contract_condition" in str(error)


def test_unknown_theme(copy):
    edit(copy, 'themes = ["child_labour"]', 'themes = ["child-labour"]')
    error = broken(copy)
    assert FILE in str(error) and "child_labour.contract.basis" in str(error) and "child-labour" in str(error)


def test_unknown_placeholder(copy):
    edit(copy, "Opdrachtnemer neemt in zijn plan van aanpak maatregelen op om kinderarbeid",
         "{leverancier} neemt in zijn plan van aanpak maatregelen op om kinderarbeid")
    error = broken(copy)
    assert "{leverancier}" in str(error) and "text_nl" in str(error) and FILE in str(error)


def test_placeholders_must_match_between_languages(copy):
    edit(copy, "In its plan of action the Contractor includes measures to prevent child labour",
         "In its plan of action {organisation} includes measures to prevent child labour")
    assert "different placeholders" in str(broken(copy))


def test_duplicate_id_names_both_files(copy):
    edit(copy, 'id = "discrimination.contract.basis"', 'id = "due_diligence.basis"')
    error = broken(copy)
    assert "duplicate id" in str(error) and "algemeen.toml" in str(error) and FILE in str(error)


def test_unknown_product_group(copy):
    edit(copy, '"natuursteen"]', '"marmer"]', file="productgroepen.toml")
    assert "marmer" in str(broken(copy))


def test_rubric_scores_must_rise(copy):
    edit(copy, "{ score = 3, nl = \"Het risico wordt onderkend", "{ score = 0, nl = \"Het risico wordt onderkend")
    assert "rubric scores" in str(broken(copy))


def test_award_criterion_without_weight(copy):
    edit(copy, 'default_weight = "5"\n', "")
    assert "default_weight" in str(broken(copy))


def test_missing_translation(copy):
    edit(copy, 'title_en = "Child labour: prevention and remediation"\n', "")
    assert "missing title_en" in str(broken(copy))


def test_misspelt_key(copy):
    edit(copy, "verification = [\"plan_of_action\"]", "verificaton = [\"plan_of_action\"]")
    assert "verificaton" in str(broken(copy))


def test_evidence_without_equivalent(copy):
    edit(copy, "of een gelijkwaardig bewijsstuk", "of een kopie")
    assert "gelijkwaardig" in str(broken(copy))


def test_two_variants_at_the_same_level(copy):
    edit(copy, 'family = "child_labour.contract"\ntype = "contract_condition"\nlevel = "significant"',
         'family = "child_labour.contract"\ntype = "contract_condition"\nlevel = "basis"')
    assert "two variants" in str(broken(copy))


def test_toml_syntax_error_names_the_file(copy):
    edit(copy, "[[criterion]]", "[[criterion]", file="productgroepen.toml")
    error = broken(copy)
    assert error.file == "productgroepen.toml" and "not valid TOML" in str(error)


def test_a_listed_file_that_is_missing(copy):
    (copy / "criteria" / FILE).unlink()
    assert FILE in str(broken(copy)) and "not found" in str(broken(copy))
