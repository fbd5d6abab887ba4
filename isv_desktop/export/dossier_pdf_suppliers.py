"""Chapter 4 of the dossier PDF: bidders and suppliers, credentials, questionnaire scores, plan of action."""
from __future__ import annotations

from reportlab.platypus import Flowable

from isv_desktop.domain.dossier_contents import number_of
from isv_desktop.domain.questionnaire import QuestionnaireRecord
from isv_desktop.domain.suppliers import DueDiligencePoint, PlanOfAction, PlanVerdict, PointAssessment, Supplier
from isv_desktop.export.dossier_pdf_kit import DASH, Kit

#: Verdicts coloured like levels: insufficient as a high risk, partly as medium, sufficient and good as low.
VERDICT_FILLS = {PlanVerdict.INSUFFICIENT: "high", PlanVerdict.PARTLY: "medium", PlanVerdict.SUFFICIENT: "low",
                 PlanVerdict.GOOD: "low"}


def suppliers(kit: Kit) -> list[Flowable]:
    story = kit.chapter(kit.t("chapter.4"), 4)
    story += kit.section(kit.t("section.suppliers"))
    items = kit.snapshot.suppliers
    if not items:
        return story + [kit.note("none.suppliers")]
    rows = [(str(s.id), s.name, kit.label(s.role), _registration(s), kit.country(s.country) if s.country else DASH,
             kit.or_dash(s.contact_person), kit.day(s.award_date)) for s in items]
    header = (kit.t("col.number"), kit.t("col.name"), kit.t("col.role"), kit.t("col.registration"),
              kit.t("col.country"), kit.t("col.contact"), kit.t("col.awarded"))
    story.append(kit.table(header, rows, (8, 32, 24, 22, 24, 34, 26)))
    if not kit.snapshot.personal_data_included:
        story.append(kit.note("personal_data.left_out"))
    story += kit.section(kit.t("section.per_supplier"))
    for supplier in items:
        story += _supplier(kit, supplier)
    return story


def _registration(supplier: Supplier) -> str:
    parts = [f"KvK {supplier.kvk_number}" if supplier.kvk_number else "", supplier.foreign_registration]
    return "\n".join(p for p in parts if p) or DASH


def _supplier(kit: Kit, supplier: Supplier) -> list[Flowable]:
    contents, number = kit.snapshot, number_of(supplier)
    story = kit.subsection(f"{number}. {supplier.name}", outline=2, style="phase")
    if supplier.parent_id is not None:
        story.append(kit.p(kit.t("supplier.part_of", name=kit.supplier(supplier.parent_id)), "meta"))
    credentials, questionnaires = contents.credentials_of(supplier), contents.questionnaires_of(supplier)
    plan, follow_up = contents.plan_of(supplier), contents.follow_up_actions_of(supplier)
    if not credentials and not questionnaires and not follow_up and plan == PlanOfAction(number):
        return story + [kit.note("none.supplier_details")]
    if credentials:
        rows = [(kit.label(c.kind), c.name, kit.day(c.valid_from), kit.day(c.valid_until)) for c in credentials]
        story.append(kit.p(kit.t("supplier.credentials"), "heading3"))
        story.append(kit.table((kit.t("col.kind"), kit.t("col.name"), kit.t("col.valid_from"),
                                kit.t("col.valid_until")), rows, (40, 74, 28, 28)))
    for questionnaire in questionnaires:
        story += _questionnaire(kit, number, questionnaire)
    if plan != PlanOfAction(number):
        story += _plan(kit, plan)
    if follow_up:
        actions = [(a.description, kit.day(a.due_on), kit.day(a.done_on)) for a in follow_up]
        story.append(kit.p(kit.t("supplier.actions"), "heading3"))
        story.append(kit.table((kit.t("col.action"), kit.t("col.due"), kit.t("col.done")), actions, (114, 28, 28)))
    return story


def _questionnaire(kit: Kit, number: int, sent: QuestionnaireRecord) -> list[Flowable]:
    questionnaire = sent.questionnaire
    story: list[Flowable] = [kit.p(kit.t("supplier.questionnaire", version=questionnaire.version), "heading3")]
    score = kit.context.scores.get((number, questionnaire.version))
    facts = [
        (kit.t("field.sent"), kit.day(sent.sent_on)),
        (kit.t("field.due"), kit.day(sent.due_on)),
        (kit.t("field.returned"), kit.day(sent.returned_on)),
        (kit.t("field.questions"), str(len(questionnaire.questions))),
        (kit.t("field.overall"), DASH if score is None or score.overall is None else f"{score.overall} / 100"),
    ]
    story.append(kit.facts(facts, first=40))
    if score is None:
        return story
    rows = [(group.label(kit.language), DASH if group.score is None else str(group.score), str(group.counted),
             str(group.unanswered)) for group in score.groups]
    story.append(kit.gap(2))
    story.append(kit.table((kit.t("col.theme"), kit.t("col.score"), kit.t("col.counted"), kit.t("col.unanswered")),
                           rows, (86, 28, 28, 28)))
    if score.red_flags:
        story.append(kit.p(kit.t("supplier.red_flags"), "heading3"))
        story += [kit.p("\u2022 " + flag.message(kit.language), "small") for flag in score.red_flags]
    answers = {a.question_id: a for a in sent.answers or ()}
    if answers:
        story.append(kit.p(kit.t("supplier.answers"), "heading3"))
        rows = []
        for number, question in enumerate(questionnaire.questions, start=1):
            answer = answers.get(question.id)
            rows.append((str(number), question.text(questionnaire.language),
                         kit.label(answer.answer) if answer else DASH,
                         "\n".join(t for t in (answer.explanation, answer.evidence) if t.strip()) if answer else ""))
        story.append(kit.table((kit.t("col.number"), kit.t("col.question"), kit.t("col.answer"),
                                kit.t("col.explanation")), rows, (9, 80, 23, 58)))
    return story


def _plan(kit: Kit, plan: PlanOfAction) -> list[Flowable]:
    story: list[Flowable] = [kit.p(kit.t("supplier.plan"), "heading3")]
    facts = [
        (kit.t("field.due"), kit.day(plan.due_on)),
        (kit.t("field.received"), kit.day(plan.received_on)),
        (kit.t("col.attachment"), kit.attachment(plan.attachment_name, plan.attachment)),
        (kit.t("field.verdict"), kit.label(plan.overall_verdict)),
        (kit.t("field.assessed"), kit.day(plan.assessed_on)),
        (kit.t("field.verdict_reason"), kit.or_dash(plan.overall_reason)),
    ]
    story.append(kit.facts(facts, first=40))
    if plan.points:
        story.append(kit.gap(2))
        story.append(points_table(kit, plan.points))
    return story


def points_table(kit: Kit, points: tuple[PointAssessment, ...]) -> Flowable:
    """The OECD points in their own order, each verdict coloured."""
    order = list(DueDiligencePoint)
    rows, fills = [], {}
    for index, point in enumerate(sorted(points, key=lambda p: order.index(p.point))):
        rows.append((kit.label(point.point), kit.label(point.verdict), kit.or_dash(point.reason)))
        fills[(1, index)] = VERDICT_FILLS[point.verdict]
    return kit.table((kit.t("col.point"), kit.t("col.verdict"), kit.t("col.reason")), rows, (58, 26, 86), fills)


__all__ = ["suppliers", "points_table", "VERDICT_FILLS"]
