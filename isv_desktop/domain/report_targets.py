"""Targets on the yearly report's shares, with interim milestones, and how far a year got.

A *target* says: figure F (one of the report's shares, see
``yearly_report.FIGURES``) reaches ``goal`` percent in ``year``, passing the
interim milestones {year: percent} on the way. Its *schedule* is the
milestones plus the goal in the target year.

For a report year R, a schedule point in year Y is

- ``not_yet_due`` when Y > R (whatever the figure is now),
- ``no_data`` when Y <= R but the figure of year Y has nothing to count (0 of 0),
- ``met`` when the figure of year Y, as an exact percentage, is at least the point's percentage,
- ``behind`` otherwise.

Each point is judged on the figure *of its own year*, so a milestone of 2025
stays met or behind in the reports of 2026 and later. The target as a whole,
in report year R, is judged on R's figure against the latest point with
Y <= R (after the target year: the goal, which should hold).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

from .messages import CATALOG, UserError
from .yearly_report import FIGURES_BY_KEY, Share

EARLIEST_YEAR = 1990
LATEST_YEAR = 2100
CHART_YEARS = 11  # a target's chart shows at most this many years, ending with the later of target and report year
HUNDRED = Decimal(100)

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "report.year": ("Kies een jaar van 1990 tot en met 2100.", "Choose a year from 1990 to 2100."),
    "report.figure": ("‘{figure}’ is geen aandeel uit de jaarrapportage.", "‘{figure}’ is not a share of the yearly report."),
    "report.percentage": (
        "‘{text}’ is geen percentage. Typ een getal van 0 tot en met 100, bijvoorbeeld 80 of 62,5.",
        "‘{text}’ is not a percentage. Type a number from 0 to 100, for example 80 or 62.5.",
    ),
    "report.milestone_after_target": (
        "Het tussendoel van {milestone} ligt na het doeljaar {year}.",
        "The milestone of {milestone} lies after the target year {year}.",
    ),
    "report.milestone_in_target_year": (
        "In het doeljaar {year} geldt het doel zelf ({goal} %); geef daar geen ander tussendoel.",
        "In the target year {year} the goal itself applies ({goal}%); do not give another milestone there.",
    ),
    "report.target_not_found": ("Doel {target_id} bestaat niet (meer).", "Target {target_id} does not exist (any more)."),
    "report.reason": (
        "Geef de reden waarom dit dossier buiten de rapportage blijft.",
        "Give the reason why this dossier is left out of the report.",
    ),
    "report.logo": (
        "Het logo moet een PNG- of JPEG-afbeelding van hoogstens {limit_mb} MB zijn.",
        "The logo must be a PNG or JPEG image of at most {limit_mb} MB.",
    ),
    "report.language": ("Kies Nederlands (nl) of Engels (en).", "Choose Dutch (nl) or English (en)."),
}


class ReportInputError(UserError):
    """A value the buyer gave for the report that cannot be used; nothing is stored."""

    def __init__(self, message_id: str, **values: object) -> None:
        if message_id not in REPORT_MESSAGES and message_id not in CATALOG:
            raise KeyError(f"unknown message id {message_id!r}")
        Exception.__init__(self, message_id)
        self.message_id = message_id
        self.values = values

    def message(self, language: str = "nl") -> str:
        dutch, english = REPORT_MESSAGES.get(self.message_id) or CATALOG[self.message_id]
        return (dutch if language == "nl" else english).format(**self.values)


class MilestoneStatus(str, Enum):
    MET = "met"
    BEHIND = "behind"
    NOT_YET_DUE = "not_yet_due"
    NO_DATA = "no_data"  # due, but the figure of that year counts nothing (0 of 0)


@dataclass(frozen=True, slots=True)
class Target:
    """``figure`` reaches ``goal`` percent in ``year``; ``milestones`` are (year, percent), sorted."""

    figure: str
    goal: Decimal
    year: int
    milestones: tuple[tuple[int, Decimal], ...] = ()
    id: int | None = None

    def schedule(self) -> tuple[tuple[int, Decimal], ...]:
        """The milestones and then the goal in the target year, by year."""
        return (*[(y, p) for y, p in self.milestones if y != self.year], (self.year, self.goal))

    def expected_in(self, year: int) -> Decimal | None:
        """The percentage due by ``year``: that of the latest schedule point not after it (None: none yet)."""
        due = [percent for point_year, percent in self.schedule() if point_year <= year]
        return due[-1] if due else None


@dataclass(frozen=True, slots=True)
class MilestoneProgress:
    year: int
    percent: Decimal
    actual: Share | None  # the figure of that year; None when the year is after the report year
    status: MilestoneStatus
    is_goal: bool = False


@dataclass(frozen=True, slots=True)
class TargetProgress:
    target: Target
    report_year: int
    actual: Share  # the figure in the report year
    expected: Decimal | None  # the percentage due by the report year
    status: MilestoneStatus  # the report year's figure against ``expected``
    milestones: tuple[MilestoneProgress, ...]
    history: tuple[tuple[int, Share | None], ...]  # the chart's years, with the figure where known

    @property
    def gap_to_goal(self) -> Decimal | None:
        """Percentage points still to go to the goal (0 when reached); None without data."""
        if self.actual.percent is None:
            return None
        return max(Decimal(0), self.target.goal - self.actual.percent)


def _places(finite: Decimal) -> int:
    """How many decimal places a finite Decimal is written with (0 for 80, 2 for 62.50)."""
    exponent = finite.as_tuple().exponent
    assert isinstance(exponent, int)  # only NaN and Infinity have a letter here
    return -exponent


def parse_percentage(value: object) -> Decimal:
    """A percentage from 0 to 100 as a Decimal; accepts 80, "62,5", "62.5 %"."""
    text = str(value).replace("%", "").replace(",", ".").strip()
    try:
        percent = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ReportInputError("report.percentage", text=str(value)[:20]) from None
    if not percent.is_finite() or not Decimal(0) <= percent <= HUNDRED or _places(percent) > 2:
        raise ReportInputError("report.percentage", text=str(value)[:20])
    if percent == percent.to_integral_value():
        return percent.quantize(Decimal(1))
    return percent.normalize()


def check_year(value: object) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ReportInputError("report.year") from None
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ReportInputError("report.year")
    return year


def make_target(
    figure: str, goal: object, year: object, milestones: Mapping[object, object] | None = None, id: int | None = None
) -> Target:
    """A checked target: a known share, percentages 0–100, milestones not after the target year."""
    if figure not in FIGURES_BY_KEY:
        raise ReportInputError("report.figure", figure=str(figure)[:60])
    goal_percent = parse_percentage(goal)
    target_year = check_year(year)
    points: dict[int, Decimal] = {}
    for key, percent in (milestones or {}).items():
        milestone_year = check_year(key)
        value = parse_percentage(percent)
        if milestone_year > target_year:
            raise ReportInputError("report.milestone_after_target", milestone=milestone_year, year=target_year)
        if milestone_year == target_year:
            if value != goal_percent:
                raise ReportInputError("report.milestone_in_target_year", year=target_year, goal=goal_percent)
            continue
        points[milestone_year] = value
    return Target(figure, goal_percent, target_year, tuple(sorted(points.items())), id)


def chart_years(target: Target, report_year: int) -> tuple[int, ...]:
    """The years a target's chart shows: from its first point (or the report year) to the later end, at most 11."""
    first = min(target.schedule()[0][0], report_year)
    last = max(target.year, report_year)
    return tuple(range(max(first, last - CHART_YEARS + 1), last + 1))


