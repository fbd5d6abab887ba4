"""The yearly ISV report through the services: exact figures, left-out dossiers, targets, settings, command."""
from __future__ import annotations

import argparse
import io
import json
from contextlib import redirect_stdout
from datetime import date
from decimal import Decimal, localcontext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from report_samples import EXPECTED_2025, TYPED_REASON, Clock, build, open_report_session

from isv_desktop.cli import _common_options, report_command
from isv_desktop.domain.criteria import AmbitionLevel, CriterionType
from isv_desktop.domain.deadlines import Deadlines
from isv_desktop.domain.messages import UserError
from isv_desktop.domain.monitoring import AuditKind, EscalationStep
from isv_desktop.domain.report_targets import (
    MilestoneStatus,
    ReportInputError,
    chart_years,
    make_target,
    target_progress,
    years_needed,
)
from isv_desktop.domain.themes import Theme
from isv_desktop.domain.yearly_report import Share


@pytest.fixture
def built(tmp_path):
    session, clock, ids = build(tmp_path)
    yield session, clock, ids
    session.close()


def exact(count: int, of: int) -> str:
    with localcontext() as context:
        context.prec = 28
        return str(Decimal(count) / Decimal(of))


def test_the_json_holds_exactly_the_expected_counts_and_shares(built):
    session, _, _ = built
    data = session.reports.report_json(2025)
    assert data["year"] == 2025 and data["criteria_library"]
    for block in ("tenders", "not_applied_reasons", "stakeholder_consultations", "supplier_follow_up", "monitoring"):
        assert data[block] == EXPECTED_2025[block], block
    expected_shares = {key: {"count": c, "of": o, "share": exact(c, o)} for key, (c, o) in EXPECTED_2025["shares"].items()}
    assert data["shares"] == expected_shares
    assert data["shares"]["applied_required"]["share"] == "0.6666666666666666666666666667"
    json.dumps(data)  # JSON-ready throughout


def test_the_dossiers_behind_the_figures(built):
    session, _, ids = built
    report = session.reports.compute(2025)
    lines = {line.id: line for line in report.dossiers}
    assert list(lines) == [ids[k] for k in ("A", "B", "C", "D", "E")]  # by start date: F left out, G deleted
    assert [line.started for line in report.dossiers] == sorted(line.started for line in report.dossiers)
    a, b, c, d, e = (lines[ids[k]] for k in "ABCDE")
    assert a.threshold == Decimal("221000.00") and a.above_threshold and a.required
    assert a.variants == (CriterionType.CONTRACT_CONDITION, CriterionType.SELECTION_CRITERION,
                          CriterionType.AWARD_CRITERION)
    assert a.ambition is AmbitionLevel.SIGNIFICANT and a.consultations == 2
    assert b.status.value == "archived" and b.ambition is AmbitionLevel.BASIS
    assert c.required and c.reason.value == "no_relevant_chain_risk"
    assert d.above_threshold is False and not d.required and d.reason_text.startswith("=SUM")
    assert e.threshold == Decimal("5538000.00") and e.above_threshold is False and e.risk_category is None
    assert sum(line.required for line in report.dossiers) == report.tenders.required


def test_themes_rated_high_match_the_stored_scans(built):
    session, _, ids = built
    report = session.reports.compute(2025)
    expected: dict[Theme, int] = {}
    for key in ("A", "B"):
        for theme in session.risk_scan.high_themes(ids[key]):
            expected[theme] = expected.get(theme, 0) + 1
    assert report.scanned == 2
    assert {c.theme: c.tenders for c in report.themes} == expected
    assert [c.tenders for c in report.themes] == sorted((c.tenders for c in report.themes), reverse=True)


