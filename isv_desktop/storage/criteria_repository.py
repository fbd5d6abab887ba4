"""Step 3 in the database: the dossier's criteria settings and its chosen criteria."""
from __future__ import annotations

from decimal import Decimal

from ..domain.criteria import AcceptanceMode, AmbitionLevel, ChosenCriterion, CriteriaSettings, TenderPhase
from ..domain.deadlines import Deadlines
from .database import Database


class CriteriaRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def settings(self, dossier_id: int) -> CriteriaSettings:
        row = self._connection.execute(
            "SELECT ambition, acceptance, plan_of_action_weeks, questionnaire_weeks, progress_report_weeks, "
            "other_weights FROM criteria_settings WHERE dossier_id = ?",
            (dossier_id,),
        ).fetchone()
        if row is None:
            return CriteriaSettings()
        ambition, acceptance, plan, questionnaire, report, other = row
        return CriteriaSettings(
            AmbitionLevel(ambition),
            AcceptanceMode(acceptance),
            Deadlines(plan, questionnaire, report),
            Decimal(other) if other is not None else None,
        )

    def save_settings(self, dossier_id: int, settings: CriteriaSettings) -> None:
        d = settings.deadlines
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO criteria_settings (dossier_id, ambition, acceptance, plan_of_action_weeks, "
                "questionnaire_weeks, progress_report_weeks, other_weights) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (dossier_id) DO UPDATE SET ambition = excluded.ambition, "
                "acceptance = excluded.acceptance, plan_of_action_weeks = excluded.plan_of_action_weeks, "
                "questionnaire_weeks = excluded.questionnaire_weeks, "
                "progress_report_weeks = excluded.progress_report_weeks, other_weights = excluded.other_weights",
                (dossier_id, settings.ambition.value, settings.acceptance.value, d.plan_of_action_weeks,
                 d.questionnaire_weeks, d.progress_report_weeks,
                 str(settings.other_weights) if settings.other_weights is not None else None),
            )

    def chosen(self, dossier_id: int) -> list[ChosenCriterion]:
        rows = self._connection.execute(
            "SELECT criterion_id, library_version, position, phase, custom_text_nl, custom_text_en, weight "
            "FROM chosen_criteria WHERE dossier_id = ? ORDER BY position, id",
            (dossier_id,),
        )
        return [
            ChosenCriterion(cid, version, position, TenderPhase(phase), nl, en, Decimal(w) if w is not None else None)
            for cid, version, position, phase, nl, en, w in rows
        ]

    def replace_chosen(self, dossier_id: int, chosen: list[ChosenCriterion]) -> None:
        """Store the whole list (order, texts, weights) in one transaction."""
        with self._database.transaction():
            self._connection.execute("DELETE FROM chosen_criteria WHERE dossier_id = ?", (dossier_id,))
            self._connection.executemany(
                "INSERT INTO chosen_criteria (dossier_id, criterion_id, library_version, position, phase, "
                "custom_text_nl, custom_text_en, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (dossier_id, c.criterion_id, c.library_version, index, c.phase.value, c.custom_text_nl,
                     c.custom_text_en, str(c.weight) if c.weight is not None else None)
                    for index, c in enumerate(chosen)
                ],
            )