def years_needed(target: Target, report_year: int) -> tuple[int, ...]:
    """The years whose figure the target's progress needs: due schedule points, the chart's past, the report year."""
    years = {y for y, _ in target.schedule() if y <= report_year}
    years.update(y for y in chart_years(target, report_year) if y <= report_year)
    years.add(report_year)
    return tuple(sorted(years))


def _judge(actual: Share | None, percent: Decimal | None) -> MilestoneStatus:
    if percent is None:
        return MilestoneStatus.NOT_YET_DUE
    if actual is None or actual.percent is None:
        return MilestoneStatus.NO_DATA
    return MilestoneStatus.MET if actual.percent >= percent else MilestoneStatus.BEHIND


def target_progress(target: Target, actuals: Mapping[int, Share], report_year: int) -> TargetProgress:
    """How the target stands in ``report_year``, from the figure of each year in ``actuals``.

    ``actuals`` must hold every year of :func:`years_needed` (a missing year
    counts as no data). Pure: the same target and figures give the same result.
    """
    milestones = []
    for point_year, percent in target.schedule():
        if point_year > report_year:
            milestones.append(MilestoneProgress(point_year, percent, None, MilestoneStatus.NOT_YET_DUE,
                                                point_year == target.year))
            continue
        actual = actuals.get(point_year)
        milestones.append(MilestoneProgress(point_year, percent, actual, _judge(actual, percent), point_year == target.year))
    current = actuals.get(report_year) or Share(0, 0)
    expected = target.expected_in(report_year)
    history = tuple((y, actuals.get(y) if y <= report_year else None) for y in chart_years(target, report_year))
    return TargetProgress(target, report_year, current, expected, _judge(current, expected), tuple(milestones), history)
