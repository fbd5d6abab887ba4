"""Dutch is the source; English must be complete and compiled. Compiled forms must match forms/."""
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from isv_desktop.devtools import build_forms, build_translations
from isv_desktop.ui.translation import install_language


def test_every_string_has_an_english_translation(tmp_path):
    ts_copy = tmp_path / "isv_desktop_en.ts"
    shutil.copy(build_translations.TS_FILE, ts_copy)
    build_translations.update_ts(ts_copy)  # picks up strings added since the last `make translations`
    root = ET.parse(ts_copy).getroot()
    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == [], "run `make translations` and translate these"


def test_the_compiled_translation_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.qm"
    build_translations.compile_qm(build_translations.TS_FILE, fresh)
    assert fresh.read_bytes() == build_translations.QM_FILE.read_bytes(), "run `make translations`"


@pytest.mark.parametrize("ui_file", sorted(build_forms.FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_match_their_designer_files(ui_file):
    target = build_forms.target_for(ui_file)
    assert target.exists(), f"run `make forms` for {ui_file.name}"
    assert target.read_text(encoding="utf-8") == build_forms.compile_form(ui_file), "run `make forms`"


def test_the_window_speaks_english_when_asked(qtbot, open_window, qapp):
    translator = install_language(qapp, "en")
    try:
        window = open_window(language="en")
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Dossier", "&View", "&Help"]
        assert window.list_page.new_button.text() == "&New dossier"
        dossier = window.session.dossiers.create("Gloves")
        window.open_dossier(dossier.id)
        form = window.dossier_view.pages[0].form
        assert form.titleLabel.text() == "&Title"
        assert "About this step" == window.dossier_view.help_panels[0].toggle.text()
        assert "What this step is for" in window.dossier_view.help_panels[0].body.text()
        assert window.list_model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")
