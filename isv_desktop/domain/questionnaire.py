"""The supplier's self-assessment questionnaire (zelfevaluatievragenlijst).

A questionnaire is built from one dossier for one supplier: the bank's
questions for every theme the risk scan rated high or medium, then one
question per chosen criterion that asks for a document (a *deliverable*,
such as the plan van aanpak). It is numbered per supplier (``version``) and
carries a checksum of its questions, so a returned file can be matched to
what was sent. Answers are scored in :mod:`.questionnaire_score`.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Literal

from isv_desktop.domain.criteria import Criterion, CriterionRole
from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.placeholders import fill_placeholders
from isv_desktop.domain.questionnaire_bank import DELIVERABLE_QUESTION, THEME_QUESTIONS
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme

LANGUAGES = ("nl", "en")
QuestionKind = Literal["theme", "deliverable"]
#: The risk levels that bring a theme's questions into the questionnaire.
ASKED_LEVELS = frozenset({RiskLevel.HIGH, RiskLevel.MEDIUM})


class Answer(str, Enum):
    """The four answers a supplier can give; the value is the stored id."""

    JA = "ja"
    GEDEELTELIJK = "gedeeltelijk"
    NEE = "nee"
    NIET_VAN_TOEPASSING = "niet_van_toepassing"

    def label(self, language: str = "nl") -> str:
        """The answer as written in a spreadsheet cell in ``language``."""
        return _ANSWER_LABELS[self][0 if language == "nl" else 1]

    @classmethod
    def parse(cls, text: str) -> Answer | None:
        """The answer a cell text means (Dutch or English, any case); None for an empty cell.

        Raises ``ValueError`` for any other text.
        """
        key = " ".join(text.split()).casefold()
        if not key:
            return None
        try:
            return _ANSWER_WORDS[key]
        except KeyError:
            raise ValueError(f"not an answer: {text!r}") from None


_ANSWER_LABELS: dict[Answer, tuple[str, str]] = {
    Answer.JA: ("ja", "yes"),
    Answer.GEDEELTELIJK: ("gedeeltelijk", "partly"),
    Answer.NEE: ("nee", "no"),
    Answer.NIET_VAN_TOEPASSING: ("niet van toepassing", "not applicable"),
}
_ANSWER_WORDS: dict[str, Answer] = {
    **{dutch: answer for answer, (dutch, _) in _ANSWER_LABELS.items()},
    **{english: answer for answer, (_, english) in _ANSWER_LABELS.items()},
    **{answer.value: answer for answer in Answer},
    "n.v.t.": Answer.NIET_VAN_TOEPASSING,
    "nvt": Answer.NIET_VAN_TOEPASSING,
    "n/a": Answer.NIET_VAN_TOEPASSING,
    "partially": Answer.GEDEELTELIJK,
}


def answer_labels(language: str = "nl") -> tuple[str, ...]:
    """The answer list offered in a spreadsheet, in the questionnaire's language."""
    return tuple(answer.label(language) for answer in Answer)


@dataclass(frozen=True)
class Question:
    """One question; ``id`` is stable (``"forced_labour.2"``, ``"deliverable.audit.basis"``)."""

    id: str
    theme: Theme | None
    text_nl: str
    text_en: str
    kind: QuestionKind

    def text(self, language: str = "nl") -> str:
        return self.text_nl if language == "nl" else self.text_en

    def group_label(self, language: str = "nl") -> str:
        """What the question is about: its theme, or "op te leveren stuk" for a deliverable."""
        if self.theme is not None:
            return self.theme.label(language)
        return "op te leveren stuk" if language == "nl" else "deliverable"


