"""The buyer's program preferences (language), kept as a small JSON file in the config folder.

Preferences belong to the person, not to a dossier file, so they live outside
the database. A damaged settings file falls back to defaults and is kept aside.
"""
from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from ..atomic_file import write_text_atomically
from ..domain.file_errors import file_write_error

LANGUAGES = ("nl", "en")


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = "nl"
    last_database: str = ""
    show_help: bool = True


class PreferencesFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Preferences:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            prefs = Preferences(
                language=data.get("language", "nl"),
                last_database=str(data.get("last_database", "")),
                show_help=bool(data.get("show_help", True)),
            )
        except (FileNotFoundError, NotADirectoryError):
            return Preferences()
        except (OSError, ValueError, AttributeError, TypeError):
            with suppress(OSError):  # kept aside where that is possible; the defaults apply either way
                self.path.replace(self.path.with_suffix(".damaged.json"))
            return Preferences()
        if prefs.language not in LANGUAGES:
            prefs = Preferences(language="nl", last_database=prefs.last_database, show_help=prefs.show_help)
        return prefs

    def save(self, preferences: Preferences) -> None:
        """Write the preferences whole or not at all; a failure is a ``UserError`` naming the file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise file_write_error(error, self.path) from error
        write_text_atomically(self.path, json.dumps(asdict(preferences), indent=2))
