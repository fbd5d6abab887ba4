"""Gathers, read-only, the plain data the progress rules read (``domain.progress``) for one dossier."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from ..domain.damaged_parts import DamagedPartError
from ..domain.dossier import Dossier
from ..domain.progress import AwardedSupplier, DossierProgress, ProgressFacts, dossier_progress
from ..domain.suppliers import SupplierRole
from ..storage.row_ids import stored_id

if TYPE_CHECKING:
    from ..storage.questionnaire_repository import QuestionnaireRepository
    from .criteria import CriteriaService
    from .dossiers import DossierService
    from .monitoring import MonitoringService
    from .risk_scan import RiskScanService
    from .suppliers import SupplierService


class DossierProgressService:
    def __init__(
        self, dossiers: DossierService, risk_scan: RiskScanService, criteria: CriteriaService,
        suppliers: SupplierService, questionnaires: QuestionnaireRepository, monitoring: MonitoringService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._dossiers = dossiers
        self._risk_scan = risk_scan
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
            stored = self._risk_scan.stored_scan(dossier_id)
        except DamagedPartError:
            stored, damaged = None, True
        suppliers = self._suppliers.suppliers(dossier_id)
        winners = [s for s in suppliers if s.role is SupplierRole.AWARDED]
        # one query each for the dossier, not one per awarded supplier (issue 15)
        returned = self._questionnaires.suppliers_who_returned(dossier_id) if winners else set()
        plans = self._suppliers.plans(dossier_id) if winners else {}
        awarded = tuple(AwardedSupplier(stored_id(s.id), s.name, s.id in returned, plans[stored_id(s.id)].is_assessed)
                        for s in winners)
        return ProgressFacts(
            dossier=dossier,
            today=self._today(),
            scanned_groups=len(stored.result.group_ids) if stored else 0,
            scan_levels={t: a.level for t, a in stored.result.themes.items()} if stored else {},
            scan_damaged=damaged,
            judgements=self._risk_scan.judgements(dossier_id),
            chosen_criteria=len(self._criteria.chosen(dossier_id)),
            awarded=awarded,
            progress_reports=tuple(self._monitoring.progress_reports(dossier_id)),
            corrective_actions=tuple(self._monitoring.corrective_actions(dossier_id)),
            supplier_names={stored_id(s.id): s.name for s in suppliers},
        )