@dataclass(frozen=True)
class Questionnaire:
    """The questions sent to one supplier of one dossier, in the order asked."""

    dossier_id: int
    supplier_id: int
    version: int
    language: str
    questions: tuple[Question, ...]

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise ValueError(f"version counts from 1, not {self.version!r}")
        ids = [question.id for question in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError("question ids must be unique")

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(question.id for question in self.questions)

    def checksum(self) -> str:
        """sha256 (hex) over the ids and both texts of the questions, in order.

        The fields are serialised as a JSON list, so no text can shift into
        its neighbour (``"ab" + "c"`` and ``"a" + "bc"`` differ).
        """
        payload = [[q.id, q.text_nl, q.text_en] for q in self.questions]
        encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


@dataclass(frozen=True)
class QuestionAnswer:
    """A supplier's answer to one question; ``answer`` is None when left empty."""

    question_id: str
    answer: Answer | None
    explanation: str = ""
    evidence: str = ""


QUESTIONNAIRE_MESSAGES: dict[str, tuple[str, str]] = {
    "questionnaire.empty": (
        "Er zijn geen vragen voor deze leverancier: de risicoscan heeft geen thema hoog of gemiddeld "
        "beoordeeld en er is geen criterium gekozen dat om een op te leveren stuk vraagt.",
        "There are no questions for this supplier: the risk scan rated no theme high or medium and no "
        "chosen criterion asks for a document.",
    ),
}


@dataclass(frozen=True)
class QuestionnaireRecord:
    """A questionnaire as sent to a supplier (its questions, sent on, due on) and as returned (answers; None while out)."""

    id: int
    questionnaire: Questionnaire
    sent_on: date
    due_on: date
    returned_on: date | None
    answers: tuple[QuestionAnswer, ...] | None


class QuestionnaireError(UserError):
    """A questionnaire the buyer cannot build yet, rendered from :data:`QUESTIONNAIRE_MESSAGES`."""

    catalog: dict[str, tuple[str, str]] = QUESTIONNAIRE_MESSAGES

    def __init__(self, message_id: str, **values: object) -> None:
        if message_id not in self.catalog:
            raise KeyError(f"unknown message id {message_id!r}")
        Exception.__init__(self, message_id)
        self.message_id = message_id
        self.values = values

    def message(self, language: str = "nl") -> str:
        dutch, english = self.catalog[self.message_id]
        return (dutch if language == "nl" else english).format(**self.values)


def theme_questions(theme: Theme) -> tuple[Question, ...]:
    """The bank's questions for one theme."""
    return tuple(Question(f"{theme.value}.{number}", theme, dutch, english, "theme")
                 for number, dutch, english in THEME_QUESTIONS[theme])


def deadline_values(deadlines: Deadlines) -> dict[str, str]:
    """The placeholder values a deliverable's due text may use."""
    return {
        "plan_weeks": str(deadlines.plan_of_action_weeks),
        "questionnaire_weeks": str(deadlines.questionnaire_weeks),
        "report_weeks": str(deadlines.progress_report_weeks),
    }


_TRAILING_PERIOD = re.compile(r"[.\s]+$")


def deliverable_question(criterion: Criterion, deadlines: Deadlines | None = None) -> Question | None:
    """The question about a criterion's document, or None when it asks for none.

    The audit criteria ask for a completed self-assessment questionnaire:
    that is this questionnaire itself, so they add no question.
    """
    deliverable = criterion.deliverable
    if deliverable is None or criterion.role is CriterionRole.AUDIT:
        return None
    values = deadline_values(deadlines or Deadlines())
    texts = []
    for language, template in zip(LANGUAGES, DELIVERABLE_QUESTION, strict=True):
        due = fill_placeholders(deliverable.due(language), values, strict=False)
        title = _TRAILING_PERIOD.sub("", deliverable.title(language))
        texts.append(template.format(title=title, due=due))
    return Question(f"deliverable.{criterion.id}", None, texts[0], texts[1], "deliverable")


def build_questionnaire(
    dossier_id: int,
    supplier_id: int,
    version: int,
    theme_levels: Mapping[Theme, RiskLevel],
    chosen_criteria: Iterable[Criterion],
    language: str = "nl",
    *,
    deadlines: Deadlines | None = None,
) -> Questionnaire:
    """The questionnaire for one supplier: theme questions, then deliverable questions.

    Themes come in the order of :class:`Theme` (those rated high or medium);
    deliverables in the order the criteria were chosen, each criterion once.
    ``deadlines`` fills the weeks in the deliverables' due texts (default:
    the ISV practice). Raises :class:`QuestionnaireError` when nothing is
    left to ask.
    """
    questions: list[Question] = []
    for theme in Theme:
        if theme_levels.get(theme) in ASKED_LEVELS:
            questions.extend(theme_questions(theme))
    seen: set[str] = set()
    for criterion in chosen_criteria:
        question = deliverable_question(criterion, deadlines)
        if question is not None and question.id not in seen:
            seen.add(question.id)
            questions.append(question)
    if not questions:
        raise QuestionnaireError("questionnaire.empty")
    return Questionnaire(dossier_id, supplier_id, version, language, tuple(questions))
