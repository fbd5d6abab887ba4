"""Questionnaires sent to suppliers, as sent (questions and checksum) and as returned (answers)."""
from __future__ import annotations

import json
from datetime import date

from ..domain.damaged_parts import DamagedPart
from ..domain.questionnaire import Answer, Question, QuestionAnswer, Questionnaire, QuestionnaireRecord
from ..domain.themes import Theme
from .database import Database
from .row_ids import inserted_id
from .stored_json import decoded


def _questions_json(questionnaire: Questionnaire) -> str:
    return json.dumps(
        [
            {"id": q.id, "theme": q.theme.value if q.theme else None, "text_nl": q.text_nl, "text_en": q.text_en,
             "kind": q.kind}
            for q in questionnaire.questions
        ],
        ensure_ascii=False,
    )


def _answers_json(answers: list[QuestionAnswer]) -> str:
    return json.dumps(
        [{"question_id": a.question_id, "answer": a.answer.value if a.answer else None,
          "explanation": a.explanation, "evidence": a.evidence} for a in answers],
        ensure_ascii=False,
    )


_RECORD_COLUMNS = ("id, dossier_id, supplier_id, version, language, questions_json, sent_on, due_on, returned_on, "
                   "answers_json")


class QuestionnaireRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection

    def next_version(self, supplier_id: int) -> int:
        return self._connection.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM questionnaires WHERE supplier_id = ?", (supplier_id,)
        ).fetchone()[0]

    def add(self, questionnaire: Questionnaire, sent_on: date, due_on: date) -> int:
        with self._database.transaction():
            return inserted_id(self._connection.execute(
                "INSERT INTO questionnaires (dossier_id, supplier_id, version, language, questions_json, checksum, "
                "sent_on, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (questionnaire.dossier_id, questionnaire.supplier_id, questionnaire.version, questionnaire.language,
                 _questions_json(questionnaire), questionnaire.checksum(), sent_on.isoformat(), due_on.isoformat()),
            ))

    def find(self, dossier_id: int, supplier_id: int, version: int) -> QuestionnaireRecord | None:
        row = self._connection.execute(
            "SELECT id FROM questionnaires WHERE dossier_id = ? AND supplier_id = ? AND version = ?",
            (dossier_id, supplier_id, version),
        ).fetchone()
        return self.get(row[0]) if row else None

    def for_supplier(self, supplier_id: int) -> list[QuestionnaireRecord]:
        ids = [r[0] for r in self._connection.execute(
            "SELECT id FROM questionnaires WHERE supplier_id = ? ORDER BY version", (supplier_id,))]
        return [self.get(i) for i in ids]

    def for_dossier(self, dossier_id: int) -> list[QuestionnaireRecord]:
        """Every questionnaire of the dossier's suppliers in one query (by supplier, then version)."""
        return [self._record(row) for row in self._connection.execute(
            f"SELECT {_RECORD_COLUMNS} FROM questionnaires WHERE dossier_id = ? ORDER BY supplier_id, version",
            (dossier_id,)).fetchall()]

    def get(self, questionnaire_id: int) -> QuestionnaireRecord:
        row = self._connection.execute(
            f"SELECT {_RECORD_COLUMNS} FROM questionnaires WHERE id = ?", (questionnaire_id,),
        ).fetchone()
        return self._record(row)

    def _record(self, row) -> QuestionnaireRecord:
        i, dossier, supplier, version, language, questions, sent, due, returned, answers = row
        questionnaire = Questionnaire(dossier, supplier, version, language, decoded(
            self._connection, questions, dossier, DamagedPart.QUESTIONNAIRE, "questions_json", _questions))
        parsed = None
        if answers is not None:
            parsed = decoded(self._connection, answers, dossier, DamagedPart.QUESTIONNAIRE, "answers_json", _answers)
        return QuestionnaireRecord(i, questionnaire, date.fromisoformat(sent), date.fromisoformat(due),
                                   date.fromisoformat(returned) if returned else None, parsed)

    def store_answers(self, questionnaire_id: int, answers: list[QuestionAnswer], returned_on: date) -> None:
        """Keep the returned answers (replacing earlier ones of this questionnaire) in one transaction."""
        with self._database.transaction():
            self._connection.execute(
                "UPDATE questionnaires SET answers_json = ?, returned_on = ? WHERE id = ?",
                (_answers_json(answers), returned_on.isoformat(), questionnaire_id),
            )

    def suppliers_who_returned(self, dossier_id: int) -> set[int]:
        """The dossier's suppliers with a returned questionnaire, in one query."""
        return {row[0] for row in self._connection.execute(
            "SELECT DISTINCT supplier_id FROM questionnaires WHERE dossier_id = ? AND returned_on IS NOT NULL",
            (dossier_id,))}

    def supplier_has_returned(self, supplier_id: int) -> bool:
        return self._connection.execute(
            "SELECT 1 FROM questionnaires WHERE supplier_id = ? AND returned_on IS NOT NULL LIMIT 1", (supplier_id,)
        ).fetchone() is not None


def _questions(data: list[dict]) -> tuple[Question, ...]:
    return tuple(Question(q["id"], Theme(q["theme"]) if q["theme"] else None, q["text_nl"], q["text_en"], q["kind"])
                 for q in data)


def _answers(data: list[dict]) -> tuple[QuestionAnswer, ...]:
    return tuple(QuestionAnswer(a["question_id"], Answer(a["answer"]) if a["answer"] else None, a["explanation"],
                                a["evidence"]) for a in data)