def test_a_left_out_dossier_is_not_counted_and_is_listed_in_the_notes(built):
    session, _, ids = built
    report = session.reports.compute(2025)
    assert [(d.id, d.title, d.reason) for d in report.left_out] == [(ids["F"], "Oefendossier", TYPED_REASON)]
    assert ids["F"] not in {line.id for line in report.dossiers}
    assert session.reports.left_out_reason(ids["F"]) == TYPED_REASON

    session.reports.include(ids["F"])
    again = session.reports.compute(2025)
    assert again.left_out == () and again.tenders.started == 6
    assert again.shares()["applied_required"] == Share(3, 4)
    assert again.suppliers.plans_due == 3  # its plan of action counts again

    with pytest.raises(ReportInputError):
        session.reports.leave_out(ids["A"], "   ")
    with pytest.raises(UserError):
        session.reports.leave_out(9999, "bestaat niet")
    assert session.reports.compute(2025).tenders.started == 6


def test_other_years_count_their_own_tenders_and_activity(built):
    session, _, ids = built
    report_2024 = session.reports.compute(2024)
    assert [line.id for line in report_2024.dossiers] == [ids["H"]]
    assert report_2024.shares()["applied_required"].percent == 100
    assert report_2024.monitoring.escalations == {EscalationStep.DIALOGUE: 1}  # J's, 1 November 2024
    assert report_2024.monitoring.audits == {AuditKind.DESK_REVIEW: 1}
    assert report_2024.monitoring.signals_logged == 1
    report_2026 = session.reports.compute(2026)
    assert [line.id for line in report_2026.dossiers] == [ids["I"]]
    assert report_2026.tenders.threshold_unknown == 0 and report_2026.tenders.above_threshold == 1  # € 216,000
    session.dossiers.edit(ids["I"], "call_for_competition_date", "2028-05-01")  # after the table ends
    assert session.reports.compute(2026).tenders.threshold_unknown == 1
    with pytest.raises(ReportInputError):
        session.reports.compute(1900)


def test_targets_against_their_milestones_across_years(built):
    session, _, ids = built
    applied = session.reports.add_target("applied_required", "100", 2027, {2024: 50, "2025": "60", 2026: "80,0"})
    assert applied.milestones == ((2024, Decimal(50)), (2025, Decimal(60)), (2026, Decimal(80)))
    session.reports.add_target("selection_or_award", 50, 2025)
    progress = {p.target.figure: p for p in session.reports.compute(2025).targets}
    first = progress["applied_required"]
    assert first.status is MilestoneStatus.MET and first.expected == 60
    assert [(m.year, m.status) for m in first.milestones] == [
        (2024, MilestoneStatus.MET), (2025, MilestoneStatus.MET), (2026, MilestoneStatus.NOT_YET_DUE),
        (2027, MilestoneStatus.NOT_YET_DUE)]
    assert first.milestones[0].actual.count == 1 and first.milestones[0].actual.of == 1  # 2024's own figure
    assert [y for y, _ in first.history] == [2024, 2025, 2026, 2027]
    assert progress["selection_or_award"].status is MilestoneStatus.BEHIND
    assert progress["selection_or_award"].gap_to_goal == Decimal(50) - Decimal(100) / 3

    session.dossiers.edit(ids["I"], "call_for_competition_date", "2028-05-01")  # after the shipped table ends
    no_threshold = {p.target.figure: p for p in session.reports.compute(2026).targets}["applied_required"]
    assert no_threshold.status is MilestoneStatus.NO_DATA  # 2026's one tender: no threshold known, so 0 of 0
    session.applicability.enter_thresholds(date(2028, 1, 1), date(2029, 12, 31), Decimal(216000), Decimal(5404000))
    in_2026 = {p.target.figure: p for p in session.reports.compute(2026).targets}["applied_required"]
    assert in_2026.expected == 80 and in_2026.status is MilestoneStatus.BEHIND  # 0 of 1 in 2026
    assert in_2026.milestones[1].status is MilestoneStatus.MET  # 2025 stays met, judged on 2025

    session.reports.remove_target(applied.id)
    assert [t.figure for t in session.reports.targets()] == ["selection_or_award"]
    with pytest.raises(ReportInputError):
        session.reports.remove_target(applied.id)


