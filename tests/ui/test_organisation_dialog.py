"""Organisation and targets: every setting stored at once, a logo checked, targets added and removed."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.services.session import open_session
from isv_desktop.ui.organisation_dialog import OrganisationDialog

TODAY = date(2026, 3, 1)


@pytest.fixture
def session(tmp_path):
    opened = open_session(tmp_path / "dossiers.sqlite", today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot, session):
    shown = OrganisationDialog(session.reports, "nl", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def warnings(monkeypatch):
    """Every QMessageBox.warning shown, as (title, text); nothing waits for a click."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: shown.append((title, text)))
    return shown


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def png(tmp_path, name="logo.png", size=(300, 100)):
    data = io.BytesIO()
    Image.new("RGB", size, (31, 78, 121)).save(data, format="PNG")
    path = tmp_path / name
    path.write_bytes(data.getvalue())
    return path


def test_name_language_and_deadlines_are_stored_as_they_change(dialog, session, keyboard):
    f = dialog.form
    keyboard.replace(f.nameEdit, "Gemeente Zwolle")
    f.languageCombo.setCurrentIndex(f.languageCombo.findData("en"))
    keyboard.replace(f.planSpin, "10")
    keyboard.replace(f.progressSpin, "8")
    stored = session.reports.organisation()
    assert stored.name == "Gemeente Zwolle" and stored.language == "en"
    assert stored.deadlines == Deadlines(plan_of_action_weeks=10, questionnaire_weeks=4, progress_report_weeks=8)


def test_the_name_typed_last_is_stored_when_the_dialog_closes(dialog, session, keyboard):
    keyboard.replace(dialog.form.nameEdit, "Gemeente Deventer", enter=False)
    dialog.reject()
    assert session.reports.organisation().name == "Gemeente Deventer"


def test_a_logo_is_chosen_previewed_and_removed(dialog, session, tmp_path, monkeypatch, warnings):
    f = dialog.form
    path = png(tmp_path)
    choose_file(monkeypatch, path)
    f.chooseLogoButton.click()
    stored = session.reports.organisation()
    assert stored.logo == path.read_bytes() and stored.logo_name == "logo.png"
    assert not f.logoPreview.pixmap().isNull() and f.logoNameLabel.text() == "logo.png"
    assert f.removeLogoButton.isEnabled() and warnings == []
    f.removeLogoButton.click()
    assert session.reports.organisation().logo is None
    assert f.logoPreview.pixmap().isNull() and not f.removeLogoButton.isEnabled()


@pytest.mark.parametrize("content", [b"dit is geen plaatje", b"\x89PNG\r\n\x1a\n kapot", b"\x89PNG\r\n\x1a\n" * 300000],
                         ids=["text", "broken png", "too large"])
def test_a_bad_logo_file_shows_a_message_and_stores_nothing(dialog, session, tmp_path, monkeypatch, warnings,
                                                            content):
    good = png(tmp_path, "goed.png")
    session.reports.set_organisation(logo=good.read_bytes(), logo_name="goed.png")
    bad = tmp_path / "slecht.png"
    bad.write_bytes(content)
    choose_file(monkeypatch, bad)
    dialog.form.chooseLogoButton.click()
    assert warnings and "PNG- of JPEG-afbeelding van hoogstens 2 MB" in warnings[0][1]
    stored = session.reports.organisation()
    assert stored.logo == good.read_bytes() and stored.logo_name == "goed.png"


def test_a_logo_that_cannot_be_read_shows_a_message(dialog, session, tmp_path, monkeypatch, warnings):
    choose_file(monkeypatch, tmp_path / "bestaat-niet.png")
    dialog.form.chooseLogoButton.click()
    assert warnings and "kan niet worden gelezen" in warnings[0][1]
    assert session.reports.organisation().logo is None


def add_target(dialog, keyboard, figure, goal, year, milestones):
    f = dialog.form
    f.tabs.setCurrentIndex(1)
    f.figureCombo.setCurrentIndex(f.figureCombo.findData(figure))
    keyboard.replace(f.goalEdit, goal, enter=False)
    keyboard.replace(f.targetYearSpin, str(year), enter=False)
    for milestone_year, percent in milestones:
        keyboard.replace(f.milestoneYearSpin, str(milestone_year), enter=False)
        keyboard.replace(f.milestonePercentEdit, percent, enter=False)
        f.addMilestoneButton.click()
    f.addTargetButton.click()


