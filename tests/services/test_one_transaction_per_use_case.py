"""One use case, one transaction: every service method that stores commits once, or not at all."""
from __future__ import annotations

import inspect
from datetime import date

import pytest
from use_case_world import TODAY, USE_CASES, build_world

from isv_desktop.services.applicability import ApplicabilityService
from isv_desktop.services.criteria import CriteriaService
from isv_desktop.services.demo import fill_with_samples
from isv_desktop.services.dossier_export import DossierExportService
from isv_desktop.services.dossiers import DossierService
from isv_desktop.services.due import DueService
from isv_desktop.services.monitoring import MonitoringService
from isv_desktop.services.questionnaires import QuestionnaireService
from isv_desktop.services.risk_scan import RiskScanService
from isv_desktop.services.session import open_session
from isv_desktop.services.signals import SignalService
from isv_desktop.services.suppliers import SupplierService
from isv_desktop.services.use_case import is_use_case
from isv_desktop.services.yearly_report import ReportService
from isv_desktop.storage.due_repository import DueRepository

SERVICES = (DossierService, ApplicabilityService, RiskScanService, CriteriaService, SupplierService,
            QuestionnaireService, MonitoringService, SignalService, ReportService, DossierExportService, DueService)

# Public methods that store nothing in the dossier file (some write a file the buyer chose).
READS = {
    "DossierService": {"get", "count", "page", "page_after", "keys_after", "all"},
    "ApplicabilityService": {"periods", "current_period", "assess", "assess_purchase", "suggest_kind",
                             "suggest_category"},
    "RiskScanService": {"groups", "suggested_group", "countries", "compute", "stored_scan", "judgements", "own_risks",
                        "consultations", "high_themes"},
    "CriteriaService": {"settings", "scan_groups", "high_priority_themes", "suggestions", "chosen", "weight_check",
                        "applies_isv", "annex_content", "write_annex_pdf", "write_annex_docx", "annex_as_text"},
    "SupplierService": {"suppliers", "supplier", "awarded", "credentials", "expiring_credentials", "plan", "actions",
                        "credentials_by_supplier", "plans", "actions_by_supplier"},
    "QuestionnaireService": {"preview_import", "for_supplier", "score_of", "overdue"},
    "MonitoringService": {"today", "contract_period", "progress_reports", "contract_year_complete",
                          "meetings", "audits", "corrective_actions", "escalations", "proposed_escalation",
                          "delivered_products"},
    "SignalService": {"today", "touched", "signals", "followups", "followed_dossiers", "signals_page", "signal_count"},
    "ReportService": {"organisation", "figures", "targets", "left_out_reason", "compute", "report_json", "write_pdf",
                      "write_xlsx"},
    "DossierExportService": {"snapshot", "context", "prepare", "write_pdf", "write_xlsx", "read_xlsx", "copy_title",
                             "existing"},
    "DueService": {"due_list", "for_dossier", "counts", "page", "pages"},
}
# Public methods that read a file first (outside any transaction), then store through one use case.
DELEGATES = {"QuestionnaireService": {"import_file": "store_import"}, "DossierExportService": {"import_xlsx": "store"}}


class Transactions:
    """Counts the transactions the connection begins and commits (savepoints are not transactions)."""

    def __init__(self, connection):
        self.connection = connection
        self.statements: list[str] = []

    def __enter__(self):
        self.changes = self.connection.total_changes
        self.connection.set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc):
        self.connection.set_trace_callback(None)
        self.changes = self.connection.total_changes - self.changes

    def count(self, word: str) -> int:
        return sum(1 for s in self.statements if s.lstrip().upper().startswith(word))


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def world(session, tmp_path):
    return build_world(session, tmp_path)


def public_methods(service: type) -> dict[str, object]:
    return {name: member for name, member in inspect.getmembers(service, inspect.isfunction)
            if not name.startswith("_")}


