"""Chapter 3 of the dossier PDF: the criteria settings and every chosen criterion in full, with weights."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from isv_desktop.domain.annex import AnnexRisk
from isv_desktop.domain.annex_builder import DossierFacts, final_text, placeholder_values
from isv_desktop.domain.criteria import ChosenCriterion, CriterionType, TenderPhase
from isv_desktop.domain.percentages import WEIGHT_PLACES, format_percent
from isv_desktop.domain.placeholders import fill_placeholders
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.export.annex_sections import text_blocks
from isv_desktop.export.dossier_pdf_kit import Kit, cell_lines
from isv_desktop.export.pdf_document import heading, para


def criteria(kit: Kit) -> list[Flowable]:
    settings = kit.snapshot.criteria
    story = kit.chapter(kit.t("chapter.3"), 3)
    story += kit.section(kit.t("section.settings"))
    deadlines = settings.deadlines
    rows = [
        (kit.t("field.ambition"), kit.label(settings.ambition)),
        (kit.t("field.acceptance"), kit.label(settings.acceptance)),
        (kit.t("field.plan_weeks"), kit.t("weeks", count=deadlines.plan_of_action_weeks)),
        (kit.t("field.questionnaire_weeks"), kit.t("weeks", count=deadlines.questionnaire_weeks)),
        (kit.t("field.report_weeks"), kit.t("weeks", count=deadlines.progress_report_weeks)),
        (kit.t("field.other_weights"), format_percent(settings.other_weights, kit.language, WEIGHT_PLACES)),
        (kit.t("field.library"), kit.context.library.edition),
    ]
    story.append(kit.facts(rows))
    story += kit.section(kit.t("section.chosen"))
    if not kit.snapshot.chosen:
        return story + [kit.note("none.criteria")]
    story.append(kit.note("criteria.filled_in"))
    values = _placeholder_values(kit)
    for phase in TenderPhase:
        chosen = [c for c in kit.snapshot.chosen if c.phase is phase]
        if not chosen:
            continue
        story += kit.subsection(phase.label(kit.language), room=40 * mm, style="phase")
        for item in chosen:
            story += _criterion(kit, item, values)
    weights = _weight_rows(kit)
    if weights:
        story += kit.section(kit.t("section.weights"))
        story.append(kit.table((kit.t("col.criterion"), kit.t("col.weight")), weights, (140, 30)))
    return story


def _placeholder_values(kit: Kit) -> dict[str, str]:
    """What fills {organisation}, {plan_weeks}, {risks} … in the texts, as in the tender annex."""
    dossier, scan = kit.snapshot.dossier, kit.snapshot.scan
    risks = [AnnexRisk(theme, a.level.value, "") for theme, a in (scan.result.themes.items() if scan else ())
             if a.level in (RiskLevel.HIGH, RiskLevel.MEDIUM)]
    return placeholder_values(DossierFacts(dossier.title, dossier.reference, dossier.organisation), risks,
                              kit.snapshot.criteria.deadlines, kit.language)


def _criterion(kit: Kit, chosen: ChosenCriterion, values: dict[str, str]) -> list[Flowable]:
    criterion = kit.context.library.get(chosen.criterion_id)
    custom = chosen.custom_text(kit.language)
    title = criterion.title(kit.language) if criterion else chosen.criterion_id
    story: list[Flowable] = [kit.gap(1), heading(title, kit.styles.heading3, outline_level=3)]
    if criterion is None:
        meta = [kit.t("criterion.not_in_library", id=chosen.criterion_id)]
    else:
        meta = [criterion.type.label(kit.language), criterion.type.legal_basis(kit.language),
                kit.t("criterion.level", level=criterion.level.label(kit.language)),
                kit.t("criterion.version", version=chosen.library_version)]
    if custom is not None:
        meta.append(kit.t("criterion.reworded"))
    story.append(kit.p(" \u00b7 ".join(meta), "meta"))
    if criterion is not None:
        body = final_text(chosen, criterion, values, kit.language)
    else:
        body = fill_placeholders(custom or "", values, strict=False)
    for block in text_blocks(body):
        if block.marker is None:
            story += kit.paragraphs(block.text)
        else:
            story.append(para(cell_lines(block.text), kit.styles.item, bulletText=block.marker))
    weight = _weight(chosen, kit)
    if weight is not None or (criterion is not None and criterion.type is CriterionType.AWARD_CRITERION):
        story.append(kit.p(kit.t("criterion.weight", weight=format_percent(weight, kit.language, WEIGHT_PLACES)), "heading3"))
    return story


def _weight(chosen: ChosenCriterion, kit: Kit) -> Decimal | None:
    """The criterion's own weight, else the library's default (award criteria have one)."""
    if chosen.weight is not None:
        return chosen.weight
    criterion = kit.context.library.get(chosen.criterion_id)
    return criterion.default_weight if criterion else None


def _weight_rows(kit: Kit) -> list[tuple[str, str]]:
    """Per award criterion its weight (its own, else the library's), the ISV total, the others and the total."""
    rows, total = [], Decimal(0)
    for chosen in kit.snapshot.chosen:
        criterion = kit.context.library.get(chosen.criterion_id)
        weight = _weight(chosen, kit)
        if weight is None:
            continue
        total += weight
        rows.append((criterion.title(kit.language) if criterion else chosen.criterion_id, format_percent(weight, kit.language, WEIGHT_PLACES)))
    if not rows:
        return []
    rows.append((kit.t("weights.isv_total"), format_percent(total, kit.language, WEIGHT_PLACES)))
    other = kit.snapshot.criteria.other_weights
    if other is not None:
        rows.append((kit.t("weights.other"), format_percent(other, kit.language, WEIGHT_PLACES)))
        rows.append((kit.t("weights.total"), format_percent(total + other, kit.language, WEIGHT_PLACES)))
    return rows
