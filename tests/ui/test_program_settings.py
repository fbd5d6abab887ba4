"""Preferences in QSettings, central defaults, the earlier JSON file moved in once, the window as left (issue 17)."""
from __future__ import annotations

import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from isv_desktop import paths
from isv_desktop.services.preferences import Preferences, ProgramPreferences
from isv_desktop.ui.program_settings import QSettingsStore, program_preferences, program_settings
from isv_desktop.ui.window_state import FIRST_SHARE, available_area


def ini_preferences(path) -> ProgramPreferences:
    return ProgramPreferences(QSettingsStore(QSettings(str(path), QSettings.Format.IniFormat)))


def test_preferences_are_kept_in_a_settings_file_and_only_what_was_chosen_is_written(tmp_path):
    path = tmp_path / "isv-desktop.ini"
    preferences = ini_preferences(path)
    assert preferences.load() == Preferences()
    preferences.save(Preferences(language="en"))
    again = ini_preferences(path)
    assert again.load() == Preferences(language="en", show_help=True)
    written = path.read_text()
    assert "language=en" in written and "show_help" not in written and "last_database" not in written
    again.save(Preferences(language="en", show_help=False, last_database=str(tmp_path / "d.sqlite")))
    assert ini_preferences(path).load() == Preferences("en", str(tmp_path / "d.sqlite"), False)


def central(isolated_user_dirs, **values) -> None:
    """Defaults as IT sets them for every user (here the portable folder's 'central' settings)."""
    folder = isolated_user_dirs / "central" / "ISV Desktop"
    folder.mkdir(parents=True)
    lines = "".join(f"{key}={value}\n" for key, value in values.items())
    (folder / "ISV Desktop.ini").write_text("[General]\n" + lines)


def test_central_defaults_apply_until_the_buyer_chooses_otherwise(isolated_user_dirs):
    central(isolated_user_dirs, language="en", show_help="false")
    preferences = program_preferences()
    assert preferences.load() == Preferences(language="en", show_help=False)
    preferences.save(Preferences(language="en", show_help=True))  # the buyer wants the help shown
    user_file = program_settings().fileName()
    assert user_file.startswith(str(paths.config_dir()))
    assert "show_help=true" in open(user_file).read() and "language" not in open(user_file).read()
    assert program_preferences().load() == Preferences(language="en", show_help=True)
    (isolated_user_dirs / "central" / "ISV Desktop" / "ISV Desktop.ini").write_text("[General]\nlanguage=nl\n")
    assert program_preferences().load().language == "nl"  # a new central default reaches the buyer


def test_the_json_file_of_an_earlier_version_is_moved_in_once_and_wins_over_central_defaults(isolated_user_dirs):
    central(isolated_user_dirs, language="nl")
    old = paths.config_dir() / "preferences.json"
    old.write_text(json.dumps({"language": "en", "last_database": "/data/dossiers.sqlite", "show_help": False}))
    assert program_preferences().load() == Preferences("en", "/data/dossiers.sqlite", False)
    assert not old.exists() and old.with_name("preferences.json.migrated").exists()  # kept, not deleted
    program_preferences().save(Preferences("nl", "/data/dossiers.sqlite", False))
    old.write_text(json.dumps({"language": "en"}))  # even a file put back is not read a second time
    assert program_preferences().load().language == "nl"


def test_a_damaged_json_file_is_set_aside_and_the_defaults_apply():
    old = paths.config_dir() / "preferences.json"
    old.write_text("{ language: en")
    assert program_preferences().load() == Preferences()
    assert old.with_suffix(".damaged.json").read_text() == "{ language: en"


def test_the_first_window_fits_the_screen_and_the_window_comes_back_as_it_was_left(open_window, reopen):
    window = open_window()
    area = available_area(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert abs(window.width() - area.width() * FIRST_SHARE) <= 2
    assert abs(window.height() - area.height() * FIRST_SHARE) <= 2
    window.resize(700, 500)
    window.move(area.left() + 30, area.top() + 40)
    window.home.setSizes([300, 120])
    header = window.list_page.table.horizontalHeader()
    header.resizeSection(0, 333)
    QApplication.processEvents()
    sizes, geometry = window.home.sizes(), window.geometry()
    again = reopen(window)
    assert again.geometry() == geometry
    assert again.home.sizes() == sizes
    assert again.list_page.table.horizontalHeader().sectionSize(0) == 333


def test_saved_geometry_larger_than_this_screen_is_made_to_fit(open_window, reopen):
    window = open_window()
    area = available_area(window)
    window.resize(area.width() * 2, area.height() * 2)
    again = reopen(window)
    assert again.width() <= area.width() and again.height() <= area.height()
