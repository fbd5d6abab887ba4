"""``isv-desktop due`` writes the list as it reads it, a page at a time (issue 15): its output is what writing the
whole list at once gave, and no read returns more than a page."""
import json
from datetime import date, timedelta

import pytest

from isv_desktop.cli import due_command, main
from isv_desktop.domain.day_format import format_day
from isv_desktop.services.session import open_session
from isv_desktop.storage.due_repository import DueRepository


def written_at_once(path, within: int, language: str, as_json: bool) -> str:
    """The former command: the whole list read into memory (``DueService.due_list``), then written (days in the
    language asked for, issue 14)."""
    session = open_session(path)
    try:
        due = session.due.due_list(within)
    finally:
        session.close()
    if as_json:
        return json.dumps({"today": due.today.isoformat(), "language": language,
                           "overdue": [i.as_json(due.today, language) for i in due.overdue],
                           "upcoming": [i.as_json(due.today, language) for i in due.upcoming]},
                          ensure_ascii=False, indent=2) + "\n"
    lines = []
    for label, items in (("Te laat / overdue", due.overdue),
                         (f"Binnen {within} dagen / within {within} days", due.upcoming)):
        lines.append(f"{label}: {len(items)}")
        lines += [f"  {format_day(i.due_on, language)}  stap/step {i.step.number}  {i.dossier_title}: {i.title(language)}"
                  for i in items]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "d.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.mark.parametrize("page_size", [1, 2, 500])
@pytest.mark.parametrize("within, language, as_json", [
    (30, "en", True), (30, "nl", True), (400, "en", True), (0, "nl", True), (30, "nl", False), (400, "en", False),
    (0, "nl", False),
])
def test_the_demo_list_is_written_as_the_whole_list_was(demo, capsys, monkeypatch, page_size, within, language,
                                                        as_json):
    monkeypatch.setattr(due_command, "PAGE_SIZE", page_size)
    capsys.readouterr()
    args = ["due", "--db", str(demo), "--within", str(within), "--lang", language] + (["--json"] if as_json else [])
    assert main(args) == 0
    assert capsys.readouterr().out == written_at_once(demo, within, language, as_json)


@pytest.mark.parametrize("as_json", [True, False])
def test_an_empty_list_is_written_as_before(tmp_path, capsys, as_json):
    path = tmp_path / "empty.sqlite"
    open_session(path).close()
    assert main(["due", "--db", str(path)] + (["--json"] if as_json else [])) == 0
    assert capsys.readouterr().out == written_at_once(path, 30, "nl", as_json)


@pytest.mark.parametrize("as_json", [True, False])
def test_the_command_reads_a_page_at_a_time(tmp_path, capsys, monkeypatch, as_json):
    path = tmp_path / "d.sqlite"
    today = date.today()
    session = open_session(path)
    dossier = session.dossiers.create("Schoonmaak gemeentehuis")
    count = 3 * due_command.PAGE_SIZE + 7
    with session.database.transaction():
        session.database.connection.executemany(
            "INSERT INTO due_items (dossier_id, kind, subject_id, title, due_on) VALUES (?, 'free', ?, ?, ?)",
            [(dossier.id, n, f"Item {n}", (today + timedelta(days=n % 60 - 30)).isoformat()) for n in range(count)])
    session.close()
    read: list[int] = []
    page = DueRepository.open_page

    def counted(self, until, after, limit):
        rows = page(self, until, after, limit)
        read.append(len(rows))
        return rows

    def everything(*_args, **_kwargs):
        raise AssertionError("the whole list was read at once")

    monkeypatch.setattr(DueRepository, "open_page", counted)
    monkeypatch.setattr(DueRepository, "open_items", everything)
    capsys.readouterr()
    assert main(["due", "--db", str(path)] + (["--json"] if as_json else [])) == 0
    out = capsys.readouterr().out
    listed = sum(1 for n in range(count) if n % 60 - 30 <= 30)
    assert sum(read) == listed and len(read) == listed // due_command.PAGE_SIZE + 1
    assert max(read) == due_command.PAGE_SIZE
    if as_json:
        data = json.loads(out)
        assert len(data["overdue"]) + len(data["upcoming"]) == listed
    else:
        assert out.count("Item ") == listed
