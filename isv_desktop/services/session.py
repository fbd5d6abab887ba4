"""Everything one open dossier file offers, wired together once (no global state).

The GUI and the command line both start here, so they share the same use
cases. Services are built on first use: the dossier list must appear without
waiting for the knowledge base, the criteria library or the PDF machinery.
"""
from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .. import paths
from ..domain.dossier import Dossier
from ..domain.messages import UserError
from ..storage.database import (
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    copy_to_folder,
    list_backups,
    make_backup,
    open_database,
    restore_latest_backup,
)
from ..storage.dossier_repository import DossierRepository
from ..storage.row_ids import stored_id
from .dossiers import DossierService

if TYPE_CHECKING:
    from ..domain.risk.knowledge_base import KnowledgeBase
    from ..storage.due_repository import DueRepository
    from ..storage.risk_scan_repository import RiskScanRepository
    from .applicability import ApplicabilityService
    from .criteria import CriteriaService
    from .dossier_export import DossierExportService
    from .due import DueService
    from .monitoring import MonitoringService
    from .progress import DossierProgressService
    from .progress_planning import ProgressReportPlanner
    from .questionnaires import QuestionnaireService
    from .risk_scan import RiskScanService
    from .signals import SignalService
    from .suppliers import SupplierService
    from .yearly_report import ReportService


