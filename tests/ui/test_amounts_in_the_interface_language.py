"""Step 1's estimated value reads and is typed the way the interface language writes amounts (issue 14):
"€185,000.00" in English, "€ 185.000,00" in Dutch — the same text the PDFs and workbooks print."""
from datetime import date
from decimal import Decimal

import pytest

from isv_desktop.domain.amounts import format_euro
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_view import DossierView
from isv_desktop.ui.steps.applicability_page import ApplicabilityPage
from isv_desktop.ui.translation import install_language


@pytest.fixture
def step_one(qtbot, db_path, qapp):
    """Step 1 of a dossier worth 185,000 euro, in the language asked for."""
    opened = []

    def _open(language):
        if language == "en":
            opened.append(install_language(qapp, "en"))
        session = open_session(db_path, today=lambda: date(2025, 5, 1))
        dossier = session.dossiers.create("Zonnepanelen")
        session.dossiers.edit(dossier.id, "estimated_value", "185.000")
        view = DossierView(session.dossiers, [lambda: ApplicabilityPage(session.dossiers, session.applicability,
                                                                        language)], language, show_help=False,
                           progress=session.progress)
        qtbot.addWidget(view)
        view.show()
        view.open(dossier.id)
        opened.append((view, session))
        return view.pages[0].form, session, dossier.id

    yield _open
    for item in opened:
        if isinstance(item, tuple):
            view, session = item
            view.flush(), view.close(), session.close()
        else:
            qapp.removeTranslator(item)
            install_language(qapp, "nl")


def test_the_english_screen_shows_and_reads_english_amounts(step_one, keyboard):
    form, session, dossier_id = step_one("en")
    assert form.valueEdit.text() == "€185,000.00" == format_euro(Decimal("185000"), "en")
    keyboard.replace(form.valueEdit, "1,250,000.50")
    assert session.dossiers.get(dossier_id).estimated_value == Decimal("1250000.50")
    assert form.valueError.text() == ""
    keyboard.replace(form.valueEdit, "€221,000")
    assert session.dossiers.get(dossier_id).estimated_value == Decimal("221000.00")


def test_the_english_screen_refuses_a_dutch_amount_and_keeps_the_stored_one(step_one, keyboard):
    form, session, dossier_id = step_one("en")
    keyboard.replace(form.valueEdit, "185.000,00")
    assert session.dossiers.get(dossier_id).estimated_value == Decimal("185000.00")
    assert "185.000,00" in form.valueError.text()


def test_the_dutch_screen_shows_and_reads_dutch_amounts(step_one, keyboard):
    form, session, dossier_id = step_one("nl")
    assert form.valueEdit.text() == "€\u00a0185.000,00" == format_euro(Decimal("185000"), "nl")
    keyboard.replace(form.valueEdit, "250.000,-")
    assert session.dossiers.get(dossier_id).estimated_value == Decimal("250000.00")


@pytest.mark.parametrize(("language", "supplies", "works", "shown"), [
    ("en", "221,000", "€5,538,000", "€221,000"), ("nl", "221.000", "€ 5.538.000", "€ 221.000")])
def test_the_settings_read_thresholds_typed_as_the_interface_language_writes_them(qtbot, keyboard, db_path, language,
                                                                                  supplies, works, shown):
    from isv_desktop.ui.program_settings import program_preferences
    from isv_desktop.ui.settings_dialog import SettingsDialog

    session = open_session(db_path, today=lambda: date(2028, 2, 1))  # after the shipped table ends
    try:
        dialog = SettingsDialog(session.applicability, program_preferences(), language)
        qtbot.addWidget(dialog)
        dialog.show()
        f = dialog.form
        keyboard.replace(f.fromEdit, "01-01-2028", enter=False)
        keyboard.replace(f.untilEdit, "31-12-2029", enter=False)
        keyboard.replace(f.suppliesEdit, supplies, enter=False)
        keyboard.replace(f.worksEdit, works, enter=False)
        f.addThresholdButton.click()
        assert not f.thresholdError.isVisible(), f.thresholdError.text()
        period = session.applicability.current_period()
        assert (period.supplies_services, period.works) == (Decimal("221000"), Decimal("5538000"))
        assert shown in f.currentThresholdLabel.text()
        dialog.close()
    finally:
        session.close()
