"""``isv-desktop demo`` then ``due --json``: the sample dossiers leave overdue and due-soon items (issue 14)."""
import json
from datetime import date

from isv_desktop.cli import main


def due_dates(data) -> list[date]:
    """Every item's due date, wherever the JSON keeps its items."""
    if isinstance(data, dict):
        found = [date.fromisoformat(data["due_on"])] if isinstance(data.get("due_on"), str) else []
        return found + [d for value in data.values() for d in due_dates(value)]
    if isinstance(data, list):
        return [d for value in data for d in due_dates(value)]
    return []


def test_due_as_json_on_the_demo_lists_overdue_and_due_soon_items(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    for language in ("nl", "en"):
        assert main(["due", "--db", str(path), "--json", "--lang", language]) == 0
        dates = due_dates(json.loads(capsys.readouterr().out))
        today = date.today()
        assert any(d < today for d in dates) and sum(today <= d for d in dates) >= 3, dates
