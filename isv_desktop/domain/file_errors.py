"""An operating-system error while writing a file, told to the buyer by message id.

The writers (export, storage) and the command line's last resort turn an
``OSError`` into a :class:`~.messages.UserError` that names the file and says
what the buyer can do: a full disk, a folder they may not write in (or a file
held open by Excel on Windows), a read-only disk, a folder that does not exist.
No files are touched here; only the error's number is read.
"""
from __future__ import annotations

import errno
from pathlib import Path

from .messages import UserError

_BY_NAME = {
    "ENOSPC": "file.disk_full", "EDQUOT": "file.disk_full", "EFBIG": "file.disk_full",
    "EACCES": "file.no_permission", "EPERM": "file.no_permission",
    "EROFS": "file.read_only",
    "ENOENT": "file.folder_missing", "ENOTDIR": "file.folder_missing",
    "EISDIR": "file.is_folder",
}
_BY_ERRNO = {getattr(errno, name): message_id for name, message_id in _BY_NAME.items() if hasattr(errno, name)}


def file_write_error(error: OSError, path: str | Path | None = None) -> UserError:
    """The message for ``error`` raised while writing ``path`` (or the file the error names)."""
    named = path if path is not None else (error.filename or "")
    target = Path(named) if named else None
    shown = str(target) if target is not None else "?"
    message_id = _BY_ERRNO.get(error.errno or 0, "file.write_failed")
    if message_id == "file.folder_missing":
        return UserError(message_id, path=shown, folder=str(target.parent) if target is not None else "?")
    if message_id == "file.write_failed":
        return UserError(message_id, path=shown, detail=error.strerror or str(error) or type(error).__name__)
    return UserError(message_id, path=shown)


__all__ = ["file_write_error"]
