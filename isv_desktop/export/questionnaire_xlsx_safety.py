"""Open an untrusted xlsx safely: size, container and XML checks before openpyxl parses a byte.

In order: the file is at most :data:`MAX_FILE_BYTES` (checked on the file
system before it is opened); it is not an OLE2 compound file (how Office
stores a password-protected workbook, and the old .xls format); it is a zip
archive with an xlsx's content types, unpacking to at most
:data:`MAX_UNPACKED_BYTES`, without encrypted members; no XML part declares
a DOCTYPE or an entity in its first 64 KB, where the prolog stands (Excel
never writes one; a DOCTYPE is how entity bombs start).
openpyxl then parses with defusedxml, which refuses entity declarations
anyway — :func:`open_workbook` refuses to run without it.
"""
from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

import openpyxl.xml
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from isv_desktop.export.questionnaire_file_errors import QuestionnaireFileError

try:  # defusedxml is a dependency; without it openpyxl would parse entities
    from defusedxml import DefusedXmlException
except ImportError:  # pragma: no cover - guarded by SAFE_PARSER below
    DefusedXmlException = ValueError

#: True when openpyxl parses with defusedxml (it decides once, at import).
SAFE_PARSER: bool = openpyxl.xml.DEFUSEDXML is True

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_XML_HEAD_BYTES = 64 * 1024
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")

Source = str | os.PathLike[str] | BinaryIO
T = TypeVar("T")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def read_source(source: Source) -> bytes:
    """The file's bytes, refusing anything larger than :data:`MAX_FILE_BYTES` before reading it."""
    limit_mb = MAX_FILE_BYTES // (1024 * 1024)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise IsADirectoryError("not a file")
            if size > MAX_FILE_BYTES:
                raise QuestionnaireFileError("file.too_large", size_mb=_megabytes(size), limit_mb=limit_mb)
            with path.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise QuestionnaireFileError("file.unreadable", name=path.name,
                                         detail=error.strerror or type(error).__name__) from error
    else:
        data = source.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # grew after the check, or a stream
        raise QuestionnaireFileError("file.too_large", size_mb=f"> {limit_mb}", limit_mb=limit_mb)
    return data


def check_container(data: bytes) -> None:
    """Refuse what is not a plain, unencrypted xlsx zip archive of a sane size, without DTDs."""
    if not data:
        raise QuestionnaireFileError("file.empty")
    if data.startswith(OLE2_SIGNATURE):
        raise QuestionnaireFileError("file.encrypted")
    if not data.startswith(ZIP_SIGNATURES):
        raise QuestionnaireFileError("file.not_xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            if "[Content_Types].xml" not in names:
                raise QuestionnaireFileError("file.not_xlsx")
            if any(member.flag_bits & 0x1 for member in members):
                raise QuestionnaireFileError("file.encrypted")
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise QuestionnaireFileError("file.unpacked_too_large",
                                             limit_mb=MAX_UNPACKED_BYTES // (1024 * 1024))
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(member) as part:
                        head = part.read(_XML_HEAD_BYTES)
                    if any(marker in head for marker in _DTD_MARKERS):
                        raise QuestionnaireFileError("file.unsafe_xml", part=member.filename)
    except QuestionnaireFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError) as error:
        raise QuestionnaireFileError("file.corrupt", detail=_detail(error)) from error


def open_workbook(source: Source) -> Workbook:
    """A read-only openpyxl workbook of ``source`` after every check above; formulas kept as typed.

    Iterate its sheets through :func:`guarded` so that damage found late
    is refused like damage found early.
    """
    if not SAFE_PARSER:
        raise QuestionnaireFileError("parser.unsafe")
    data = read_source(source)
    check_container(data)
    return guarded_call(lambda: load_workbook(io.BytesIO(data), read_only=True, data_only=False,
                                              keep_links=False, keep_vba=False, rich_text=False))


def guarded_call(action: Callable[[], T]) -> T:
    """Run an openpyxl call on untrusted content, turning its failures into a refusal."""
    try:
        return action()
    except QuestionnaireFileError:
        raise
    except Exception as error:  # noqa: BLE001 - any parser failure on a foreign file means "damaged"
        raise _refusal(error) from error


def guarded(rows: Iterator[T]) -> Iterator[T]:
    """``rows`` (openpyxl's lazy sheet parsing), with parser failures turned into a refusal."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as error:  # noqa: BLE001 - see guarded_call
            raise _refusal(error) from error
        yield row


def _refusal(error: BaseException) -> QuestionnaireFileError:
    seen: BaseException | None = error
    for _ in range(20):  # openpyxl wraps parser errors; look a few links down the chain
        if seen is None:
            break
        if isinstance(seen, DefusedXmlException):
            return QuestionnaireFileError("file.xml_entities")
        seen = seen.__cause__ or seen.__context__
    if isinstance(error, InvalidFileException):
        return QuestionnaireFileError("file.not_xlsx")
    # BadZipFile (a CRC error found while parsing), ParseError (malformed XML), KeyError (a missing
    # part) and whatever else openpyxl raises on a file it cannot make sense of.
    return QuestionnaireFileError("file.corrupt", detail=_detail(error))


def _detail(error: BaseException) -> str:
    text = " ".join(str(error).split())
    text = text if len(text) <= 120 else text[:119] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
