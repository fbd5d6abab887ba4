"""What a dossier workbook holds and where, shared by the writer and the reader.

- ``Overzicht``: the dossier at a glance (not read back).
- One or more sheets per step, named after the step's number ("2 Risico's"):
  each an Excel table with filters, a frozen header row, dates as dates,
  amounts as euros, levels coloured by conditional formatting (not read back:
  they are for people).
- ``Identificatie``: format name and version, app version, title, export
  time, and the checksum of the data.
- ``Gegevens`` (very hidden): the dossier as JSON (written in ASCII, every
  other character escaped) in pieces of at most :data:`CHUNK` characters (a
  cell holds 32,767), which is what an import reads, so the round trip is
  exact whatever the visible cells can show.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

FORMAT_NAME = "isv-desktop/dossier"
#: 2 added step 1's date of the call for competition and step 2's traced input origins; a version-1 file reads as
#: one without them, and a version-1 program refuses a version-2 file as newer (not as data that do not fit).
FORMAT_VERSION = 2

OVERVIEW_SHEET = "Overzicht"
IDENTIFICATION_SHEET = "Identificatie"
DATA_SHEET = "Gegevens"
CHUNK = 30_000
#: Longest text a visible cell shows; longer ones are cut there (the data sheet keeps them whole).
VISIBLE_TEXT = 32_000

#: Identification rows (key in column A, value in B, explanation in C), after a header row.
IDENT_KEYS = ("format", "format_version", "app_version", "title", "exported_at", "personal_data", "checksum",
              "data_parts")

Kind = Literal["text", "wrap", "date", "euro", "number", "percent", "level", "verdict"]
Value = str | int | Decimal | date | None
#: Tab colours per step, so a step's sheets read as one group.
STEP_COLOURS = {0: "1F4E79", 1: "5B9BD5", 2: "C0504D", 3: "9BBB59", 4: "8064A2", 5: "F79646"}


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: Kind = "text"


@dataclass
class SheetSpec:
    """One visible sheet: a table of typed values under a header row."""

    name: str
    step: int
    columns: list[Column]
    rows: list[list[Value]] = field(default_factory=list)
