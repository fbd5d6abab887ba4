"""Export and import through the service: exact round trip, copies, refusals, one transaction, any text."""
from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import CONTACTS, TODAY, fill_full_dossier, pdf_text  # noqa: E402

from isv_desktop.cli import export_commands  # noqa: E402
from isv_desktop.domain.messages import UserError  # noqa: E402
from isv_desktop.domain.steps import StepId  # noqa: E402
from isv_desktop.services.dossier_export import ExportCancelledError, render_pdf, render_xlsx  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.storage.dossier_import_repository import DossierImportRepository  # noqa: E402

TABLES = ("dossiers", "scan_groups", "scan_countries", "scan_traced_inputs", "scan_snapshots", "theme_judgements",
          "own_risks", "stakeholder_consultations", "criteria_settings", "chosen_criteria", "suppliers",
          "supplier_credentials", "questionnaires", "plans_of_action", "plan_assessments", "follow_up_actions", "due_items", "meetings",
          "progress_reports", "progress_report_points", "signals", "signal_followups", "audits", "corrective_actions",
          "escalations", "delivered_products")


def open_at(path: Path):
    return open_session(path, today=lambda: TODAY)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shared")
    session = open_at(folder / "afzender.sqlite")
    dossier_id = fill_full_dossier(session)
    path = session.exports.write_xlsx(dossier_id, folder / "dossier.xlsx", include_personal_data=True)
    yield session, dossier_id, path, folder
    session.close()


def counts(session) -> dict[str, int]:
    return {t: session.database.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_the_snapshot_links_parts_by_supplier_number(shared):
    session, dossier_id, _, _ = shared
    snapshot = session.exports.snapshot(dossier_id, include_personal_data=True)
    assert [s.id for s in snapshot.suppliers] == [1, 2, 3, 4]
    assert snapshot.suppliers[2].parent_id == 2 and snapshot.suppliers[1].role.value == "awarded"
    assert snapshot.escalations[0].supplier_id == 2 and snapshot.audits[0].supplier_id == 3
    assert len(snapshot.actions_of(snapshot.audits[0])) == 2 and snapshot.scan is not None
    assert snapshot.questionnaires_of(snapshot.suppliers[1])[0].answers and snapshot.own_risks[0].attachment


def test_import_into_another_file_gives_an_equal_dossier_with_its_due_list(shared, tmp_path):
    session, dossier_id, path, _ = shared
    other = open_at(tmp_path / "ontvanger.sqlite")
    try:
        new_id = other.exports.import_xlsx(path)
        assert other.exports.snapshot(new_id, include_personal_data=True) == session.exports.snapshot(
            dossier_id, include_personal_data=True)
        due = [(i.kind, i.title(), i.due_on) for i in session.due.for_dossier(dossier_id)]
        assert [(i.kind, i.title(), i.due_on) for i in other.due.for_dossier(new_id)] == due
        assert other.dossiers.get(new_id).next_due_date == session.dossiers.get(dossier_id).next_due_date
        steps = other.progress.status(new_id)
        assert steps.step(StepId.RISK_SCAN).complete and steps.step(StepId.SUPPLIERS).complete
    finally:
        other.close()


def test_a_refused_workbook_stores_nothing(shared, tmp_path):
    session, _, path, _ = shared
    book = openpyxl.load_workbook(path)
    for row in book["Identificatie"].iter_rows(min_row=2):
        if row[0].value == "format_version":
            row[1].value = "7"
    newer = tmp_path / "nieuwer.xlsx"
    book.save(newer)
    foreign = tmp_path / "ander.xlsx"
    openpyxl.Workbook().save(foreign)
    before = counts(session)
    for source, words in ((newer, "nieuwere versie"), (foreign, "geen dossier van ISV Desktop")):
        with pytest.raises(UserError) as refused:
            session.exports.import_xlsx(source)
        assert words in refused.value.message("nl")
    assert counts(session) == before


def test_an_import_that_fails_halfway_leaves_nothing_behind(shared, monkeypatch):
    session, _, path, _ = shared
    before = counts(session)

    def broken(self, *args, **kwargs):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(DossierImportRepository, "_insert_monitoring", broken)
    with pytest.raises(sqlite3.OperationalError):
        session.exports.import_xlsx(path, as_copy=True)  # the file holds it: a copy, which fails halfway
    assert counts(session) == before


def test_without_personal_data(shared, tmp_path):
    session, dossier_id, _, _ = shared
    snapshot = session.exports.snapshot(dossier_id, include_personal_data=False)
    assert {s.contact_person for s in snapshot.suppliers} == {""}
    assert {m.participants for m in snapshot.meetings} == {""}
    assert snapshot.dossier.contract_manager == "" and snapshot.plan_of(snapshot.suppliers[1]).attachment is None
    path = session.exports.write_xlsx(dossier_id, tmp_path / "gedeeld.xlsx", include_personal_data=False)
    other = open_at(tmp_path / "ontvanger.sqlite")
    try:
        imported = other.exports.snapshot(other.exports.import_xlsx(path))
    finally:
        other.close()
    assert imported == snapshot


def test_cancel_leaves_no_file_and_progress_is_reported(shared, tmp_path, monkeypatch):
    session, dossier_id, _, _ = shared
    scratch_folder = tmp_path / "scratch"  # this test's own temporary folder: other test runs share /tmp
    scratch_folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_folder))
    seen = []
    session.exports.write_xlsx(dossier_id, tmp_path / "a.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 1000) and seen[-1] == (1000, 1000)
    scratch = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    calls = iter(range(1000))
    for write, name in ((session.exports.write_xlsx, "b.xlsx"), (session.exports.write_pdf, "b.pdf")):
        with pytest.raises(ExportCancelledError):
            write(dossier_id, tmp_path / name, cancelled=lambda: next(calls) > 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "scratch"]
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= scratch  # nor scraps of the workbook


def test_the_slow_parts_run_in_a_worker_thread_without_the_database(shared, tmp_path):
    """The GUI reads on its own thread and writes (or reads a file) in a worker: SQLite stays on one thread."""
    session, dossier_id, path, _ = shared
    snapshot, context = session.exports.prepare(dossier_id, include_personal_data=True)
    results: dict[str, object] = {}

    def work() -> None:
        results["pdf"] = render_pdf(snapshot, context, tmp_path / "w.pdf")
        results["xlsx"] = render_xlsx(snapshot, context, tmp_path / "w.xlsx")
        results["read"] = session.exports.read_xlsx(path)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert results["read"] == snapshot and (tmp_path / "w.pdf").exists()
    new_id = session.exports.store(results["read"], as_copy=True)  # the file holds it already
    assert session.dossiers.get(new_id).title.startswith(snapshot.dossier.title)


def test_command_line_export_and_import(shared, tmp_path, capsys):
    session, dossier_id, _, _ = shared
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path)
    common.add_argument("--lang", default=None)
    parser = argparse.ArgumentParser()
    export_commands.register(parser.add_subparsers(dest="command"), common)
    database = str(session.database.path)
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    args = parser.parse_args(["export", str(dossier_id), "--db", database, "--pdf", str(pdf), "--xlsx", str(xlsx),
                              "--no-personal-data", "--lang", "en"])
    assert args.func(args) == 0 and pdf.exists() and xlsx.exists()
    assert CONTACTS[0] not in pdf_text(pdf.read_bytes())[0] and "Summary" in pdf_text(pdf.read_bytes())[0]
    capsys.readouterr()
    args = parser.parse_args(["import", "--db", str(tmp_path / "nieuw.sqlite"), "--xlsx", str(xlsx), "--json"])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 1, "title": "Bedrijfskleding buitendienst 2026–2030"}
    args = parser.parse_args(["export", str(dossier_id), "--db", database])
    assert args.func(args) == 2


