"""The dossier PDF's cover, its one-page summary and chapter 1 (the tender and applicability)."""
from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from isv_desktop.domain.criteria import CriterionType
from isv_desktop.domain.day_format import format_long_day
from isv_desktop.domain.dossier import IsvDecision
from isv_desktop.domain.dossier_contents import high_priority_themes, theme_levels
from isv_desktop.domain.monitoring import contract_end
from isv_desktop.domain.personal_data import left_out
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk_categories import ISV_RISK_CATEGORIES, category_label
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.themes import Theme
from isv_desktop.domain.thresholds import ThresholdOutcome
from isv_desktop.export.dossier_pdf_kit import DASH, Kit, level_key
from isv_desktop.export.dossier_pdf_labels import (
    call_date_text,
    contract_kind_text,
    step_state_text,
)

#: Free text on the cover and in the summary is cut to this length; the chapters print it in full.
SHORT = 300


def shortened(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def cover(kit: Kit) -> list[Flowable]:
    dossier = kit.snapshot.dossier
    rows = [
        (kit.t("field.reference"), kit.or_dash(dossier.reference)),
        (kit.t("field.organisation"), kit.or_dash(dossier.organisation)),
        (kit.t("field.subject"), kit.or_dash(shortened(dossier.subject))),
        (kit.t("cover.exported"), format_long_day(kit.context.exported_at.date(), kit.language)),
        (kit.t("cover.made_with"), f"ISV Desktop {kit.context.app_version}"),
    ]
    story: list[Flowable] = [
        Spacer(1, 45 * mm),
        kit.p(kit.t("cover.kind"), "subtitle"),
        kit.p(dossier.title, "title"),
        Spacer(1, 10 * mm),
        kit.facts(rows, first=40),
        Spacer(1, 6 * mm),
    ]
    if not kit.snapshot.personal_data_included:
        story.append(kit.note("cover.no_personal_data", left_out=left_out(kit.language)))
    story.append(kit.note("cover.purpose"))
    return story


def _variant(kit: Kit) -> str:
    """How ISV enter the tender: the kinds of criteria chosen, with their numbers."""
    counts: Counter[CriterionType] = Counter()
    for chosen in kit.snapshot.chosen:
        criterion = kit.context.library.get(chosen.criterion_id)
        if criterion is not None:
            counts[criterion.type] += 1
    if not counts:
        return kit.t("summary.no_criteria")
    return ", ".join(f"{counts[kind]} \u00d7 {kind.label(kit.language)}" for kind in CriterionType if counts[kind])


def _suppliers(kit: Kit) -> str:
    awarded = kit.snapshot.awarded
    if awarded:
        return ", ".join(s.name for s in awarded)
    return kit.t("summary.not_awarded", count=len(kit.snapshot.suppliers))


def summary(kit: Kit) -> list[Flowable]:
    snapshot, context = kit.snapshot, kit.context
    story = kit.chapter(kit.t("summary.title"))
    story += kit.section(kit.t("summary.steps"))
    rows, fills = [], {}
    for index, step in enumerate(StepId):
        state, words = step_state_text(snapshot.dossier, context, step, kit.language)
        rows.append((f"{step.number}. {kit.label(step)}", words))
        fills[(1, index)] = "low" if state == "complete" else "unknown"
    story.append(kit.table((kit.t("col.step"), kit.t("col.state")), rows, (110, 60), fills))
    story += kit.section(kit.t("summary.key_facts"))
    criteria = snapshot.criteria
    next_due = context.next_due
    dossier = snapshot.dossier
    facts = [
        (kit.t("field.call_date"), _call_date(kit)),
        (kit.t("field.contract_kind"), _contract_kind(kit)),
        (kit.t("field.decision"), kit.label(dossier.decision)),
        (kit.t("summary.variant"), _variant(kit)),
        (kit.t("field.ambition"), kit.label(criteria.ambition)),
        (kit.t("field.acceptance"), kit.label(criteria.acceptance)),
        (kit.t("summary.supplier"), _suppliers(kit)),
        (kit.t("summary.next_due"),
         f"{shortened(next_due.title(kit.language), 120)} \u2014 {kit.day(next_due.due_on)}" if next_due else kit.t("summary.none_due")),
        (kit.t("field.value"), kit.euro(dossier.estimated_value)),
        (kit.t("summary.period"), _period(kit)),
    ]
    story.append(kit.facts(facts))
    story += kit.section(kit.t("summary.key_risks"))
    story += _key_risks(kit)
    return story


def _key_risks(kit: Kit) -> list[Flowable]:
    levels = theme_levels(kit.snapshot)
    judged = {j.theme: j for j in kit.snapshot.judgements}
    high = set(high_priority_themes(kit.snapshot))
    themes = [t for t in Theme if t in high or levels.get(t) is RiskLevel.MEDIUM]
    if not levels:
        return [kit.note("summary.no_scan")]
    if not themes:
        return [kit.note("summary.no_key_risks")]
    rows, fills = [], {}
    for index, theme in enumerate(themes):
        judgement = judged.get(theme)
        priority = judgement.priority if judgement else None
        rows.append((theme.label(kit.language), kit.label(levels.get(theme)), kit.label(priority),
                     shortened(judgement.note, 160) if judgement and judgement.note.strip() else DASH))
        fills[(1, index)] = level_key(levels.get(theme))
        if priority is not None:
            fills[(2, index)] = level_key(priority)
    header = (kit.t("col.theme"), kit.t("col.level_sources"), kit.t("col.priority"), kit.t("col.note"))
    return [kit.table(header, rows, (48, 28, 28, 66), fills)]


def _period(kit: Kit) -> str:
    dossier = kit.snapshot.dossier
    if dossier.contract_start is None:
        return DASH
    if not dossier.duration_months:
        return kit.t("period.from", start=kit.day(dossier.contract_start))
    end = contract_end(dossier.contract_start, dossier.duration_months)
    return kit.t("period.range", start=kit.day(dossier.contract_start), end=kit.day(end),
                 months=dossier.duration_months)


def _call_date(kit: Kit) -> str:
    assessed = kit.context.applicability
    return call_date_text(kit.snapshot.dossier, assessed.judged_on if assessed else None, kit.language)


def _contract_kind(kit: Kit) -> str:
    return contract_kind_text(kit.snapshot.dossier, kit.context.kind_suggestion, kit.language)


def _risk_category(kit: Kit) -> str:
    category = kit.snapshot.dossier.risk_category
    if category is None:
        return kit.t("category.not_chosen")
    if category == "":
        return kit.t("category.none")
    return category_label(category, kit.language) if category in ISV_RISK_CATEGORIES else category


def applicability(kit: Kit) -> list[Flowable]:
    dossier = kit.snapshot.dossier
    story = kit.chapter(kit.t("chapter.1"), 1)
    story += kit.section(kit.t("section.tender"))
    long_subject = len(dossier.subject) > 600 or dossier.subject.count("\n") > 6
    rows = [
        (kit.t("field.title"), dossier.title),
        (kit.t("field.organisation"), kit.or_dash(dossier.organisation)),
        (kit.t("field.reference"), kit.or_dash(dossier.reference)),
        (kit.t("field.subject"), kit.t("field.see_below") if long_subject else kit.or_dash(dossier.subject)),
        (kit.t("field.cpv"), kit.or_dash(dossier.cpv_code)),
        (kit.t("field.procedure"), kit.label(dossier.procedure)),
        (kit.t("field.call_date"), _call_date(kit)),
        (kit.t("field.contract_kind"), _contract_kind(kit)),
        (kit.t("field.value"), kit.euro(dossier.estimated_value)),
        (kit.t("summary.period"), _period(kit)),
        (kit.t("field.contract_manager"), kit.or_dash(dossier.contract_manager)),
        (kit.t("field.risk_category"), _risk_category(kit)),
        (kit.t("field.current_step"), kit.label(dossier.current_step)),
        (kit.t("field.status"), kit.label(dossier.status)),
    ]
    story.append(kit.facts(rows))
    if long_subject:
        story += kit.subsection(kit.t("field.subject"), outline=None)
        story += kit.paragraphs(dossier.subject)
    story += kit.section(kit.t("section.applicability"))
    story.append(kit.facts(_applicability_rows(kit)))
    if dossier.decision is IsvDecision.NOT_APPLY and dossier.non_application_text.strip():
        story += kit.subsection(kit.t("field.explanation"), outline=None)
        story += kit.paragraphs(dossier.non_application_text)
    return story


def _applicability_rows(kit: Kit) -> list[tuple[str, str]]:
    dossier = kit.snapshot.dossier
    assessed = kit.context.applicability
    rows = []
    if assessed is not None:
        threshold = kit.label(assessed.threshold)
        if assessed.threshold_amount is not None and assessed.threshold in (ThresholdOutcome.ABOVE,
                                                                             ThresholdOutcome.BELOW):
            threshold += f" ({kit.euro(assessed.threshold_amount)})"
        in_category = {None: "category.not_chosen", True: "answer.yes", False: "answer.no"}[assessed.in_risk_category]
        rows += [
            (kit.t("field.threshold"), threshold),
            (kit.t("field.in_category"), kit.t(in_category)),
            (kit.t("field.central_rule"), kit.label(assessed.central_rule)),
        ]
    rows.append((kit.t("field.decision"), kit.label(dossier.decision)))
    if dossier.decision is IsvDecision.NOT_APPLY:
        rows.append((kit.t("field.reason"), kit.label(dossier.non_application_reason)))
    return rows
