"""Words of the dossier exports (PDF and workbook) in Dutch and English: fixed texts, values, dates.

Export has no Qt, so the texts live here by message id, as in
:mod:`.pdf_texts`. Values are filled in with ``str.format``; the result is
plain text that the writers escape like any other.
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from isv_desktop.domain import vocabulary
from isv_desktop.domain.contract_kinds import KindBasis, KindSuggestion
from isv_desktop.domain.day_format import format_day
from isv_desktop.domain.dossier import Dossier
from isv_desktop.domain.dossier_contents import ExportContext
from isv_desktop.domain.progress import NOT_APPLIED_REASONS, not_needed_reason
from isv_desktop.domain.risk.facts import CriticalInput
from isv_desktop.domain.steps import StepId
from isv_desktop.export.dossier_pdf_messages import MESSAGES


def _language(language: str) -> str:
    return "en" if language.startswith("en") else "nl"


def text(message_id: str, language: str = "nl", **values: object) -> str:
    """The message in ``language`` (nl or en), with ``values`` filled in."""
    dutch, english = MESSAGES[message_id]
    template = english if _language(language) == "en" else dutch
    return template.format(**values) if values else template


def label(value: Enum, language: str = "nl") -> str:
    """A domain value in words: the domain's one vocabulary, the words the screens show too."""
    return vocabulary.label(value, language)


def step_state_text(dossier: Dossier, context: ExportContext, step: StepId, language: str = "nl") -> tuple[str, str]:
    """A step's state in the summary: (``complete``, ``open`` or ``not_needed``, its words); a step not needed
    (step 1 decided not to apply the ISV) says so and why, rather than counting as complete."""
    if not_needed_reason(dossier, step) is not None:
        reason = NOT_APPLIED_REASONS[dossier.non_application_reason][0 if _language(language) == "nl" else 1]
        return "not_needed", text("state.not_needed", language, reason=reason)
    state = "complete" if context.step_complete.get(step, False) else "open"
    return state, text(f"state.{state}", language)


def contract_kind_text(dossier: Dossier, suggestion: KindSuggestion | None, language: str = "nl") -> str:
    """The dossier's kind of contract and where it comes from: derived from the CPV code, or chosen against it."""
    kind = label(dossier.contract_kind, language)
    if suggestion is None:
        return kind
    if suggestion.basis is KindBasis.NO_CPV:
        return text("kind.no_cpv", language, kind=kind)
    if suggestion.basis is KindBasis.ANNEX_XIV and suggestion.annex_point is not None:
        point = suggestion.annex_point
        reason = text("kind.annex_xiv", language, number=point.number, heading=point.heading(_language(language)))
    else:
        reason = text("kind.works" if suggestion.basis is KindBasis.WORKS_DIVISION else "kind.other", language)
    if suggestion.kind is dossier.contract_kind:
        return text("kind.derived", language, kind=kind, code=suggestion.cpv_code, reason=reason)
    return text("kind.differs", language, kind=kind, code=suggestion.cpv_code, reason=reason,
                suggested=label(suggestion.kind, language))


def call_date_text(dossier: Dossier, judged_on: date | None, language: str = "nl") -> str:
    """The tender's date (datum oproep tot mededinging), or the day the threshold was judged on without it."""
    if dossier.call_for_competition_date is not None:
        return format_day(dossier.call_for_competition_date, language)
    if judged_on is None:
        return text("call_date.missing", language)
    return text("call_date.none", language, day=format_day(judged_on, language))


def assumed_origin(item: CriticalInput, context: ExportContext, language: str = "nl") -> str:
    """CN 24 % (2022/23; source): the origin of a critical input the knowledge base assumes, with its source."""
    source = context.sources.get(item.source_id)
    return text("input.share", language, country=context.country_name(item.country, language),
                share=item.share_percent, year=item.year, source=source[0] if source else item.source_id)


def recorded_day(value: str) -> date | None:
    """The day of an ISO date text (a traced origin's ``recorded_on``); None when it is not one."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