@pytest.mark.parametrize("figure, goal, year, milestones", [
    ("no_such_figure", 100, 2027, None),
    ("applied_required", 120, 2027, None),
    ("applied_required", "veel", 2027, None),
    ("applied_required", 100, 2027, {2028: 50}),
    ("applied_required", 100, 2027, {2027: 90}),
    ("applied_required", 100, 3000, None),
    ("applied_required", "12,345", 2027, None),
])
def test_a_bad_target_is_refused_and_nothing_is_stored(built, figure, goal, year, milestones):
    session, _, _ = built
    with pytest.raises(ReportInputError) as raised:
        session.reports.add_target(figure, goal, year, milestones)
    assert raised.value.message("en") and raised.value.message("nl")
    assert session.reports.targets() == ()


def png(width: int = 40, height: int = 20) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (31, 78, 121)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_organisation_settings(built):
    session, _, _ = built
    assert session.reports.organisation().name == ""
    settings = session.reports.set_organisation(name="  Gemeente Utrecht ", language="en", deadlines=(10, 3, 8),
                                                logo=png(), logo_name="logo.png")
    assert (settings.name, settings.language, settings.deadlines) == ("Gemeente Utrecht", "en", Deadlines(10, 3, 8))
    assert settings.logo == png() and settings.logo_name == "logo.png"
    for bad in ({"logo": b"GIF89a..."}, {"logo": b"\x89PNG\r\n\x1a\nkapot"}, {"language": "de"},
                {"deadlines": (0, 3, 8)}, {"name": "x" * 501}):
        with pytest.raises(UserError):
            session.reports.set_organisation(**bad)
    assert session.reports.organisation() == settings
    cleared = session.reports.set_organisation(logo=None)
    assert cleared.logo is None and cleared.logo_name is None and cleared.name == "Gemeente Utrecht"
    assert session.reports.compute(2025).organisation.language == "en"


def run_command(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="isv-desktop")
    report_command.register(parser.add_subparsers(dest="command"), _common_options())
    args = parser.parse_args(argv)
    args.db, args.lang = getattr(args, "db", None), getattr(args, "lang", None)
    output = io.StringIO()
    with redirect_stdout(output):
        code = args.func(args)
    return code, output.getvalue()


def test_the_report_command_prints_json_and_writes_both_files(built, tmp_path):
    session, _, _ = built
    path = session.database.path
    session.close()
    pdf, xlsx = tmp_path / "jaar.pdf", tmp_path / "jaar.xlsx"
    code, output = run_command(["report", "--db", str(path), "--year", "2025", "--json", "--pdf", str(pdf),
                                "--xlsx", str(xlsx)])
    assert code == 0
    data = json.loads(output)
    assert data["tenders"] == EXPECTED_2025["tenders"] and data["left_out"][0]["reason"] == TYPED_REASON
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert not list(tmp_path.glob("*.part"))
    code, output = run_command(["report", "--db", str(path), "--year", "2025", "--lang", "en"])
    assert code == 0 and "ISV 2 van / of 3 (66.7%)" in output


def test_the_same_file_and_year_give_the_same_report_after_reopening(built):
    session, clock, _ = built
    first = session.reports.report_json(2025)
    path = session.database.path
    session.close()
    clock.day = date(2030, 1, 1)  # "today" plays no part
    reopened = open_report_session(path, clock)
    try:
        assert reopened.reports.report_json(2025) == first
    finally:
        reopened.close()


