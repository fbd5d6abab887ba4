"""The buyer's program preferences (language, help shown), for the GUI and the command line."""
from __future__ import annotations

from .. import paths
from ..storage.settings_file import LANGUAGES, Preferences, PreferencesFile

__all__ = ["LANGUAGES", "Preferences", "PreferencesFile", "preferences_file"]


def preferences_file() -> PreferencesFile:
    return PreferencesFile(paths.config_dir() / "preferences.json")
