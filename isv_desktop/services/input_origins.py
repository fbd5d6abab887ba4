"""Step 2: the critical inputs of the scanned product groups, and the origins the buyer traced.

Until the buyer records where a critical input of the dossier really comes
from, the scan assumes the country the knowledge base names with its share
(polysilicon: China); a traced origin replaces that assumption, and the
scan is made again at once. Each change is one transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..domain.messages import UserError
from ..domain.risk.assessment import ScanResult
from ..domain.risk.errors import NotACriticalInputError
from ..domain.risk.facts import CriticalInput
from ..domain.risk.inputs import TracedInput
from ..domain.risk.knowledge_base import KnowledgeBase
from ..storage.database import Database
from ..storage.risk_scan_repository import RiskScanRepository
from .changes import Change
from .use_case import use_case


@dataclass(frozen=True, slots=True)
class InputOrigins:
    """One critical input of a scanned group: what the knowledge base assumes and what the buyer traced."""

    group_id: str
    good: str
    assumed: tuple[CriticalInput, ...]
    traced: tuple[tuple[int, TracedInput], ...]
    """(entry id, traced origin); when not empty it replaces ``assumed``."""


class InputOriginService:
    changes = frozenset({Change.SCAN})  # what its use cases store (services.changes)

    def __init__(
        self, knowledge: KnowledgeBase, repository: RiskScanRepository, database: Database,
        rescan: Callable[[int], ScanResult],
    ) -> None:
        self.knowledge = knowledge
        self._repository = repository
        self._database = database
        self._rescan = rescan

    @classmethod
    def beside(cls, risk_scans) -> InputOriginService:
        """The service for the dossier file and knowledge base of step 2's ``RiskScanService``."""
        repository = risk_scans.repository
        return cls(risk_scans.knowledge, repository, repository.database, risk_scans.rescan)

    def inputs(self, dossier_id: int, groups: list[str] | None = None) -> list[InputOrigins]:
        """The critical inputs of the dossier's groups, in the order of the groups (passed by a caller that
        has just read them)."""
        traced = self._repository.traced_inputs(dossier_id)
        rows = []
        for group_id in self._repository.groups(dossier_id) if groups is None else groups:
            if group_id not in self.knowledge.groups:
                continue
            critical = self.knowledge.index.critical_inputs(group_id)
            for good in dict.fromkeys(item.good for item in critical):
                rows.append(InputOrigins(
                    group_id,
                    good,
                    tuple(item for item in critical if item.good == good),
                    tuple((i, t) for i, t in traced if t.group_id == group_id and t.good == good),
                ))
        return rows

    @use_case
    def record(self, dossier_id: int, group_id: str, good: str, country: str, today: date | None = None) -> ScanResult:
        """Record that ``good`` of ``group_id`` comes from ``country``; the scan is made again."""
        if group_id not in self._repository.groups(dossier_id):
            raise UserError("scan.no_group")
        if good not in {item.good for item in self.knowledge.index.critical_inputs(group_id)}:
            raise NotACriticalInputError(group_id, good)
        code = self.knowledge.country(country).code  # raises UnknownCountryError
        on = (today or date.today()).isoformat()
        self._repository.add_traced_input(dossier_id, TracedInput(group_id, good, code, on))
        return self._rescan(dossier_id)

    @use_case
    def remove(self, dossier_id: int, entry_id: int) -> ScanResult:
        """Forget a traced origin: the assumption counts again."""
        self._repository.remove_traced_input(dossier_id, entry_id)
        return self._rescan(dossier_id)