def test_every_public_service_method_is_a_use_case_a_read_or_a_delegate_and_each_use_case_is_measured():
    use_cases = set()
    for service in SERVICES:
        name = service.__name__
        methods = public_methods(service)
        marked = {m for m, function in methods.items() if is_use_case(function)}
        unmarked = set(methods) - marked
        assert unmarked <= READS.get(name, set()) | set(DELEGATES.get(name, {})), name  # new: a use case or a read?
        assert not marked & READS.get(name, set()), name
        use_cases |= {f"{name}.{m}" for m in marked}
    assert use_cases == set(USE_CASES)


@pytest.mark.parametrize("name", sorted(USE_CASES))
def test_a_use_case_commits_once(world, name):
    prepare, act = USE_CASES[name]
    prepared = prepare(world)
    with Transactions(world.session.database.connection) as seen:
        act(world, prepared)
    assert (seen.count("BEGIN"), seen.count("COMMIT"), seen.count("ROLLBACK")) == (1, 1, 0), seen.statements
    assert seen.changes > 0


@pytest.mark.parametrize("service, delegate", [(s, d) for s, pairs in DELEGATES.items() for d in pairs.items()])
def test_a_delegate_stores_through_its_use_case(service, delegate):
    cls = next(s for s in SERVICES if s.__name__ == service)
    method, use_case = delegate
    source = inspect.getsource(getattr(cls, method))
    assert f"self.{use_case}(" in source
    assert is_use_case(getattr(cls, use_case))


def test_the_sample_dossiers_are_added_in_one_transaction(session):
    with Transactions(session.database.connection) as seen:
        ids = fill_with_samples(session)
    assert len(ids) == 4 and (seen.count("BEGIN"), seen.count("COMMIT")) == (1, 1)
    assert session.risk_scan.countries(ids[0])  # the CPV code brought the group the origins are added to


def test_an_award_that_fails_halfway_stores_nothing_of_it(world, monkeypatch):
    s = world.session
    bidder = s.suppliers.supplier(world.dossier, world.bidder)
    reports_before = s.monitoring.progress_reports(world.dossier)
    due_before = s.due.for_dossier(world.dossier)
    dossier_before = s.dossiers.get(world.dossier)
    calls = []

    def failing_set(self, *args, **kwargs):  # the due list refuses the award's first due item
        calls.append(args)
        raise OSError("disk full")

    monkeypatch.setattr(DueRepository, "set", failing_set)
    with pytest.raises(OSError):
        s.suppliers.mark_awarded(world.dossier, world.bidder, date(2024, 12, 15))
    monkeypatch.undo()
    assert calls  # the supplier and its plan were written before the failure
    assert s.suppliers.supplier(world.dossier, world.bidder) == bidder  # still a bidder, no award date
    assert s.suppliers.plan(world.bidder).due_on is None
    assert s.monitoring.progress_reports(world.dossier) == reports_before
    assert s.due.for_dossier(world.dossier) == due_before
    assert s.dossiers.get(world.dossier) == dossier_before
    assert not s.database.connection.in_transaction
    s.suppliers.mark_awarded(world.dossier, world.bidder, date(2024, 12, 15))  # the file is fine for the next use case
    assert {r.supplier_id for r in s.monitoring.progress_reports(world.dossier)} == {world.winner, world.bidder}


def test_removing_a_supplier_that_fails_halfway_keeps_it_and_its_due_items(world, monkeypatch):
    s = world.session
    due_before = s.due.for_dossier(world.dossier)
    original = DueRepository.drop_subject
    dropped = []

    def fail_on_the_third(self, *args, **kwargs):
        dropped.append(args)
        if len(dropped) == 3:
            raise OSError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DueRepository, "drop_subject", fail_on_the_third)
    with pytest.raises(OSError):
        s.suppliers.remove_supplier(world.dossier, world.winner)
    monkeypatch.undo()
    assert s.suppliers.supplier(world.dossier, world.winner).name == "Top Glove Europe"
    assert s.due.for_dossier(world.dossier) == due_before
