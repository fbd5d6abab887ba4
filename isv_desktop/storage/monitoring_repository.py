"""Step 5 in the database: meetings, progress reports, audits, corrective actions, escalation, traceability."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from ..domain.damaged_parts import DamagedPart
from ..domain.monitoring import ActionStatus, AuditKind, EscalationRecord, EscalationStep
from ..domain.monitoring_records import (
    Audit,
    ComponentOrigin,
    CorrectiveAction,
    DeliveredProduct,
    Meeting,
    ProgressReport,
)
from ..domain.signals import fold
from ..domain.suppliers import DueDiligencePoint, PlanVerdict, PointAssessment
from .database import Database
from .row_ids import inserted_id
from .stored_json import decoded

_REPORT_TEXT = ("measures_status", "new_risks", "incidents", "audit_results", "stakeholder_engagement", "next_steps")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class MonitoringRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def _rows(self, sql: str, params=()) -> list[dict]:
        cursor = self._connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, table: str, values: dict) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        return inserted_id(
            self._connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))
        )

    def _update(self, table: str, row_id: int, values: dict) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self._connection.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id))

    # -- meetings ---------------------------------------------------------------------
    def meetings(self, dossier_id: int) -> list[Meeting]:
        return [
            Meeting(r["dossier_id"], date.fromisoformat(r["held_on"]), r["participants"], r["agreements"], r["supplier_id"], r["id"])
            for r in self._rows("SELECT * FROM meetings WHERE dossier_id = ? ORDER BY held_on, id", (dossier_id,))
        ]

    def add_meeting(self, meeting: Meeting) -> int:
        with self._database.transaction():
            return self._insert("meetings", {
                "dossier_id": meeting.dossier_id, "supplier_id": meeting.supplier_id, "held_on": meeting.held_on.isoformat(),
                "participants": meeting.participants, "agreements": meeting.agreements,
            })

    # -- progress reports ---------------------------------------------------------------
    def progress_reports(self, dossier_id: int, supplier_id: int | None = None) -> list[ProgressReport]:
        sql = "SELECT * FROM progress_reports WHERE dossier_id = ?"
        params: tuple = (dossier_id,)
        if supplier_id is not None:
            sql += " AND supplier_id = ?"
            params += (supplier_id,)
        reports = []
        points_of: dict[int, list[PointAssessment]] = {}  # one query for every report's points, not one per report
        for report_id, p, v, reason in self._connection.execute(
            "SELECT report_id, point, verdict, reason FROM progress_report_points WHERE report_id IN "
            f"(SELECT id FROM ({sql})) ORDER BY report_id, point", params,
        ):
            points_of.setdefault(report_id, []).append(PointAssessment(DueDiligencePoint(p), PlanVerdict(v), reason))
        for r in self._rows(sql + " ORDER BY supplier_id, contract_year", params):
            points = tuple(points_of.get(r["id"], ()))
            reports.append(ProgressReport(
                r["dossier_id"], r["supplier_id"], r["contract_year"], date.fromisoformat(r["due_on"]),
                _day(r["received_on"]), **{name: r[name] for name in _REPORT_TEXT}, attachment_name=r["attachment_name"],
                attachment=r["attachment"], verdict=PlanVerdict(r["verdict"]) if r["verdict"] else None,
                verdict_reason=r["verdict_reason"], assessed_on=_day(r["assessed_on"]), points=points, id=r["id"],
            ))
        return reports

    def save_progress_report(self, report: ProgressReport) -> ProgressReport:
        values = {
            "dossier_id": report.dossier_id, "supplier_id": report.supplier_id, "contract_year": report.contract_year,
            "due_on": report.due_on.isoformat(), "received_on": _iso(report.received_on),
            **{name: getattr(report, name) for name in _REPORT_TEXT},
            "attachment_name": report.attachment_name, "attachment": report.attachment,
            "verdict": report.verdict.value if report.verdict else None, "verdict_reason": report.verdict_reason,
            "assessed_on": _iso(report.assessed_on),
        }
        with self._database.transaction():
            if report.id is None:
                report = replace(report, id=self._insert("progress_reports", values))
            else:
                self._update("progress_reports", report.id, values)
            self._connection.execute("DELETE FROM progress_report_points WHERE report_id = ?", (report.id,))
            self._connection.executemany(
                "INSERT INTO progress_report_points (report_id, point, verdict, reason) VALUES (?, ?, ?, ?)",
                [(report.id, p.point.value, p.verdict.value, p.reason) for p in report.points],
            )
        return report

    # -- audits and corrective actions -----------------------------------------------------
    def audits(self, dossier_id: int) -> list[Audit]:
        return [
            Audit(r["dossier_id"], AuditKind(r["kind"]), date.fromisoformat(r["held_on"]), r["auditor"], r["findings"],
                  r["supplier_id"], r["id"])
            for r in self._rows("SELECT * FROM audits WHERE dossier_id = ? ORDER BY held_on, id", (dossier_id,))
        ]

    def add_audit(self, audit: Audit) -> int:
        with self._database.transaction():
            return self._insert("audits", {
                "dossier_id": audit.dossier_id, "supplier_id": audit.supplier_id, "kind": audit.kind.value,
                "held_on": audit.held_on.isoformat(), "auditor": audit.auditor, "findings": audit.findings,
            })

    def corrective_actions(self, dossier_id: int) -> list[CorrectiveAction]:
        return [
            CorrectiveAction(r["audit_id"], r["dossier_id"], r["description"], r["owner"], date.fromisoformat(r["due_on"]),
                             ActionStatus(r["status"]), r["evidence"], _day(r["closed_on"]), r["id"])
            for r in self._rows("SELECT * FROM corrective_actions WHERE dossier_id = ? ORDER BY due_on, id", (dossier_id,))
        ]

    def save_corrective_action(self, action: CorrectiveAction) -> int:
        values = {
            "audit_id": action.audit_id, "dossier_id": action.dossier_id, "description": action.description,
            "owner": action.owner, "due_on": action.due_on.isoformat(), "status": action.status.value,
            "evidence": action.evidence, "closed_on": _iso(action.closed_on),
        }
        with self._database.transaction():
            if action.id is None:
                return self._insert("corrective_actions", values)
            self._update("corrective_actions", action.id, values)
            return action.id

    # -- escalation ------------------------------------------------------------------------
    def escalations(self, dossier_id: int) -> list[EscalationRecord]:
        return [
            EscalationRecord(EscalationStep(r["step"]), date.fromisoformat(r["taken_on"]), r["reason"], r["skip_reason"], r["id"],
                             r["supplier_id"])
            for r in self._rows("SELECT * FROM escalations WHERE dossier_id = ? ORDER BY taken_on, id", (dossier_id,))
        ]

    def add_escalation(self, dossier_id: int, record: EscalationRecord, supplier_id: int | None = None) -> int:
        with self._database.transaction():
            return self._insert("escalations", {
                "dossier_id": dossier_id, "supplier_id": record.supplier_id if supplier_id is None else supplier_id,
                "step": record.step.value,
                "taken_on": record.taken_on.isoformat(), "reason": record.reason, "skip_reason": record.skip_reason,
            })

    # -- traceability -------------------------------------------------------------------------
    def delivered_products(self, dossier_id: int) -> list[DeliveredProduct]:
        return [
            DeliveredProduct(
                r["dossier_id"], r["product"], r["brand"], r["model"], r["site_name"], r["site_address"], r["site_country"],
                decoded(self._connection, r["components_json"], dossier_id, DamagedPart.DELIVERED_PRODUCT,
                        "components_json", _components),
                r["open_supply_hub_id"], r["supplier_id"], r["id"],
            )
            for r in self._rows("SELECT * FROM delivered_products WHERE dossier_id = ? ORDER BY id", (dossier_id,))
        ]

    def add_delivered_product(self, product: DeliveredProduct) -> int:
        with self._database.transaction():
            return self._insert("delivered_products", {
                "dossier_id": product.dossier_id, "supplier_id": product.supplier_id, "product": product.product,
                "brand": product.brand, "model": product.model, "site_name": product.site_name,
                "brand_folded": fold(product.brand), "site_name_folded": fold(product.site_name),  # for signals
                "site_address": product.site_address, "site_country": product.site_country,
                "components_json": json.dumps([{"component": c.component, "country": c.country} for c in product.components],
                                              ensure_ascii=False),
                "open_supply_hub_id": product.open_supply_hub_id,
            })

    def remove_delivered_product(self, dossier_id: int, product_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM delivered_products WHERE dossier_id = ? AND id = ?", (dossier_id, product_id))


def _components(data: list[dict]) -> tuple[ComponentOrigin, ...]:
    return tuple(ComponentOrigin(c["component"], c["country"]) for c in data)
