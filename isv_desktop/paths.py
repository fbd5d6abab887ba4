"""The one place that knows where files live.

- ``resources_dir()``: the reference data, texts, fonts and translations
  shipped with the program: inside the bundle when frozen by PyInstaller,
  package data (``isv_desktop/resources``) when installed from a wheel, ``resources/`` beside the package in a
  checkout (setup.py copies that folder into the wheel).
- ``data_dir()``, ``config_dir()``, ``log_dir()``: the user's folders, from
  platformdirs. Setting ``ISV_DESKTOP_HOME`` redirects all three below one
  folder (tests and portable use).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ISV Desktop"
APP_AUTHOR = "ISV Desktop"
DATABASE_FILE_NAME = "dossiers.sqlite"
# An installed wheel unpacks onto the file system (a zipped install is not supported), so its package data is a
# folder beside this file: no importlib.resources, whose modules cost the start some 5 ms (issue 15).
_PACKAGE_DIR = Path(__file__).resolve().parent


def _home_override() -> Path | None:
    value = os.environ.get("ISV_DESKTOP_HOME")
    return Path(value) if value else None


def portable_home() -> Path | None:
    """The folder ``ISV_DESKTOP_HOME`` names (tests, portable use), or None for the user's own folders."""
    return _home_override()


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def _user_dir(kind: str) -> Path:
    override = _home_override()
    if override is not None:
        path = override / kind
        path.mkdir(parents=True, exist_ok=True)
        return path
    import platformdirs  # only for the user's own folders, which the start asks for only without a last file

    if kind == "data":
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    elif kind == "config":
        path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _user_dir("data")


def config_dir() -> Path:
    return _user_dir("config")


def log_dir() -> Path:
    return _user_dir("log")


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def backup_dir(database_path: Path) -> Path:
    """Backups sit beside the database, in a folder named after it."""
    return database_path.parent / f"{database_path.name}.backups"