SPECIAL = ["<b>vet</b> &amp; &lt;", "<img src='/etc/passwd'/>", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)",
           "tab\there\nnieuwe regel\r\nwindows", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eabc",
           "😀👍🏽", "宁波光伏科技有限公司 Đồng Nai Łódź", "#N/A", "]]>", "\x0b\x1f\ufffe", "_x0041_"]
notes = st.one_of(st.sampled_from(SPECIAL), st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
                  st.tuples(st.sampled_from(["=", "+", "-", "@"]), st.text(max_size=30)).map("".join))
subjects = st.one_of(st.just("Werkkleding"), st.sampled_from(SPECIAL),
                     st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8).map(
                         lambda unit: (unit * 100_000)[:100_000]))


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """A sender's and a receiver's dossier file, kept over the examples (the knowledge base loads once)."""
    folder = tmp_path_factory.mktemp("pair")
    sender, receiver = open_at(folder / "afzender.sqlite"), open_at(folder / "ontvanger.sqlite")
    yield sender, receiver, folder, itertools.count(1)
    sender.close()
    receiver.close()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(note=notes, subject=subjects)
@example(note="<img src='/etc/passwd'/> =1+1", subject=("Notitie van honderdduizend tekens. " * 3000)[:100_000])
@example(note="regel\r\n" * 250, subject="a\n" * 50_000)  # thousands of lines: laid out in linear time
def test_any_text_survives_export_and_import_and_never_becomes_a_formula(pair, note, subject):
    sender, receiver, folder, numbers = pair
    number = next(numbers)
    dossier_id = fill_full_dossier(sender, title=f"Dossier {number}", text=note, subject=subject)
    sender.dossiers.edit(dossier_id, "reference", f"ZWO-2026-{number:03d}")  # a dossier of its own each time
    original = sender.exports.snapshot(dossier_id, include_personal_data=True)
    path = sender.exports.write_xlsx(dossier_id, folder / "d.xlsx", include_personal_data=True)
    assert receiver.exports.snapshot(receiver.exports.import_xlsx(path), include_personal_data=True) == original
    sender.exports.write_pdf(dossier_id, folder / "d.pdf", include_personal_data=True)
    assert (folder / "d.pdf").stat().st_size > 10_000
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type not in ("f", "e") for cell in row), sheet.title
