"""Importing a dossier the file already holds: refused unless the buyer consents to a copy, which is titled
"(kopie)", marked, has its own due list once, and is never counted beside the original in the yearly report."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, fill_full_dossier  # noqa: E402

from isv_desktop.cli import main  # noqa: E402
from isv_desktop.domain.messages import UserError  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.storage.dossier_copies import DossierCopies  # noqa: E402

TABLES = ("dossiers", "suppliers", "questionnaires", "due_items", "progress_reports", "signals", "signal_followups",
          "report_exclusions")


def counts(session) -> dict[str, int]:
    return {t: session.database.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def due_of(session, dossier_id):
    return sorted((i.kind, i.title(), i.due_on) for i in session.due.for_dossier(dossier_id))


@pytest.fixture
def sender(tmp_path):
    session = open_session(tmp_path / "afzender.sqlite", today=lambda: TODAY)
    dossier_id = fill_full_dossier(session)
    path = session.exports.write_xlsx(dossier_id, tmp_path / "dossier.xlsx", include_personal_data=True)
    yield session, dossier_id, path
    session.close()


def year_of(session, dossier_id) -> int:
    return int(session.database.connection.execute(
        "SELECT substr(created_at, 1, 4) FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0])


def test_a_dossier_already_in_the_file_is_refused_without_consent_and_nothing_is_stored(sender):
    session, dossier_id, path = sender
    before = counts(session)
    with pytest.raises(UserError) as refused:
        session.exports.import_xlsx(path)
    assert refused.value.message_id == "import.exists_reference"
    assert "ZWO-2026-014" in refused.value.message("nl") and "already in the file" in refused.value.message("en")
    assert counts(session) == before
    assert session.exports.existing(session.exports.read_xlsx(path)).id == dossier_id


def test_as_a_copy_it_is_titled_marked_due_once_per_dossier_and_counted_once(sender):
    session, dossier_id, path = sender
    original_due = due_of(session, dossier_id)
    year = year_of(session, dossier_id)
    report_before = session.reports.compute(year)
    before = session.exports.snapshot(dossier_id, include_personal_data=True)

    copy_id = session.exports.import_xlsx(path, as_copy=True)

    copy = session.dossiers.get(copy_id)
    assert copy.title == "Bedrijfskleding buitendienst 2026–2030 (kopie)" and copy.reference == "ZWO-2026-014"
    assert DossierCopies(session.database).original(copy_id) == dossier_id
    assert DossierCopies(session.database).original(dossier_id) is None
    assert session.exports.snapshot(dossier_id, include_personal_data=True) == before
    assert due_of(session, dossier_id) == original_due and due_of(session, copy_id) == original_due
    stored = dict(session.database.connection.execute(
        "SELECT dossier_id, count(*) FROM due_items GROUP BY dossier_id").fetchall())
    assert stored[copy_id] == stored[dossier_id] and counts(session)["due_items"] == 2 * stored[dossier_id]
    assert counts(session)["signals"] == 1  # the public signal is followed up by both, not copied
    report = session.reports.compute(year)
    assert report.tenders == report_before.tenders and report.tenders.started == 1
    assert report.monitoring == report_before.monitoring and report.suppliers == report_before.suppliers
    assert [d.id for d in report.dossiers] == [dossier_id]
    [left_out] = report.left_out
    assert left_out.id == copy_id and f"Kopie van dossier {dossier_id}" in left_out.reason

    again = session.exports.import_xlsx(path, as_copy=True)  # a copy of a copy names the first original
    assert session.dossiers.get(again).title.endswith("(kopie 2)")
    assert DossierCopies(session.database).original(again) == dossier_id
    assert session.reports.compute(year).tenders.started == 1


def test_a_new_dossier_keeps_its_title_and_is_no_copy(sender, tmp_path):
    session, dossier_id, path = sender
    session.dossiers.edit(dossier_id, "reference", "ANDER-1")  # the file holds another tender of the same title
    new_id = session.exports.import_xlsx(path)
    assert session.dossiers.get(new_id).title == session.dossiers.get(dossier_id).title
    assert DossierCopies(session.database).original(new_id) is None and session.reports.left_out_reason(new_id) is None


def test_without_a_reference_the_same_title_is_the_same_dossier(sender, tmp_path):
    session, dossier_id, _ = sender
    session.dossiers.edit(dossier_id, "reference", "")
    path = session.exports.write_xlsx(dossier_id, tmp_path / "zonder-kenmerk.xlsx", include_personal_data=True)
    with pytest.raises(UserError) as refused:
        session.exports.import_xlsx(path)
    assert refused.value.message_id == "import.exists_title"
    session.dossiers.rename(dossier_id, "Andere titel")
    new_id = session.exports.import_xlsx(path)
    assert session.dossiers.get(new_id).title == "Bedrijfskleding buitendienst 2026–2030"


def test_a_deleted_dossier_does_not_block_its_import(sender):
    session, dossier_id, path = sender
    session.dossiers.delete(dossier_id)
    new_id = session.exports.import_xlsx(path)
    assert session.dossiers.get(new_id).title == "Bedrijfskleding buitendienst 2026–2030"
    assert DossierCopies(session.database).original(new_id) is None


def test_a_duplicate_is_a_copy_too_and_can_be_counted_again_deliberately(tmp_path):
    session = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    try:
        original = session.dossiers.create("Zonnepanelen")
        copy = session.dossiers.duplicate(original.id, " (copy)", language="en")
        assert DossierCopies(session.database).original(copy.id) == original.id
        year = year_of(session, original.id)
        assert session.reports.compute(year).tenders.started == 1
        assert session.reports.left_out_reason(copy.id).startswith(f"Copy of dossier {original.id}")
        session.reports.include(copy.id)  # it became a tender of its own
        assert session.reports.compute(year).tenders.started == 2
    finally:
        session.close()


def test_the_command_line_refuses_with_exit_2_and_imports_a_copy_with_as_copy(sender, capsys):
    session, dossier_id, path = sender
    database = str(session.database.path)
    before = counts(session)
    capsys.readouterr()
    assert main(["import", "--db", database, "--xlsx", str(path)]) == 2
    error = capsys.readouterr().err
    assert "staat al in het bestand" in error and "--as-copy" in error
    assert counts(session) == before
    assert main(["import", "--db", database, "--xlsx", str(path), "--as-copy", "--json", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Bedrijfskleding buitendienst 2026–2030 (copy)" in out
    assert counts(session)["dossiers"] == before["dossiers"] + 1
