"""A damaged JSON value in an intact file: the part is named (dossier, step), nothing is written, a rescan heals it."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, damaged_copy, fill_full_dossier  # noqa: E402

from isv_desktop.domain.damaged_parts import DamagedPart, DamagedPartError  # noqa: E402
from isv_desktop.domain.steps import StepId  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402

TITLE = "Kleding buitendienst"
#: (part, statement): each writes a value another program could have left, as plain sqlite3 would.
DAMAGES = {
    "scan_not_json": (DamagedPart.SCAN, "UPDATE scan_snapshots SET record_json = '{broken'"),
    "scan_not_a_scan": (DamagedPart.SCAN, "UPDATE scan_snapshots SET record_json = '[1, 2]'"),
    "scan_too_deep": (DamagedPart.SCAN, "UPDATE scan_snapshots SET record_json = '" + "[" * 100_000 + "'"),
    "questions": (DamagedPart.QUESTIONNAIRE, "UPDATE questionnaires SET questions_json = 'vragen'"),
    "answers": (DamagedPart.QUESTIONNAIRE, "UPDATE questionnaires SET answers_json = '[{\"answer\": \"ja\"}]'"),
    "components": (DamagedPart.DELIVERED_PRODUCT, "UPDATE delivered_products SET components_json = '{\"a\": 1}'"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("parts") / "template.sqlite"
    session = open_session(path, today=lambda: TODAY)
    dossier_id = fill_full_dossier(session, title=TITLE)
    session.close()
    return path, dossier_id


def damaged(template, folder: Path, damage: str) -> Path:
    return damaged_copy(template[0], folder, DAMAGES[damage][1])


def read_part(session, dossier_id: int, part: DamagedPart):
    if part is DamagedPart.SCAN:
        return session.risk_scan.stored_scan(dossier_id)
    if part is DamagedPart.QUESTIONNAIRE:
        return [session.questionnaires.for_supplier(s.id) for s in session.suppliers.suppliers(dossier_id)]
    return session.monitoring.delivered_products(dossier_id)


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_reading_the_part_names_dossier_and_step_and_writes_nothing(template, tmp_path, damage):
    part = DAMAGES[damage][0]
    session = open_session(damaged(template, tmp_path, damage), today=lambda: TODAY)
    try:
        changes = session.database.connection.total_changes
        with pytest.raises(DamagedPartError) as raised:
            read_part(session, template[1], part)
        error = raised.value
        assert (error.part, error.dossier_id) == (part, template[1])
        step = error.step.number
        assert f"Stap {step} van dossier ‘{TITLE}’" in error.message("nl")
        assert f"Step {step} of dossier ‘{TITLE}’" in error.message("en")
        for language, words in (("nl", ("De rest van het dossier is in orde", "reservekopie")),
                                ("en", ("The rest of the dossier is intact", "backup"))):
            assert all(word in error.message(language) for word in words)
        assert session.database.connection.total_changes == changes
    finally:
        session.close()


def test_a_damaged_scan_leaves_steps_3_and_4_working_and_scan_again_replaces_it(template, tmp_path):
    session = open_session(damaged(template, tmp_path, "scan_not_json"), today=lambda: TODAY)
    dossier_id = template[1]
    try:
        with pytest.raises(DamagedPartError) as raised:
            session.risk_scan.stored_scan(dossier_id)
        assert raised.value.step is StepId.RISK_SCAN
        assert "Opnieuw scannen" in raised.value.message("nl") and "Scan again" in raised.value.message("en")
        judged = {t for t, j in session.risk_scan.judgements(dossier_id).items() if j.priority is not None
                  and j.priority.value == "high"}
        assert judged and session.criteria.high_priority_themes(dossier_id) == judged  # the buyer's own judgement
        assert session.criteria.suggestions(dossier_id)  # step 3 still suggests
        winner = next(s for s in session.suppliers.suppliers(dossier_id) if s.role.value == "awarded")
        assert session.questionnaires.for_supplier(winner.id)  # step 4 reads its questionnaires
        result, diff = session.risk_scan.rescan_with_changes(dossier_id)  # the remedy the message names
        assert diff is None and session.risk_scan.stored_scan(dossier_id).result == result
        assert session.progress.status(dossier_id).step(StepId.RISK_SCAN).complete
    finally:
        session.close()


def test_a_damaged_component_list_does_not_stop_a_signal_from_matching_the_other_dossiers(template, tmp_path):
    path = damaged(template, tmp_path, "components")
    session = open_session(path, today=lambda: TODAY)
    try:
        other = session.dossiers.create("Werkkleding")
        session.suppliers.add_supplier(other.id, "Kledingmaker BV", country="BD")
        _, touched = session.signals.log("Vakbondsleider ontslagen bij kledingfabriek", country="BD")
        assert other.id in {touch.dossier_id for touch in touched}
    finally:
        session.close()


def test_a_damaged_target_is_named_instead_of_a_traceback(tmp_path):
    from isv_desktop.domain.messages import UserError

    path = tmp_path / "dossiers.sqlite"
    session = open_session(path, today=lambda: TODAY)
    session.reports.add_target("applied_required", "100", 2027, {2026: "80"})
    session.close()
    with sqlite3.connect(path) as other:
        other.execute("UPDATE report_targets SET milestones_json = '{\"2026\": \"veel\"'")
    session = open_session(path, today=lambda: TODAY)
    try:
        with pytest.raises(UserError) as caught:
            session.reports.targets()
        assert caught.value.message_id == "report.damaged_target"
        assert "applied_required" in caught.value.message("en") and "2027" in caught.value.message("en")
    finally:
        session.close()
