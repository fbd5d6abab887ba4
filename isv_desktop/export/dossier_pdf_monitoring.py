"""Chapter 5 of the dossier PDF (contract monitoring, all dated) and the closing list of sources."""
from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from isv_desktop.domain.due import DueState, due_state
from isv_desktop.domain.monitoring import ActionStatus
from isv_desktop.domain.monitoring_records import Audit, ProgressReport
from isv_desktop.export.dossier_pdf_kit import DASH, Kit
from isv_desktop.export.dossier_pdf_overview import shortened
from isv_desktop.export.dossier_pdf_suppliers import VERDICT_FILLS, points_table

REPORT_TEXTS = ("measures_status", "new_risks", "incidents", "audit_results", "stakeholder_engagement", "next_steps")
STATE_FILLS = {"done": "low", "late": "high", "open": "unknown"}


def state(due_on: date, done_on: date | None, today: date) -> str:
    """done (by its date), late (after it, or not done and the date has passed) or open (domain.due's rule)."""
    found = due_state(due_on, done_on, today)
    return "late" if found.is_late else ("done" if found.is_done else "open")


def monitoring(kit: Kit) -> list[Flowable]:
    story = kit.chapter(kit.t("chapter.5"), 5)
    if not kit.snapshot.personal_data_included:
        story.append(kit.note("personal_data.left_out"))
    story += _timeline(kit)
    story += _reports(kit)
    story += _meetings(kit)
    story += _audits(kit)
    story += _escalations(kit)
    story += _products(kit)
    story += _signals(kit)
    return story


def _timeline(kit: Kit) -> list[Flowable]:
    snapshot, today = kit.snapshot, kit.context.exported_at.date()
    entries: list[tuple[date, str, str, str | None]] = []  # date, what, supplier, state
    dossier = snapshot.dossier
    if dossier.contract_start:
        entries.append((dossier.contract_start, kit.t("timeline.start"), DASH, None))
    for plan in snapshot.plans:
        if plan.due_on:
            done = plan.received_on  # the supplier's part: handing the plan in on time
            entries.append((plan.due_on, kit.t("supplier.plan"), kit.supplier(plan.supplier_id),
                            state(plan.due_on, done, today)))
    for r in snapshot.progress_reports:
        entries.append((r.due_on, kit.t("timeline.report", year=r.contract_year), kit.supplier(r.supplier_id),
                        state(r.due_on, r.received_on, today)))
    for m in snapshot.meetings:
        entries.append((m.held_on, kit.t("timeline.meeting"), kit.supplier(m.supplier_id), None))
    for a in snapshot.audits:
        entries.append((a.held_on, kit.t("timeline.audit", kind=kit.label(a.kind)), kit.supplier(a.supplier_id), None))
        for c in snapshot.actions_of(a):
            entries.append((c.due_on, kit.t("timeline.action", text=shortened(c.description, 90)),
                            kit.supplier(a.supplier_id), state(c.due_on, c.closed_on, today)))
    for e in snapshot.escalations:
        entries.append((e.taken_on, kit.t("timeline.escalation", step=kit.label(e.step)), kit.supplier(e.supplier_id), None))
    for f in snapshot.signal_followups:
        entries.append((f.opened_on, kit.t("timeline.signal", text=shortened(f.signal.text, 90)), DASH, None))
    story = kit.section(kit.t("section.timeline"))
    if not entries:
        return story + [kit.note("none.timeline")]
    entries.sort(key=lambda entry: entry[0])
    rows, fills = [], {}
    for index, (day, what, supplier, status) in enumerate(entries):
        rows.append((kit.day(day), what, supplier, kit.t(f"due.{status}") if status else DASH))
        if status:
            fills[(3, index)] = STATE_FILLS[status]
    story.append(kit.table((kit.t("col.date"), kit.t("col.item"), kit.t("col.supplier"), kit.t("col.state")), rows,
                           (22, 88, 40, 20), fills))
    return story


