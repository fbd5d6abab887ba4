"""The ``file:`` URI SQLite needs to open a dossier file read-only, on every kind of path.

``Path.resolve().as_uri()`` is wrong on Windows: ``resolve`` turns a mapped
drive (``H:\\dossiers.sqlite``) into its UNC form, and ``as_uri`` writes a UNC
path as ``file://server/share/…``, whose authority SQLite refuses ("invalid
uri authority"). SQLite accepts only an empty authority, so every URI made
here starts with ``file://`` followed by an absolute path that begins with a
slash: ``/home/…`` on POSIX, ``/H:/…`` for a drive (SQLite drops the slash
before a drive letter on Windows) and ``//server/share/…`` for a UNC path.
Characters with a meaning in a URI (``?``, ``#``, ``%``) are percent-encoded.
"""
from __future__ import annotations

import ntpath
import os
import posixpath
import sys
from urllib.parse import quote, urlencode


def sqlite_uri(path: os.PathLike | str, *, windows: bool | None = None, **parameters: str) -> str:
    """A URI for ``sqlite3.connect(..., uri=True)``; ``parameters`` become the query (``mode="ro"``)."""
    windows = os.name == "nt" if windows is None else windows
    text = os.fspath(path)
    if windows:
        text = ntpath.abspath(text) if os.name == "nt" else ntpath.normpath(text)
        text = text.replace("\\", "/")
        if text.startswith("//?/"):  # the extended-length prefix: SQLite wants the plain path
            text = text[4:]
            if text.upper().startswith("UNC/"):
                text = "//" + text[4:]
    else:
        text = posixpath.abspath(text)
    if not text.startswith("/"):
        text = "/" + text  # a drive path: /H:/…
    # SQLite reads the percent-encoded bytes back: the file system's own bytes on POSIX (a name that is not
    # UTF-8 survives through surrogateescape), UTF-8 on Windows.
    raw = text.encode("utf-8", "surrogatepass") if windows else os.fsencode(text)
    uri = "file://" + quote(raw, safe="/:")
    if parameters:
        uri += "?" + urlencode(parameters)
    return uri


def is_network_path(path: os.PathLike | str, *, windows: bool | None = None) -> bool:
    """True for a UNC path (``\\\\server\\share``) or, on Windows, a drive mapped to a network share.

    WAL mode needs shared memory beside the file, which network file systems do not offer reliably.
    """
    windows = os.name == "nt" if windows is None else windows
    if not windows:
        return False
    text = os.fspath(path).replace("/", "\\")
    if text.startswith("\\\\") and not text.startswith("\\\\?\\") or text.upper().startswith("\\\\?\\UNC\\"):
        return True
    drive = ntpath.splitdrive(text)[0]
    if os.name != "nt" or len(drive) != 2:
        return False
    if sys.platform != "win32":  # the same as os.name above, in the form type checkers understand
        return False
    import ctypes  # Windows only: GetDriveTypeW says whether a letter is a network drive

    drive_remote = 4  # DRIVE_REMOTE
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
