"""Step 4 in the database: suppliers, credentials, plan of action with its assessment, follow-up actions."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ..domain.messages import UserError
from ..domain.signals import fold
from ..domain.suppliers import (
    Credential,
    CredentialKind,
    DueDiligencePoint,
    FollowUpAction,
    PlanOfAction,
    PlanVerdict,
    PointAssessment,
    Supplier,
    SupplierRole,
)
from .database import Database
from .row_ids import inserted_id


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class SupplierRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    # -- suppliers ---------------------------------------------------------------
    def suppliers(self, dossier_id: int) -> list[Supplier]:
        rows = self._connection.execute(
            "SELECT id, dossier_id, name, role, kvk_number, foreign_registration, country, contact_person, "
            "award_date, parent_id FROM suppliers WHERE dossier_id = ? ORDER BY id",
            (dossier_id,),
        )
        return [self._supplier(row) for row in rows]

    def supplier(self, dossier_id: int, supplier_id: int) -> Supplier:
        row = self._connection.execute(
            "SELECT id, dossier_id, name, role, kvk_number, foreign_registration, country, contact_person, "
            "award_date, parent_id FROM suppliers WHERE dossier_id = ? AND id = ?",
            (dossier_id, supplier_id),
        ).fetchone()
        if row is None:
            raise UserError("supplier.not_found", supplier_id=supplier_id)
        return self._supplier(row)

    @staticmethod
    def _supplier(row) -> Supplier:
        i, dossier, name, role, kvk, foreign, country, contact, award, parent = row
        return Supplier(dossier, name, SupplierRole(role), kvk, foreign, country, contact, _day(award), parent, id=i)

    def save_supplier(self, supplier: Supplier) -> Supplier:
        values = (
            supplier.name, fold(supplier.name), supplier.role.value, supplier.kvk_number,
            supplier.foreign_registration, supplier.country, supplier.contact_person, _iso(supplier.award_date),
            supplier.parent_id,
        )  # the name folded once, here, for signal matching (storage/signal_matching.py)
        with self._database.transaction():
            if supplier.id is None:
                cursor = self._connection.execute(
                    "INSERT INTO suppliers (name, name_folded, role, kvk_number, foreign_registration, country, "
                    "contact_person, award_date, parent_id, dossier_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, supplier.dossier_id, datetime.now().isoformat(timespec="seconds")),
                )
                supplier = replace(supplier, id=cursor.lastrowid)
            else:
                self._connection.execute(
                    "UPDATE suppliers SET name = ?, name_folded = ?, role = ?, kvk_number = ?, foreign_registration = ?, country = ?, "
                    "contact_person = ?, award_date = ?, parent_id = ? WHERE id = ? AND dossier_id = ?",
                    (*values, supplier.id, supplier.dossier_id),
                )
        return supplier

    def delete_supplier(self, dossier_id: int, supplier_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM suppliers WHERE dossier_id = ? AND id = ?", (dossier_id, supplier_id))

    def questionnaire_ids(self, supplier_id: int) -> list[int]:
        return [row[0] for row in self._connection.execute(
            "SELECT id FROM questionnaires WHERE supplier_id = ?", (supplier_id,))]

    # -- credentials -------------------------------------------------------------
    def credentials(self, supplier_id: int) -> list[Credential]:
        rows = self._connection.execute(
            "SELECT id, supplier_id, kind, name, valid_from, valid_until FROM supplier_credentials "
            "WHERE supplier_id = ? ORDER BY id",
            (supplier_id,),
        )
        return [Credential(s, CredentialKind(k), n, _day(f), _day(u), id=i) for i, s, k, n, f, u in rows]

    def credentials_in_dossier(self, dossier_id: int) -> dict[int, list[Credential]]:
        """Every supplier's credentials in one query, by supplier id (a supplier without any is not in it)."""
        found: dict[int, list[Credential]] = {}
        for i, s, k, n, f, u in self._connection.execute(
            "SELECT c.id, c.supplier_id, c.kind, c.name, c.valid_from, c.valid_until FROM supplier_credentials c "
            "JOIN suppliers s ON s.id = c.supplier_id WHERE s.dossier_id = ? ORDER BY c.id",
            (dossier_id,),
        ):
            found.setdefault(s, []).append(Credential(s, CredentialKind(k), n, _day(f), _day(u), id=i))
        return found

    def add_credential(self, credential: Credential) -> int:
        with self._database.transaction():
            return inserted_id(self._connection.execute(
                "INSERT INTO supplier_credentials (supplier_id, kind, name, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)",
                (credential.supplier_id, credential.kind.value, credential.name, _iso(credential.valid_from),
                 _iso(credential.valid_until)),
            ))

    def remove_credential(self, supplier_id: int, credential_id: int) -> None:
        with self._database.transaction():
            self._connection.execute(
                "DELETE FROM supplier_credentials WHERE supplier_id = ? AND id = ?", (supplier_id, credential_id)
            )

    # -- plan of action -----------------------------------------------------------
    def plan(self, supplier_id: int) -> PlanOfAction:
        row = self._connection.execute(
            "SELECT due_on, received_on, attachment_name, attachment, overall_verdict, overall_reason, assessed_on "
            "FROM plans_of_action WHERE supplier_id = ?",
            (supplier_id,),
        ).fetchone()
        points = tuple(
            PointAssessment(DueDiligencePoint(p), PlanVerdict(v), r)
            for p, v, r in self._connection.execute(
                "SELECT point, verdict, reason FROM plan_assessments WHERE supplier_id = ?", (supplier_id,)
            )
        )
        if row is None:
            return PlanOfAction(supplier_id, points=points)
        due, received, name, blob, verdict, reason, assessed = row
        return PlanOfAction(
            supplier_id, _day(due), _day(received), name, blob,
            PlanVerdict(verdict) if verdict else None, reason, _day(assessed), points,
        )

    def plans_in_dossier(self, dossier_id: int) -> dict[int, PlanOfAction]:
        """Every supplier's plan of action in two queries, by supplier id (an empty plan for one without)."""
        points: dict[int, list[PointAssessment]] = {}
        for s, p, v, r in self._connection.execute(
            "SELECT a.supplier_id, a.point, a.verdict, a.reason FROM plan_assessments a "
            "JOIN suppliers s ON s.id = a.supplier_id WHERE s.dossier_id = ? ORDER BY a.supplier_id, a.point",
            (dossier_id,),
        ):
            points.setdefault(s, []).append(PointAssessment(DueDiligencePoint(p), PlanVerdict(v), r))
        plans = {}
        for s, stored, due, received, name, blob, verdict, reason, assessed in self._connection.execute(
            "SELECT s.id, p.supplier_id, p.due_on, p.received_on, p.attachment_name, p.attachment, p.overall_verdict, "
            "p.overall_reason, p.assessed_on FROM suppliers s LEFT JOIN plans_of_action p ON p.supplier_id = s.id "
            "WHERE s.dossier_id = ? ORDER BY s.id",
            (dossier_id,),
        ):
            if stored is None:
                plans[s] = PlanOfAction(s, points=tuple(points.get(s, ())))
                continue
            plans[s] = PlanOfAction(
                s, _day(due), _day(received), name, blob, PlanVerdict(verdict) if verdict else None, reason,
                _day(assessed), tuple(points.get(s, ())),
            )
        return plans

    def save_plan(self, plan: PlanOfAction) -> None:
        """Store the plan's dates, attachment and verdicts together, in one transaction."""
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO plans_of_action (supplier_id, due_on, received_on, attachment_name, attachment, "
                "overall_verdict, overall_reason, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (supplier_id) DO UPDATE SET due_on = excluded.due_on, received_on = excluded.received_on, "
                "attachment_name = excluded.attachment_name, attachment = excluded.attachment, "
                "overall_verdict = excluded.overall_verdict, overall_reason = excluded.overall_reason, "
                "assessed_on = excluded.assessed_on",
                (plan.supplier_id, _iso(plan.due_on), _iso(plan.received_on), plan.attachment_name, plan.attachment,
                 plan.overall_verdict.value if plan.overall_verdict else None, plan.overall_reason,
                 _iso(plan.assessed_on)),
            )
            self._connection.execute("DELETE FROM plan_assessments WHERE supplier_id = ?", (plan.supplier_id,))
            self._connection.executemany(
                "INSERT INTO plan_assessments (supplier_id, point, verdict, reason) VALUES (?, ?, ?, ?)",
                [(plan.supplier_id, p.point.value, p.verdict.value, p.reason) for p in plan.points],
            )

    # -- follow-up actions -----------------------------------------------------------
    def actions(self, supplier_id: int) -> list[FollowUpAction]:
        rows = self._connection.execute(
            "SELECT id, supplier_id, description, due_on, done_on FROM follow_up_actions WHERE supplier_id = ? "
            "ORDER BY due_on, id",
            (supplier_id,),
        )
        return [FollowUpAction(s, d, date.fromisoformat(due), _day(done), id=i) for i, s, d, due, done in rows]

    def actions_in_dossier(self, dossier_id: int) -> dict[int, list[FollowUpAction]]:
        """Every supplier's follow-up actions in one query, by supplier id (one without any is not in it)."""
        found: dict[int, list[FollowUpAction]] = {}
        for i, s, d, due, done in self._connection.execute(
            "SELECT a.id, a.supplier_id, a.description, a.due_on, a.done_on FROM follow_up_actions a "
            "JOIN suppliers s ON s.id = a.supplier_id WHERE s.dossier_id = ? ORDER BY a.due_on, a.id",
            (dossier_id,),
        ):
            found.setdefault(s, []).append(FollowUpAction(s, d, date.fromisoformat(due), _day(done), id=i))
        return found

    def save_action(self, action: FollowUpAction) -> int:
        with self._database.transaction():
            if action.id is None:
                return inserted_id(self._connection.execute(
                    "INSERT INTO follow_up_actions (supplier_id, description, due_on, done_on) VALUES (?, ?, ?, ?)",
                    (action.supplier_id, action.description, action.due_on.isoformat(), _iso(action.done_on)),
                ))
            self._connection.execute(
                "UPDATE follow_up_actions SET description = ?, due_on = ?, done_on = ? WHERE id = ? AND supplier_id = ?",
                (action.description, action.due_on.isoformat(), _iso(action.done_on), action.id, action.supplier_id),
            )
            return action.id
