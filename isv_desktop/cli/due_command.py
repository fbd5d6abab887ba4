"""``isv-desktop due``: what is overdue and what falls due soon, across all dossiers, written as it is read.

The items are read a page at a time (``DueService.pages``, keyset on date and
id) and written at once, so a municipality's hundred thousand overdue items
cost the memory of one page. The JSON is what ``json.dump(..., indent=2)``
writes for the whole list, written piece by piece; the text lists start with
their counts, counted in SQL.
"""
from __future__ import annotations

import json
import sys
from typing import TextIO

PAGE_SIZE = 500


class _JsonList:
    """A list written as ``json.dump`` with ``indent=2`` writes it as a value of a top-level key."""

    def __init__(self, out: TextIO, key: str) -> None:
        self._out = out
        self._empty = True
        out.write(f"  {json.dumps(key)}: [")

    def add(self, value: object) -> None:
        text = json.dumps(value, ensure_ascii=False, indent=2)  # a string never holds a raw line break
        self._out.write("\n" if self._empty else ",\n")
        self._out.write("\n".join("    " + line for line in text.split("\n")))
        self._empty = False

    def close(self) -> None:
        self._out.write("]" if self._empty else "\n  ]")


def run_due(args) -> int:
    from ..services.session import open_session

    language = args.lang or "nl"
    session = open_session(args.db)
    try:
        if args.json:
            _write_json(session.due, args.within, language, sys.stdout)
        else:
            _write_text(session.due, args.within, language, sys.stdout)
    finally:
        session.close()
    return 0


def _write_json(due, within: int, language: str, out: TextIO) -> None:
    late = True
    for page in due.pages(within, PAGE_SIZE):  # the first page comes even when empty: it tells today
        if page.first:
            today = page.today
            out.write(f'{{\n  "today": {json.dumps(today.isoformat())},\n  "language": {json.dumps(language)},\n')
            listed = _JsonList(out, "overdue")
        for item in page.items:
            if late and item.due_on >= today:
                listed, late = _next_list(listed, out), False
            listed.add(item.as_json(today, language))
    if late:
        listed = _next_list(listed, out)
    listed.close()
    out.write("\n}\n")


def _next_list(overdue: _JsonList, out: TextIO) -> _JsonList:
    overdue.close()
    out.write(",\n")
    return _JsonList(out, "upcoming")


def _write_text(due, within: int, language: str, out: TextIO) -> None:
    from ..domain.day_format import format_day

    counts = due.counts(within)
    upcoming = f"Binnen {within} dagen / within {within} days: {counts.soon}\n"
    out.write(f"Te laat / overdue: {counts.late}\n")
    late = True
    for page in due.pages(within, PAGE_SIZE):
        for item in page.items:
            if late and item.due_on >= page.today:
                out.write(upcoming)
                late = False
            out.write(f"  {format_day(item.due_on, language)}  stap/step {item.step.number}  {item.dossier_title}: "
                      f"{item.title(language)}\n")
    if late:
        out.write(upcoming)
