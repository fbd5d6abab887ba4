"""Chapter 2 of the dossier PDF: the risk scan as it was made, the heat map and the buyer's judgement."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from isv_desktop.domain.day_format import format_long_moment
from isv_desktop.domain.risk.assessment import ScanResult
from isv_desktop.domain.themes import Theme
from isv_desktop.export.dossier_pdf_heatmap import heat_maps
from isv_desktop.export.dossier_pdf_kit import DASH, TEXT_WIDTH, Kit, level_key
from isv_desktop.export.dossier_pdf_labels import assumed_origin, recorded_day


def risk_scan(kit: Kit) -> list[Flowable]:
    scan = kit.snapshot.scan
    story = kit.chapter(kit.t("chapter.2"), 2)
    story += _scope(kit)
    story += _traced_inputs(kit)
    if scan is None:
        story.append(kit.note("scan.none"))
    else:
        result = scan.result
        story += kit.section(kit.t("section.risks"))
        story.append(kit.note("scan.made_at", moment=format_long_moment(scan.made_at, kit.language)))
        story.append(_theme_table(kit, result))
        story += kit.section(kit.t("section.heat_map"), room=70 * mm)
        story += heat_maps(result, TEXT_WIDTH, kit.language)
        story.append(kit.note("scan.absence"))
        if result.origins:
            story += kit.section(kit.t("section.origins"))
            story.append(kit.note("scan.origins_intro"))
            rows = [(kit.country(o.country), ", ".join(o.goods) or DASH, kit.t("answer.yes" if o.child_labour else "answer.no"),
                     kit.t("answer.yes" if o.forced_labour else "answer.no")) for o in result.origins]
            story.append(kit.table((kit.t("col.country"), kit.t("col.goods"), kit.t("theme.child"),
                                    kit.t("theme.forced")), rows, (44, 70, 28, 28)))
        story += kit.section(kit.t("section.editions"))
        story.append(_editions(kit, result))
    story += _judgements(kit)
    story += _own_risks(kit)
    story += _stakeholders(kit)
    return story


def _scope(kit: Kit) -> list[Flowable]:
    contents = kit.snapshot
    story = kit.section(kit.t("section.scope"))
    groups = [kit.context.group_name(g, kit.language) for g in contents.groups]
    story.append(kit.facts([(kit.t("field.groups"), "\n".join(groups) if groups else DASH)]))
    story.append(kit.gap())
    if contents.countries:
        rows = [(kit.context.group_name(c.group_id, kit.language), kit.country(c.country), kit.label(c.stage))
                for c in contents.countries]
        story.append(kit.table((kit.t("col.group"), kit.t("col.country"), kit.t("col.stage")), rows, (60, 60, 50)))
    elif contents.groups:
        story.append(kit.note("scan.origin_unknown"))
    return story


def _traced_inputs(kit: Kit) -> list[Flowable]:
    """The origins the buyer traced for critical inputs (none: no section; most groups have no such input)."""
    traced = kit.snapshot.traced_inputs
    if not traced:
        return []
    story = kit.section(kit.t("section.traced_inputs"))
    story.append(kit.note("scan.traced_intro"))
    context, language = kit.context, kit.language
    rows = [(context.group_name(t.group_id, language), context.good_name(t.good, language),
             "\n".join(assumed_origin(item, context, language)
                       for item in context.assumed_inputs.get((t.group_id, t.good), ())) or DASH,
             kit.country(t.country), _recorded(kit, t.recorded_on)) for t in traced]
    header = (kit.t("col.group"), kit.t("col.input"), kit.t("col.assumed"), kit.t("col.traced"),
              kit.t("col.recorded"))
    story.append(kit.table(header, rows, (32, 24, 58, 32, 24)))
    return story


def _recorded(kit: Kit, value: str) -> str:
    day = recorded_day(value)
    return kit.day(day) if day else value


def _theme_table(kit: Kit, result: ScanResult) -> Flowable:
    rows, fills = [], {}
    for index, theme in enumerate(t for t in Theme if t in result.themes):
        assessment = result.themes[theme]
        lines = [reason.cited(kit.language) for reason in assessment.reasons if reason.level is not None]
        context = [reason.cited(kit.language) for reason in assessment.reasons if reason.level is None]
        lines += context + list(assessment.notes(kit.language))
        rows.append((theme.label(kit.language), kit.label(assessment.level), "\n".join(f"\u2022 {line}" for line in lines) or DASH))
        fills[(1, index)] = level_key(assessment.level)
    return kit.table((kit.t("col.theme"), kit.t("col.level"), kit.t("col.reasons")), rows, (40, 22, 108), fills)


def _editions(kit: Kit, result: ScanResult) -> Flowable:
    titles = {r.source_id: r.source_title for a in result.themes.values() for r in a.reasons}
    titles.update({r.source_id: r.source_title for a in result.cells.values() for r in a.reasons})
    rows = []
    for source_id, edition in sorted(result.editions.items()):
        known = kit.context.sources.get(source_id)
        rows.append((known[0] if known else titles.get(source_id, source_id), known[1] if known else DASH, edition))
    return kit.table((kit.t("col.source"), kit.t("col.publisher"), kit.t("col.edition")), rows, (75, 70, 25))


def _judgements(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.judgements"))
    judgements = kit.snapshot.judgements
    if not judgements:
        return story + [kit.note("none.judgements")]
    rows, fills = [], {}
    for index, j in enumerate(judgements):
        rows.append((j.theme.label(kit.language), str(j.severity or DASH), str(j.likelihood or DASH),
                     kit.label(j.priority), kit.or_dash(j.note)))
        if j.priority is not None:
            fills[(3, index)] = level_key(j.priority)
    header = (kit.t("col.theme"), kit.t("col.severity"), kit.t("col.likelihood"), kit.t("col.priority"),
              kit.t("col.note"))
    story.append(kit.table(header, rows, (40, 16, 16, 22, 76), fills))
    story.append(kit.note("judgement.rule"))
    return story


def _own_risks(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.own_risks"))
    risks = kit.snapshot.own_risks
    if not risks:
        return story + [kit.note("none.own_risks")]
    rows = [(r.theme.label(kit.language), r.description, r.source, kit.attachment(r.attachment_name, r.attachment))
            for r in risks]
    header = (kit.t("col.theme"), kit.t("col.description"), kit.t("col.source"), kit.t("col.attachment"))
    story.append(kit.table(header, rows, (32, 68, 40, 30)))
    return story


def _stakeholders(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.stakeholders"))
    items = kit.snapshot.consultations
    if not items:
        return story + [kit.note("none.stakeholders")]
    rows = [(kit.day(c.consulted_on), kit.label(c.kind), c.organisation,
             ", ".join(t.label(kit.language) for t in c.themes) or DASH, kit.or_dash(c.outcome)) for c in items]
    header = (kit.t("col.date"), kit.t("col.kind"), kit.t("col.organisation"), kit.t("col.themes"),
              kit.t("col.outcome"))
    story.append(kit.table(header, rows, (22, 28, 34, 32, 54)))
    if not kit.snapshot.personal_data_included:
        story.append(kit.note("personal_data.left_out"))
    return story

