"""``isv-desktop due --lang en --json`` on the demo: items are structured, their titles English (issue 14)."""
import json
from datetime import date

from isv_desktop.cli import main

KEYS = {"kind", "step", "dossier_id", "dossier", "subject", "due_on", "state", "title"}
STEPS = {"questionnaire": 4, "plan_of_action": 4, "follow_up_action": 4, "credential_expiry": 4,
         "progress_report": 5, "corrective_action": 5, "escalation_response": 5, "signal_follow_up": 5}


def test_the_demo_due_list_in_english_is_non_empty_and_well_formed(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["due", "--db", str(path), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    today = date.fromisoformat(data["today"])
    items = data["overdue"] + data["upcoming"]
    assert data["overdue"] and len(items) >= 4
    for item in items:
        assert set(item) == KEYS, item
        assert item["step"] == STEPS[item["kind"]] and isinstance(item["subject"]["id"], int)
        due_on = date.fromisoformat(item["due_on"])
        assert item["state"] == ("late" if due_on < today else "due_soon"), item
        assert item["title"] and not any(word in item["title"] for word in ("Voortgangsrapportage", "Vragenlijst",
                                                                           "Plan van aanpak", "Corrigerende"))
    assert {"progress_report", "escalation_response", "signal_follow_up"} <= {i["kind"] for i in items}
    assert all(i in data["overdue"] for i in items if i["state"] == "late")


def test_the_human_due_list_writes_days_in_the_language_asked_for_and_json_stays_iso(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["due", "--db", str(path), "--json", "--lang", "en"]) == 0
    first = date.fromisoformat(json.loads(capsys.readouterr().out)["overdue"][0]["due_on"])
    for language, shown in (("en", first.strftime("%d/%m/%Y")), ("nl", first.strftime("%d-%m-%Y"))):
        assert main(["due", "--db", str(path), "--lang", language]) == 0
        out = capsys.readouterr().out
        assert f"  {shown}  " in out and first.isoformat() not in out, (language, out)
