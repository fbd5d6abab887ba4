"""The visible sheets of the dossier workbook as typed rows: one list per sheet, grouped by step."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import Enum

from isv_desktop.domain.criteria import ChosenCriterion, Criterion
from isv_desktop.domain.dossier_contents import DossierContents, ExportContext, number_of
from isv_desktop.domain.monitoring import contract_end
from isv_desktop.domain.risk_categories import ISV_RISK_CATEGORIES, category_label
from isv_desktop.domain.themes import Theme
from isv_desktop.export.dossier_pdf_labels import assumed_origin, contract_kind_text, label, recorded_day, text
from isv_desktop.export.dossier_xlsx_layout import Column, SheetSpec, Value


class Sheets:
    """Builds the sheets of one dossier's contents in one language."""

    def __init__(self, snapshot: DossierContents, context: ExportContext, language: str) -> None:
        self.s, self.c, self.language = snapshot, context, language

    def t(self, message_id: str, **values: object) -> str:
        return text(message_id, self.language, **values)

    def col(self, message_id: str, width: float, kind: str = "text") -> Column:
        return Column(self.t(message_id), width, kind)  # type: ignore[arg-type]

    def label(self, value: Enum | None) -> str:
        return "" if value is None else label(value, self.language)

    def supplier(self, number: int | None) -> str:
        return self.s.supplier_name(number)

    def all(self) -> list[SheetSpec]:
        builders: list[Callable[[], SheetSpec]] = [
            self.dossier, self.scope, self.inputs, self.risks, self.reasons, self.judgements, self.own_risks,
            self.stakeholders,
            self.criteria, self.suppliers, self.credentials, self.questionnaires, self.answers, self.plans,
            self.actions, self.reports, self.report_points, self.meetings, self.audits, self.corrective_actions,
            self.escalations, self.products, self.signals,
        ]
        return [build() for build in builders]

    # -- step 1 ----------------------------------------------------------------------------
    def dossier(self) -> SheetSpec:
        d = self.s.dossier
        category = d.risk_category
        category_text = (self.t("category.not_chosen") if category is None else self.t("category.none")
                         if category == "" else category_label(category, self.language)
                         if category in ISV_RISK_CATEGORIES else category)
        end = contract_end(d.contract_start, d.duration_months) if d.contract_start and d.duration_months else None
        rows: list[list[Value]] = [
            [self.t("field.title"), d.title], [self.t("field.organisation"), d.organisation],
            [self.t("field.reference"), d.reference], [self.t("field.subject"), d.subject],
            [self.t("field.cpv"), d.cpv_code], [self.t("field.procedure"), self.label(d.procedure)],
            [self.t("field.call_date"), d.call_for_competition_date],
            [self.t("field.contract_kind"), contract_kind_text(d, self.c.kind_suggestion, self.language)],
            [self.t("field.value"), d.estimated_value], [self.t("xlsx.start"), d.contract_start],
            [self.t("xlsx.months"), d.duration_months], [self.t("xlsx.end"), end],
            [self.t("field.contract_manager"), d.contract_manager], [self.t("field.risk_category"), category_text],
            [self.t("field.decision"), self.label(d.decision)],
            [self.t("field.reason"), self.label(d.non_application_reason)],
            [self.t("field.explanation"), d.non_application_text],
            [self.t("field.current_step"), self.label(d.current_step)], [self.t("field.status"), self.label(d.status)],
        ]
        return SheetSpec(self.t("sheet.dossier"), 1, [self.col("xlsx.field", 30), self.col("xlsx.value", 90, "wrap")],
                         rows)

    # -- step 2 ----------------------------------------------------------------------------
    def scope(self) -> SheetSpec:
        rows: list[list[Value]] = [[self.c.group_name(c.group_id, self.language), c.country,
                                    self.c.country_name(c.country, self.language), self.label(c.stage)]
                                   for c in self.s.countries]
        listed = {c.group_id for c in self.s.countries}
        rows += [[self.c.group_name(g, self.language), "", "", ""] for g in self.s.groups if g not in listed]
        return SheetSpec(self.t("sheet.scope"), 2, [self.col("col.group", 36), self.col("xlsx.code", 14),
                                                    self.col("col.country", 28), self.col("col.stage", 18)], rows)

    def inputs(self) -> SheetSpec:
        """The origins the buyer traced for critical inputs, beside the origin the source assumed."""
        rows: list[list[Value]] = [
            [self.c.group_name(t.group_id, self.language), self.c.good_name(t.good, self.language),
             self.assumed(t.group_id, t.good), t.country, self.c.country_name(t.country, self.language),
             recorded_day(t.recorded_on) or t.recorded_on]
            for t in self.s.traced_inputs]
        return SheetSpec(self.t("sheet.inputs"), 2, [
            self.col("col.group", 30), self.col("col.input", 24), self.col("col.assumed", 50, "wrap"),
            self.col("xlsx.code", 14), self.col("col.traced", 28), self.col("col.recorded", 14, "date")], rows)

    def assumed(self, group_id: str, good: str) -> str:
        return "; ".join(assumed_origin(item, self.c, self.language)
                         for item in self.c.assumed_inputs.get((group_id, good), ()))

    def risks(self) -> SheetSpec:
        """Themes down, the overall level and each country's across: a heat map by conditional formatting."""
        scan = self.s.scan
        columns = [self.col("col.theme", 40), self.col("xlsx.overall", 14, "level")]
        rows: list[list[Value]] = []
        if scan is not None:
            result = scan.result
            columns += [Column(c if c else self.t("xlsx.origin_unknown"), 12, "level") for c in result.columns]
            for theme in (t for t in Theme if t in result.themes):
                cells = [result.cells.get((theme, c)) for c in result.columns]
                rows.append([theme.label(self.language), self.label(result.themes[theme].level),
                             *[self.label(a.level) if a else "" for a in cells]])
        return SheetSpec(self.t("sheet.risks"), 2, columns, rows)

    def reasons(self) -> SheetSpec:
        scan = self.s.scan
        rows: list[list[Value]] = []
        if scan is not None:
            for (theme, column), assessment in scan.result.cells.items():
                for reason in assessment.reasons:
                    rows.append([theme.label(self.language), column or self.t("xlsx.origin_unknown"),
                                 self.label(reason.level), reason.source_title, reason.edition,
                                 reason.text(self.language)])
        return SheetSpec(self.t("sheet.reasons"), 2, [
            self.col("col.theme", 30), self.col("col.country", 10), self.col("col.level", 12, "level"),
            self.col("col.source", 34), self.col("col.edition", 10), self.col("xlsx.text", 80, "wrap")], rows)

    def judgements(self) -> SheetSpec:
        rows: list[list[Value]] = [[j.theme.label(self.language), j.severity, j.likelihood, self.label(j.priority),
                                    j.note] for j in self.s.judgements]
        return SheetSpec(self.t("sheet.judgements"), 2, [
            self.col("col.theme", 36), self.col("col.severity", 9, "number"), self.col("col.likelihood", 9, "number"),
            self.col("col.priority", 13, "level"), self.col("col.note", 70, "wrap")], rows)

    def own_risks(self) -> SheetSpec:
        rows: list[list[Value]] = [[r.theme.label(self.language), r.description, r.source, r.attachment_name or "",
                                    r.created_at.date() if r.created_at else None]
                                   for r in self.s.own_risks]
        return SheetSpec(self.t("sheet.own_risks"), 2, [
            self.col("col.theme", 30), self.col("col.description", 60, "wrap"), self.col("col.source", 36),
            self.col("col.attachment", 24), self.col("xlsx.noted", 14, "date")], rows)

    def stakeholders(self) -> SheetSpec:
        rows: list[list[Value]] = [[c.consulted_on, self.label(c.kind), c.organisation,
                                    ", ".join(t.label(self.language) for t in c.themes), c.outcome]
                                   for c in self.s.consultations]
        return SheetSpec(self.t("sheet.stakeholders"), 2, [
            self.col("col.date", 13, "date"), self.col("col.kind", 22), self.col("col.organisation", 30),
            self.col("col.themes", 36), self.col("col.outcome", 60, "wrap")], rows)

    # -- step 3 ----------------------------------------------------------------------------
    def criteria(self) -> SheetSpec:
        rows: list[list[Value]] = []
        for number, chosen in enumerate(self.s.chosen, start=1):
            criterion = self.c.library.get(chosen.criterion_id)
            rows.append([number, chosen.phase.label(self.language), chosen.criterion_id,
                         criterion.title(self.language) if criterion else "",
                         criterion.type.label(self.language) if criterion else "",
                         criterion.level.label(self.language) if criterion else "", chosen.library_version,
                         _weight(chosen, criterion), self.t("answer.yes" if _reworded(chosen) else "answer.no"),
                         _criterion_text(chosen, criterion, "nl"), _criterion_text(chosen, criterion, "en")])
        return SheetSpec(self.t("sheet.criteria"), 3, [
            self.col("col.number", 6, "number"), self.col("xlsx.phase", 24), self.col("xlsx.criterion_id", 30),
            self.col("col.criterion", 44), self.col("col.kind", 28), self.col("field.ambition", 14),
            self.col("xlsx.version", 9, "number"), self.col("col.weight", 10, "percent"),
            self.col("xlsx.reworded", 12), self.col("xlsx.text_nl", 80, "wrap"), self.col("xlsx.text_en", 80, "wrap")],
            rows)

    # -- step 4 ----------------------------------------------------------------------------
    def suppliers(self) -> SheetSpec:
        rows: list[list[Value]] = [[s.id, s.name, self.label(s.role), s.kvk_number, s.foreign_registration,
                                    s.country, s.contact_person, s.award_date, self.supplier(s.parent_id)]
                                   for s in self.s.suppliers]
        return SheetSpec(self.t("sheet.suppliers"), 4, [
            self.col("col.number", 6, "number"), self.col("col.name", 36), self.col("col.role", 22),
            self.col("xlsx.kvk", 12), self.col("xlsx.foreign", 20), self.col("xlsx.code", 14),
            self.col("col.contact", 26), self.col("col.awarded", 13, "date"), self.col("xlsx.part_of", 30)], rows)

    def credentials(self) -> SheetSpec:
        rows: list[list[Value]] = [[s.name, self.label(c.kind), c.name, c.valid_from, c.valid_until]
                                   for s in self.s.suppliers for c in self.s.credentials_of(s)]
        return SheetSpec(self.t("sheet.credentials"), 4, [
            self.col("col.supplier", 36), self.col("col.kind", 24), self.col("col.name", 36),
            self.col("col.valid_from", 13, "date"), self.col("col.valid_until", 13, "date")], rows)

    def questionnaires(self) -> SheetSpec:
        rows: list[list[Value]] = []
        for s in self.s.suppliers:
            for r in self.s.questionnaires_of(s):
                q = r.questionnaire
                result = self.c.scores.get((number_of(s), q.version))
                rows.append([s.name, q.version, q.language, r.sent_on, r.due_on, r.returned_on, len(q.questions),
                             result.overall if result else None])
        return SheetSpec(self.t("sheet.questionnaires"), 4, [
            self.col("col.supplier", 36), self.col("xlsx.version", 9, "number"), self.col("xlsx.language", 8),
            self.col("field.sent", 13, "date"), self.col("field.due", 13, "date"), self.col("field.returned", 13, "date"),
            self.col("field.questions", 10, "number"), self.col("field.overall", 12, "number")], rows)

    def answers(self) -> SheetSpec:
        rows: list[list[Value]] = []
        for s in self.s.suppliers:
            for r in self.s.questionnaires_of(s):
                q, given = r.questionnaire, {a.question_id: a for a in r.answers or ()}
                for number, question in enumerate(q.questions, start=1):
                    answer = given.get(question.id)
                    rows.append([s.name, q.version, number, question.group_label(self.language),
                                 question.text(q.language), self.label(answer.answer) if answer else "",
                                 answer.explanation if answer else "", answer.evidence if answer else ""])
        return SheetSpec(self.t("sheet.answers"), 4, [
            self.col("col.supplier", 30), self.col("xlsx.version", 9, "number"), self.col("col.number", 6, "number"),
            self.col("col.theme", 24), self.col("col.question", 60, "wrap"), self.col("col.answer", 14),
            self.col("col.explanation", 50, "wrap"), self.col("col.evidence", 30)], rows)

    def plans(self) -> SheetSpec:
        rows: list[list[Value]] = []
        for s in self.s.suppliers:
            plan = self.s.plan_of(s)
            if plan.due_on is None and plan.received_on is None and not plan.points and plan.overall_verdict is None:
                continue
            rows.append([s.name, self.t("xlsx.overall_verdict"), self.label(plan.overall_verdict), plan.overall_reason,
                         plan.due_on, plan.received_on, plan.assessed_on, plan.attachment_name or ""])
            rows += [[s.name, self.label(p.point), self.label(p.verdict), p.reason, None, None, None, ""]
                     for p in plan.points]
        return SheetSpec(self.t("sheet.plans"), 4, [
            self.col("col.supplier", 30), self.col("col.point", 32), self.col("col.verdict", 14, "verdict"),
            self.col("col.reason", 60, "wrap"), self.col("field.due", 13, "date"), self.col("field.received", 13, "date"),
            self.col("field.assessed", 13, "date"), self.col("col.attachment", 22)], rows)

    def actions(self) -> SheetSpec:
        rows: list[list[Value]] = [[s.name, a.description, a.due_on, a.done_on] for s in self.s.suppliers
                                   for a in self.s.follow_up_actions_of(s)]
        return SheetSpec(self.t("sheet.actions"), 4, [
            self.col("col.supplier", 30), self.col("col.action", 70, "wrap"), self.col("col.due", 13, "date"),
            self.col("col.done", 13, "date")], rows)

    # -- step 5 ----------------------------------------------------------------------------
    def reports(self) -> SheetSpec:
        rows: list[list[Value]] = [[self.supplier(r.supplier_id), r.contract_year, r.due_on, r.received_on,
                                    self.label(r.verdict), r.assessed_on, r.measures_status, r.new_risks, r.incidents,
                                    r.audit_results, r.stakeholder_engagement, r.next_steps, r.verdict_reason,
                                    r.attachment_name or ""] for r in self.s.progress_reports]
        texts = [self.col(f"report.{name}", 36, "wrap") for name in
                 ("measures_status", "new_risks", "incidents", "audit_results", "stakeholder_engagement", "next_steps")]
        return SheetSpec(self.t("sheet.reports"), 5, [
            self.col("col.supplier", 30), self.col("col.year", 7, "number"), self.col("col.due", 13, "date"),
            self.col("col.received", 13, "date"), self.col("col.verdict", 14, "verdict"),
            self.col("col.assessed", 13, "date"), *texts, self.col("field.verdict_reason", 36, "wrap"),
            self.col("col.attachment", 22)], rows)

    def report_points(self) -> SheetSpec:
        rows: list[list[Value]] = [[self.supplier(r.supplier_id), r.contract_year, self.label(p.point),
                                    self.label(p.verdict), p.reason]
                                   for r in self.s.progress_reports for p in r.points]
        return SheetSpec(self.t("sheet.report_points"), 5, [
            self.col("col.supplier", 30), self.col("col.year", 7, "number"), self.col("col.point", 32),
            self.col("col.verdict", 14, "verdict"), self.col("col.reason", 60, "wrap")], rows)

    def meetings(self) -> SheetSpec:
        rows: list[list[Value]] = [[m.held_on, self.supplier(m.supplier_id), m.participants, m.agreements]
                                   for m in self.s.meetings]
        return SheetSpec(self.t("sheet.meetings"), 5, [
            self.col("col.date", 13, "date"), self.col("col.supplier", 30), self.col("col.participants", 36),
            self.col("col.agreements", 70, "wrap")], rows)

    def audits(self) -> SheetSpec:
        rows: list[list[Value]] = [[a.held_on, self.label(a.kind), self.supplier(a.supplier_id), a.auditor, a.findings,
                                    len(self.s.actions_of(a))] for a in self.s.audits]
        return SheetSpec(self.t("sheet.audits"), 5, [
            self.col("col.date", 13, "date"), self.col("col.kind", 30), self.col("col.supplier", 30),
            self.col("field.auditor", 24), self.col("field.findings", 60, "wrap"),
            self.col("xlsx.action_count", 12, "number")], rows)

    def corrective_actions(self) -> SheetSpec:
        rows: list[list[Value]] = [[a.held_on, self.label(a.kind), c.description, c.owner, c.due_on,
                                    self.label(c.status), c.evidence, c.closed_on]
                                   for a in self.s.audits for c in self.s.actions_of(a)]
        return SheetSpec(self.t("sheet.corrective_actions"), 5, [
            self.col("xlsx.audit_date", 13, "date"), self.col("xlsx.audit_kind", 26), self.col("col.action", 50, "wrap"),
            self.col("col.owner", 20), self.col("col.due", 13, "date"), self.col("col.status", 14),
            self.col("col.evidence", 36, "wrap"), self.col("col.closed", 13, "date")], rows)

    def escalations(self) -> SheetSpec:
        rows: list[list[Value]] = [[e.taken_on, self.label(e.step), self.supplier(e.supplier_id), e.reason, e.skip_reason]
                                   for e in self.s.escalations]
        return SheetSpec(self.t("sheet.escalations"), 5, [
            self.col("col.date", 13, "date"), self.col("col.step", 26), self.col("col.supplier", 30),
            self.col("col.reason", 60, "wrap"), self.col("col.skip_reason", 40, "wrap")], rows)

    def products(self) -> SheetSpec:
        rows: list[list[Value]] = [[p.product, p.brand, p.model, p.site_name, p.site_address, p.site_country,
                                    "; ".join(f"{c.component} ({c.country})" for c in p.components),
                                    p.open_supply_hub_id, self.supplier(p.supplier_id)]
                                   for p in self.s.delivered_products]
        return SheetSpec(self.t("sheet.products"), 5, [
            self.col("col.product", 30), self.col("xlsx.brand", 20), self.col("xlsx.model", 16),
            self.col("col.site", 28), self.col("xlsx.address", 36), self.col("xlsx.code", 14),
            self.col("col.components", 36), self.col("col.os_hub", 18), self.col("col.supplier", 30)], rows)

    def signals(self) -> SheetSpec:
        rows: list[list[Value]] = [[f.signal.signal_date, self.label(f.signal.source_kind), f.signal.text, f.signal.link, f.signal.country or "",
                                    self.c.group_name(f.signal.group_id, self.language) if f.signal.group_id else "",
                                    f.signal.supplier_name, f.signal.brand, f.opened_on, f.closed_on, f.note]
                                   for f in self.s.signal_followups]
        return SheetSpec(self.t("sheet.signals"), 5, [
            self.col("col.date", 13, "date"), self.col("col.source_kind", 24), self.col("col.signal", 60, "wrap"),
            self.col("col.url", 30), self.col("xlsx.code", 14), self.col("col.group", 24), self.col("col.supplier", 24),
            self.col("xlsx.brand", 18), self.col("col.opened", 13, "date"), self.col("col.closed", 13, "date"),
            self.col("col.note", 50, "wrap")], rows)


def _weight(chosen: ChosenCriterion, criterion: Criterion | None) -> Decimal | None:
    if chosen.weight is not None:
        return chosen.weight
    return criterion.default_weight if criterion is not None else None


def _reworded(chosen: ChosenCriterion) -> bool:
    return chosen.custom_text_nl is not None or chosen.custom_text_en is not None


def _criterion_text(chosen: ChosenCriterion, criterion: Criterion | None, language: str) -> str:
    custom = chosen.custom_text(language)
    if custom is not None:
        return custom
    return criterion.text(language) if criterion is not None else ""

