"""Which fields of a dossier are personal data, and the dossier to share without them.

This is the one place that says so (issue 12, item 10). :data:`PERSONAL_DATA`
names, per record type of a :class:`~.dossier_contents.DossierContents`, the
fields that are personal data, each with the words the exports use to say
it was left out; :data:`NOT_PERSONAL_DATA` names every other text field of
the contents, reviewed and kept. A test walks the contents' types and
fails on a text field in neither list, so a new field is reviewed before
it can reach a shared file. :func:`without_personal_data` is the only
function that blanks them; every export that leaves personal data out
(dossier PDF and workbook, dialog and command line) goes through it.

The review, field by field:

- **Names of people**: the dossier's contract manager, a supplier's
  contact person, the participants of a meeting, an audit's auditor (a
  person, or a firm that may be one person) and the owner of a corrective
  action.
- **Attachments** (of own risks, plans of action and progress reports):
  documents whose content nobody reviewed; they may name people anywhere.
- **Free-text notes where the people concerned are written down**: the
  note kept while following up a public signal ("called Jan at the
  supplier") and the outcome of a stakeholder consultation — the
  stakeholder log has no separate field for the person consulted, so
  this is where contact persons are named. These are left out whole: a
  name cannot be told apart from other words reliably.
- **Kept**: names of organisations and companies (municipality, suppliers,
  brands, production sites, the organisation consulted), the buyer's
  judgements and reasons, criteria texts, the supplier's answers, the
  contents of progress reports, findings, agreements, evidence and
  escalation reasons. They record *what* was found and decided; the
  fields above record *who*. The signal's own text is a published source.
- The yearly report (counts, titles, reasons) and the questionnaire sent to
  a supplier (its questions, the supplier's and dossier's names) carry none
  of the fields above.
"""
from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import lru_cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from .criteria import ChosenCriterion
from .dossier import Dossier
from .dossier_contents import DossierContents
from .monitoring import EscalationRecord
from .monitoring_records import (
    Audit,
    ComponentOrigin,
    CorrectiveAction,
    DeliveredProduct,
    Meeting,
    ProgressReport,
    Signal,
    SignalFollowUp,
)
from .questionnaire import Question, QuestionAnswer, Questionnaire
from .risk.inputs import TracedInput
from .risk_scan_record import OwnRisk, ProductionCountry, StakeholderConsultation, ThemeJudgement
from .suppliers import Credential, FollowUpAction, PlanOfAction, PointAssessment, Supplier


@dataclass(frozen=True)
class PersonalData:
    """What a personal field holds, as the exports name it when it is left out (Dutch, English)."""

    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.nl if language == "nl" else self.en


CONTRACT_MANAGER = PersonalData("de naam van de contractmanager", "the contract manager's name")
CONTACT_PERSONS = PersonalData("contactpersonen van leveranciers", "suppliers' contact persons")
CONSULTATION_NOTES = PersonalData("de uitkomst van raadplegingen van belanghebbenden (met hun contactpersonen)",
                                  "the outcome of stakeholder consultations (with their contact persons)")
PARTICIPANTS = PersonalData("deelnemers aan overleg", "meeting participants")
AUDITORS = PersonalData("auditors", "auditors")
ACTION_OWNERS = PersonalData("eigenaars van corrigerende maatregelen", "owners of corrective actions")
FOLLOW_UP_NOTES = PersonalData("notities bij de opvolging van signalen", "notes on following up signals")
ATTACHMENTS = PersonalData("bijlagen", "attachments")

#: Per record type, its fields that are personal data. The only declaration: see the module's docstring.
PERSONAL_DATA: Mapping[type, Mapping[str, PersonalData]] = {
    Dossier: {"contract_manager": CONTRACT_MANAGER},
    OwnRisk: {"attachment_name": ATTACHMENTS, "attachment": ATTACHMENTS},
    StakeholderConsultation: {"outcome": CONSULTATION_NOTES},
    Supplier: {"contact_person": CONTACT_PERSONS},
    PlanOfAction: {"attachment_name": ATTACHMENTS, "attachment": ATTACHMENTS},
    ProgressReport: {"attachment_name": ATTACHMENTS, "attachment": ATTACHMENTS},
    Meeting: {"participants": PARTICIPANTS},
    Audit: {"auditor": AUDITORS},
    CorrectiveAction: {"owner": ACTION_OWNERS},
    SignalFollowUp: {"note": FOLLOW_UP_NOTES},
    Signal: {"attachment_name": ATTACHMENTS, "attachment": ATTACHMENTS},  # the inbox's; never in the contents
}