def test_a_target_with_milestones_is_set_through_the_widgets(dialog, session, keyboard):
    add_target(dialog, keyboard, "selection_or_award", "80", 2027, [(2025, "40"), (2026, "62,5")])
    [target] = session.reports.targets()
    assert (target.figure, target.goal, target.year) == ("selection_or_award", Decimal(80), 2027)
    assert target.milestones == ((2025, Decimal(40)), (2026, Decimal("62.5")))
    tree = dialog.form.targetsTree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert [item.text(c) for c in range(4)] == [
        "Met ISV in selectie of gunning, niet alleen als contractvoorwaarde", "80 %", "2027", "2025: 40 %; 2026: 62,5 %"]
    assert dialog.form.milestoneList.count() == 0 and dialog.form.goalEdit.text() == ""
    assert not dialog.form.targetError.isVisible()


def test_a_milestone_still_typed_is_taken_along(dialog, session, keyboard):
    f = dialog.form
    keyboard.replace(f.goalEdit, "100", enter=False)
    keyboard.replace(f.milestoneYearSpin, "2026", enter=False)
    keyboard.replace(f.milestonePercentEdit, "75", enter=False)
    f.addTargetButton.click()
    [target] = session.reports.targets()
    assert target.figure == "applied_required" and target.milestones == ((2026, Decimal(75)),)


@pytest.mark.parametrize("goal, year, milestones, message", [
    ("veel", 2027, [], "‘veel’ is geen percentage"),
    ("120", 2027, [], "‘120’ is geen percentage"),
    ("100", 2026, [(2027, "50")], "Het tussendoel van 2027 ligt na het doeljaar 2026"),
])
def test_a_wrong_target_says_why_and_stores_nothing(dialog, session, keyboard, goal, year, milestones, message):
    add_target(dialog, keyboard, "applied_required", goal, year, milestones)
    assert dialog.form.targetError.isVisible() and message in dialog.form.targetError.text()
    assert session.reports.targets() == ()
    assert dialog.form.targetsTree.topLevelItemCount() == 0


def test_a_wrong_milestone_percentage_is_not_listed(dialog, keyboard):
    f = dialog.form
    f.tabs.setCurrentIndex(1)
    keyboard.replace(f.milestonePercentEdit, "heel veel", enter=False)
    f.addMilestoneButton.click()
    assert f.targetError.isVisible() and "geen percentage" in f.targetError.text()
    assert f.milestoneList.count() == 0


def test_a_milestone_can_be_taken_off_the_list(dialog, keyboard):
    f = dialog.form
    for year, percent in ((2025, "30"), (2026, "60")):
        keyboard.replace(f.milestoneYearSpin, str(year), enter=False)
        keyboard.replace(f.milestonePercentEdit, percent, enter=False)
        f.addMilestoneButton.click()
    f.milestoneList.setCurrentRow(0)
    f.removeMilestoneButton.click()
    assert [f.milestoneList.item(i).text() for i in range(f.milestoneList.count())] == ["2026: 60 %"]


def test_a_target_is_removed_only_after_confirmation(qtbot, session, monkeypatch):
    kept = session.reports.add_target("applied_all", 90, 2027)
    session.reports.add_target("stakeholder_consulted", 50, 2026)
    dialog = OrganisationDialog(session.reports, "nl", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    tree = dialog.form.targetsTree
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    questions = []

    def answer(box):
        questions.append(box.text())
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    tree.setCurrentItem(tree.topLevelItem(1))
    dialog.form.removeTargetButton.click()
    assert len(session.reports.targets()) == 2
    dialog.form.removeTargetButton.click()
    assert [t.id for t in session.reports.targets()] == [kept.id]
    assert questions[0] == "Doel ‘Aanbestedingen met een raadpleging van stakeholders: 50 % in 2026’ verwijderen?"
    assert tree.topLevelItemCount() == 1 and not dialog.form.removeTargetButton.isEnabled()


def test_the_dialog_speaks_english(qtbot, session, qapp):
    from isv_desktop.ui.translation import install_language

    translator = install_language(qapp, "en")
    try:
        dialog = OrganisationDialog(session.reports, "en", today=lambda: TODAY)
        qtbot.addWidget(dialog)
        f = dialog.form
        assert dialog.windowTitle() == "Organisation and targets"
        assert f.tabs.tabText(1) == "&Targets" and f.planSpin.suffix() == " weeks"
        assert f.figureCombo.itemText(0) == "ISV applied in tenders above the threshold in a risk category"
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")
