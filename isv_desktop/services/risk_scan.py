"""Step 2 use cases: choose what is scanned, run and keep the scan, record the buyer's judgement."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.damaged_parts import DamagedPartError
from ..domain.messages import UserError
from ..domain.risk.assessment import ScanResult
from ..domain.risk.diff import ScanDiff, diff_scans
from ..domain.risk.engine import scan
from ..domain.risk.knowledge_base import KnowledgeBase
from ..domain.risk.levels import RiskLevel
from ..domain.risk_scan_record import (
    OwnRisk,
    ProductionCountry,
    ProductionStage,
    StakeholderConsultation,
    StakeholderKind,
    ThemeJudgement,
    validate_attachment,
    validate_judgement_value,
    validate_text,
)
from ..domain.themes import Theme
from ..storage.database import Database
from ..storage.risk_scan_repository import RiskScanRepository
from .changes import Change
from .dossiers import DossierService
from .use_case import use_case


@dataclass(frozen=True, slots=True)
class StoredScan:
    result: ScanResult
    made_at: datetime
    outdated_editions: dict[str, tuple[str, str]]  # source id → (edition used, edition loaded now)


class RiskScanService:
    changes = frozenset({Change.SCAN})  # what its use cases store (services.changes)

    def __init__(self, knowledge: KnowledgeBase, repository: RiskScanRepository, dossiers: DossierService,
                 database: Database) -> None:
        self.knowledge = knowledge
        self._repository = repository
        self._database = database
        self._dossiers = dossiers

    @property
    def repository(self) -> RiskScanRepository:
        """Step 2's storage, shared with the critical-input origins (``services.input_origins``)."""
        return self._repository

    # -- scope -----------------------------------------------------------------
    def groups(self, dossier_id: int) -> list[str]:
        return self._repository.groups(dossier_id)

    def suggested_group(self, dossier_id: int) -> str | None:
        """The product group that contains the dossier's CPV code (step 1), if any."""
        code = self._dossiers.get(dossier_id).cpv_code
        if not code:
            return None
        group = self.knowledge.group_for_cpv(code)
        return group.id if group else None

    @use_case
    def preselect_from_cpv(self, dossier_id: int) -> str | None:
        """On first visit: add the group of the dossier's CPV code when nothing is chosen yet."""
        if self._repository.groups(dossier_id):
            return None
        group_id = self.suggested_group(dossier_id)
        if group_id:
            self.add_group(dossier_id, group_id)
        return group_id

    @use_case
    def add_group(self, dossier_id: int, group_id: str) -> ScanResult:
        self.knowledge.group(group_id)  # raises UnknownProductGroupError
        self._repository.add_group(dossier_id, group_id)
        return self.rescan(dossier_id)

    @use_case
    def remove_group(self, dossier_id: int, group_id: str) -> ScanResult | None:
        self._repository.remove_group(dossier_id, group_id)
        return self.rescan(dossier_id) if self._repository.groups(dossier_id) else None

    def countries(self, dossier_id: int) -> list[ProductionCountry]:
        return self._repository.countries(dossier_id)

    @use_case
    def add_country(self, dossier_id: int, group_id: str, country: str, stage: ProductionStage) -> ScanResult:
        code = self.knowledge.country(country.upper()).code  # raises UnknownCountryError
        if group_id not in self._repository.groups(dossier_id):
            raise UserError("scan.no_group")
        self._repository.add_country(dossier_id, ProductionCountry(group_id, code, stage))
        return self.rescan(dossier_id)

    @use_case
    def remove_country(self, dossier_id: int, entry_id: int) -> ScanResult | None:
        self._repository.remove_country(dossier_id, entry_id)
        return self.rescan(dossier_id) if self._repository.groups(dossier_id) else None

    # -- the scan --------------------------------------------------------------
    def compute(self, dossier_id: int) -> ScanResult:
        """The scan of the current scope against the knowledge base loaded now (not stored)."""
        groups = self._repository.groups(dossier_id)
        if not groups:
            raise UserError("scan.no_group")
        entries = self._repository.countries(dossier_id)
        countries = list(dict.fromkeys(entry.country for entry in entries))
        origin_unknown = any(not [e for e in entries if e.group_id == g] for g in groups)
        traced = [entry for _id, entry in self._repository.traced_inputs(dossier_id)]
        return scan(self.knowledge, groups, countries, include_unknown_origin=origin_unknown, traced_inputs=traced)

    @use_case
    def rescan(self, dossier_id: int) -> ScanResult:
        """Scan again and keep the result as the dossier's scan."""
        result = self.compute(dossier_id)
        self._repository.store_scan(dossier_id, result)
        return result

    @use_case
    def rescan_with_changes(self, dossier_id: int) -> tuple[ScanResult, ScanDiff | None]:
        """Scan again; tell what changed against the scan kept until now (e.g. after a new edition)."""
        try:
            before = self._repository.latest_scan(dossier_id)
        except DamagedPartError:
            before = None  # a damaged scan is what the buyer replaces; there is nothing to compare with
        after = self.rescan(dossier_id)
        return after, diff_scans(before[0], after) if before else None

    def stored_scan(self, dossier_id: int, groups: list[str] | None = None) -> StoredScan | None:
        """The scan as it was made, with the editions that are newer now. A caller that has just read the
        dossier's groups passes them."""
        stored = self._repository.latest_scan(dossier_id)
        if stored is None or not (self._repository.groups(dossier_id) if groups is None else groups):
            return None  # nothing is scanned now; earlier scans stay in the file as history
        result, made_at = stored
        loaded = dict(self.knowledge.editions)
        outdated = {
            source: (used, loaded[source])
            for source, used in result.editions.items()
            if source in loaded and loaded[source] != used
        }
        return StoredScan(result, made_at, outdated)

    # -- judgement, own risks, stakeholders ---------------------------------
    def judgements(self, dossier_id: int) -> dict[Theme, ThemeJudgement]:
        return self._repository.judgements(dossier_id)

    @use_case
    def judge(self, dossier_id: int, theme: Theme, severity: int | None, likelihood: int | None, note: str) -> ThemeJudgement:
        judgement = ThemeJudgement(
            theme, validate_judgement_value(severity), validate_judgement_value(likelihood), validate_text(note)
        )
        self._repository.save_judgement(dossier_id, judgement)
        return judgement

    def own_risks(self, dossier_id: int) -> list[OwnRisk]:
        return self._repository.own_risks(dossier_id)

    @use_case
    def add_own_risk(
        self, dossier_id: int, theme: Theme, description: str, source: str,
        attachment_name: str | None = None, attachment: bytes | None = None,
    ) -> int:
        validate_attachment(attachment_name, attachment)
        risk = OwnRisk(
            theme,
            validate_text(description, required=True),
            validate_text(source, 2000, required=True),
            attachment_name,
            attachment,
        )
        return self._repository.add_own_risk(dossier_id, risk)

    @use_case
    def remove_own_risk(self, dossier_id: int, risk_id: int) -> None:
        self._repository.remove_own_risk(dossier_id, risk_id)

    def consultations(self, dossier_id: int) -> list[StakeholderConsultation]:
        return self._repository.consultations(dossier_id)

    @use_case
    def add_consultation(
        self, dossier_id: int, kind: StakeholderKind, organisation: str, consulted_on: date,
        themes: tuple[Theme, ...], outcome: str,
    ) -> int:
        item = StakeholderConsultation(
            kind, validate_text(organisation, 500, required=True), consulted_on, themes, validate_text(outcome)
        )
        return self._repository.add_consultation(dossier_id, item)

    @use_case
    def remove_consultation(self, dossier_id: int, item_id: int) -> None:
        self._repository.remove_consultation(dossier_id, item_id)

    def high_themes(self, dossier_id: int, groups: list[str] | None = None) -> list[Theme]:
        """Themes the kept scan rates high; none while it is damaged (step 2 says so, steps 3 and 4 keep working).
        ``groups``: the dossier's groups when the caller has just read them."""
        try:
            stored = self.stored_scan(dossier_id, groups)
        except DamagedPartError:
            return []
        if stored is None:
            return []
        return [t for t, a in stored.result.themes.items() if a.level is RiskLevel.HIGH]