class Session:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today
        self.resources = paths.resources_dir()
        self.dossiers = DossierService(DossierRepository(database), database, self._dossier_edited)

    def close(self) -> None:
        self.database.close()

    def _dossier_edited(self, before: Dossier, after: Dossier) -> None:
        """What follows a step-1 field, in the edit's own transaction (never later, on reading)."""
        if (before.contract_start, before.duration_months) != (after.contract_start, after.duration_months):
            self._planner.plan(stored_id(after.id))
        if after.cpv_code and after.cpv_code != before.cpv_code:
            kind = self.applicability.suggest_kind(after.cpv_code).kind
            if kind is not after.contract_kind:  # the kind follows a new CPV code; the buyer may still change it
                self.dossiers.edit(stored_id(after.id), "contract_kind", kind.value)
            try:
                self.risk_scan.preselect_from_cpv(stored_id(after.id))
            except UserError:  # a CPV code the knowledge base cannot place: step 1 shows it, the edit stands
                pass

    @cached_property
    def _planner(self) -> "ProgressReportPlanner":
        from ..storage.criteria_repository import CriteriaRepository
        from ..storage.monitoring_repository import MonitoringRepository
        from ..storage.supplier_repository import SupplierRepository
        from .progress_planning import ProgressReportPlanner

        database = self.database
        return ProgressReportPlanner(
            database, DossierRepository(database), SupplierRepository(database), MonitoringRepository(database),
            self._due_repository, CriteriaRepository(database),
        )

    @cached_property
    def applicability(self) -> "ApplicabilityService":
        from ..knowledge.applicability_files import load_annex_xiv, load_category_table
        from ..knowledge.thresholds import load_threshold_edition
        from ..storage.threshold_repository import ThresholdRepository
        from .applicability import ApplicabilityService

        return ApplicabilityService(
            load_threshold_edition(self.resources, paths.data_dir() / "knowledge"), ThresholdRepository(self.database),
            self.database, self.today, annex_xiv=load_annex_xiv(self.resources),
            categories=load_category_table(self.resources),
        )

    @cached_property
    def knowledge(self) -> "KnowledgeBase":
        from ..knowledge.loader import load_knowledge_base

        return load_knowledge_base(self.resources, paths.data_dir() / "knowledge")

    @cached_property
    def risk_scan(self) -> "RiskScanService":
        from .risk_scan import RiskScanService

        return RiskScanService(self.knowledge, self._scan_repository, self.dossiers, self.database)

    @cached_property
    def _scan_repository(self) -> "RiskScanRepository":
        """One for step 2 and the step marks: the scan they both read is decoded once (issue 15)."""
        from ..storage.risk_scan_repository import RiskScanRepository

        return RiskScanRepository(self.database)

    @cached_property
    def criteria(self) -> "CriteriaService":
        from ..knowledge.criteria_library import load_criteria_library
        from ..storage.criteria_repository import CriteriaRepository
        from .criteria import CriteriaService

        library = load_criteria_library(self.resources, product_group_ids=list(self.knowledge.groups))
        return CriteriaService(library, CriteriaRepository(self.database), self.dossiers, self.risk_scan, self.database,
                               deadlines_changed=lambda dossier_id: self._planner.plan(dossier_id))

    @cached_property
    def _due_repository(self) -> "DueRepository":
        from ..storage.due_repository import DueRepository

        return DueRepository(self.database)

    @cached_property
    def suppliers(self) -> "SupplierService":
        from ..storage.supplier_repository import SupplierRepository
        from .suppliers import SupplierService

        knowledge = self.knowledge
        return SupplierService(
            SupplierRepository(self.database), self._due_repository, self.criteria, self._planner, self.database,
            self.today, lambda code: code in knowledge.countries,
        )

    @cached_property
    def questionnaires(self) -> "QuestionnaireService":
        from ..storage.questionnaire_repository import QuestionnaireRepository
        from .questionnaires import QuestionnaireService

        return QuestionnaireService(
            QuestionnaireRepository(self.database), self._due_repository, self.suppliers, self.risk_scan,
            self.criteria, self.dossiers, self.database, self.today,
        )

    @cached_property
    def monitoring(self) -> "MonitoringService":
        from ..storage.monitoring_repository import MonitoringRepository
        from .monitoring import MonitoringService

        return MonitoringService(
            MonitoringRepository(self.database), self._due_repository, self.dossiers, self.suppliers, self._planner,
            self.database, self.today,
        )

    @cached_property
    def signals(self) -> "SignalService":
        from ..storage.signal_repository import SignalRepository
        from .signals import SignalService

        knowledge = self.knowledge
        return SignalService(
            SignalRepository(self.database),
            self.database,
            lambda code: code in knowledge.countries,
            lambda group_id: group_id in knowledge.groups,
            self.today,
            self._due_repository,
        )

    @cached_property
    def exports(self) -> "DossierExportService":
        from .dossier_export import DossierExportService

        return DossierExportService(self)

    @cached_property
    def reports(self) -> "ReportService":
        from .yearly_report import ReportService

        return ReportService(self)

    @cached_property
    def progress(self) -> "DossierProgressService":
        from ..storage.criteria_repository import CriteriaRepository
        from ..storage.monitoring_repository import MonitoringRepository
        from ..storage.questionnaire_repository import QuestionnaireRepository
        from ..storage.supplier_repository import SupplierRepository
        from .progress import DossierProgressService

        database = self.database  # the repositories only: the step marks need no knowledge base (issue 15)
        return DossierProgressService(
            self.dossiers, self._scan_repository, CriteriaRepository(database), SupplierRepository(database),
            QuestionnaireRepository(database), MonitoringRepository(database), self.today,
        )

    @cached_property
    def due(self) -> "DueService":
        from .due import DueService

        return DueService(self._due_repository, self.today)


def open_session(database_path: Path | None = None, today: Callable[[], date] = date.today,
                 whole_check: bool | None = None) -> Session:
    """Open the dossier file (default: the user's data folder) and build the services on it.

    ``whole_check``: see ``open_database`` (None: every page of a small file, the bounded check of a large one).
    """
    path = Path(database_path) if database_path else paths.default_database_path()
    return Session(open_database(path, whole_check=whole_check), today)


__all__ = [
    "Session",
    "open_session",
    "DamagedDatabaseError",
    "NewerDatabaseError",
    "list_backups",
    "make_backup",
    "restore_latest_backup",
    "copy_to_folder",
]
