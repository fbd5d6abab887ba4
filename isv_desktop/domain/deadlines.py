"""The supplier's deadlines set in step 3, which drive steps 4 and 5.

- plan of action (plan van aanpak): N weeks after award, default 12;
- self-assessment questionnaire: within 4 weeks of the buyer's request;
- yearly progress report (voortgangsrapportage): within some weeks after the
  end of each contract year.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

MIN_WEEKS = 1
MAX_WEEKS = 104


@dataclass(frozen=True)
class Deadlines:
    """The dossier's deadlines in weeks; the defaults are the ISV practice."""

    plan_of_action_weeks: int = 12
    questionnaire_weeks: int = 4
    progress_report_weeks: int = 6

    def __post_init__(self) -> None:
        for name in ("plan_of_action_weeks", "questionnaire_weeks", "progress_report_weeks"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not MIN_WEEKS <= value <= MAX_WEEKS:
                raise ValueError(
                    f"{name} must be a whole number of weeks from {MIN_WEEKS} to {MAX_WEEKS}, not {value!r}")

    def plan_of_action_due(self, award_date: date) -> date:
        """The day the plan of action is due, counted from the award decision."""
        return award_date + timedelta(weeks=self.plan_of_action_weeks)

    def questionnaire_due(self, request_date: date) -> date:
        """The day a requested self-assessment is due."""
        return request_date + timedelta(weeks=self.questionnaire_weeks)

    def progress_report_due(self, contract_start: date, contract_year: int) -> date:
        """The day the report on contract year ``contract_year`` (1, 2, …) is due."""
        if contract_year < 1:
            raise ValueError("contract years count from 1")
        return add_years(contract_start, contract_year) + timedelta(weeks=self.progress_report_weeks)


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return day.replace(year=year, day=min(day.day, last))
