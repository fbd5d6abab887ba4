"""The preferences file of earlier versions: a small JSON file in the config folder, read once to move it.

Preferences are now kept in a ``PreferenceStore`` (services/preferences.py);
this reads what an earlier version wrote so that nothing the buyer set is
lost. A damaged file gives nothing and is kept aside, as before.
"""
from __future__ import annotations

from contextlib import suppress
from pathlib import Path

LANGUAGES = ("nl", "en")


def read_json_preferences(path: Path) -> dict[str, object]:
    """The values the file holds (only those it holds, and only valid ones): language, last_database, show_help."""
    import json  # only where an earlier version's file is read (the start reads it only when it is there)

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, ValueError):
        with suppress(OSError):  # kept aside where that is possible; the defaults apply either way
            path.replace(path.with_suffix(".damaged.json"))
        return {}
    values: dict[str, object] = {}
    if data.get("language") in LANGUAGES:
        values["language"] = data["language"]
    if isinstance(data.get("last_database"), str) and data["last_database"]:
        values["last_database"] = data["last_database"]
    if isinstance(data.get("show_help"), bool):
        values["show_help"] = data["show_help"]
    return values
