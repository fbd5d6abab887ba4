"""Step 3 use cases: suggestions from the scan, the dossier's choices, weights, deadlines, the annex."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

from ..domain.annex import AnnexContent, AnnexRisk
from ..domain.annex_builder import DossierFacts, build_annex_content
from ..domain.criteria import (
    AcceptanceMode,
    AmbitionLevel,
    ChosenCriterion,
    CriteriaLibrary,
    CriteriaSettings,
    Criterion,
    revert_to_library,
    suggest_criteria,
)
from ..domain.deadlines import Deadlines
from ..domain.dossier import IsvDecision
from ..domain.messages import UserError
from ..domain.risk.levels import Priority, RiskLevel
from ..domain.themes import Theme
from ..domain.weights import WeightCheck, as_weight, check_weights
from ..storage.criteria_repository import CriteriaRepository
from ..storage.database import Database
from .changes import Change
from .dossiers import DossierService
from .risk_scan import RiskScanService
from .use_case import use_case

MAX_CRITERION_TEXT = 50_000
ANNEX_RISK_LEVELS = (RiskLevel.HIGH, RiskLevel.MEDIUM)


class CriteriaService:
    changes = frozenset({Change.CRITERIA})  # what its use cases store (services.changes)

    def __init__(
        self,
        library: CriteriaLibrary,
        repository: CriteriaRepository,
        dossiers: DossierService,
        risk_scan: RiskScanService,
        database: Database,
        deadlines_changed: Callable[[int], object] = lambda dossier_id: None,
    ) -> None:
        self.library = library
        self._deadlines_changed = deadlines_changed  # the progress reports' dates follow (same transaction)
        self._repository = repository
        self._database = database
        self._dossiers = dossiers
        self._risk_scan = risk_scan

    # -- settings ----------------------------------------------------------------
    def settings(self, dossier_id: int) -> CriteriaSettings:
        return self._repository.settings(dossier_id)

    @use_case
    def set_ambition(self, dossier_id: int, ambition: AmbitionLevel) -> None:
        self._save(dossier_id, ambition=AmbitionLevel(ambition))

    @use_case
    def set_acceptance(self, dossier_id: int, acceptance: AcceptanceMode) -> None:
        self._save(dossier_id, acceptance=AcceptanceMode(acceptance))

    @use_case
    def set_deadlines(self, dossier_id: int, plan_of_action: int, questionnaire: int, progress_report: int) -> None:
        try:
            deadlines = Deadlines(int(plan_of_action), int(questionnaire), int(progress_report))
        except (TypeError, ValueError):
            raise UserError("criteria.weeks") from None
        self._save(dossier_id, deadlines=deadlines)
        self._deadlines_changed(dossier_id)

    @use_case
    def set_other_weights(self, dossier_id: int, text: str) -> None:
        """The total weight of the dossier's other award criteria, in percent ('' when not known)."""
        self._save(dossier_id, other_weights=_weight_from_text(text))

    def _save(self, dossier_id: int, **changes) -> None:
        self._repository.save_settings(dossier_id, replace(self._repository.settings(dossier_id), **changes))

    # -- suggestions and choices ------------------------------------------------
    def scan_groups(self, dossier_id: int) -> list[str]:
        """The dossier's product groups (step 2), for a caller that passes them on to the methods below."""
        return self._risk_scan.groups(dossier_id)

    def high_priority_themes(self, dossier_id: int, groups: list[str] | None = None) -> set[Theme]:
        """Themes the sources rate high, and themes the buyer judged high priority (``groups``: just read)."""
        themes = set(self._risk_scan.high_themes(dossier_id, groups))
        for theme, judgement in self._risk_scan.judgements(dossier_id).items():
            if judgement.priority is Priority.HIGH:
                themes.add(theme)
        return themes

    def suggestions(self, dossier_id: int, high: set[Theme] | None = None, settings: CriteriaSettings | None = None,
                    groups: list[str] | None = None) -> tuple[Criterion, ...]:
        """The suggested criteria; a caller that has just read high_priority_themes, the settings or the
        scan_groups passes them, so they are not read again."""
        if groups is None:
            groups = self._risk_scan.groups(dossier_id)
        return suggest_criteria(
            self.library,
            self.high_priority_themes(dossier_id, groups) if high is None else high,
            (self.settings(dossier_id) if settings is None else settings).ambition,
            groups,
        )

    def chosen(self, dossier_id: int) -> list[ChosenCriterion]:
        return self._repository.chosen(dossier_id)

    @use_case
    def choose(self, dossier_id: int, criterion_id: str) -> list[ChosenCriterion]:
        criterion = self._criterion(criterion_id)
        chosen = self.chosen(dossier_id)
        if any(c.criterion_id == criterion_id for c in chosen):
            return chosen
        chosen.append(ChosenCriterion.from_criterion(criterion, len(chosen)))
        return self._store(dossier_id, chosen)

    @use_case
    def choose_suggestions(self, dossier_id: int) -> list[ChosenCriterion]:
        """Add every suggestion not chosen yet, keeping what the buyer already has."""
        chosen = self.chosen(dossier_id)
        present = {c.criterion_id for c in chosen}
        families = {self.library[c.criterion_id].family for c in chosen if c.criterion_id in self.library}
        for criterion in self.suggestions(dossier_id):
            if criterion.id not in present and criterion.family not in families:
                chosen.append(ChosenCriterion.from_criterion(criterion, len(chosen)))
        return self._store(dossier_id, chosen)

    @use_case
    def remove(self, dossier_id: int, criterion_id: str) -> list[ChosenCriterion]:
        return self._store(dossier_id, [c for c in self.chosen(dossier_id) if c.criterion_id != criterion_id])

    @use_case
    def restore(self, dossier_id: int, chosen: list[ChosenCriterion]) -> list[ChosenCriterion]:
        """Put back an earlier list as it was (undo of a removal)."""
        return self._store(dossier_id, list(chosen))

    @use_case
    def move(self, dossier_id: int, criterion_id: str, steps: int) -> list[ChosenCriterion]:
        chosen = self.chosen(dossier_id)
        index = next(i for i, c in enumerate(chosen) if c.criterion_id == criterion_id)
        target = max(0, min(len(chosen) - 1, index + steps))
        chosen.insert(target, chosen.pop(index))
        return self._store(dossier_id, chosen)

    @use_case
    def set_text(self, dossier_id: int, criterion_id: str, language: str, text: str) -> list[ChosenCriterion]:
        """Reword a criterion for this dossier only; the library stays as it is."""
        text = text.replace("\x00", "")
        if len(text) > MAX_CRITERION_TEXT:
            raise UserError("text.too_long", limit=MAX_CRITERION_TEXT)
        library_text = self._criterion(criterion_id).text(language)
        custom = None if text == library_text or not text.strip() else text
        return self._update(dossier_id, criterion_id, lambda c: c.with_text(language, custom))

    @use_case
    def revert(self, dossier_id: int, criterion_id: str) -> list[ChosenCriterion]:
        return self._update(dossier_id, criterion_id, lambda c: revert_to_library(c, self.library))

    @use_case
    def set_weight(self, dossier_id: int, criterion_id: str, text: str) -> list[ChosenCriterion]:
        weight = _weight_from_text(text)
        return self._update(dossier_id, criterion_id, lambda c: replace(c, weight=weight))

    def weight_check(self, dossier_id: int, chosen_criteria: list[ChosenCriterion] | None = None,
                     settings: CriteriaSettings | None = None) -> WeightCheck:
        """The weights' check; a caller that has just read the chosen criteria or the settings passes them."""
        # The same rule as the annex: an award criterion without its own weight counts with the library's.
        award = []
        for chosen in self.chosen(dossier_id) if chosen_criteria is None else chosen_criteria:
            criterion = self._criterion(chosen.criterion_id)
            if criterion.default_weight is not None:
                award.append(chosen.weight if chosen.weight is not None else criterion.default_weight)
        other = (self.settings(dossier_id) if settings is None else settings).other_weights
        return check_weights(award, None if other is None else [other])

    def applies_isv(self, dossier_id: int) -> bool:
        """Whether step 1 left the ISV applied (or undecided); when not, choosing criteria is not needed."""
        return self._dossiers.get(dossier_id).decision is not IsvDecision.NOT_APPLY

    # -- the annex ----------------------------------------------------------------
    def annex_content(self, dossier_id: int, language: str = "nl") -> AnnexContent:
        dossier = self._dossiers.get(dossier_id)
        settings = self.settings(dossier_id)
        return build_annex_content(
            self.library,
            self.chosen(dossier_id),
            DossierFacts(dossier.title, dossier.reference, dossier.organisation),
            self._annex_risks(dossier_id, language),
            deadlines=settings.deadlines,
            acceptance=settings.acceptance,
            language=language,
            other_weights=None if settings.other_weights is None else [settings.other_weights],
        )

    def write_annex_pdf(self, dossier_id: int, target: Path, language: str = "nl") -> bytes:
        from ..export.annex_pdf import build_annex_pdf  # reportlab loads only when a PDF is made

        return build_annex_pdf(self.annex_content(dossier_id, language), target)

    def write_annex_docx(self, dossier_id: int, target: Path, language: str = "nl") -> None:
        """The annex as an editable Word document, for the buyer's own tender file."""
        from ..export.annex_docx import write_annex_docx  # python-docx loads only when a document is made

        write_annex_docx(self.annex_content(dossier_id, language), target)

    def annex_as_text(self, dossier_id: int, language: str = "nl") -> tuple[str, str]:
        """The annex as (HTML, plain text), for the clipboard."""
        from ..export.annex_text import annex_html, annex_plain_text

        content = self.annex_content(dossier_id, language)
        return annex_html(content), annex_plain_text(content)

    def _annex_risks(self, dossier_id: int, language: str) -> list[AnnexRisk]:
        stored = self._risk_scan.stored_scan(dossier_id)
        if stored is None:
            return []
        risks = []
        for theme, assessment in stored.result.themes.items():
            if assessment.level in ANNEX_RISK_LEVELS:
                cited = [r.cited(language) for r in assessment.reasons if r.level is not None][:3]
                risks.append(AnnexRisk(theme, assessment.level.value, "; ".join(cited)))
        return risks

    # -- helpers -------------------------------------------------------------------
    def _criterion(self, criterion_id: str) -> Criterion:
        criterion = self.library.get(criterion_id)
        if criterion is None:
            raise UserError("criteria.unknown", criterion_id=criterion_id)
        return criterion

    def _update(self, dossier_id: int, criterion_id: str, change) -> list[ChosenCriterion]:
        chosen = [change(c) if c.criterion_id == criterion_id else c for c in self.chosen(dossier_id)]
        return self._store(dossier_id, chosen)

    def _store(self, dossier_id: int, chosen: list[ChosenCriterion]) -> list[ChosenCriterion]:
        self._repository.replace_chosen(dossier_id, chosen)
        return self.chosen(dossier_id)


def _weight_from_text(text: str) -> Decimal | None:
    cleaned = str(text).replace("%", "").replace(",", ".").strip()
    if not cleaned:
        return None
    try:
        return as_weight(Decimal(cleaned))
    except (InvalidOperation, ValueError):
        raise UserError("criteria.weight", text=str(text)[:20]) from None
