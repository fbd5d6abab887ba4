"""Step 1's dates, step 2's scan time and consultations, and the sources window read as the interface language
writes days (issue 14): ``02/03/2026`` on the English screen, ``02-03-2026`` on the Dutch one — the one day
formatter (domain.day_format) the files use, never a pattern of the screen's own."""
from datetime import date

import pytest

from isv_desktop.domain.day_format import format_day, format_moment
from isv_desktop.domain.risk_scan_record import StakeholderKind
from isv_desktop.services.session import open_session
from isv_desktop.ui.dossier_view import DossierView
from isv_desktop.ui.steps.applicability_page import ApplicabilityPage
from isv_desktop.ui.steps.risk_scan_page import RiskScanPage
from isv_desktop.ui.translation import install_language

TODAY = date(2025, 5, 1)
SHOWN = {"nl": ("02-03-2026", "14-01-2026"), "en": ("02/03/2026", "14/01/2026")}


@pytest.fixture
def dossier_view(qtbot, db_path, qapp):
    """Steps 1 and 2 of a dossier with a contract start, a call date, a scan and a consultation."""
    opened = []

    def _open(language):
        if language == "en":
            opened.append(install_language(qapp, "en"))
        session = open_session(db_path, today=lambda: TODAY)
        dossier = session.dossiers.create("Handschoenen GGD")
        session.dossiers.edit(dossier.id, "contract_start", "02-03-2026")
        session.dossiers.edit(dossier.id, "call_for_competition_date", "14-01-2026")
        session.risk_scan.add_group(dossier.id, "handschoenen")
        session.risk_scan.add_consultation(dossier.id, StakeholderKind.TRADE_UNION, "FNV", date(2026, 3, 2), (), "")
        factories = [lambda: ApplicabilityPage(session.dossiers, session.applicability, language),
                     lambda: RiskScanPage(session.risk_scan, language, applicability=session.applicability)]
        view = DossierView(session.dossiers, factories, language, show_help=False, progress=session.progress)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        view.open(dossier.id)
        opened.append((view, session))
        return view, session, dossier.id

    yield _open
    for item in opened:
        if isinstance(item, tuple):
            view, session = item
            view.flush(), view.close(), session.close()
        else:
            qapp.removeTranslator(item)
            install_language(qapp, "nl")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_step_one_shows_its_dates_in_the_interface_language_and_reads_them_back(dossier_view, keyboard, language):
    view, session, dossier_id = dossier_view(language)
    form = view.pages[0].form
    start, call = SHOWN[language]
    assert (form.startEdit.text(), form.callDateEdit.text()) == (start, call)
    assert start == format_day(date(2026, 3, 2), language)
    keyboard.replace(form.startEdit, start)  # what the field shows is read back as the same day
    assert session.dossiers.get(dossier_id).contract_start == date(2026, 3, 2)
    assert form.startError.text() == ""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_step_two_writes_the_scan_time_and_consultations_in_the_interface_language(dossier_view, language):
    view, session, dossier_id = dossier_view(language)
    view.go_to(1)
    page = view.pages[1]
    assert isinstance(page, RiskScanPage) and page.isVisible()
    made_at = session.risk_scan.stored_scan(dossier_id).made_at
    assert format_moment(made_at, language) in page.form.scanInfoLabel.text()
    other = "nl" if language == "en" else "en"
    assert format_moment(made_at, other) not in page.form.scanInfoLabel.text()
    table = page.form.consultationTable
    assert table.item(0, 0).text() == SHOWN[language][0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_sources_window_writes_days_and_months_in_the_interface_language(dossier_view, qtbot, language):
    view, session, _dossier_id = dossier_view(language)
    view.go_to(1)
    dialog = view.pages[1].show_sources()
    qtbot.addWidget(dialog)
    shown = dialog.form.sourcesView.toPlainText()
    period = session.applicability.thresholds.periods[0]
    assert f"{format_day(period.start, language)} – {format_day(period.end, language)}" in shown
    assert period.start.isoformat() not in shown
    assert ("September 2022" if language == "en" else "september 2022") in shown  # the US DOL list's '2022-09'
    dialog.close()
