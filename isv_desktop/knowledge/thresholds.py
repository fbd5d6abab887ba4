"""The dated EU threshold table: shipped in ``resources/thresholds``, or a newer edition the buyer imported.

An imported edition lives beside the risk editions, in
``<user editions folder>/eu_thresholds/`` (``data.json`` in the shipped
layout and ``edition.json``); importing checks the whole file first and
swaps the folder in only when it is complete, as the risk editions do.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.thresholds import CentralGovernmentThresholds, ThresholdPeriod

if TYPE_CHECKING:  # the edition and error modules load the risk engine: only an imported edition needs them
    from .edition_files import EditionInfo

SOURCE_ID = "eu_thresholds"
DATA_FILE = "data.json"
MAX_FILE_BYTES = 1_000_000


class ReferenceDataError(Exception):
    """A file shipped with the program is broken (a bug to fix, not a user error)."""


def _error(message_id: str, **values):
    # ThresholdFileError (threshold_file_errors) is imported only when a file is refused: the start stays cheap.
    from .threshold_file_errors import ThresholdFileError

    return ThresholdFileError(message_id, **values)


@dataclass(frozen=True, slots=True)
class ThresholdTable:
    """The periods in force and which edition they come from (``imported`` None: the shipped one)."""

    periods: tuple[ThresholdPeriod, ...]
    edition: str
    published: str
    about: str
    imported: "EditionInfo | None" = None


def _amount(item: dict, key: str) -> Decimal:
    try:
        amount = Decimal(str(item[key]))
    except InvalidOperation:
        raise ValueError(f"{key}: {str(item[key])[:20]!r} is not an amount") from None
    if not amount.is_finite() or amount <= 0:
        raise ValueError(f"{key}: the amount must be positive")
    return amount


def _optional_amount(item: dict, key: str) -> Decimal | None:
    return _amount(item, key) if item.get(key) not in (None, "") else None


def parse_threshold_table(text: str) -> tuple[list[ThresholdPeriod], dict]:
    """Periods (sorted by start) and the top-level facts; ``ValueError`` naming what does not fit."""
    try:
        data = json.loads(text)
        items = data["periods"]
        if not isinstance(items, list) or not items:
            raise ValueError("there are no periods")
        periods = []
        for item in items:
            central = item.get("central_government")
            periods.append(ThresholdPeriod(
                start=date.fromisoformat(item["start"]),
                end=date.fromisoformat(item["end"]),
                supplies_services=_amount(item, "supplies_services"),
                works=_amount(item, "works"),
                source=str(item["source"]).strip(),
                social_services=_optional_amount(item, "social_services"),
                social_source=str(item.get("social_source", "")).strip(),
                central_government=CentralGovernmentThresholds(
                    _amount(central, "supplies_services"), _amount(central, "works"),
                    _optional_amount(central, "social_services"),
                ) if central else None,
            ))
    except KeyError as error:
        raise ValueError(f"{error.args[0]} is missing") from None
    except (TypeError, AttributeError) as error:
        raise ValueError(str(error)) from None
    periods.sort(key=lambda p: p.start)
    for period in periods:
        if period.end < period.start:
            raise ValueError(f"period {period.start} ends before it starts")
        if not period.source:
            raise ValueError(f"period {period.start} names no source")
    for earlier, later in pairwise(periods):
        if later.start <= earlier.end:
            raise ValueError(f"periods {earlier.start} and {later.start} overlap")
    return periods, data


def load_threshold_edition(resources_dir: Path, user_editions_dir: Path | None = None) -> ThresholdTable:
    """The imported edition when there is one, else the shipped table."""
    imported = read_threshold_edition_info(user_editions_dir)
    if imported is not None and user_editions_dir is not None:  # there is none without the folder
        path = Path(user_editions_dir) / SOURCE_ID / DATA_FILE
        try:
            periods, data = parse_threshold_table(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise _error("knowledge.broken_edition", path=path, detail=str(error)[:200]) from error
        return ThresholdTable(tuple(periods), imported.edition, imported.published, str(data.get("about", "")), imported)
    path = resources_dir / "thresholds" / "eu_thresholds.json"
    try:
        periods, data = parse_threshold_table(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReferenceDataError(f"{path}: {error}") from error
    return ThresholdTable(tuple(periods), str(data["edition"]), str(data.get("published", "")), str(data.get("about", "")))


def load_threshold_table(resources_dir: Path) -> list[ThresholdPeriod]:
    """The shipped periods, sorted by start."""
    return list(load_threshold_edition(resources_dir).periods)


def read_threshold_edition_info(user_editions_dir: Path | None) -> "EditionInfo | None":
    if user_editions_dir is None:
        return None
    folder = Path(user_editions_dir) / SOURCE_ID
    if not folder.is_dir():
        return None
    from .edition_files import EDITION_FILE, EDITION_PATTERN, EditionInfo

    path = folder / EDITION_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = EditionInfo(**{key: data[key] for key in EditionInfo.__slots__})
        if info.source_id != SOURCE_ID or not EDITION_PATTERN.match(str(info.edition)):
            raise ValueError("edition.json does not describe the threshold table")
        if not (folder / DATA_FILE).is_file():
            raise ValueError(f"{DATA_FILE} is missing")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _error("knowledge.broken_edition", path=path, detail=str(error)[:200]) from error
    return info


def import_threshold_edition(user_editions_dir: Path, file: Path, edition: str, published: str = "") -> "EditionInfo":
    """Check ``file`` (the layout of eu_thresholds.json) completely, then store it as the edition in force."""
    from .edition_files import EDITION_PATTERN, EditionInfo

    file = Path(file)
    edition, published = edition.strip(), published.strip()
    if not EDITION_PATTERN.match(edition):
        raise _error("knowledge.bad_edition", path=file, value=edition[:40])
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise _error("knowledge.too_large", path=file, limit=MAX_FILE_BYTES // 1_000_000)
        raw = file.read_bytes()
    except OSError as error:
        raise _error("knowledge.unreadable", path=file, detail=error.strerror or str(error)) from error
    if not raw.strip():
        raise _error("knowledge.empty", path=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error("knowledge.not_utf8", path=file) from None
    try:
        periods, data = parse_threshold_table(text)
    except ValueError as error:
        raise _error("thresholds.bad_table", path=file, detail=str(error)[:200]) from error
    info = EditionInfo(
        source_id=SOURCE_ID, edition=edition, published=published, imported_from=file.name,
        imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), rows=len(periods),
    )
    canonical = json.dumps({**data, "edition": edition}, indent=2, ensure_ascii=False)
    _store(Path(user_editions_dir), info, canonical, file)
    return info


def remove_threshold_edition(user_editions_dir: Path) -> bool:
    """Go back to the shipped table; True when there was an imported edition."""
    folder = Path(user_editions_dir) / SOURCE_ID
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


def _store(folder: Path, info: "EditionInfo", text: str, file: Path) -> None:
    """Swap the edition in as the risk editions are; on failure the previous table stays."""
    from .edition_files import store_edition

    try:
        store_edition(folder, info, text, DATA_FILE)
    except OSError as error:
        raise _error("knowledge.write_failed", path=file, detail=error.strerror or str(error)) from error
