"""Strict reading of a knowledge CSV: UTF-8 only, known columns, line numbers in every error."""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .errors import KnowledgeFileError

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_VALUE_CHARS = 500
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters (Unicode category Cc) other than tab, line feed and carriage return."""
_BOMS_UTF16_32 = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class CsvRow(dict):
    """One data row: values by (lower-case) column, ``""`` for an absent column, and its first line number."""

    __slots__ = ("line",)

    def __init__(self, line: int, values: dict[str, str]) -> None:
        super().__init__(values)
        self.line = line

    def __missing__(self, column: str) -> str:
        return ""


def read_csv_file(path: Path, required: Sequence[str], optional: Sequence[str] = ()) -> list[CsvRow]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KnowledgeFileError("knowledge.too_large", path=path, limit=MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise KnowledgeFileError("knowledge.unreadable", path=path, detail=error.strerror or str(error)) from error
    return parse_csv_bytes(data, path, required, optional)


def parse_csv_bytes(
    data: bytes, path: Path, required: Sequence[str], optional: Sequence[str] = ()
) -> list[CsvRow]:
    """The rows of ``data``; raises KnowledgeFileError naming the line for anything that does not fit."""
    text = _decode(data, path)
    first_line = text.split("\n", 1)[0]
    delimiter = next((d for d in (",", ";", "\t") if d in first_line), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise KnowledgeFileError("knowledge.empty", path=path)
        columns = [cell.strip().lower() for cell in header]
        _check_header(columns, required, path)
        wanted = set(required) | set(optional)
        rows: list[CsvRow] = []
        start = reader.line_num + 1
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(columns):
                raise KnowledgeFileError(
                    "knowledge.field_count", path=path, line=line, found=len(record), expected=len(columns)
                )
            values = {}
            for column, cell in zip(columns, record, strict=True):
                if column in wanted:
                    value = cell.strip()
                    if len(value) > MAX_VALUE_CHARS:
                        raise KnowledgeFileError(
                            "knowledge.value_too_long", path=path, line=line, column=column, limit=MAX_VALUE_CHARS
                        )
                    values[column] = value
            rows.append(CsvRow(line, values))
    except csv.Error as error:
        raise KnowledgeFileError(
            "knowledge.csv_syntax", path=path, line=reader.line_num or 1, detail=str(error)
        ) from error
    if not rows:
        raise KnowledgeFileError("knowledge.no_rows", path=path, line=2)
    return rows


def require(row: CsvRow, column: str, path: Path) -> str:
    value = row[column]
    if not value:
        raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
    return value


def split_list(value: str) -> tuple[str, ...]:
    """``a;b; c`` → ``("a", "b", "c")``; empty → ``()``."""
    return tuple(item.strip() for item in value.split(";") if item.strip())


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise KnowledgeFileError("knowledge.empty", path=path)
    if data.startswith(_BOMS_UTF16_32) or _looks_like_utf16(data):
        raise KnowledgeFileError("knowledge.utf16", path=path, line=1)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise KnowledgeFileError("knowledge.not_utf8", path=path, line=line) from error
    control = _CONTROLS.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        raise KnowledgeFileError("knowledge.binary", path=path, line=line)
    return unicodedata.normalize("NFC", text)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a byte order mark: zero bytes at every other place of the start."""
    head = data[:200]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)


def _check_header(columns: list[str], required: Sequence[str], path: Path) -> None:
    seen: set[str] = set()
    for column in columns:
        if column and column in seen:
            raise KnowledgeFileError("knowledge.duplicate_column", path=path, line=1, column=column)
        seen.add(column)
    missing = [c for c in required if c not in seen]
    if missing:
        raise KnowledgeFileError(
            "knowledge.missing_columns", path=path, line=1, missing=", ".join(missing), required=", ".join(required)
        )
