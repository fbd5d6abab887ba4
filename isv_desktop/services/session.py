"""Everything one open dossier file offers, wired together once (no global state).

The GUI and the command line both start here, so they share the same use cases.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from .. import paths
from ..knowledge.criteria_library import load_criteria_library
from ..knowledge.loader import load_knowledge_base
from ..knowledge.thresholds import load_threshold_table
from ..storage.database import (
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    list_backups,
    make_backup,
    open_database,
    restore_latest_backup,
)
from ..storage.criteria_repository import CriteriaRepository
from ..storage.dossier_repository import DossierRepository
from ..storage.due_repository import DueRepository
from ..storage.monitoring_repository import MonitoringRepository
from ..storage.signal_repository import SignalRepository
from ..storage.risk_scan_repository import RiskScanRepository
from ..storage.supplier_repository import SupplierRepository
from ..storage.threshold_repository import ThresholdRepository
from .applicability import ApplicabilityService
from .criteria import CriteriaService
from .dossiers import DossierService
from .due import DueService
from .monitoring import MonitoringService
from .risk_scan import RiskScanService
from .signals import SignalService
from .suppliers import SupplierService


@dataclass
class Session:
    database: Database
    dossiers: DossierService
    applicability: ApplicabilityService
    risk_scan: RiskScanService
    criteria: CriteriaService
    suppliers: SupplierService
    monitoring: MonitoringService
    signals: SignalService
    due: DueService

    def close(self) -> None:
        self.database.close()


def open_session(database_path: Path | None = None, today: Callable[[], date] = date.today) -> Session:
    """Open the dossier file (default: the user's data folder) and build the services on it."""
    path = Path(database_path) if database_path else paths.default_database_path()
    database = open_database(path)
    resources = paths.resources_dir()
    dossiers = DossierService(DossierRepository(database))
    knowledge = load_knowledge_base(resources, paths.data_dir() / "knowledge")
    risk_scan = RiskScanService(knowledge, RiskScanRepository(database), dossiers)
    criteria = CriteriaService(
        load_criteria_library(resources, product_group_ids=list(knowledge.groups)),
        CriteriaRepository(database),
        dossiers,
        risk_scan,
    )
    due = DueRepository(database)
    suppliers = SupplierService(SupplierRepository(database), due, criteria, today)
    return Session(
        database=database,
        dossiers=dossiers,
        applicability=ApplicabilityService(
            load_threshold_table(resources), ThresholdRepository(database), today
        ),
        risk_scan=risk_scan,
        criteria=criteria,
        suppliers=suppliers,
        monitoring=MonitoringService(MonitoringRepository(database), due, dossiers, suppliers, today),
        signals=SignalService(
            SignalRepository(database), lambda code: code in knowledge.countries,
            lambda group_id: group_id in knowledge.groups, today,
        ),
        due=DueService(due, today),
    )


__all__ = [
    "Session",
    "open_session",
    "DamagedDatabaseError",
    "NewerDatabaseError",
    "list_backups",
    "make_backup",
    "restore_latest_backup",
]
