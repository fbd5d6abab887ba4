"""``isv-desktop dossier status ID --json`` on the demo data: per step complete or not, what is missing, the next action."""
import json

import pytest

from isv_desktop.cli import main
from isv_desktop.domain.dossier import IsvDecision, applicability_complete
from isv_desktop.services.session import open_session


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("status") / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def status(capsys, path, dossier_id, *options):
    capsys.readouterr()
    assert main(["dossier", "status", str(dossier_id), "--db", str(path), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_status_of_each_demo_dossier_as_json(demo, capsys):
    session = open_session(demo)
    try:
        dossiers = session.dossiers.all()
        assert dossiers
        for dossier in dossiers:
            shown = status(capsys, demo, dossier.id)
            assert [s["step"] for s in shown["steps"]] == [
                "applicability", "risk_scan", "criteria", "suppliers", "monitoring"]
            for step in shown["steps"]:
                assert step["complete"] == (step["state"] == "complete")
                assert (step["state"] == "incomplete") == bool(step["missing"])
                assert (step["state"] == "not_needed") == ("not_needed" in step)
                assert all(m["message"].startswith("progress.") and m["text"] for m in step["missing"])
            assert shown["steps"][0]["complete"] == applicability_complete(dossier)
            first_open = next((s for s in shown["steps"] if s["state"] == "incomplete"), None)
            if first_open is None:
                assert shown["next"] is None
            else:
                assert shown["next"] == {"step": first_open["step"], **first_open["missing"][0]}
    finally:
        session.close()


def test_status_in_english_names_the_same_items(demo, capsys):
    session = open_session(demo)
    try:
        new = session.dossiers.create("Schoonmaak stadhuis").id  # beside the demo's: every step still open
    finally:
        session.close()
    dutch, english = status(capsys, demo, new), status(capsys, demo, new, "--lang", "en")
    assert not any(s["complete"] for s in dutch["steps"])
    for step_nl, step_en in zip(dutch["steps"], english["steps"], strict=True):
        assert [(m["message"], m["kind"], m["key"]) for m in step_nl["missing"]] == \
            [(m["message"], m["kind"], m["key"]) for m in step_en["missing"]]
        assert all(a["text"] != b["text"] for a, b in zip(step_nl["missing"], step_en["missing"], strict=True))
    assert english["next"] == {"step": "applicability", "message": "progress.field", "kind": "field",
                               "key": "organisation", "text": "Fill in ‘organisation’."}


def test_a_dossier_that_does_not_apply_isv_says_steps_2_to_5_are_not_needed(demo, capsys):
    session = open_session(demo)
    try:
        [dossier] = [d for d in session.dossiers.all() if d.decision is IsvDecision.NOT_APPLY]
    finally:
        session.close()
    shown = status(capsys, demo, dossier.id, "--lang", "en")
    assert [s["state"] for s in shown["steps"]] == ["complete"] + ["not_needed"] * 4
    for step in shown["steps"][1:]:
        assert step["complete"] is False and step["missing"] == []
        assert step["not_needed"]["message"] == "progress.not_needed"
        assert step["not_needed"]["text"].startswith("Not needed: step 1 decided not to apply the ISV (")
    assert shown["next"] is None
    capsys.readouterr()
    assert main(["dossier", "status", str(dossier.id), "--db", str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "– 2. risk_scan" and lines[2].startswith("    - Niet nodig: in stap 1 is besloten")


def test_status_of_a_dossier_that_does_not_exist_is_a_message(demo, capsys):
    assert main(["dossier", "status", "999", "--db", str(demo)]) == 2
    assert "999" in capsys.readouterr().err


def test_status_as_text(demo, capsys):
    capsys.readouterr()
    assert main(["dossier", "status", "1", "--db", str(demo), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("1. applicability") and lines[-1].startswith("Next: ")



def test_status_reads_and_stores_nothing(demo):
    session = open_session(demo)
    try:
        connection = session.database.connection
        before = connection.total_changes
        statements = []
        connection.set_trace_callback(statements.append)
        for dossier in session.dossiers.all():
            session.progress.status(dossier.id)
        connection.set_trace_callback(None)
        assert connection.total_changes == before
        assert statements and not any(s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "BEGIN"))
                                      for s in statements)
    finally:
        session.close()
