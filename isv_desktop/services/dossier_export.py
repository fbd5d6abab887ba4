"""Export a dossier as PDF and workbook, and import a shared workbook as a new dossier.

Everything is read through the session's services into one
:class:`~..domain.dossier_contents.DossierContents`; the writers see only the
contents and an :class:`~..domain.dossier_contents.ExportContext` (names,
the criteria library, step states, scores, the next due item).

Threads: :meth:`DossierExportService.prepare` and :meth:`~DossierExportService.store`
use the database and belong on the thread that opened it; :func:`render_pdf`,
:func:`render_xlsx` and :meth:`~DossierExportService.read_xlsx` touch no
database and may run in a worker (the session's SQLite connection may not).

Exports write to a temporary file beside the target and rename it at the end,
so a cancelled or failed export leaves no half-written file (the target, if
it existed, is untouched). ``progress(done, total)`` is called along the way;
``cancelled()`` is asked as often, and when it says yes the export stops with
:class:`ExportCancelledError`.

An import checks the whole workbook first, then stores the dossier — with
its due list rebuilt — in one transaction. It never overwrites. A dossier the
file already holds (same reference; without a reference, same title) is
refused with a message, unless the buyer consents to a copy: titled
" (kopie)", marked as a copy of the one already there, and left out of the
yearly report so the tender is not counted twice. A new dossier keeps its title.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from .. import __version__
from ..atomic_file import output_file
from ..domain.dossier import MAX_SHORT_TEXT, Dossier
from ..domain.dossier_contents import (
    NOT_STORED,
    DossierContents,
    ExportContext,
    StoredScan,
    dossier_facts,
    high_priority_themes,
)
from ..domain.due import DueKind, signal_follow_up_due
from ..domain.messages import render
from ..domain.monitoring import escalation_responses
from ..domain.personal_data import without_personal_data
from ..domain.questionnaire import QuestionnaireRecord
from ..domain.questionnaire_score import score
from ..domain.steps import StepId
from ..domain.suppliers import Credential, FollowUpAction, PlanOfAction, Supplier
from ..domain.themes import Theme
from ..storage.dossier_copies import DossierCopies
from ..storage.dossier_import_repository import DossierImportRepository, ImportedDossier
from ..storage.due_repository import DueRepository
from ..storage.monitoring_repository import MonitoringRepository
from ..storage.row_ids import stored_id
from ..storage.signal_repository import SignalRepository
from .changes import EVERYTHING
from .damaged_values import reading_step
from .dossier_copies import already_in_file, mark_as_copy
from .use_case import use_case

if TYPE_CHECKING:
    from .session import Session

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelledError(Exception):
    """The buyer cancelled the export; no file was written."""


def checkpoint(progress: Progress | None, cancelled: Cancelled | None) -> Callable[[int, int], None]:
    """One call for the writers: report progress, and stop when the buyer cancelled."""
    def check(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError()
        if progress is not None:
            progress(done, total)

    return check


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Build a large tree of objects without Python's cycle collector stepping in halfway.

    An export's objects hold no reference cycles (reference counting frees them), but their many
    allocations set off full collections that walk every object of the program: pauses of 20–30 ms
    at random points of an export. The collector resumes afterwards (as Mercurial's ``nogc`` does).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class DossierExportService:
    changes = EVERYTHING  # an imported dossier brings every kind of data

    def __init__(self, session: "Session") -> None:
        self._session = session
        self._database = session.database
        self._imports = DossierImportRepository(session.database)
        self._due = DueRepository(session.database)
        self._copies = DossierCopies(session.database)

    # -- reading a dossier --------------------------------------------------------------
    def snapshot(self, dossier_id: int, include_personal_data: bool = False) -> DossierContents:
        """Everything of the dossier, read through the services; personal data only when asked for."""
        s = self._session
        with reading_step(s, dossier_id, StepId.APPLICABILITY):  # a damaged value: a message naming the step
            dossier = dossier_facts(s.dossiers.get(dossier_id))
        contents = DossierContents(dossier)
        with reading_step(s, dossier_id, StepId.RISK_SCAN):
            contents = self._with_risk_scan(contents, dossier_id)
        with reading_step(s, dossier_id, StepId.CRITERIA):
            contents = replace(contents, criteria=s.criteria.settings(dossier_id),
                               chosen=tuple(s.criteria.chosen(dossier_id)))
        with reading_step(s, dossier_id, StepId.SUPPLIERS):
            suppliers = s.suppliers.suppliers(dossier_id)
            numbers = {supplier.id: number for number, supplier in enumerate(suppliers, start=1)}
            contents = self._with_suppliers(contents, suppliers, numbers)
        with reading_step(s, dossier_id, StepId.MONITORING):
            contents = self._with_monitoring(contents, dossier_id, numbers)
        return contents if include_personal_data else without_personal_data(contents)

    def _with_risk_scan(self, contents: DossierContents, dossier_id: int) -> DossierContents:
        """``contents`` with step 2's records, their ids left out."""
        scan = self._session.risk_scan
        stored = scan.stored_scan(dossier_id)
        order = list(Theme)
        return replace(
            contents,
            groups=tuple(scan.groups(dossier_id)),
            countries=tuple(replace(c, id=None) for c in scan.countries(dossier_id)),
            scan=StoredScan(stored.result, stored.made_at) if stored else None,
            judgements=tuple(sorted(scan.judgements(dossier_id).values(), key=lambda j: order.index(j.theme))),
            own_risks=tuple(replace(r, id=None) for r in scan.own_risks(dossier_id)),
            consultations=tuple(replace(c, id=None) for c in scan.consultations(dossier_id)),
            traced_inputs=tuple(traced for _id, traced in scan.repository.traced_inputs(dossier_id)),
        )

    def _with_suppliers(self, contents: DossierContents, suppliers: list[Supplier],
                        numbers: dict[int | None, int]) -> DossierContents:
        """``contents`` with step 4's records, ids left out, each linked to its supplier by number."""
        service, questionnaires = self._session.suppliers, self._session.questionnaires
        credentials: list[Credential] = []
        plans: list[PlanOfAction] = []
        actions: list[FollowUpAction] = []
        sent: list[QuestionnaireRecord] = []
        for supplier in suppliers:
            supplier_id, number = stored_id(supplier.id), numbers[supplier.id]
            credentials += [replace(c, supplier_id=number, id=None) for c in service.credentials(supplier_id)]
            plan = replace(service.plan(supplier_id), supplier_id=number)
            if plan != PlanOfAction(number):
                plans.append(plan)
            actions += [replace(a, supplier_id=number, id=None) for a in service.actions(supplier_id)]
            sent += [replace(r, id=NOT_STORED, questionnaire=replace(r.questionnaire, dossier_id=NOT_STORED,
                                                                      supplier_id=number))
                     for r in questionnaires.for_supplier(supplier_id)]
        return replace(
            contents,
            suppliers=tuple(replace(s, dossier_id=NOT_STORED, id=numbers[s.id], parent_id=numbers.get(s.parent_id))
                            for s in suppliers),
            credentials=tuple(credentials), plans=tuple(plans), follow_up_actions=tuple(actions),
            questionnaires=tuple(sent),
        )

    def _with_monitoring(self, contents: DossierContents, dossier_id: int,
                         numbers: dict[int | None, int]) -> DossierContents:
        """``contents`` with step 5's records, ids left out, suppliers linked by number (``numbers``, by id)."""
        service = self._session.monitoring
        audits = service.audits(dossier_id)
        audit_numbers = {audit.id: number for number, audit in enumerate(audits, start=1)}

        def local(record: Any, **links: object) -> Any:  # Any: each record type of step 5 in turn
            return replace(record, dossier_id=NOT_STORED, id=None, **links)

        return replace(
            contents,
            progress_reports=tuple(local(r, supplier_id=numbers[r.supplier_id])
                                   for r in service.progress_reports(dossier_id)),
            meetings=tuple(local(m, supplier_id=numbers.get(m.supplier_id)) for m in service.meetings(dossier_id)),
            audits=tuple(replace(a, dossier_id=NOT_STORED, id=audit_numbers[a.id], supplier_id=numbers.get(a.supplier_id))
                         for a in audits),
            corrective_actions=tuple(local(c, audit_id=audit_numbers[c.audit_id])
                                     for c in sorted(service.corrective_actions(dossier_id),
                                                     key=lambda c: audit_numbers[c.audit_id])),
            escalations=tuple(replace(e, id=None, supplier_id=numbers.get(e.supplier_id))
                              for e in service.escalations(dossier_id)),
            delivered_products=tuple(local(p, supplier_id=numbers.get(p.supplier_id))
                                     for p in service.delivered_products(dossier_id)),
            signal_followups=tuple(self._imports.followups(dossier_id)),
        )

    def context(self, dossier_id: int, snapshot: DossierContents) -> ExportContext:
        """Names, library, step states, scores and the next due item the writers show beside the contents."""
        s = self._session
        knowledge = s.knowledge
        dossier = s.dossiers.get(dossier_id)
        high = high_priority_themes(snapshot)
        scores = {
            (r.questionnaire.supplier_id, r.questionnaire.version): score(r.questionnaire, r.answers, high)
            for r in snapshot.questionnaires if r.answers is not None
        }
        due = s.due.for_dossier(dossier_id)
        traced = {(t.group_id, t.good) for t in snapshot.traced_inputs}
        assumed = {(group, good): tuple(i for i in knowledge.index.critical_inputs(group) if i.good == good)
                   for group, good in traced if group in knowledge.groups}
        return ExportContext(
            exported_at=datetime.now().replace(microsecond=0),
            app_version=__version__,
            library=s.criteria.library,
            group_names={g.id: (g.name_nl, g.name_en) for g in knowledge.groups.values()},
            country_names={c.code: (c.name_nl, c.name_en) for c in knowledge.countries.values()},
            good_names={g.name: (g.label("nl"), g.label("en")) for g in knowledge.goods.values()},
            assumed_inputs=assumed,
            sources={i: (src.title, src.publisher, src.url) for i, src in knowledge.sources.items()},
            step_complete={step.step: step.done for step in s.progress.status(dossier_id).steps},
            next_due=due[0] if due else None,
            applicability=s.applicability.assess(dossier),
            scores=scores,
            kind_suggestion=s.applicability.suggest_kind(dossier.cpv_code),
        )

    # -- writing -------------------------------------------------------------------------
    def prepare(self, dossier_id: int, include_personal_data: bool = False) -> tuple[DossierContents, ExportContext]:
        """What an export writes, read from the database (on the database's thread)."""
        snapshot = self.snapshot(dossier_id, include_personal_data)
        return snapshot, self.context(dossier_id, snapshot)

    def write_pdf(self, dossier_id: int, target: _Target, language: str = "nl", include_personal_data: bool = False,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> _Target:
        """The dossier report as PDF at ``target`` (a path or an open binary file); raises ``ExportCancelledError`` when cancelled."""
        checkpoint(progress, cancelled)(0, 1000)
        with without_cycle_collection():
            snapshot, context = self.prepare(dossier_id, include_personal_data)
            return render_pdf(snapshot, context, target, language, progress, cancelled)

    def write_xlsx(self, dossier_id: int, target: _Target, include_personal_data: bool = False,
                   progress: Progress | None = None, cancelled: Cancelled | None = None, language: str = "nl") -> _Target:
        """The dossier workbook at ``target`` (a path or an open binary file), to share and import; raises ``ExportCancelledError`` when cancelled."""
        checkpoint(progress, cancelled)(0, 1000)
        with without_cycle_collection():
            snapshot, context = self.prepare(dossier_id, include_personal_data)
            return render_xlsx(snapshot, context, target, language, progress, cancelled)

    # -- importing -----------------------------------------------------------------------
    def read_xlsx(self, source: Path) -> DossierContents:
        """The dossier a shared workbook holds, checked completely; nothing is stored."""
        from ..export.dossier_xlsx import read_dossier_workbook
        from ..export.dossier_xlsx_errors import DossierFileError

        snapshot = read_dossier_workbook(source)
        groups = self._session.knowledge.groups
        unknown = [g for g in snapshot.groups if g not in groups]
        if unknown:
            raise DossierFileError("data.unknown_group", group=unknown[0])
        knowledge = self._session.knowledge
        for traced in snapshot.traced_inputs:
            critical = {item.good for item in knowledge.index.critical_inputs(traced.group_id)}
            if traced.good not in critical or traced.country not in knowledge.countries:
                raise DossierFileError("data.unknown_input", good=traced.good, group=traced.group_id,
                                       country=traced.country)
        return snapshot

    def existing(self, snapshot: DossierContents) -> Dossier | None:
        """The dossier in the file that the workbook's dossier already is: same reference, or, when the
        workbook's has none, same title (deleted dossiers aside); None when it is new here."""
        same = self._copies.same_dossier(snapshot.dossier.reference, snapshot.dossier.title)
        return None if same is None else self._session.dossiers.get(same)

    def import_xlsx(self, source: Path, as_copy: bool = False, language: str = "nl") -> int:
        """Store the workbook's dossier as a new dossier (never over an existing one); returns its id."""
        return self.store(self.read_xlsx(source), as_copy, language)

    @use_case
    def store(self, snapshot: DossierContents, as_copy: bool = False, language: str = "nl") -> int:
        """Store checked contents as a new dossier, with its due list, in one transaction; returns its id.

        A dossier the file already holds is refused (a ``UserError`` saying so; nothing stored) unless
        ``as_copy``: then it is stored titled " (kopie)", marked as a copy and left out of the yearly report.
        """
        existing = self.existing(snapshot)  # read in the transaction: no other process stores it meanwhile
        title = snapshot.dossier.title
        if existing is not None:
            if not as_copy:
                raise already_in_file(existing)
            title = self.copy_title(title, language)
        ids = self._imports.insert(snapshot, title, self._session.today())
        self._restore_due_items(ids, snapshot)
        if existing is not None:
            mark_as_copy(self._copies, ids.dossier_id, existing, language)
        return ids.dossier_id

    def copy_title(self, title: str, language: str = "nl") -> str:
        """``title`` with " (kopie)"; " (kopie 2)", " (kopie 3)", … when the file already has that title."""
        taken = self._imports.titles()
        suffix = render("dossier.copy_suffix", language)
        number = 1
        while True:
            candidate = title[: MAX_SHORT_TEXT - len(suffix)].rstrip() + suffix
            if candidate not in taken:
                return candidate
            number += 1
            suffix = render("dossier.copy_suffix", language)[:-1] + f" {number})"

    def _restore_due_items(self, ids: ImportedDossier, snapshot: DossierContents) -> None:
        """The due list as the services would have kept it (same kinds, subjects and dates)."""
        dossier_id, due = ids.dossier_id, self._due
        for supplier, supplier_id, credential_ids, action_ids, questionnaire_ids in zip(
                snapshot.suppliers, ids.supplier_ids, ids.credential_ids, ids.action_ids, ids.questionnaire_ids, strict=True):
            plan = snapshot.plan_of(supplier)
            if plan.due_on is not None:
                done = plan.assessed_on or (plan.received_on if plan.overall_verdict is not None else None)
                due.set(dossier_id, DueKind.PLAN_OF_ACTION, supplier_id, plan.due_on, done)
            for action, action_id in zip(snapshot.follow_up_actions_of(supplier), action_ids, strict=True):
                due.set(dossier_id, DueKind.FOLLOW_UP_ACTION, action_id, action.due_on, action.done_on)
            for credential, credential_id in zip(snapshot.credentials_of(supplier), credential_ids, strict=True):
                if credential.valid_until is not None:
                    due.set(dossier_id, DueKind.CREDENTIAL_EXPIRY, credential_id, credential.valid_until)
            for sent, questionnaire_id in zip(snapshot.questionnaires_of(supplier), questionnaire_ids, strict=True):
                due.set(dossier_id, DueKind.QUESTIONNAIRE, questionnaire_id, sent.due_on, sent.returned_on)
        for report, report_id in zip(snapshot.progress_reports, ids.report_ids, strict=True):
            due.set(dossier_id, DueKind.PROGRESS_REPORT, report_id,
                    report.due_on, report.assessed_on if report.verdict is not None else None)
        for audit, action_ids in zip(snapshot.audits, ids.corrective_action_ids, strict=True):
            for corrective, action_id in zip(snapshot.actions_of(audit), action_ids, strict=True):
                due.set(dossier_id, DueKind.CORRECTIVE_ACTION, action_id, corrective.due_on, corrective.closed_on)
        database = self._session.database
        for taken, by, answered_on in escalation_responses(MonitoringRepository(database).escalations(dossier_id)):
            due.set(dossier_id, DueKind.ESCALATION_RESPONSE, stored_id(taken.id), by, answered_on)
        for followup_id, _signal, opened_on, _note, closed_on in SignalRepository(database).followups(dossier_id):
            due.set(dossier_id, DueKind.SIGNAL_FOLLOW_UP, followup_id, signal_follow_up_due(opened_on), closed_on)


_Target = TypeVar("_Target", Path, BinaryIO)  # what is written to comes back: a path or the open file


def render_pdf(snapshot: DossierContents, context: ExportContext, target: _Target, language: str = "nl",
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> _Target:
    """Write a prepared dossier as PDF (to a path or an open file); no database, so a worker thread may do it."""
    from ..export.dossier_pdf import build_dossier_pdf  # reportlab loads only when a PDF is made

    check = checkpoint(progress, cancelled)
    with output_file(target) as out:  # a path is written whole when the block ends, and not when cancelled
        build_dossier_pdf(snapshot, context, out, language, check)
        check(1000, 1000)
    return target


def render_xlsx(snapshot: DossierContents, context: ExportContext, target: _Target, language: str = "nl",
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> _Target:
    """Write a prepared dossier as workbook (to a path or an open file); no database, so a worker thread may do it."""
    from ..export.dossier_xlsx import write_dossier_workbook

    check = checkpoint(progress, cancelled)
    with output_file(target) as out:  # a path is written whole when the block ends, and not when cancelled
        write_dossier_workbook(snapshot, context, out, language, check)
        check(1000, 1000)
    return target


__all__ = ["DossierExportService", "ExportCancelledError", "checkpoint", "render_pdf", "render_xlsx"]
