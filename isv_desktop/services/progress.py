"""Gathers, read-only, the plain data the progress rules read (``domain.progress``) for one dossier.

It reads the repositories, not the step services: the step marks of the first dossier opened must not wait for
the knowledge base and the criteria library (issue 15), and none of what the rules read comes from them.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from ..domain.damaged_parts import DamagedPartError
from ..domain.dossier import Dossier
from ..domain.progress import AwardedSupplier, DossierProgress, ProgressFacts, dossier_progress
from ..domain.suppliers import SupplierRole
from ..storage.row_ids import stored_id

if TYPE_CHECKING:
    from ..domain.risk.assessment import ScanResult
    from ..storage.criteria_repository import CriteriaRepository
    from ..storage.monitoring_repository import MonitoringRepository
    from ..storage.questionnaire_repository import QuestionnaireRepository
    from ..storage.risk_scan_repository import RiskScanRepository
    from ..storage.supplier_repository import SupplierRepository
    from .dossiers import DossierService


class DossierProgressService:
    def __init__(
        self, dossiers: DossierService, scans: RiskScanRepository, criteria: CriteriaRepository,
        suppliers: SupplierRepository, questionnaires: QuestionnaireRepository, monitoring: MonitoringRepository,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._dossiers = dossiers
        self._scans = scans
        self._criteria = criteria
        self._suppliers = suppliers
        self._questionnaires = questionnaires
        self._monitoring = monitoring
        self._today = today

    def status(self, dossier_id: int, dossier: Dossier | None = None) -> DossierProgress:
        """Per step whether it is complete and what is missing, and the dossier's next action (``dossier`` is
        the dossier's record when the caller has just read it)."""
        return dossier_progress(self.facts(dossier_id, dossier))

    def facts(self, dossier_id: int, dossier: Dossier | None = None) -> ProgressFacts:
        if dossier is None:
            dossier = self._dossiers.get(dossier_id)
        damaged = False
        try:
            scan = self._current_scan(dossier_id)
        except DamagedPartError:
            scan, damaged = None, True
        suppliers = self._suppliers.suppliers(dossier_id)
        winners = [s for s in suppliers if s.role is SupplierRole.AWARDED]
        # one query each for the dossier, not one per awarded supplier (issue 15)
        returned = self._questionnaires.suppliers_who_returned(dossier_id) if winners else set()
        plans = self._suppliers.plans_in_dossier(dossier_id) if winners else {}
        awarded = tuple(AwardedSupplier(stored_id(s.id), s.name, s.id in returned, plans[stored_id(s.id)].is_assessed)
                        for s in winners)
        return ProgressFacts(
            dossier=dossier,
            today=self._today(),
            scanned_groups=len(scan.group_ids) if scan else 0,
            scan_levels={t: a.level for t, a in scan.themes.items()} if scan else {},
            scan_damaged=damaged,
            judgements=self._scans.judgements(dossier_id),
            chosen_criteria=len(self._criteria.chosen(dossier_id)),
            awarded=awarded,
            progress_reports=tuple(self._monitoring.progress_reports(dossier_id)),
            corrective_actions=tuple(self._monitoring.corrective_actions(dossier_id)),
            supplier_names={stored_id(s.id): s.name for s in suppliers},
        )

    def _current_scan(self, dossier_id: int) -> ScanResult | None:
        """The latest scan, if the dossier has product groups now (as ``RiskScanService.stored_scan``: earlier
        scans stay in the file as history)."""
        stored = self._scans.latest_scan(dossier_id)
        return stored[0] if stored is not None and self._scans.groups(dossier_id) else None
