"""Every file the program writes for the buyer is written whole or not at all.

A file is written to a temporary file in the same folder, flushed to the disk
and only then renamed onto its target (``os.replace``, atomic on one file
system). When anything fails or is interrupted — a full disk, no permission,
a cancelled export, Ctrl+C — the temporary file is removed and the target,
if there was one, is left exactly as it was. An ``OSError`` becomes a
:class:`~.domain.messages.UserError` naming the target (see
:mod:`.domain.file_errors`), so the window and the command line say what
happened instead of showing a traceback.

Used by the annex, questionnaire, dossier and report writers (export and
services) and the backups (storage). It lives beside
``paths`` at the top of the package because storage and export, which may not
import each other, both need it. No Qt.
"""
from __future__ import annotations

import errno
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from .domain.file_errors import file_write_error
from .domain.messages import UserError

TEMPORARY_SUFFIX = ".part"
_NAME_KEPT = 50  # characters of the target's name kept in the temporary's: at most 255 bytes in all


def temporary_beside(target: Path) -> Path:
    """A new, empty temporary file in ``target``'s folder (hidden on POSIX; never ends in the target's suffix)."""
    while True:
        temporary = target.with_name(f".{target.name[:_NAME_KEPT]}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")
        try:
            temporary.open("xb").close()  # made like any file the buyer makes (umask), unlike mkstemp's 0600
        except FileExistsError:
            continue
        return temporary


@contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; the block writes it, and it is renamed onto ``target`` when the block
    succeeds. On any failure the temporary is removed and ``target`` is untouched; ``OSError`` becomes ``UserError``.
    """
    target = Path(target)
    try:
        temporary = temporary_beside(target)
    except OSError as error:
        raise _told(error, target) from error
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise _told(error, target) from error
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
    _flush_folder(target.parent)


@contextmanager
def output_file(target: str | os.PathLike[str] | BinaryIO) -> Iterator[BinaryIO]:
    """For writers that take a path or an open binary file: something to write the whole file into.

    A path gets a buffer in memory whose bytes are written to it whole (through :func:`replacing`) when the
    block succeeds; an open file is used as it is. Building in memory keeps a library's half-written file
    object (openpyxl's ``ZipFile``) away from the disk: on a full disk it would fail again when collected.
    """
    if isinstance(target, (str, os.PathLike)):
        buffer = io.BytesIO()
        try:
            yield buffer
        except OSError as error:  # the library's own temporary files (openpyxl's, in the system's temp folder)
            raise _told(error, Path(target)) from error
        write_bytes_atomically(target, buffer.getvalue())
    else:
        yield target


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` as the whole of ``target`` (through a temporary file in its folder)."""
    target = Path(target)
    with replacing(target) as temporary:
        with open(temporary, "wb") as file:
            file.write(data)
    return target


def write_text_atomically(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomically(target, text.encode(encoding))


def _told(error: OSError, target: Path) -> UserError:
    """The buyer's message; "the folder does not exist" only when it really does not."""
    if error.errno == errno.ENOENT and target.parent.is_dir():
        return UserError("file.write_failed", path=str(target), detail=error.strerror or str(error))
    return file_write_error(error, target)


def _flush_to_disk(path: Path) -> None:
    """Make the written bytes durable before the rename makes them visible (a full disk may only show here)."""
    with open(path, "r+b") as file:  # Windows flushes only a handle opened for writing
        os.fsync(file.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort: the file is complete either way."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


__all__ = ["TEMPORARY_SUFFIX", "output_file", "replacing", "temporary_beside", "write_bytes_atomically",
           "write_text_atomically"]
