"""Read a shared dossier workbook back into a dossier's contents, after checking everything.

In order: the file itself (size, zip container, no encryption, no DOCTYPE or
entities — the questionnaire's checks, :mod:`.questionnaire_xlsx_safety`,
with a dossier's own size limit); the identification sheet (an ISV Desktop
dossier, in a format this version knows — a newer one is refused by name);
the data's checksum; the JSON; and every field and rule of the dossier
(:func:`~isv_desktop.domain.dossier_contents_record.contents_from_record`).
The first problem is raised as a :class:`DossierFileError`; nothing is
returned, so nothing can be stored, before all of it passed.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from isv_desktop.domain.dossier_contents import DossierContents
from isv_desktop.domain.dossier_contents_record import BadSnapshotRecordError, contents_from_record
from isv_desktop.export import questionnaire_xlsx_layout as questionnaire_layout
from isv_desktop.export.dossier_xlsx_errors import DossierFileError
from isv_desktop.export.dossier_xlsx_layout import (
    CHUNK,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    IDENT_KEYS,
    IDENTIFICATION_SHEET,
)
from isv_desktop.export.questionnaire_file_errors import QuestionnaireFileError
from isv_desktop.export.questionnaire_xlsx_safety import SAFE_PARSER, check_container, guarded, guarded_call

#: A dossier with its attachments may be larger than a questionnaire; past this it is refused unread.
MAX_FILE_BYTES = 150 * 1024 * 1024
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
_CHECKSUM = re.compile(r"[0-9a-f]{64}")

Source = str | os.PathLike[str] | BinaryIO


def _translated(error: QuestionnaireFileError) -> DossierFileError:
    return DossierFileError(error.message_id, **error.values)


def read_bytes(source: Source) -> bytes:
    limit_mb = MAX_FILE_BYTES // (1024 * 1024)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            if not path.is_file():
                raise IsADirectoryError("not a file")
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise DossierFileError("file.too_large", size_mb=f"{size / 2**20:.1f}", limit_mb=limit_mb)
            with path.open("rb") as stream:
                data = _read_at_most(stream)
        except OSError as error:
            raise DossierFileError("file.unreadable", name=path.name,
                                   detail=error.strerror or type(error).__name__) from error
    else:
        data = _read_at_most(source)
    if len(data) > MAX_FILE_BYTES:
        raise DossierFileError("file.too_large", size_mb=f"> {limit_mb}", limit_mb=limit_mb)
    return data


def _read_at_most(stream: BinaryIO) -> bytes:
    """Up to one byte more than the limit, in pieces (``read(limit)`` would reserve the whole limit at once)."""
    pieces, size = [], 0
    while size <= MAX_FILE_BYTES:
        piece = stream.read(1 << 20)
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
    return b"".join(pieces)


def open_dossier_workbook(source: Source) -> Workbook:
    """A read-only workbook of ``source`` after the checks of the file itself."""
    if not SAFE_PARSER:
        raise DossierFileError("parser.unsafe")
    data = read_bytes(source)
    try:
        check_container(data)
        return guarded_call(lambda: load_workbook(io.BytesIO(data), read_only=True, data_only=False,
                                                  keep_links=False, keep_vba=False, rich_text=False))
    except QuestionnaireFileError as error:
        raise _translated(error) from error


def read_dossier_workbook(source: Source) -> DossierContents:
    """The dossier in a workbook ISV Desktop exported, or ``DossierFileError`` saying why not."""
    workbook = open_dossier_workbook(source)
    try:
        identification = read_identification(workbook)
        payload = _read_payload(workbook, identification)
    except QuestionnaireFileError as error:
        raise _translated(error) from error
    finally:
        workbook.close()
    if hashlib.sha256(payload.encode("utf-8")).hexdigest() != identification["checksum"]:
        raise DossierFileError("workbook.altered", detail="checksum")
    try:
        record = json.loads(payload)
    except (ValueError, RecursionError):
        raise DossierFileError("workbook.altered", detail="JSON") from None
    try:
        return contents_from_record(record)
    except (BadSnapshotRecordError, RecursionError) as error:
        detail = str(error) if isinstance(error, BadSnapshotRecordError) else "nesting"
        raise DossierFileError("data.invalid", detail=detail[:200]) from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_identification(workbook: Workbook) -> dict[str, str]:
    """The identification's values by key; refuses another program's workbook or a newer format."""
    if IDENTIFICATION_SHEET not in workbook.sheetnames:
        raise DossierFileError("workbook.foreign", sheet=IDENTIFICATION_SHEET)
    values: dict[str, str] = {}
    rows = guarded(workbook[IDENTIFICATION_SHEET].iter_rows(min_row=1, max_row=40, max_col=2, values_only=True))
    for row in rows:
        cells = list(row) + [None, None]
        key = _text(cells[0])
        if key in IDENT_KEYS:
            values.setdefault(key, _text(cells[1]))
    found = values.get("format", "")
    if found == questionnaire_layout.FORMAT_NAME:
        raise DossierFileError("workbook.questionnaire")
    if found != FORMAT_NAME:
        raise DossierFileError("workbook.foreign", sheet=IDENTIFICATION_SHEET)
    version = values.get("format_version", "")
    if not _WHOLE_NUMBER.fullmatch(version) or int(version) < 1:
        raise DossierFileError("workbook.altered", detail="format_version")
    if int(version) > FORMAT_VERSION:
        raise DossierFileError("workbook.newer", app_version=values.get("app_version", "?")[:40], found=version,
                               known=FORMAT_VERSION)
    missing = [key for key in IDENT_KEYS if key not in values]
    if missing:
        raise DossierFileError("workbook.altered", detail=missing[0])
    if not _CHECKSUM.fullmatch(values["checksum"]) or not _WHOLE_NUMBER.fullmatch(values["data_parts"]):
        raise DossierFileError("workbook.altered", detail="checksum")
    return values


def _read_payload(workbook: Workbook, identification: dict[str, str]) -> str:
    if DATA_SHEET not in workbook.sheetnames:
        raise DossierFileError("workbook.altered", detail=DATA_SHEET)
    parts = int(identification["data_parts"])
    pieces: list[str] = []
    for row in guarded(workbook[DATA_SHEET].iter_rows(min_row=1, max_col=1, values_only=True)):
        value = row[0] if row else None
        if value is None and len(pieces) >= parts:
            continue
        if not isinstance(value, str) or len(value) > CHUNK or len(pieces) >= parts:
            raise DossierFileError("workbook.altered", detail=f"{DATA_SHEET} {len(pieces) + 1}")
        pieces.append(value)
    if len(pieces) != parts:
        raise DossierFileError("workbook.altered", detail=f"{DATA_SHEET} {len(pieces) + 1}")
    return "".join(pieces)
