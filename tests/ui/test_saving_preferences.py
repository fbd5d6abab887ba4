"""Preferences that cannot be written are told, not a crash (issue 12, item 6), and not shown as stored."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from isv_desktop.ui.program_settings import program_preferences
from isv_desktop.ui.settings_dialog import SettingsDialog


def test_preferences_that_cannot_be_written_give_a_message_and_keep_the_dialog(qtbot, open_window, tmp_path,
                                                                               monkeypatch):
    window = open_window()
    blocked = tmp_path / "instellingen"
    blocked.write_text("a file where the settings folder should be")
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: seen.append(text)))
    preferences = program_preferences(QSettings(str(blocked / "isv-desktop.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(window.session.applicability, preferences, "nl", window)
    qtbot.addWidget(dialog)
    dialog.form.showHelpCheck.toggle()
    assert len(seen) == 1 and seen[0].startswith(f"{preferences.location} is niet opgeslagen")
    assert blocked.read_text() == "a file where the settings folder should be"
    assert preferences.load().show_help is True  # what was not written is not shown as stored
