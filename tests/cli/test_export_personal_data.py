"""``isv-desktop export`` leaves personal data out unless --include-personal-data is given."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import CONTACTS, MANAGER, PARTICIPANTS, TODAY, fill_full_dossier, pdf_text  # noqa: E402

from isv_desktop.cli import main  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402

NAMES = (*CONTACTS, MANAGER, PARTICIPANTS.split(" (")[0])


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "dossiers.sqlite"
    session = open_session(path, today=lambda: TODAY)
    try:
        dossier_id = fill_full_dossier(session)
    finally:
        session.close()
    return path, dossier_id


def names_in(pdf: Path, xlsx: Path) -> set[str]:
    """The names found in the PDF's text or any cell, whitespace ignored (a narrow column breaks words)."""
    text = "".join(pdf_text(pdf.read_bytes())[0].split())
    cells = " ".join(str(c.value) for s in openpyxl.load_workbook(xlsx).worksheets for r in s.iter_rows() for c in r)
    return {name for name in NAMES if "".join(name.split()) in text or name in cells}


@pytest.mark.parametrize("options", [[], ["--no-personal-data"]], ids=["default", "old option"])
def test_export_leaves_personal_data_out_by_default(database, tmp_path, capsys, options):
    path, dossier_id = database
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    assert main(["export", str(dossier_id), "--db", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx),
                 *options]) == 0
    assert names_in(pdf, xlsx) == set()


def test_export_keeps_personal_data_when_asked(database, tmp_path, capsys):
    path, dossier_id = database
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    assert main(["export", str(dossier_id), "--db", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx),
                 "--include-personal-data"]) == 0
    assert names_in(pdf, xlsx) == set(NAMES)


def test_asking_for_both_is_refused(database, tmp_path, capsys):
    path, dossier_id = database
    with pytest.raises(SystemExit) as refused:
        main(["export", str(dossier_id), "--db", str(path), "--pdf", str(tmp_path / "d.pdf"),
              "--include-personal-data", "--no-personal-data"])
    assert refused.value.code == 2 and not (tmp_path / "d.pdf").exists()
