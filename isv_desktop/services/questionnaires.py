"""Step 4: the self-assessment questionnaire out as Excel and back, checked, stored and scored."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from ..domain.day_format import format_day
from ..domain.due import DueState, due_state
from ..domain.messages import UserError
from ..domain.questionnaire import QuestionAnswer, QuestionnaireRecord, build_questionnaire
from ..domain.questionnaire_score import QuestionnaireScore, score
from ..domain.suppliers import Supplier
from ..storage.database import Database
from ..storage.due_repository import DueRepository
from ..storage.questionnaire_repository import QuestionnaireRepository
from .changes import Change
from .criteria import CriteriaService
from .dossiers import DossierService
from .risk_scan import RiskScanService
from .suppliers import DUE_QUESTIONNAIRE, SupplierService
from .use_case import use_case


@dataclass(frozen=True)
class ImportPreview:
    """What a returned file holds, checked but not stored yet."""

    record: QuestionnaireRecord
    supplier_name: str
    answers: tuple[QuestionAnswer, ...]
    score: QuestionnaireScore
    replaces_earlier_answers: bool


class QuestionnaireService:
    changes = frozenset({Change.SUPPLIERS, Change.DUE})  # what its use cases store (services.changes)

    def __init__(
        self,
        repository: QuestionnaireRepository,
        due: DueRepository,
        suppliers: SupplierService,
        risk_scan: RiskScanService,
        criteria: CriteriaService,
        dossiers: DossierService,
        database: Database,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._database = database
        self._dossiers = dossiers
        self._repository = repository
        self._due = due
        self._suppliers = suppliers
        self._risk_scan = risk_scan
        self._criteria = criteria
        self._today = today

    @use_case
    def export(self, dossier_id: int, supplier_id: int, target: Path, language: str = "nl") -> QuestionnaireRecord:
        """Build the questionnaire from the scan and the chosen criteria, keep it, write it as xlsx."""
        from ..export.questionnaire_xlsx import write_questionnaire

        supplier = self._suppliers.supplier(dossier_id, supplier_id)
        stored = self._risk_scan.stored_scan(dossier_id)
        levels = {theme: a.level for theme, a in stored.result.themes.items()} if stored else {}
        library = self._criteria.library
        chosen = [library[c.criterion_id] for c in self._criteria.chosen(dossier_id) if c.criterion_id in library]
        deadlines = self._criteria.settings(dossier_id).deadlines
        version = self._repository.next_version(supplier_id)
        questionnaire = build_questionnaire(
            dossier_id, supplier_id, version, levels, chosen, language, deadlines=deadlines
        )
        sent_on = self._today()
        due_on = deadlines.questionnaire_due(sent_on)
        dossier_title = self._dossiers.get(dossier_id).title
        deadline_text = format_day(due_on, language)
        # Written through a temporary file beside the target: whole or not at all.
        write_questionnaire(questionnaire, supplier.name, dossier_title, Path(target), deadline_text)
        questionnaire_id = self._repository.add(questionnaire, sent_on, due_on)
        self._due.set(dossier_id, DUE_QUESTIONNAIRE, questionnaire_id, due_on)
        return self._repository.get(questionnaire_id)

    def preview_import(self, source: Path) -> ImportPreview:
        """Check a returned file completely; nothing is stored yet."""
        from ..export.questionnaire_xlsx import identify_questionnaire, read_questionnaire_answers

        dossier_id, supplier_id, version = identify_questionnaire(source)
        record = self._repository.find(dossier_id, supplier_id, version)
        if record is None:
            raise UserError("questionnaire.unknown", dossier_id=dossier_id, supplier_id=supplier_id, version=version)
        supplier = self._suppliers.supplier(dossier_id, supplier_id)
        answers = tuple(read_questionnaire_answers(source, record.questionnaire))
        result = score(record.questionnaire, answers, self._high_themes(dossier_id))
        return ImportPreview(record, supplier.name, answers, result, record.answers is not None)

    @use_case
    def store_import(self, preview: ImportPreview, replace: bool = False) -> QuestionnaireRecord:
        """Store the previewed answers in one transaction; an earlier import is kept unless ``replace``."""
        if preview.replaces_earlier_answers and not replace:
            raise UserError("questionnaire.already_imported", version=preview.record.questionnaire.version)
        record = preview.record
        returned_on = self._today()
        self._repository.store_answers(record.id, list(preview.answers), returned_on)
        q = record.questionnaire
        self._due.set(q.dossier_id, DUE_QUESTIONNAIRE, record.id, record.due_on, returned_on)
        return self._repository.get(record.id)

    def import_file(self, source: Path, replace: bool = False) -> tuple[QuestionnaireRecord, QuestionnaireScore]:
        preview = self.preview_import(source)
        return self.store_import(preview, replace), preview.score

    def for_supplier(self, supplier_id: int) -> list[QuestionnaireRecord]:
        return self._repository.for_supplier(supplier_id)

    def score_of(self, record: QuestionnaireRecord) -> QuestionnaireScore | None:
        if record.answers is None:
            return None
        return score(record.questionnaire, record.answers, self._high_themes(record.questionnaire.dossier_id))

    def overdue(self, dossier_id: int, suppliers: list[Supplier] | None = None) -> list[QuestionnaireRecord]:
        """The dossier's late questionnaires; a caller that has just read its suppliers passes them."""
        today = self._today()
        ids = {s.id for s in (self._suppliers.suppliers(dossier_id) if suppliers is None else suppliers)}
        return [  # one query for the dossier, not one per supplier (issue 15)
            r for r in self._repository.for_dossier(dossier_id)
            if r.questionnaire.supplier_id in ids and due_state(r.due_on, r.returned_on, today) is DueState.LATE
        ]

    def _high_themes(self, dossier_id: int):
        return self._criteria.high_priority_themes(dossier_id)


__all__ = ["QuestionnaireService", "ImportPreview"]
