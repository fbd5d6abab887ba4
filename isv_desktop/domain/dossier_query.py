"""What the dossier list asks for: a search text, a sort and whether archived dossiers count."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SortKey(str, Enum):
    TITLE = "title"
    REFERENCE = "reference"
    SUBJECT = "subject"
    VALUE = "estimated_value_cents"
    STEP = "current_step"
    STATUS = "status"
    NEXT_DUE = "next_due_date"
    UPDATED = "updated_at"


@dataclass(frozen=True, slots=True)
class DossierQuery:
    """What the dossier list shows: a search text, a sort and whether archived ones count."""

    search: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    include_archived: bool = False