def _reports(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.reports"))
    reports = kit.snapshot.progress_reports
    if not reports:
        return story + [kit.note("none.reports")]
    rows, fills = [], {}
    for index, r in enumerate(reports):
        rows.append((str(r.contract_year), kit.supplier(r.supplier_id), kit.day(r.due_on), kit.day(r.received_on),
                     kit.label(r.verdict), kit.day(r.assessed_on)))
        if r.verdict is not None:
            fills[(4, index)] = VERDICT_FILLS[r.verdict]
    header = (kit.t("col.year"), kit.t("col.supplier"), kit.t("col.due"), kit.t("col.received"), kit.t("col.verdict"),
              kit.t("col.assessed"))
    story.append(kit.table(header, rows, (14, 56, 24, 24, 28, 24), fills))
    for report in reports:
        story += _report(kit, report)
    return story


def _report(kit: Kit, report: ProgressReport) -> list[Flowable]:
    texts = [(kit.t(f"report.{name}"), getattr(report, name)) for name in REPORT_TEXTS if getattr(report, name).strip()]
    if report.attachment_name:
        texts.append((kit.t("col.attachment"), report.attachment_name))
    if report.verdict_reason.strip():
        texts.append((kit.t("field.verdict_reason"), report.verdict_reason))
    if not texts and not report.points:
        return []
    title = kit.t("report.title", year=report.contract_year, supplier=kit.supplier(report.supplier_id))
    story = kit.subsection(title, outline=2)
    if texts:
        story.append(kit.facts(texts, first=44))
    if report.points:
        story += [kit.gap(2), points_table(kit, report.points)]
    return story


def _meetings(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.meetings"))
    meetings = kit.snapshot.meetings
    if not meetings:
        return story + [kit.note("none.meetings")]
    rows = [(kit.day(m.held_on), kit.supplier(m.supplier_id), kit.or_dash(m.participants), kit.or_dash(m.agreements))
            for m in meetings]
    story.append(kit.table((kit.t("col.date"), kit.t("col.supplier"), kit.t("col.participants"),
                            kit.t("col.agreements")), rows, (22, 38, 40, 70)))
    return story


def _audits(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.audits"))
    audits = kit.snapshot.audits
    if not audits:
        return story + [kit.note("none.audits")]
    for audit in audits:
        story += _audit(kit, audit)
    return story


def _audit(kit: Kit, audit: Audit) -> list[Flowable]:
    today = kit.context.exported_at.date()
    title = f"{kit.day(audit.held_on)} \u2014 {kit.label(audit.kind)}"
    story = kit.subsection(title, outline=2)
    story.append(kit.facts([(kit.t("col.supplier"), kit.supplier(audit.supplier_id)),
                            (kit.t("field.auditor"), kit.or_dash(audit.auditor)),
                            (kit.t("field.findings"), kit.or_dash(audit.findings))], first=40))
    actions = kit.snapshot.actions_of(audit)
    if actions:
        rows, fills = [], {}
        for index, c in enumerate(actions):
            overdue = due_state(c.due_on, (c.closed_on or c.due_on) if c.status is ActionStatus.DONE else None,
                                today) is DueState.LATE
            rows.append((c.description, kit.or_dash(c.owner), kit.day(c.due_on), kit.label(c.status),
                         kit.or_dash(c.evidence), kit.day(c.closed_on)))
            fills[(3, index)] = "low" if c.status is ActionStatus.DONE else ("high" if overdue else "medium")
        story.append(kit.gap(2))
        header = (kit.t("col.action"), kit.t("col.owner"), kit.t("col.due"), kit.t("col.status"),
                  kit.t("col.evidence"), kit.t("col.closed"))
        story.append(kit.table(header, rows, (48, 22, 22, 22, 34, 22), fills))
    return story


def _escalations(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.escalation"))
    steps = kit.snapshot.escalations
    if not steps:
        return story + [kit.note("none.escalation")]
    rows = [(kit.day(e.taken_on), kit.label(e.step), kit.supplier(e.supplier_id), e.reason, kit.or_dash(e.skip_reason))
            for e in steps]
    story.append(kit.table((kit.t("col.date"), kit.t("col.step"), kit.t("col.supplier"), kit.t("col.reason"),
                            kit.t("col.skip_reason")), rows, (22, 30, 32, 50, 36)))
    return story


def _products(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.products"))
    products = kit.snapshot.delivered_products
    if not products:
        return story + [kit.note("none.products")]
    rows = []
    for p in products:
        site = "\n".join(part for part in (p.site_name, p.site_address, kit.country(p.site_country) if p.site_country
                                           else "") if part) or DASH
        components = "\n".join(f"{c.component}: {kit.country(c.country)}" for c in p.components) or DASH
        brand = " \u00b7 ".join(part for part in (p.brand, p.model) if part) or DASH
        rows.append((p.product, brand, site, components, kit.or_dash(p.open_supply_hub_id), kit.supplier(p.supplier_id)))
    header = (kit.t("col.product"), kit.t("col.brand"), kit.t("col.site"), kit.t("col.components"),
              kit.t("col.os_hub"), kit.t("col.supplier"))
    story.append(kit.table(header, rows, (30, 26, 36, 30, 20, 28)))
    return story


def _signals(kit: Kit) -> list[Flowable]:
    story = kit.section(kit.t("section.signals"))
    followups = kit.snapshot.signal_followups
    if not followups:
        return story + [kit.note("none.signals")]
    rows = []
    for f in followups:
        about = [kit.country(f.signal.country) if f.signal.country else "", kit.context.group_name(f.signal.group_id, kit.language)
                 if f.signal.group_id else "", f.signal.supplier_name, f.signal.brand]
        rows.append((kit.day(f.signal.signal_date), kit.label(f.signal.source_kind), f.signal.text, "\n".join(a for a in about if a) or DASH,
                     kit.day(f.opened_on), kit.day(f.closed_on), kit.or_dash(f.note)))
    header = (kit.t("col.date"), kit.t("col.source_kind"), kit.t("col.signal"), kit.t("col.about"),
              kit.t("col.opened"), kit.t("col.closed"), kit.t("col.note"))
    story.append(kit.table(header, rows, (22, 22, 38, 22, 22, 22, 22)))
    return story


def sources(kit: Kit) -> list[Flowable]:
    snapshot, context = kit.snapshot, kit.context
    story = kit.chapter(kit.t("chapter.sources"))
    scan = snapshot.scan
    story += kit.section(kit.t("section.reference_data"))
    rows = []
    if scan is not None:
        for source_id, edition in sorted(scan.result.editions.items()):
            title, publisher, url = context.sources.get(source_id, (source_id, "", ""))
            rows.append((title, kit.or_dash(publisher), edition, kit.or_dash(url)))
    rows.append((kit.t("source.library"), kit.t("source.project"), context.library.edition, DASH))
    story.append(kit.table((kit.t("col.source"), kit.t("col.publisher"), kit.t("col.edition"), kit.t("col.url")),
                           rows, (55, 45, 18, 52)))
    own = [(r.theme.label(kit.language), r.source) for r in snapshot.own_risks if r.source.strip()]
    links = [(kit.day(f.signal.signal_date), f.signal.link) for f in snapshot.signal_followups if f.signal.link.strip()]
    if own:
        story += kit.section(kit.t("section.own_sources"))
        story.append(kit.table((kit.t("col.theme"), kit.t("col.source")), own, (50, 120)))
    if links:
        story += kit.section(kit.t("section.signal_sources"))
        story.append(kit.table((kit.t("col.date"), kit.t("col.url")), links, (25, 145)))
    story.append(kit.gap(4))
    story.append(kit.note("sources.note"))
    return story
