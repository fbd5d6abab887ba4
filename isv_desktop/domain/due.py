"""What is due: a dated obligation of a dossier, its kind, what it is about, and whether it is late.

An item is stored as a kind, the id of its subject (the questionnaire, the
supplier whose plan of action is due, the progress report, the action, the
escalation step, the signal follow-up) and its dates. What it is called is
rendered when it is shown, in the language shown, from the subject as it is
now (the supplier's current name), never stored as a sentence. The one rule
that says whether something is late is ``due_state``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .steps import StepId

DUE_SOON_DAYS = 30
# How long the buyer has to look into a signal for a dossier once the follow-up is opened.
SIGNAL_FOLLOW_UP_DAYS = 28


def signal_follow_up_due(opened_on: date) -> date:
    """The day a signal follow-up opened on ``opened_on`` is to be looked into."""
    return opened_on + timedelta(days=SIGNAL_FOLLOW_UP_DAYS)


class DueState(str, Enum):
    OPEN = "open"  # not done, its date is further away than the "soon" window
    DUE_SOON = "due_soon"  # not done, falls due today or within the window
    LATE = "late"  # not done and its date has passed
    DONE = "done"  # done on or before its date
    DONE_LATE = "done_late"  # done, but after its date

    @property
    def is_late(self) -> bool:
        """Late now, or done after the date."""
        return self in (DueState.LATE, DueState.DONE_LATE)

    @property
    def is_done(self) -> bool:
        return self in (DueState.DONE, DueState.DONE_LATE)


def due_state(due_on: date, done_on: date | None, today: date, soon_days: int = DUE_SOON_DAYS) -> DueState:
    """The one rule: done (on time or late) once done; otherwise late the day after its date, due soon from
    ``soon_days`` before it, open before that."""
    if done_on is not None:
        return DueState.DONE if done_on <= due_on else DueState.DONE_LATE
    if due_on < today:
        return DueState.LATE
    if due_on <= today + timedelta(days=soon_days):
        return DueState.DUE_SOON
    return DueState.OPEN


class DueKind(str, Enum):
    QUESTIONNAIRE = "questionnaire"  # the self-assessment is to come back
    PLAN_OF_ACTION = "plan_of_action"  # subject: the supplier
    FOLLOW_UP_ACTION = "follow_up_action"  # step 4's follow-up action with a supplier
    CREDENTIAL_EXPIRY = "credential_expiry"  # a certificate or membership expires
    PROGRESS_REPORT = "progress_report"  # a contract year's report
    CORRECTIVE_ACTION = "corrective_action"  # from an audit
    ESCALATION_RESPONSE = "escalation_response"  # the supplier's response to an escalation step
    SIGNAL_FOLLOW_UP = "signal_follow_up"  # looking into a signal for this dossier
    FREE = "free"  # an item of an older version that could not be converted: its text is kept

    @property
    def step(self) -> StepId:
        """The step where an item of this kind is handled."""
        return StepId.SUPPLIERS if self in _STEP_4 else StepId.MONITORING

    @property
    def soon_days(self) -> int:
        """How far ahead the item counts as due soon (certificates are renewed well ahead)."""
        return 60 if self is DueKind.CREDENTIAL_EXPIRY else DUE_SOON_DAYS


_STEP_4 = frozenset({DueKind.QUESTIONNAIRE, DueKind.PLAN_OF_ACTION, DueKind.FOLLOW_UP_ACTION,
                     DueKind.CREDENTIAL_EXPIRY})


@dataclass(frozen=True, slots=True)
class DueSubject:
    """What an item is about, as it is now: the subject's id and the names and numbers that identify it."""

    id: int
    supplier_id: int | None = None
    supplier_name: str = ""
    contract_year: int | None = None  # progress report
    version: int | None = None  # questionnaire
    text: str = ""  # an action's description, a credential's name, a signal's text, a free item's title
    escalation_step: str | None = None  # EscalationStep value of the step taken

    def as_json(self) -> dict[str, object]:
        values = {"id": self.id, "supplier_id": self.supplier_id, "supplier": self.supplier_name or None,
                  "contract_year": self.contract_year, "version": self.version, "text": self.text or None,
                  "escalation_step": self.escalation_step}
        return {key: value for key, value in values.items() if value is not None}


