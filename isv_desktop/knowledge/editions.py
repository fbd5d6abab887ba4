"""Later editions of a source (DOL list 2024, ITUC 2027 …) imported from CSV into a user folder.

An import replaces the edition of one source and leaves the others alone.
The file is checked completely before anything is written; a file that
does not fit raises :class:`KnowledgeFileError` naming the line, and the
folder stays as it was. Layout: ``<folder>/<source_id>/data.csv`` (the
canonical CSV) and ``<folder>/<source_id>/edition.json``.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..domain.risk.knowledge_base import KnowledgeBase
from . import dol_file, ituc_file
from .csv_reading import read_csv_file
from .edition_files import (
    EDITION_PATTERN,
    IMPORTABLE_SOURCES,
    EditionInfo,
    read_edition_info,
    store_edition,
)
from .errors import KnowledgeFileError

_PUBLISHED = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True, slots=True)
class ImportedEdition:
    """The outcome of an import, with what the buyer may want to know about it."""

    info: EditionInfo
    previous_edition: str
    group_goods_not_listed: tuple[str, ...] = ()
    """Goods of product groups that the new edition does not list (DOL only)."""
    new_goods_without_group: tuple[str, ...] = ()
    """Goods the new edition lists that no product group includes (DOL only)."""


def import_edition(
    knowledge: KnowledgeBase,
    user_editions_dir: Path,
    source_id: str,
    file: Path,
    edition: str,
    published: str = "",
) -> ImportedEdition:
    """Check ``file`` as the new edition of ``source_id`` and store it; reload the knowledge base after."""
    file = Path(file)
    if source_id not in IMPORTABLE_SOURCES:
        raise KnowledgeFileError(
            "knowledge.not_importable", path=file, source_id=source_id[:40], importable=", ".join(IMPORTABLE_SOURCES)
        )
    edition, published = edition.strip(), published.strip()
    if not EDITION_PATTERN.match(edition):
        raise KnowledgeFileError("knowledge.bad_edition", path=file, value=edition[:40])
    if published and not _PUBLISHED.match(published):
        raise KnowledgeFileError("knowledge.bad_published", path=file, value=published[:40])
    countries = knowledge.countries
    not_listed: tuple[str, ...] = ()
    without_group: tuple[str, ...] = ()
    if source_id == "us_dol_goods":
        known_inputs = {(l.good, l.country): l.input_good for l in knowledge.listings if l.input_good}
        parsed = dol_file.read_dol_file(file, countries, known_inputs)
        text, rows = dol_file.dol_csv_text(parsed), len(parsed.listings)
        listed = {listing.good for listing in parsed.listings}
        in_groups = {good for group in knowledge.groups.values() for good in group.goods}
        not_listed = tuple(sorted(in_groups - listed))
        without_group = tuple(sorted(listed - in_groups - set(knowledge.goods)))
    else:
        ratings = ituc_file.parse_ituc_rows(read_csv_file(file, ituc_file.REQUIRED, ituc_file.OPTIONAL), file, countries)
        text, rows = ituc_file.ituc_csv_text(ratings), len(ratings)
    info = EditionInfo(
        source_id=source_id,
        edition=edition,
        published=published,
        imported_from=file.name,
        imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        rows=rows,
    )
    _store(Path(user_editions_dir), info, text, file)
    return ImportedEdition(info, knowledge.sources[source_id].edition, not_listed, without_group)


def remove_imported_edition(user_editions_dir: Path, source_id: str) -> bool:
    """Go back to the shipped edition; True when there was an imported one."""
    folder = Path(user_editions_dir) / source_id
    if source_id not in IMPORTABLE_SOURCES or not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


def imported_editions(user_editions_dir: Path | None) -> dict[str, EditionInfo]:
    """The imported editions in the folder, by source id."""
    found = {}
    for source_id in IMPORTABLE_SOURCES:
        info = read_edition_info(user_editions_dir, source_id)
        if info is not None:
            found[source_id] = info
    return found


def _store(folder: Path, info: EditionInfo, text: str, file: Path) -> None:
    """Swap the edition in (``store_edition``); on failure the old edition stays and the buyer is told."""
    try:
        store_edition(folder, info, text)
    except OSError as error:
        raise KnowledgeFileError("knowledge.write_failed", path=file, detail=error.strerror or str(error)) from error
