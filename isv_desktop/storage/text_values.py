"""Text as the dossier file keeps it: nothing that cannot be stored goes in, damaged bytes never stop a read.

**Writing.** A Python string may hold lone surrogates (U+D800–U+DFFF): Python makes them from bytes that
are not UTF-8 in command-line arguments and file names (``surrogateescape``), and Qt strings may carry
half a UTF-16 pair. SQLite stores UTF-8, so binding such a string fails with ``UnicodeEncodeError``.
One rule, at the depth where every text passes: each ``str`` bound to SQLite goes through
:func:`storable_text` (a ``sqlite3`` adapter for ``str``). A surrogate pair becomes the character it
encodes, a lone surrogate becomes U+FFFD (the replacement character); all other text is left as it is.
That covers every text field, every JSON column (the repositories write JSON with
``ensure_ascii=False``, so a surrogate is a character the adapter sees, not a ``\\udcff`` escape that
would come back as a lone surrogate), sqlite-utils' inserts and imported workbooks alike.
CPython's ``_sqlite`` honours an adapter for the base type ``str`` (it sets ``BaseTypeAdapted`` and from
then on looks up an adapter for every bound value of the process); measured: about 0.2 µs more per bound
value (0.19 → 0.38 µs), a few milliseconds for the largest transaction the program makes.
The command line does not rely on this: there a person can retype, so a text argument that is not valid
UTF-8 is refused with a message (see ``cli.text_arguments``).

**Reading.** Connections decode text with ``errors="replace"``: a value damaged by another program (bytes
that are not UTF-8) shows as U+FFFD in the dossier list and the window instead of stopping them
(about 0.2 µs more per text value read). An export must not pass damage on unnoticed, so it reads inside
:func:`strict_text`, where a damaged value raises :class:`DamagedTextError` naming its column.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

_SURROGATE = re.compile("[\ud800-\udfff]")
_DAMAGED_COLUMN = re.compile(r"Could not decode to UTF-8 column '(?P<column>[^']*)'")

decode_replacing = partial(str, encoding="utf-8", errors="replace")
"""The connections' text factory: UTF-8, damaged bytes shown as U+FFFD (a C call, no Python frame)."""


def storable_text(text: str) -> str:
    """``text`` as UTF-8 can hold it: surrogate pairs joined, lone surrogates replaced by U+FFFD."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def prepare_text(connection: sqlite3.Connection) -> None:
    """Make ``connection`` store only storable text and read damaged text without failing."""
    sqlite3.register_adapter(str, storable_text)  # process-wide and idempotent
    connection.text_factory = decode_replacing


class DamagedTextError(Exception):
    """A stored text value is not valid UTF-8 (the file is intact; one value in it was damaged)."""

    def __init__(self, column: str, detail: str) -> None:
        super().__init__(detail)
        self.column = column


@contextmanager
def strict_text(connection: sqlite3.Connection) -> Iterator[None]:
    """Within the block, reading a damaged text value raises :class:`DamagedTextError` instead of replacing it.

    The connection belongs to one thread, so switching its text factory for the block affects no other reader.
    """
    previous = connection.text_factory
    connection.text_factory = str
    try:
        yield
    except sqlite3.OperationalError as error:
        found = _DAMAGED_COLUMN.search(str(error))
        if found is None:
            raise
        raise DamagedTextError(found["column"], str(error)) from error
    finally:
        connection.text_factory = previous


__all__ = ["DamagedTextError", "decode_replacing", "prepare_text", "storable_text", "strict_text"]
