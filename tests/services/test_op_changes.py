"""A use case says what it changed (services.changes, anki's OpChanges): once, after its outermost transaction
committed, with the kinds of the use cases it called; nothing when it failed."""
import importlib
import inspect
import pkgutil
from datetime import date

import pytest

from isv_desktop.domain.messages import UserError
from isv_desktop.domain.monitoring import SignalSourceKind
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.services import changes as changes_module
from isv_desktop.services.changes import EVERYTHING, Change, change_log
from isv_desktop.services.session import open_session
from isv_desktop.services.use_case import is_use_case


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: date(2025, 5, 1))
    yield s
    s.close()


@pytest.fixture
def told(session):
    heard = []
    stop = change_log(session.database).listen(heard.append)
    yield heard
    stop()


def test_awarding_tells_once_that_suppliers_monitoring_and_the_due_list_changed(session, told):
    dossier = session.dossiers.create("Handschoenen GGD")
    session.dossiers.edit(dossier.id, "contract_start", "2025-01-01")
    session.dossiers.edit(dossier.id, "duration_months", "36")
    supplier = session.suppliers.add_supplier(dossier.id, "Top Glove Europe", country="MY")
    told.clear()

    session.suppliers.mark_awarded(dossier.id, supplier.id, date(2024, 12, 1))

    [changes] = told  # the planner ran inside the award: one notice, after the commit
    assert {Change.SUPPLIERS, Change.MONITORING, Change.DUE} <= changes.kinds
    assert Change.SIGNALS not in changes and not changes.touches({Change.SCAN, Change.CRITERIA})


def test_each_service_tells_its_own_kind(session, told):
    dossier = session.dossiers.create("Handschoenen GGD")
    session.risk_scan.add_group(dossier.id, "handschoenen")
    session.risk_scan.add_country(dossier.id, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.criteria.choose_suggestions(dossier.id)
    signal_id, _touches = session.signals.log("Dwangarbeid", date(2025, 4, 1), SignalSourceKind.PRESS,
                                              "MY", "handschoenen", "", "", "", None, None)
    kinds = [c.kinds for c in told]
    assert Change.DOSSIER in kinds[0]
    assert kinds[1] == kinds[2] == {Change.SCAN}
    assert Change.CRITERIA in kinds[3]
    assert Change.SIGNALS in kinds[4]
    assert signal_id


def test_a_use_case_that_fails_tells_nothing(session, told):
    dossier = session.dossiers.create("Handschoenen GGD")
    told.clear()
    with pytest.raises(UserError):
        session.suppliers.add_supplier(dossier.id, "   ")  # a supplier needs a name
    assert told == []
    session.dossiers.rename(dossier.id, "Handschoenen")
    assert [c.kinds for c in told] == [{Change.DOSSIER, Change.DUE}]  # nothing left over from the failed one


def test_a_listener_that_stopped_hears_nothing(session):
    heard = []
    stop = change_log(session.database).listen(heard.append)
    session.dossiers.create("Een")
    stop()
    session.dossiers.create("Twee")
    assert len(heard) == 1


def test_every_service_with_use_cases_names_what_they_change():
    from isv_desktop import services

    unnamed = []
    for module_info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"isv_desktop.services.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            has_use_case = any(is_use_case(member) for _n, member in inspect.getmembers(cls, inspect.isfunction))
            if has_use_case and "changes" not in vars(cls):
                unnamed.append(cls.__name__)
            if has_use_case:
                assert vars(cls).get("changes", EVERYTHING) <= EVERYTHING
    assert unnamed == []
    assert set(changes_module.__all__) >= {"Change", "OpChanges", "change_log"}
