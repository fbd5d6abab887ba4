"""Scores and red flags of a returned self-assessment questionnaire.

Per theme a score from 0 to 100: the mean of the points of its questions,
where "ja" earns 100, "gedeeltelijk" 50, "nee" 0 and an unanswered question
0; "niet van toepassing" is left out of the mean (a theme answered entirely
"niet van toepassing" has no score). Means are rounded half up to a whole
number. The deliverable questions form their own group. The overall score is
the mean over every counted question, so each question weighs the same.

A score is a starting point for the buyer's judgement, not a verdict: the
explanations sit beside the scores, and red flags point at what to ask
about — "nee" on a high-priority theme, "ja" without evidence, and
unanswered questions.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from isv_desktop.domain.questionnaire import Answer, Question, QuestionAnswer, Questionnaire
from isv_desktop.domain.themes import Theme

POINTS: dict[Answer, int | None] = {
    Answer.JA: 100,
    Answer.GEDEELTELIJK: 50,
    Answer.NEE: 0,
    Answer.NIET_VAN_TOEPASSING: None,
}
UNANSWERED_POINTS = 0


@dataclass(frozen=True)
class ScoredQuestion:
    """A question with its answer, the supplier's words and the points it earned (None: not counted)."""

    question: Question
    answer: Answer | None
    explanation: str
    evidence: str
    points: int | None


@dataclass(frozen=True)
class GroupScore:
    """The score of one theme (``theme`` None: the deliverable questions)."""

    theme: Theme | None
    score: int | None
    items: tuple[ScoredQuestion, ...]

    @property
    def counted(self) -> int:
        return sum(1 for item in self.items if item.points is not None)

    @property
    def unanswered(self) -> int:
        return sum(1 for item in self.items if item.answer is None)

    @property
    def not_applicable(self) -> int:
        return sum(1 for item in self.items if item.answer is Answer.NIET_VAN_TOEPASSING)

    def label(self, language: str = "nl") -> str:
        return self.items[0].question.group_label(language)


class RedFlagKind(str, Enum):
    NO_ON_HIGH_PRIORITY = "no_on_high_priority"
    YES_WITHOUT_EVIDENCE = "yes_without_evidence"
    UNANSWERED = "unanswered"

    def label(self, language: str = "nl") -> str:
        dutch, english = _FLAG_LABELS[self]
        return dutch if language == "nl" else english


_FLAG_LABELS = {
    RedFlagKind.NO_ON_HIGH_PRIORITY: ("‘nee’ op een thema met hoge prioriteit", "'no' on a high-priority theme"),
    RedFlagKind.YES_WITHOUT_EVIDENCE: ("‘ja’ zonder bewijs", "'yes' without evidence"),
    RedFlagKind.UNANSWERED: ("niet beantwoord", "not answered"),
}


@dataclass(frozen=True)
class RedFlag:
    """Something the buyer should ask the supplier about; ``number`` is the question's 1-based number."""

    kind: RedFlagKind
    question_id: str
    number: int
    theme: Theme | None

    def message(self, language: str = "nl") -> str:
        word = "vraag" if language == "nl" else "question"
        return f"{word} {self.number}: {self.kind.label(language)}"


@dataclass(frozen=True)
class QuestionnaireScore:
    """Scores per theme in questionnaire order, the deliverables, the overall score and the red flags."""

    themes: tuple[GroupScore, ...]
    deliverables: GroupScore | None
    overall: int | None
    red_flags: tuple[RedFlag, ...]

    def theme(self, theme: Theme) -> GroupScore:
        for group in self.themes:
            if group.theme is theme:
                return group
        raise KeyError(theme)

    @property
    def groups(self) -> tuple[GroupScore, ...]:
        return self.themes + ((self.deliverables,) if self.deliverables is not None else ())


def mean_score(points: Iterable[int | None]) -> int | None:
    """The mean of the counted points, rounded half up; None when nothing counts."""
    counted = [p for p in points if p is not None]
    if not counted:
        return None
    mean = Fraction(sum(counted), len(counted))
    return int(mean + Fraction(1, 2))  # floor(mean + ½): half up, exact


def question_points(answer: Answer | None) -> int | None:
    return UNANSWERED_POINTS if answer is None else POINTS[answer]


def score(
    questionnaire: Questionnaire,
    answers: Sequence[QuestionAnswer],
    high_priority_themes: Iterable[Theme],
) -> QuestionnaireScore:
    """Score a questionnaire's answers; a question without an answer counts as unanswered.

    Raises ``ValueError`` when an answer belongs to no question or a question
    is answered twice.
    """
    by_id: dict[str, QuestionAnswer] = {}
    known = set(questionnaire.question_ids)
    for answer in answers:
        if answer.question_id not in known:
            raise ValueError(f"answer to unknown question {answer.question_id!r}")
        if answer.question_id in by_id:
            raise ValueError(f"question {answer.question_id!r} answered twice")
        by_id[answer.question_id] = answer
    high = frozenset(high_priority_themes)

    items: list[ScoredQuestion] = []
    flags: list[RedFlag] = []
    for number, question in enumerate(questionnaire.questions, start=1):
        given = by_id.get(question.id, QuestionAnswer(question.id, None))
        item = ScoredQuestion(question, given.answer, given.explanation, given.evidence,
                              question_points(given.answer))
        items.append(item)
        flags.extend(RedFlag(kind, question.id, number, question.theme) for kind in _flags(item, high))

    themes: list[GroupScore] = []
    for theme in dict.fromkeys(q.theme for q in questionnaire.questions if q.theme is not None):
        group = tuple(item for item in items if item.question.theme is theme)
        themes.append(GroupScore(theme, mean_score(item.points for item in group), group))
    deliverable_items = tuple(item for item in items if item.question.theme is None)
    deliverables = (GroupScore(None, mean_score(item.points for item in deliverable_items), deliverable_items)
                    if deliverable_items else None)
    overall = mean_score(item.points for item in items)
    return QuestionnaireScore(tuple(themes), deliverables, overall, tuple(flags))


def _flags(item: ScoredQuestion, high: frozenset[Theme]) -> list[RedFlagKind]:
    if item.answer is None:
        return [RedFlagKind.UNANSWERED]
    found = []
    if item.answer is Answer.NEE and item.question.theme in high:
        found.append(RedFlagKind.NO_ON_HIGH_PRIORITY)
    if item.answer is Answer.JA and not item.evidence.strip():
        found.append(RedFlagKind.YES_WITHOUT_EVIDENCE)
    return found
