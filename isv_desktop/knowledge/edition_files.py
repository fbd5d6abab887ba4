"""Reading the imported editions kept in a user folder (``<folder>/<source_id>/``)."""
from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import KnowledgeFileError

IMPORTABLE_SOURCES = ("us_dol_goods", "ituc_gri")
DATA_FILE = "data.csv"
EDITION_FILE = "edition.json"
EDITION_PATTERN = re.compile(r"^[\w][\w .\-]{0,19}$")


@dataclass(frozen=True, slots=True)
class EditionInfo:
    """An imported edition: which, from which file, when."""

    source_id: str
    edition: str
    published: str
    imported_from: str
    imported_at: str
    rows: int


def read_edition_info(user_editions_dir: Path | None, source_id: str) -> EditionInfo | None:
    if user_editions_dir is None:
        return None
    folder = Path(user_editions_dir) / source_id
    path = folder / EDITION_FILE
    if not folder.is_dir():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = EditionInfo(**{key: data[key] for key in EditionInfo.__slots__})
        if info.source_id != source_id or not isinstance(info.edition, str) or not EDITION_PATTERN.match(info.edition):
            raise ValueError("edition.json does not describe this source")
        if not (folder / DATA_FILE).is_file():
            raise ValueError(f"{DATA_FILE} is missing")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnowledgeFileError("knowledge.broken_edition", path=path, detail=str(error)[:200]) from error
    return info


def edition_data_path(user_editions_dir: Path, source_id: str) -> Path:
    return Path(user_editions_dir) / source_id / DATA_FILE


def store_edition(folder: Path, info: "EditionInfo", text: str, data_file: str = DATA_FILE) -> None:
    """Write an edition into a fresh folder beside the current one, then swap it in.

    On failure the previous edition stays in place and ``OSError`` is raised for the caller to name the file.
    """
    staging = folder / f".{info.source_id}.importing"
    previous = folder / f".{info.source_id}.previous"
    target = folder / info.source_id
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in (staging, previous):
            if leftover.exists():
                shutil.rmtree(leftover)
        staging.mkdir()
        (staging / data_file).write_text(text, encoding="utf-8", newline="\n")
        (staging / EDITION_FILE).write_text(json.dumps(asdict(info), indent=2, ensure_ascii=False), encoding="utf-8")
        if target.exists():
            os.replace(target, previous)
        try:
            os.replace(staging, target)
        except OSError:
            if previous.exists() and not target.exists():
                os.replace(previous, target)
            raise
        shutil.rmtree(previous, ignore_errors=True)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
