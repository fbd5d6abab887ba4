"""Load the table of instruments and articles criteria may cite (``resources/criteria/legal_basis.toml``).

Strict like the criteria library: an unknown key or kind, a missing text, a
duplicate id, an article of an unknown instrument or a date of application
without a date fails with :class:`LegalBasisError` naming the file and the
entry. ``resources/criteria/README.md`` documents the format.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from isv_desktop.domain.legal_basis import InstrumentKind, LegalBasisTable, LegalInstrument, LegalProvision

LEGAL_BASIS_NAME = "legal_basis.toml"

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$")
_ARTICLE = re.compile(r"^\d+(\.\d+)*[a-z]?$")
_INSTRUMENT_REQUIRED = {"id", "kind", "citation_nl", "citation_en", "subject_nl", "subject_en", "source",
                        "checked", "note"}
_INSTRUMENT_OPTIONAL = {"applies_from", "applies_nl", "applies_en"}
_ARTICLE_KEYS = {"id", "instrument", "article", "subject_nl", "subject_en", "checked", "note"}


class LegalBasisError(ValueError):
    """The table does not fit the format; says which entry."""

    def __init__(self, entry: str | None, message: str) -> None:
        self.entry = entry
        self.message = message
        where = LEGAL_BASIS_NAME if entry is None else f"{LEGAL_BASIS_NAME}, entry {entry}"
        super().__init__(f"legal basis table {where}: {message}")


class _Entry:
    def __init__(self, table: Any, index: int, kind: str, required: set[str], optional: set[str]) -> None:
        if not isinstance(table, dict):
            raise LegalBasisError(f"{kind} #{index + 1}", "must be a table")
        self.table = table
        raw_id = table.get("id")
        self.name = repr(raw_id) if isinstance(raw_id, str) else f"{kind} #{index + 1}"
        keys = set(table)
        unknown, missing = keys - required - optional, required - keys
        if unknown:
            raise self.fail(f"unknown key(s) {', '.join(sorted(unknown))}")
        if missing:
            raise self.fail(f"missing {', '.join(sorted(missing))}")

    def fail(self, message: str) -> LegalBasisError:
        return LegalBasisError(self.name, message)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{key} must be a non-empty text")
        return value.strip()

    def id(self) -> str:
        value = self.table["id"]
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(f"id {value!r} must be lower-case words, e.g. 'aw2012' or 'aw2012.art_2_80'")
        return value

    def checked(self) -> bool:
        value = self.table["checked"]
        if not isinstance(value, bool):
            raise self.fail("checked must be true or false")
        self.text("note")
        return value


def _instrument(entry: _Entry) -> LegalInstrument:
    try:
        kind = InstrumentKind(entry.table["kind"])
    except ValueError:
        allowed = ", ".join(k.value for k in InstrumentKind)
        raise entry.fail(f"kind {entry.table['kind']!r} is not one of: {allowed}") from None
    applies_from = entry.table.get("applies_from")
    if applies_from is not None and (not isinstance(applies_from, date) or hasattr(applies_from, "hour")):
        raise entry.fail("applies_from must be a date such as 2027-12-14")
    says_to_whom = [key for key in ("applies_nl", "applies_en") if key in entry.table]
    if says_to_whom and (applies_from is None or len(says_to_whom) != 2):
        raise entry.fail("applies_nl and applies_en go together, and only with applies_from")
    instrument_id = entry.id()
    if "." in instrument_id:
        raise entry.fail(f"an instrument id has no dot: {instrument_id!r}")
    return LegalInstrument(
        id=instrument_id, kind=kind, citation_nl=entry.text("citation_nl"), citation_en=entry.text("citation_en"),
        subject_nl=entry.text("subject_nl"), subject_en=entry.text("subject_en"), source=entry.text("source"),
        checked=entry.checked(), applies_from=applies_from,
        applies_nl=entry.text("applies_nl") if says_to_whom else "",
        applies_en=entry.text("applies_en") if says_to_whom else "",
    )


def _article(entry: _Entry, instruments: dict[str, LegalInstrument]) -> LegalProvision:
    instrument = instruments.get(entry.table["instrument"])
    if instrument is None:
        raise entry.fail(f"instrument {entry.table['instrument']!r} is not in the table")
    article = entry.text("article")
    if not _ARTICLE.match(article):
        raise entry.fail(f"article {article!r} must be a number such as '2.80' (without 'art.')")
    provision_id = entry.id()
    if not provision_id.startswith(instrument.id + "."):
        raise entry.fail(f"an article's id starts with its instrument: '{instrument.id}.…'")
    return LegalProvision(provision_id, instrument, article, entry.text("subject_nl"), entry.text("subject_en"),
                          entry.checked())


def load_legal_basis(folder: Path) -> LegalBasisTable:
    """Read and check ``<folder>/legal_basis.toml``; raise LegalBasisError when anything is off."""
    try:
        with (folder / LEGAL_BASIS_NAME).open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        raise LegalBasisError(None, "file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise LegalBasisError(None, f"not valid TOML: {error}") from None
    unknown = set(document) - {"edition", "knowledge_date", "instrument", "article"}
    if unknown:
        raise LegalBasisError(None, f"unknown top-level key(s) {sorted(unknown)}")
    edition, knowledge_date = document.get("edition"), document.get("knowledge_date")
    if not isinstance(edition, str) or not edition.strip():
        raise LegalBasisError(None, "edition must be a non-empty text")
    if not isinstance(knowledge_date, date) or hasattr(knowledge_date, "hour"):
        raise LegalBasisError(None, "knowledge_date must be a date such as 2026-01-31")

    instruments: dict[str, LegalInstrument] = {}
    provisions: list[LegalProvision] = []
    for index, table in enumerate(document.get("instrument", [])):
        instrument = _instrument(_Entry(table, index, "instrument", _INSTRUMENT_REQUIRED, _INSTRUMENT_OPTIONAL))
        if instrument.id in instruments:
            raise LegalBasisError(repr(instrument.id), "duplicate id")
        instruments[instrument.id] = instrument
        provisions.append(LegalProvision(instrument.id, instrument, None, instrument.subject_nl,
                                         instrument.subject_en, instrument.checked))
    if not instruments:
        raise LegalBasisError(None, "holds no [[instrument]] tables")
    for index, table in enumerate(document.get("article", [])):
        provision = _article(_Entry(table, index, "article", _ARTICLE_KEYS, set()), instruments)
        if any(p.id == provision.id for p in provisions):
            raise LegalBasisError(repr(provision.id), "duplicate id")
        provisions.append(provision)
    return LegalBasisTable(edition.strip(), knowledge_date, instruments.values(), provisions)
