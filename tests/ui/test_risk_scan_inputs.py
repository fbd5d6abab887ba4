"""Step 2, tab "Grondstoffen", through the real widgets; and the sources dialog lists every source with edition and date."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from isv_desktop.domain.day_format import format_published
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.themes import Theme
from isv_desktop.services.input_origins import InputOriginService
from isv_desktop.services.session import open_session
from isv_desktop.ui.steps.risk_scan_page import RiskScanPage


@pytest.fixture
def page_on(qtbot, db_path):
    opened = []

    def _open():
        session = open_session(db_path, today=lambda: date(2026, 12, 5))
        page = RiskScanPage(session.risk_scan, "nl")
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        opened.append(session)
        return page, session

    yield _open
    for session in opened:
        session.close()


def test_the_buyer_records_a_traced_polysilicon_origin_and_the_scan_follows(qtbot, keyboard, page_on):
    page, session = page_on()
    dossier = session.dossiers.create("Zonnepanelen sporthal")
    session.risk_scan.add_group(dossier.id, "zonnepanelen")
    session.risk_scan.add_country(dossier.id, "zonnepanelen", "VN", ProductionStage.FINAL_ASSEMBLY)
    page.load(dossier.id)
    tab = page.inputs
    page.form.tabs.setCurrentWidget(tab)
    assert page.form.tabs.tabText(page.form.tabs.indexOf(tab)) == "Grondstoffen"
    assert tab.table.rowCount() == 1
    assumed = tab.table.item(0, 2).text()
    assert "79 % uit China" in assumed and "IEA Solar PV Global Supply Chains" in assumed
    assert tab.table.item(0, 3).text() == "nog niet herleid"
    assert page.risk_model.result.level(Theme.FORCED_LABOUR) is RiskLevel.HIGH

    keyboard.type(tab.countryEdit, "Atlantis")
    qtbot.mouseClick(tab.recordButton, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "Atlantis" in tab.error.text()
    assert InputOriginService.beside(session.risk_scan).inputs(dossier.id)[0].traced == ()

    tab.countryEdit.clear()
    keyboard.type(tab.countryEdit, "Duitsland")
    qtbot.keyClick(tab.countryEdit, Qt.Key.Key_Return)
    assert not tab.error.isVisible()
    [(_id, traced)] = InputOriginService.beside(session.risk_scan).inputs(dossier.id)[0].traced
    assert (traced.good, traced.country) == ("Polysilicon", "DE")
    assert "Duitsland" in tab.table.item(0, 3).text()
    assert page.risk_model.result.level(Theme.FORCED_LABOUR) is RiskLevel.UNKNOWN

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.removeButton, Qt.MouseButton.LeftButton)
    assert InputOriginService.beside(session.risk_scan).inputs(dossier.id)[0].traced == ()
    assert page.risk_model.result.level(Theme.FORCED_LABOUR) is RiskLevel.HIGH


def test_about_the_reference_data_lists_every_source_with_edition_and_date(qtbot, page_on):
    page, session = page_on()
    dialog = page.show_sources()
    assert isinstance(dialog, QDialog)
    text = dialog.form.sourcesView.toPlainText()
    knowledge = session.risk_scan.knowledge
    for source in knowledge.sources.values():
        assert source.short_title in text and f"Editie: {source.edition}" in text
        if source.id != "cldr":  # the installed Babel release: no publication date of its own
            assert source.published and f"Verschenen: {format_published(source.published)}" in text, source.id
    for new in ("us_dol_goods_2024", "thompson_hine_2024", "eudr_2023", "iea_solar_pv_2022", "cbp_wro_gloves"):
        assert new in knowledge.sources
    dialog.close()
