"""Every file the program writes is written whole or not at all (issue 12, item 6).

A write that fails halfway — here a real one: the process's file-size limit
(``RLIMIT_FSIZE``) makes the operating system refuse every byte past a given
offset, as a full disk does — must leave the earlier file exactly as it was,
no temporary file behind, and a message naming the file instead of an
``OSError``.
"""
from __future__ import annotations

import errno
import os
import signal
import sqlite3
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from isv_desktop.atomic_file import replacing, write_bytes_atomically
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.suppliers import SupplierRole
from isv_desktop.services.session import list_backups, make_backup, open_session

resource = pytest.importorskip("resource", reason="the file-size limit needs POSIX")

TODAY = date(2026, 3, 2)
OLD = b"the earlier file, which must survive\n"


@contextmanager
def file_size_limit(size: int):
    """Every write past ``size`` bytes of any file fails with EFBIG, as a full disk fails with ENOSPC."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel ends the process
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def others_in(folder: Path, *expected: Path) -> list[str]:
    """Files in ``folder`` besides the expected ones (a temporary left behind shows here)."""
    return sorted(p.name for p in folder.iterdir() if p not in expected)


def assert_refused(error: pytest.ExceptionInfo, target: Path) -> None:
    assert error.value.message_id in ("file.disk_full", "file.write_failed")
    assert str(target) in error.value.message("nl") and str(target) in error.value.message("en")


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "db" / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def gloves(session):
    dossier = session.dossiers.create("Handschoenen")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.criteria.choose_suggestions(dossier.id)
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", role=SupplierRole.AWARDED, country="MY")
    return dossier.id, supplier.id


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def old_file(folder: Path, name: str) -> Path:
    target = folder / name
    target.write_bytes(OLD)
    return target


@contextmanager
def failing_write(kind: str, monkeypatch):
    """A PDF (made in memory) meets the file-size limit; a workbook is saved halfway."""
    if kind == "pdf":
        with file_size_limit(4096):
            yield
    else:
        with monkeypatch.context() as patch:
            patch.setattr("openpyxl.Workbook.save", save_halfway)
            yield


# -- the writer itself ----------------------------------------------------------------

def test_a_write_failing_halfway_leaves_the_old_file_and_no_temporary(out):
    target = old_file(out, "bijlage.pdf")
    with file_size_limit(1000), pytest.raises(UserError) as error:
        write_bytes_atomically(target, b"%PDF" + b"x" * 5000)
    assert error.value.message_id == "file.disk_full"
    assert target.read_bytes() == OLD and others_in(out, target) == []


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(out, interruption):
    target = old_file(out, "rapport.xlsx")
    with pytest.raises(interruption):
        with replacing(target) as temporary:
            temporary.write_bytes(b"half a workbook")
            raise interruption()
    assert target.read_bytes() == OLD and others_in(out, target) == []


def test_a_complete_write_replaces_the_file_and_leaves_nothing_else(out):
    target = old_file(out, "rapport.pdf")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new" and others_in(out, target) == []


@pytest.mark.parametrize("code, message_id", [(errno.ENOSPC, "file.disk_full"), (errno.EACCES, "file.no_permission"),
                                              (errno.EROFS, "file.read_only"), (errno.EIO, "file.write_failed")])
def test_operating_system_errors_become_messages_naming_the_file(out, monkeypatch, code, message_id):
    target = old_file(out, "vragenlijst.xlsx")

    def refuse(*args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError) as error:
        write_bytes_atomically(target, b"new")
    assert error.value.message_id == message_id and str(target) in error.value.message("en")
    assert target.read_bytes() == OLD and others_in(out, target) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(UserError) as error:
        write_bytes_atomically(tmp_path / "weg" / "bijlage.pdf", b"x")
    assert error.value.message_id == "file.folder_missing" and str(tmp_path / "weg") in error.value.message("nl")


# -- every writer the buyer reaches ------------------------------------------------------

def test_the_annex_pdf(session, gloves, out):
    dossier_id, _ = gloves
    target = old_file(out, "bijlage.pdf")
    with file_size_limit(4096), pytest.raises(UserError) as error:
        session.criteria.write_annex_pdf(dossier_id, target, "nl")
    assert_refused(error, target)
    assert target.read_bytes() == OLD and others_in(out, target) == []
    session.criteria.write_annex_pdf(dossier_id, target, "nl")
    assert target.read_bytes().startswith(b"%PDF") and others_in(out, target) == []


def save_halfway(workbook, filename) -> None:
    """openpyxl's ``Workbook.save`` writing part of the workbook before the disk is full.

    (The file-size limit would first stop openpyxl's own sheet files in the system's temp folder.)
    """
    if isinstance(filename, (str, os.PathLike)):
        with open(filename, "wb") as file:
            file.write(b"PK\x03\x04 half a workbook")
    else:
        filename.write(b"PK\x03\x04 half a workbook")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_the_questionnaire_xlsx_and_nothing_stored_when_it_fails(session, gloves, out, monkeypatch):
    dossier_id, supplier_id = gloves
    target = old_file(out, "vragenlijst.xlsx")
    with monkeypatch.context() as patch, pytest.raises(UserError) as error:
        patch.setattr("openpyxl.Workbook.save", save_halfway)
        session.questionnaires.export(dossier_id, supplier_id, target, "nl")
    assert_refused(error, target)
    assert target.read_bytes() == OLD and others_in(out, target) == []
    assert session.database.connection.execute("SELECT count(*) FROM questionnaires").fetchone()[0] == 0
    session.questionnaires.export(dossier_id, supplier_id, target, "nl")
    assert target.read_bytes().startswith(b"PK") and others_in(out, target) == []


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_dossier_pdf_and_workbook(session, gloves, out, kind, monkeypatch):
    dossier_id, _ = gloves
    target = old_file(out, f"dossier.{kind}")
    write = getattr(session.exports, f"write_{kind}")
    with failing_write(kind, monkeypatch), pytest.raises(UserError) as error:
        write(dossier_id, target)
    assert_refused(error, target)
    assert target.read_bytes() == OLD and others_in(out, target) == []


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_yearly_report_pdf_and_workbook(session, gloves, out, kind, monkeypatch):
    target = old_file(out, f"jaarrapportage.{kind}")
    write = getattr(session.reports, f"write_{kind}")
    report = session.reports.compute(2026)
    with failing_write(kind, monkeypatch), pytest.raises(UserError) as error:
        write(2026, target, "nl", report=report)
    assert_refused(error, target)
    assert target.read_bytes() == OLD and others_in(out, target) == []


def test_a_backup_is_complete_or_absent(tmp_path, session, gloves):
    path = session.database.path
    first = make_backup(path, reason="eerste")
    folder = first.parent
    before = sorted(folder.iterdir())
    size = first.stat().st_size
    with file_size_limit(size // 2), pytest.raises(UserError) as error:
        make_backup(path, reason="tweede")
    assert error.value.message_id in ("file.disk_full", "file.write_failed")
    assert sorted(folder.iterdir()) == before and list_backups(path) == [first]
    copy = sqlite3.connect(first)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
