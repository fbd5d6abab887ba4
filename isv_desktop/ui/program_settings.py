"""The program's preferences and window state in QSettings: where IT can set defaults for every user.

On Windows the settings are in the registry, ``HKEY_CURRENT_USER\\Software\\ISV Desktop\\ISV Desktop``;
a value not set there is read from ``HKEY_LOCAL_MACHINE\\Software\\ISV Desktop\\ISV Desktop``, so a
Group Policy can set the language or the dossier file's place for everyone. Elsewhere the same in .ini
files (user: ``~/.config/ISV Desktop/ISV Desktop.conf``, system: ``/etc/xdg/ISV Desktop/…``). With
``ISV_DESKTOP_HOME`` set (tests, portable use) both are .ini files below that folder: the user's in
``config/ISV Desktop/ISV Desktop.ini``, the central defaults in ``central/ISV Desktop/ISV Desktop.ini``.
"""
from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QSettings

from .. import paths
from ..domain.messages import UserError
from ..services.preferences import JSON_FILE_NAME, ProgramPreferences

ORGANISATION = "ISV Desktop"
APPLICATION = "ISV Desktop"


class QSettingsStore:
    """A ``PreferenceStore`` on a QSettings: user values first, system (central) values where none is set."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @property
    def location(self) -> str:
        return self.settings.fileName()

    def value(self, key: str) -> object | None:
        return self.settings.value(key)

    def set_values(self, values: Mapping[str, object]) -> None:
        before = {key: self.settings.value(key) for key in values}
        for key, value in values.items():
            self.settings.setValue(key, value)
        self.settings.sync()
        status = self.settings.status()
        if status != QSettings.Status.NoError:
            for key, value in before.items():  # what could not be written is not shown as stored either
                if value is None:
                    self.settings.remove(key)
                else:
                    self.settings.setValue(key, value)
            if status == QSettings.Status.AccessError:
                raise UserError("file.no_permission", path=self.location)
            raise UserError("file.write_failed", path=self.location, detail="QSettings.FormatError")


def program_settings() -> QSettings:
    """The user's settings, falling back to the system-wide (central) ones."""
    home = paths.portable_home()
    if home is None:
        return QSettings(QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config_dir()))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(home / "central"))
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def program_preferences(settings: QSettings | None = None) -> ProgramPreferences:
    """The preferences, with the JSON file of an earlier version moved in on first use."""
    preferences = ProgramPreferences(QSettingsStore(settings if settings is not None else program_settings()))
    try:
        preferences.adopt_json_file(paths.config_dir() / JSON_FILE_NAME)
    except UserError:
        pass  # settings that cannot be written: the old file stays and is read again at the next start
    return preferences
