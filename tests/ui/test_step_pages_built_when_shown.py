"""The first dossier opened builds only the step shown (issue 15); the others are built, and read, when needed."""
from isv_desktop.domain.steps import StepId
from isv_desktop.ui import idle_warm_up


def test_opening_builds_the_step_shown_and_the_others_when_shown_or_asked_for(open_window):
    window = open_window()
    session = window.session
    first = session.dossiers.create("Werkkleding buitendienst")
    second = session.dossiers.create("Kantoormeubilair")

    view = window.open_dossier(first.id)
    assert view.built_steps() == [StepId.APPLICABILITY]  # the four other pages: not built, not read
    assert len(view.pages) == 5 and view.step_list.count() == 5

    view.go_to(4)  # shown: built and read for the open dossier
    assert view.built_steps() == [StepId.APPLICABILITY, StepId.MONITORING]
    assert view.current_page().step_id is StepId.MONITORING and view.current_page().dossier_id == first.id

    risk_scan = view.pages[1]  # asked for: built and read too
    assert risk_scan.step_id is StepId.RISK_SCAN and risk_scan.dossier_id == first.id
    assert "risico" in view.help_panels[1].body.text().lower()

    window.show_list()
    view = window.open_dossier(second.id)  # every page built is read for the dossier opened
    assert view.built_steps() == [StepId.APPLICABILITY, StepId.RISK_SCAN, StepId.MONITORING]
    assert view.pages[1].dossier_id == second.id and view.pages[4].dossier_id == second.id
    view.go_to(3)
    assert view.pages[3].step_id is StepId.SUPPLIERS and view.current_page() is view.pages[3]


def test_the_step_marks_of_the_first_dossier_opened_load_no_knowledge_base_nor_criteria_library(open_window,
                                                                                               monkeypatch):
    """The marks read the stored rows only (issue 15): loading the knowledge base and the criteria library (and
    importing the step services) made the first opening wait for what the step shown does not use."""
    monkeypatch.setattr(idle_warm_up, "WARM_UP_DELAY_MS", 3_600_000)  # not loaded ahead while the list is read
    window = open_window()
    session = window.session
    dossier = session.dossiers.create("Werkkleding buitendienst")
    assert "knowledge" not in vars(session)

    view = window.open_dossier(dossier.id)
    assert view.built_steps() == [StepId.APPLICABILITY]
    assert view.step_list.item(0).text().startswith("○")  # the marks are shown
    loaded = {name for name in ("knowledge", "criteria", "risk_scan", "suppliers", "monitoring") if name in vars(session)}
    assert loaded == set()

    view.go_to(2)  # the criteria step needs them: loaded now
    assert {"knowledge", "criteria"} <= set(vars(session))


def test_the_marks_step_2_and_step_3_decode_the_open_dossiers_scan_once(open_window, monkeypatch):
    """The step marks, step 2 and step 3 all read the scan (issue 15: decoded three times per opening)."""
    from isv_desktop.domain.risk_scan_record import ProductionStage
    from isv_desktop.storage import risk_scan_repository

    window = open_window()
    session = window.session
    dossier = session.dossiers.create("Werkkleding buitendienst")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.dossiers.edit(dossier.id, "current_step", StepId.RISK_SCAN.value)
    decoded = []
    read = risk_scan_repository.scan_from_record
    monkeypatch.setattr(risk_scan_repository, "scan_from_record", lambda record: decoded.append(1) or read(record))

    view = window.open_dossier(dossier.id)
    view.go_to(2)
    assert view.built_steps() == [StepId.RISK_SCAN, StepId.CRITERIA]
    assert len(decoded) == 1
    session.risk_scan.add_country(dossier.id, "handschoenen", "VN", ProductionStage.FINAL_ASSEMBLY)  # a new scan
    stored = session.risk_scan.stored_scan(dossier.id)
    assert stored is not None and "VN" in str(stored.result) and len(decoded) == 2  # read as stored now