@dataclass(frozen=True, slots=True)
class DueItem:
    dossier_id: int
    kind: DueKind
    subject: DueSubject
    due_on: date
    done_on: date | None = None
    dossier_title: str = ""

    @property
    def subject_id(self) -> int:
        return self.subject.id

    @property
    def step(self) -> StepId:
        return self.kind.step

    def state(self, today: date) -> DueState:
        return due_state(self.due_on, self.done_on, today, self.kind.soon_days)

    def title(self, language: str = "nl") -> str:
        return due_title(self.kind, self.subject, language)

    def as_json(self, today: date, language: str = "nl") -> dict[str, object]:
        return {"kind": self.kind.value, "step": self.step.number, "dossier_id": self.dossier_id,
                "dossier": self.dossier_title, "subject": self.subject.as_json(), "due_on": self.due_on.isoformat(),
                "state": self.state(today).value, "title": self.title(language)}


TITLES: dict[str, tuple[str, str]] = {
    "due.questionnaire": ("Vragenlijst {supplier} (versie {version})", "Questionnaire {supplier} (version {version})"),
    "due.plan_of_action": ("Plan van aanpak {supplier}", "Plan of action {supplier}"),
    "due.follow_up_action": ("Vervolgactie: {text} ({supplier})", "Follow-up action: {text} ({supplier})"),
    "due.credential_expiry": ("{text} ({supplier}) verloopt", "{text} ({supplier}) expires"),
    "due.progress_report": ("Voortgangsrapportage jaar {year} ({supplier})", "Progress report year {year} ({supplier})"),
    "due.corrective_action": ("Corrigerende maatregel: {text}", "Corrective action: {text}"),
    "due.escalation_response": ("Reactie op {step}{of_supplier}", "Response to {step}{of_supplier}"),
    "due.signal_follow_up": ("Signaal opvolgen: {text}", "Follow up signal: {text}"),
    "due.of_supplier": (" ({supplier})", " ({supplier})"),
    "due.unknown_supplier": ("onbekende leverancier", "unknown supplier"),
    "due.step.dialogue": ("de dialoog", "the dialogue"),
    "due.step.external_advice": ("het externe advies", "the external advice"),
    "due.step.notice_of_default": ("de ingebrekestelling", "the notice of default"),
    "due.step.penalty": ("de boete", "the penalty"),
    "due.step.termination": ("de ontbinding", "the termination"),
}
TITLE_TEXT_LIMIT = 90


def _text(message_id: str, language: str) -> str:
    nl, en = TITLES[message_id]
    return en if language == "en" else nl


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_TEXT_LIMIT else text[: TITLE_TEXT_LIMIT - 1].rstrip() + "…"


def due_title(kind: DueKind, subject: DueSubject, language: str = "nl") -> str:
    """What the item is called, in ``language`` (nl or en), from the subject's current names."""
    if kind is DueKind.FREE:
        return subject.text
    supplier = subject.supplier_name or _text("due.unknown_supplier", language)
    values: dict[str, object] = {"supplier": supplier, "version": subject.version, "year": subject.contract_year,
                                 "text": _shortened(subject.text)}
    if kind is DueKind.ESCALATION_RESPONSE:
        step_id = f"due.step.{subject.escalation_step}"
        values["step"] = _text(step_id, language) if step_id in TITLES else subject.escalation_step or ""
        values["of_supplier"] = (_text("due.of_supplier", language).format(supplier=subject.supplier_name)
                                 if subject.supplier_name else "")
    return _text(f"due.{kind.value}", language).format(**values)


__all__ = ["DueKind", "DueState", "DueSubject", "DueItem", "due_state", "due_title", "DUE_SOON_DAYS",
           "SIGNAL_FOLLOW_UP_DAYS", "TITLES", "signal_follow_up_due"]