# -- targets: pure ---------------------------------------------------------------------------------------------
def test_a_milestone_is_judged_on_the_figure_of_its_own_year():
    target = make_target("applied_required", 100, 2027, {2025: 50, 2026: 75})
    actuals = {2024: Share(0, 2), 2025: Share(1, 2), 2026: Share(2, 4), 2027: Share(4, 4)}
    statuses = {year: [(m.year, m.status) for m in target_progress(target, actuals, year).milestones]
                for year in (2024, 2025, 2026, 2027, 2028)}
    met, behind, due_later = MilestoneStatus.MET, MilestoneStatus.BEHIND, MilestoneStatus.NOT_YET_DUE
    assert statuses[2024] == [(2025, due_later), (2026, due_later), (2027, due_later)]
    assert statuses[2025] == [(2025, met), (2026, due_later), (2027, due_later)]
    assert statuses[2026] == [(2025, met), (2026, behind), (2027, due_later)]  # 50 % < 75 %
    assert statuses[2027] == [(2025, met), (2026, behind), (2027, met)]
    assert statuses[2028] == statuses[2027]  # past years keep their verdict


def test_the_target_in_a_year_is_judged_against_the_latest_point_due():
    target = make_target("selection_or_award", 80, 2030, {2026: 40, 2028: 60})
    assert target.expected_in(2025) is None and target.expected_in(2027) == 40 and target.expected_in(2031) == 80
    before = target_progress(target, {2025: Share(9, 10)}, 2025)
    assert before.status is MilestoneStatus.NOT_YET_DUE and before.expected is None
    between = target_progress(target, {2027: Share(2, 5)}, 2027)  # 40 % against 2026's 40 %
    assert between.status is MilestoneStatus.MET and between.expected == 40
    assert target_progress(target, {2029: Share(59, 100)}, 2029).status is MilestoneStatus.BEHIND
    after = target_progress(target, {2031: Share(4, 5)}, 2031)  # after the target year the goal should hold
    assert after.expected == 80 and after.status is MilestoneStatus.MET and after.gap_to_goal == 0
    empty = target_progress(target, {2027: Share(0, 0)}, 2027)
    assert empty.status is MilestoneStatus.NO_DATA and empty.gap_to_goal is None


def test_shares_compare_exactly_with_milestones():
    two_thirds = make_target("applied_required", "66.67", 2025)
    assert target_progress(two_thirds, {2025: Share(2, 3)}, 2025).status is MilestoneStatus.BEHIND  # 66.666… < 66.67
    assert target_progress(make_target("applied_required", "66.66", 2025), {2025: Share(2, 3)}, 2025).status \
        is MilestoneStatus.MET
    assert Share(2, 3).display("nl") == "66,7 %" and Share(2, 3).display("en") == "66.7%"
    assert Share(1, 8).display("nl") == "12,5 %" and Share(0, 0).display() == "\u2014" and Share(3, 3).display() == "100 %"


def test_the_chart_spans_at_most_eleven_years_and_needs_only_past_figures():
    target = make_target("applied_required", 100, 2035, {2015: 10, 2020: 40})
    assert chart_years(target, 2025) == tuple(range(2025, 2036))
    assert years_needed(target, 2025) == (2015, 2020, 2025)
    short = make_target("applied_required", 100, 2026, {2024: 50})
    assert chart_years(short, 2025) == (2024, 2025, 2026) and years_needed(short, 2025) == (2024, 2025)
    assert chart_years(short, 2028) == (2024, 2025, 2026, 2027, 2028)


