"""A dossier's contents into the existing tables, in one transaction.

Each part is stored through the repository that owns its table, so rows look
exactly as the program itself writes them; only the scan (with the time it
was made) and own risks (with the time they were noted) are written here,
because their repositories stamp "now". A public signal the dossier followed
up is reused when the file already holds the very same signal, so importing
into the same file does not fill the signals inbox with copies.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..domain.dossier_contents import DossierContents
from ..domain.monitoring import SignalSourceKind
from ..domain.monitoring_records import Signal, SignalFollowUp
from ..domain.risk.record import scan_to_record
from ..domain.suppliers import PlanOfAction, Supplier
from .criteria_repository import CriteriaRepository
from .database import Database
from .dossier_repository import DossierRepository
from .monitoring_repository import MonitoringRepository
from .questionnaire_repository import QuestionnaireRepository
from .risk_scan_repository import RiskScanRepository
from .row_ids import stored_id
from .signal_repository import SignalRepository
from .supplier_repository import SupplierRepository


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _optional_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass
class ImportedDossier:
    """The new rows' ids, in the contents' order, for what is derived from them (the due list)."""

    dossier_id: int
    supplier_ids: list[int] = field(default_factory=list)
    credential_ids: list[list[int]] = field(default_factory=list)
    action_ids: list[list[int]] = field(default_factory=list)
    questionnaire_ids: list[list[int]] = field(default_factory=list)
    report_ids: list[int] = field(default_factory=list)
    corrective_action_ids: list[list[int]] = field(default_factory=list)


class DossierImportRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection
        self._dossiers = DossierRepository(database)
        self._scan = RiskScanRepository(database)
        self._criteria = CriteriaRepository(database)
        self._suppliers = SupplierRepository(database)
        self._questionnaires = QuestionnaireRepository(database)
        self._monitoring = MonitoringRepository(database)
        self._signals = SignalRepository(database)

    def titles(self) -> set[str]:
        """Titles of the dossiers in the file (deleted ones too, until they are purged)."""
        return {row[0] for row in self._connection.execute("SELECT title FROM dossiers")}

    # -- a read the services do not offer in one query -------------------------------
    def followups(self, dossier_id: int) -> list[SignalFollowUp]:
        """Every signal the dossier followed up, as it is exported: without ids and the inbox's own state
        (attachment, handled on), in one query."""
        rows = self._connection.execute(
            "SELECT s.signal_date, s.source_kind, s.text, s.link, s.group_id, s.country, s.supplier_name, s.brand, "
            "s.logged_on, f.opened_on, f.note, f.closed_on FROM signal_followups f "
            "JOIN signals s ON s.id = f.signal_id WHERE f.dossier_id = ? ORDER BY f.opened_on, f.id",
            (dossier_id,),
        ).fetchall()
        return [
            SignalFollowUp(Signal(_day(day), SignalSourceKind(kind), text, link, group, country, supplier, brand,
                                  logged_on=_day(logged)), _day(opened), note, _optional_day(closed))
            for day, kind, text, link, group, country, supplier, brand, logged, opened, note, closed in rows
        ]

    def insert(self, contents: DossierContents, title: str, today: date) -> ImportedDossier:
        """Store ``contents`` as a new dossier called ``title``; all of it or nothing."""
        with self._database.transaction():
            dossier = self._dossiers.add(contents.dossier.with_changes(id=None, title=title))
            ids = ImportedDossier(stored_id(dossier.id))
            self._insert_risk_scan(ids.dossier_id, contents)
            self._criteria.save_settings(ids.dossier_id, contents.criteria)
            self._criteria.replace_chosen(ids.dossier_id, list(contents.chosen))
            self._insert_suppliers(ids, contents)
            self._insert_monitoring(ids, contents)
            used: set[int] = set()
            for followup in contents.signal_followups:
                self._insert_followup(ids.dossier_id, followup, used, today)
        return ids

    # -- step 2 -----------------------------------------------------------------------
    def _insert_risk_scan(self, dossier_id: int, scan: DossierContents) -> None:
        for group_id in scan.groups:
            self._scan.add_group(dossier_id, group_id)
        for entry in scan.countries:
            self._scan.add_country(dossier_id, entry)
        for traced in scan.traced_inputs:
            self._scan.add_traced_input(dossier_id, traced)
        if scan.scan is not None:
            self._connection.execute(
                "INSERT INTO scan_snapshots (dossier_id, made_at, record_json) VALUES (?, ?, ?)",
                (dossier_id, scan.scan.made_at.isoformat(),
                 json.dumps(scan_to_record(scan.scan.result), ensure_ascii=False)),
            )
        for judgement in scan.judgements:
            self._scan.save_judgement(dossier_id, judgement)
        self._connection.executemany(
            "INSERT INTO own_risks (dossier_id, theme, description, source, attachment_name, attachment, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(dossier_id, r.theme.value, r.description, r.source, r.attachment_name, r.attachment,
              (r.created_at or datetime.now()).isoformat(timespec="seconds")) for r in scan.own_risks],
        )
        for consultation in scan.consultations:
            self._scan.add_consultation(dossier_id, consultation)

    # -- step 4 -----------------------------------------------------------------------
    def _insert_suppliers(self, ids: ImportedDossier, contents: DossierContents) -> None:
        """Step 4's records, linked to the new dossier and suppliers (the contents link them by number)."""
        dossier_id = ids.dossier_id
        stored: list[Supplier] = []
        for s in contents.suppliers:  # first all of them, then the links to a parent company among them
            supplier = self._suppliers.save_supplier(replace(s, dossier_id=dossier_id, parent_id=None, id=None))
            stored.append(supplier)
            ids.supplier_ids.append(stored_id(supplier.id))
        for s, supplier in zip(contents.suppliers, stored, strict=True):
            supplier_id = stored_id(supplier.id)
            if s.parent_id is not None:
                self._suppliers.save_supplier(replace(supplier, parent_id=ids.supplier_ids[s.parent_id - 1]))
            ids.credential_ids.append([
                self._suppliers.add_credential(replace(c, supplier_id=supplier_id, id=None))
                for c in contents.credentials_of(s)
            ])
            plan = contents.plan_of(s)
            if plan != PlanOfAction(plan.supplier_id):
                self._suppliers.save_plan(replace(plan, supplier_id=supplier_id))
            ids.action_ids.append([
                self._suppliers.save_action(replace(a, supplier_id=supplier_id, id=None))
                for a in contents.follow_up_actions_of(s)
            ])
            questionnaire_ids = []
            for q in contents.questionnaires_of(s):
                questionnaire = replace(q.questionnaire, dossier_id=dossier_id, supplier_id=supplier_id)
                questionnaire_id = self._questionnaires.add(questionnaire, q.sent_on, q.due_on)
                if q.answers is not None and q.returned_on is not None:
                    self._questionnaires.store_answers(questionnaire_id, list(q.answers), q.returned_on)
                questionnaire_ids.append(questionnaire_id)
            ids.questionnaire_ids.append(questionnaire_ids)

    # -- step 5 -----------------------------------------------------------------------
    def _insert_monitoring(self, ids: ImportedDossier, contents: DossierContents) -> None:
        """Step 5's records, linked to the new dossier and its suppliers (the contents link them by number)."""
        dossier_id = ids.dossier_id

        def supplier_id(number: int | None) -> int | None:
            return None if number is None else ids.supplier_ids[number - 1]

        for r in contents.progress_reports:
            report = self._monitoring.save_progress_report(
                replace(r, dossier_id=dossier_id, supplier_id=ids.supplier_ids[r.supplier_id - 1], id=None))
            ids.report_ids.append(stored_id(report.id))
        for m in contents.meetings:
            self._monitoring.add_meeting(replace(m, dossier_id=dossier_id, supplier_id=supplier_id(m.supplier_id)))
        for a in contents.audits:
            audit_id = self._monitoring.add_audit(
                replace(a, dossier_id=dossier_id, supplier_id=supplier_id(a.supplier_id), id=None))
            ids.corrective_action_ids.append([
                self._monitoring.save_corrective_action(replace(c, audit_id=audit_id, dossier_id=dossier_id, id=None))
                for c in contents.actions_of(a)
            ])
        for e in contents.escalations:
            self._monitoring.add_escalation(dossier_id, replace(e, supplier_id=supplier_id(e.supplier_id)))
        for p in contents.delivered_products:
            self._monitoring.add_delivered_product(
                replace(p, dossier_id=dossier_id, supplier_id=supplier_id(p.supplier_id), id=None))

    def _insert_followup(self, dossier_id: int, followup: SignalFollowUp, used: set[int], today: date) -> None:
        f = followup.signal
        candidates = [
            row[0] for row in self._connection.execute(
                "SELECT id FROM signals WHERE signal_date = ? AND source_kind = ? AND text = ? AND link = ? "
                "AND group_id IS ? AND country IS ? AND supplier_name = ? AND brand = ? AND logged_on = ? ORDER BY id",
                (f.signal_date.isoformat(), f.source_kind.value, f.text, f.link, f.group_id, f.country,
                 f.supplier_name, f.brand, (f.logged_on or today).isoformat()),
            )
            if row[0] not in used
        ]
        if candidates:
            signal_id = candidates[0]
        else:
            signal_id = self._signals.add(f, f.logged_on or today)
        used.add(signal_id)
        followup_id = self._signals.open_followup(signal_id, dossier_id, followup.opened_on, followup.note)
        if followup.closed_on is not None:
            self._signals.close_followup(followup_id, followup.closed_on, followup.note)
