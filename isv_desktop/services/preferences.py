"""The buyer's program preferences (language, help shown, the dossier file to open), for the GUI and the command line.

Preferences belong to the person, not to a dossier file, so they live outside
the database, in a ``PreferenceStore``: the GUI keeps them in QSettings
(``ui/program_settings.py``: the registry on Windows, where IT can set
defaults for every user centrally; an .ini file elsewhere). The services know
only the small interface below, so this layer stays free of Qt.

A value the buyer never chose is not written: it keeps following the central
default. The JSON file of earlier versions is read once and its values moved
into the store (``adopt_json_file``), so nothing the buyer set is lost.
"""
from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Mapping, Protocol

from ..storage.settings_file import LANGUAGES, read_json_preferences

__all__ = ["LANGUAGES", "Preferences", "PreferenceStore", "ProgramPreferences", "JSON_FILE_NAME"]

JSON_FILE_NAME = "preferences.json"  # the preferences file of versions before QSettings
ADOPTED_KEY = "migration/json_preferences_adopted"


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = "nl"
    last_database: str = ""  # the dossier file opened at start; empty: the default in the data folder
    show_help: bool = True


class PreferenceStore(Protocol):
    """Where preferences are kept. ``value`` is None for a key never set (here or centrally)."""

    @property
    def location(self) -> str: ...  # named in messages: the file or registry key

    def value(self, key: str) -> object | None: ...

    def set_values(self, values: Mapping[str, object]) -> None:
        """Store all of ``values`` or none of them; a failure is a ``UserError`` naming the location."""
        ...


def _as_bool(value: object, default: bool) -> bool:
    """Booleans come back as text from an .ini file and as numbers from the registry."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "ja", "false", "0", "no", "nee"):
        return value.strip().lower() in ("true", "1", "yes", "ja")
    return default


class ProgramPreferences:
    def __init__(self, store: PreferenceStore) -> None:
        self.store = store

    @property
    def location(self) -> str:
        return self.store.location

    def load(self) -> Preferences:
        default = Preferences()
        language = self.store.value("language")
        last_database = self.store.value("last_database")
        return Preferences(
            language=language if language in LANGUAGES else default.language,
            last_database=str(last_database) if isinstance(last_database, (str, Path)) else default.last_database,
            show_help=_as_bool(self.store.value("show_help"), default.show_help),
        )

    def save(self, preferences: Preferences) -> None:
        """Store what differs from the values in force now (a central default not chosen here stays central)."""
        current = asdict(self.load())
        wanted = asdict(preferences)
        changed = {field.name: wanted[field.name] for field in fields(Preferences)
                   if wanted[field.name] != current[field.name]}
        if changed:
            self.store.set_values(changed)

    def adopt_json_file(self, path: Path) -> bool:
        """Move the values of an earlier version's JSON file into the store, once; True when it did.

        The file is renamed ``….json.migrated`` afterwards (kept, not deleted); where it cannot be renamed, a
        mark in the store keeps it from being read again. A damaged file is set aside as before.
        """
        if not path.is_file() or self.store.value(ADOPTED_KEY) is not None:
            return False
        values: dict[str, object] = dict(read_json_preferences(path))
        values[ADOPTED_KEY] = str(path)
        self.store.set_values(values)  # the buyer's own choices win over central defaults: written as they were
        with suppress(OSError):
            path.replace(path.with_name(path.name + ".migrated"))
        return True