#: Every other text field of a dossier's contents, reviewed and kept (organisations, findings, reasons, ids, codes).
NOT_PERSONAL_DATA: Mapping[type, frozenset[str]] = {
    DossierContents: frozenset({"groups", "personal_data_included"}),  # says whether the fields above are in it
    Dossier: frozenset({"title", "organisation", "reference", "subject", "cpv_code", "risk_category",
                        "non_application_text"}),
    ProductionCountry: frozenset({"group_id", "country"}),
    TracedInput: frozenset({"group_id", "good", "country", "recorded_on"}),  # an input's origin, by country
    ThemeJudgement: frozenset({"note"}),
    OwnRisk: frozenset({"description", "source"}),
    StakeholderConsultation: frozenset({"organisation"}),
    ChosenCriterion: frozenset({"criterion_id", "custom_text_nl", "custom_text_en"}),
    Supplier: frozenset({"name", "kvk_number", "foreign_registration", "country"}),
    Credential: frozenset({"name"}),
    PlanOfAction: frozenset({"overall_reason"}),
    PointAssessment: frozenset({"reason"}),
    FollowUpAction: frozenset({"description"}),
    Questionnaire: frozenset({"language"}),
    Question: frozenset({"id", "text_nl", "text_en", "kind"}),
    QuestionAnswer: frozenset({"question_id", "explanation", "evidence"}),
    ProgressReport: frozenset({"measures_status", "new_risks", "incidents", "audit_results",
                               "stakeholder_engagement", "next_steps", "verdict_reason"}),
    Meeting: frozenset({"agreements"}),
    Audit: frozenset({"findings"}),
    CorrectiveAction: frozenset({"description", "evidence"}),
    EscalationRecord: frozenset({"reason", "skip_reason"}),
    DeliveredProduct: frozenset({"product", "brand", "model", "site_name", "site_address", "site_country",
                                 "open_supply_hub_id"}),
    ComponentOrigin: frozenset({"component", "country"}),
    Signal: frozenset({"text", "link", "group_id", "country", "supplier_name", "brand"}),
}


def without_personal_data(contents: DossierContents) -> DossierContents:
    """The contents to share: every field of :data:`PERSONAL_DATA` emptied ("" or None), marked as such."""
    return replace(_blanked(contents), personal_data_included=False)


def left_out(language: str = "nl") -> str:
    """What :func:`without_personal_data` leaves out, as a list in words ("a, b en c")."""
    seen: list[str] = []
    for names in PERSONAL_DATA.values():
        for what in names.values():
            if what.text(language) not in seen:
                seen.append(what.text(language))
    last = " en " if language == "nl" else " and "
    return ", ".join(seen[:-1]) + last + seen[-1] if len(seen) > 1 else "".join(seen)


def empty_value(kind: type, name: str) -> Any:
    """What a personal field holds once left out: None where it may, else an empty text or list."""
    hint = get_type_hints(kind)[name]
    origin = get_origin(hint)
    if (origin is Union or origin is types.UnionType) and type(None) in get_args(hint):
        return None
    if hint is str:
        return ""
    if origin is tuple:
        return ()
    raise TypeError(f"{kind.__name__}.{name} cannot be emptied: declare a field of text, list or optional value")


@dataclass(frozen=True)
class _Plan:
    empty: Mapping[str, Any]  # personal fields of the type and what replaces them
    nested: tuple[str, ...]  # fields holding records (or lists of them) that have personal fields


@lru_cache(maxsize=None)
def _plan(kind: type) -> _Plan | None:
    """Per record type, made once: what to empty and where to look further; None for nothing to do."""
    empty = {name: empty_value(kind, name) for name in PERSONAL_DATA.get(kind, {})}
    hints = get_type_hints(kind)
    nested = tuple(f.name for f in fields(kind) if f.name not in empty and _reaches_personal(hints[f.name]))
    return _Plan(empty, nested) if empty or nested else None


def _reaches_personal(hint: Any) -> bool:
    if isinstance(hint, type) and is_dataclass(hint):
        return _plan(hint) is not None
    return any(_reaches_personal(arg) for arg in get_args(hint))


def _blanked(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_blanked(item) for item in value)
    if value is None or not is_dataclass(value) or isinstance(value, type):
        return value
    plan = _plan(type(value))
    if plan is None:
        return value
    changes = dict(plan.empty)
    for name in plan.nested:
        changes[name] = _blanked(getattr(value, name))
    return replace(value, **changes)


__all__ = ["NOT_PERSONAL_DATA", "PERSONAL_DATA", "PersonalData", "empty_value", "left_out", "without_personal_data"]
