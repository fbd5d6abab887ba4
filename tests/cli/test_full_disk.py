"""A full disk, for real: a small tmpfs is mounted and filled (issue 12, item 6).

Every command that writes — a signal into the dossier file, the yearly report,
the annex, the dossier export, the questionnaire — must stop with exit 2 and a
message in the buyer's language, print no traceback, leave no partial or
temporary file, keep an earlier file of the same name as it was, and leave the
dossier file intact with all it held before.

Mounting needs root (CI runs as root); elsewhere the tests skip with the reason.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from small_file_systems import small_file_system

from isv_desktop.cli import main
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.suppliers import SupplierRole
from isv_desktop.services.session import list_backups, make_backup, open_session

pytestmark = pytest.mark.slow

GLOVES = 2  # the demo's "Medische handschoenen GGD", with a scan and chosen criteria
OLD = b"an earlier file of the same name\n"


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, unmounted afterwards."""
    with small_file_system(tmp_path / "klein", size="3m") as point:
        yield point


def fill(folder: Path) -> Path:
    """Write a filler file until the disk refuses another byte."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while os.write(descriptor, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


def run(home: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ISV_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "isv_desktop", *argv], capture_output=True, text=True, env=env,
                          timeout=120)


def contents(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(connection.iterdump())
    finally:
        connection.close()


def demo_with_supplier(db: Path) -> int:
    assert main(["demo", "--db", str(db)]) == 0
    session = open_session(db)
    try:
        supplier = session.suppliers.add_supplier(GLOVES, "Top Glove Europe", role=SupplierRole.AWARDED, country="MY")
    finally:
        session.close()
    return supplier.id


def commands(db: Path, out: Path, supplier_id: int) -> list[list[str]]:
    return [
        ["signal", "add", "--text", "Dwangarbeid gemeld bij handschoenenfabriek", "--country", "MY", "--db", str(db)],
        ["report", "--year", "2026", "--pdf", str(out / "jaarrapportage.pdf"), "--db", str(db)],
        ["report", "--year", "2026", "--xlsx", str(out / "jaarrapportage.xlsx"), "--db", str(db), "--lang", "en"],
        ["annex", str(GLOVES), "--pdf", str(out / "bijlage.pdf"), "--db", str(db)],
        ["export", str(GLOVES), "--pdf", str(out / "dossier.pdf"), "--xlsx", str(out / "dossier.xlsx"), "--db", str(db)],
        ["questionnaire", "export", str(GLOVES), str(supplier_id), "--xlsx", str(out / "vragenlijst.xlsx"),
         "--db", str(db)],
    ]


def assert_refused(result: subprocess.CompletedProcess, argv: list[str]) -> None:
    assert result.returncode == 2, (argv, result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr, (argv, result.stderr)
    english = "--lang" in argv
    assert ("space" if english else "ruimte vrij") in result.stderr, (argv, result.stderr)


def test_every_writing_command_on_a_full_disk_refuses_with_a_message_and_loses_nothing(small_disk, tmp_path):
    db = small_disk / "dossiers.sqlite"
    supplier_id = demo_with_supplier(db)
    earlier = {name: small_disk / name for name in ("jaarrapportage.pdf", "bijlage.pdf", "vragenlijst.xlsx")}
    for path in earlier.values():
        path.write_bytes(OLD)
    before = contents(db)
    # A connection held open keeps the WAL files in place (as the window does); the WAL is emptied, so the
    # next write needs new blocks on the disk.
    keep = sqlite3.connect(db)
    try:
        keep.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(small_disk)
        present = sorted(p.name for p in small_disk.iterdir())
        for argv in commands(db, small_disk, supplier_id):
            result = run(tmp_path / "home", *argv)
            assert_refused(result, argv)
            assert sorted(p.name for p in small_disk.iterdir()) == present, argv  # no partial file, no temporary
            assert all(path.read_bytes() == OLD for path in earlier.values()), argv
    finally:
        keep.close()
    filler.unlink()
    assert contents(db) == before  # intact, with everything it held, and nothing half-stored


def test_output_files_on_a_full_disk_with_the_dossier_file_elsewhere(small_disk, tmp_path):
    db = tmp_path / "dossiers.sqlite"
    supplier_id = demo_with_supplier(db)
    earlier = small_disk / "dossier.xlsx"
    earlier.write_bytes(OLD)
    before = contents(db)
    fill(small_disk)
    present = sorted(p.name for p in small_disk.iterdir())
    for argv in commands(db, small_disk, supplier_id)[1:]:
        result = run(tmp_path / "home", *argv)
        assert_refused(result, argv)
        target = next(Path(word) for word in argv if word.startswith(str(small_disk)))
        assert str(target) in result.stderr, (argv, result.stderr)  # the file is named
        assert sorted(p.name for p in small_disk.iterdir()) == present, argv
    assert earlier.read_bytes() == OLD
    assert contents(db) == before  # the questionnaire that could not be written was not recorded as sent


def test_a_backup_onto_a_full_disk_leaves_no_partial_copy(small_disk, tmp_path):
    db = small_disk / "dossiers.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    first = make_backup(db, reason="eerste")
    fill(small_disk)
    present = sorted(p.name for p in first.parent.iterdir())
    with pytest.raises(UserError) as error:
        make_backup(db, reason="tweede")
    assert error.value.message_id == "file.disk_full" and str(first.parent) in error.value.message("nl")
    assert sorted(p.name for p in first.parent.iterdir()) == present and list_backups(db) == [first]


def test_opening_a_dossier_file_on_a_full_disk_says_the_disk_is_full(small_disk, tmp_path):
    db = small_disk / "dossiers.sqlite"
    session = open_session(db)
    session.dossiers.create("Schoolmaaltijden")
    session.close()  # the last connection removes the WAL files; opening again must make them
    before = contents(db)
    filler = fill(small_disk)
    argv = ["dossier", "list", "--db", str(db), "--json"]
    result = run(tmp_path / "home", *argv)
    filler.unlink()
    assert_refused(result, argv)
    assert "schijf is vol" in result.stderr
    assert contents(db) == before