# -- reproducible, and the aggregates agree with the rows -----------------------------------------------------
CRITERIA = ("due_diligence.basis", "traceability.ambitious", "selection_due_diligence.significant", "living_wage.award")
tenders = st.lists(st.tuples(
    st.integers(0, 3 * 365 - 1),  # day from 1 January 2024
    st.one_of(st.none(), st.integers(0, 600_000_00)),  # value in cents
    st.sampled_from([None, "", "catering", "energie"]),
    st.sampled_from(["apply", "not_apply", "undecided"]),
    st.sampled_from(["works", "supplies_services"]),
    st.sampled_from(["basis", "significant", "ambitious", None]),
    st.sets(st.sampled_from(CRITERIA)),
    st.sampled_from(["counted", "left_out", "deleted"]),
), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=tenders)
def test_the_report_is_reproducible_and_its_counts_agree_with_its_rows(tmp_path, rows):
    path = tmp_path / "property.sqlite"
    path.unlink(missing_ok=True)
    session = open_report_session(path, Clock(date(2025, 6, 1)))
    try:
        connection = session.database.connection
        with session.database.transaction():
            for day, cents, category, decision, kind, ambition, chosen, fate in rows:
                created = date.fromordinal(date(2024, 1, 1).toordinal() + day).isoformat() + "T09:00:00"
                dossier_id = connection.execute(
                    "INSERT INTO dossiers (title, contract_kind, estimated_value_cents, risk_category, decision, "
                    "status, created_at, updated_at) VALUES ('=x', ?, ?, ?, ?, ?, ?, ?)",
                    (kind, cents, category, decision, "deleted" if fate == "deleted" else "active", created, created),
                ).lastrowid
                if ambition:
                    connection.execute("INSERT INTO criteria_settings (dossier_id, ambition) VALUES (?, ?)",
                                       (dossier_id, ambition))
                for position, criterion in enumerate(sorted(chosen)):
                    connection.execute("INSERT INTO chosen_criteria (dossier_id, criterion_id, library_version, "
                                       "position, phase) VALUES (?, ?, 1, ?, 'contract')",
                                       (dossier_id, criterion, position))
                if fate == "left_out":
                    connection.execute("INSERT INTO report_exclusions VALUES (?, 'test', '2025-01-01')", (dossier_id,))
        first = session.reports.report_json(2025)
        assert session.reports.report_json(2025) == first
        report = session.reports.compute(2025)
        counted = [r for r in rows if r[7] == "counted" and 366 <= r[0] < 366 + 365]
        threshold = {"works": 5_538_000_00, "supplies_services": 221_000_00}
        required = [r for r in counted if r[1] is not None and r[1] >= threshold[r[4]] and r[2]]
        assert report.tenders.started == len(counted) == len(report.dossiers)
        assert report.tenders.required == len(required) == sum(line.required for line in report.dossiers)
        assert report.tenders.applied_required == sum(1 for r in required if r[3] == "apply")
        applied = [r for r in counted if r[3] == "apply"]
        library = session.criteria.library
        for kind in CriterionType:
            assert report.tenders.variants[kind] == sum(
                1 for r in applied if any(library[c].type is kind for c in r[6]))
        for level in AmbitionLevel:
            assert report.tenders.ambitions[level] == sum(1 for r in applied if (r[5] or "basis") == level.value)
        assert len(report.left_out) == sum(1 for r in rows if r[7] == "left_out")
    finally:
        session.close()


def test_above_the_threshold_uses_the_tenders_date_and_its_kind(tmp_path):
    from report_samples import started

    session = open_report_session(tmp_path / "kinds.sqlite", Clock(date(2026, 6, 1)))
    try:
        def tender(title, cpv, value, call_date=None, kind="supplies_services"):
            dossier = session.dossiers.create(title)
            for field, typed in (("cpv_code", cpv), ("contract_kind", kind), ("estimated_value", value),
                                 ("call_for_competition_date", call_date)):
                session.dossiers.edit(dossier.id, field, typed)
            started(session, dossier.id, "2026-03-01")
            return dossier.id

        tender("Schoolmaaltijden", "55523100-3", "700000", kind="social_services")  # Annex XIV: € 750,000
        tender("Werkkleding, oproep 2025", "18110000-3", "218000", "2025-06-01")  # € 221,000 in 2025
        tender("Werkkleding, oproep 2026", "18110000-3", "218000")  # started in 2026: € 216,000
        lines = {line.title: line for line in session.reports.compute(2026).dossiers}
    finally:
        session.close()
    assert (lines["Schoolmaaltijden"].threshold, lines["Schoolmaaltijden"].above_threshold) == (Decimal(750000), False)
    assert (lines["Werkkleding, oproep 2025"].threshold, lines["Werkkleding, oproep 2025"].above_threshold) == (
        Decimal(221000), False)
    assert (lines["Werkkleding, oproep 2026"].threshold, lines["Werkkleding, oproep 2026"].above_threshold) == (
        Decimal(216000), True)
