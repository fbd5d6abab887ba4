"""A small hand-made criteria library for the domain tests (no files)."""
from __future__ import annotations

from decimal import Decimal

from isv_desktop.domain.criteria import (
    AmbitionLevel,
    CriteriaLibrary,
    Criterion,
    CriterionRole,
    CriterionType,
    Deliverable,
    RubricLevel,
    Verification,
)
from isv_desktop.domain.themes import Theme

ALL = frozenset(Theme)


def criterion(id: str, family: str, level: AmbitionLevel, *, type: CriterionType = CriterionType.CONTRACT_CONDITION,
              themes: frozenset[Theme] = ALL, general: bool = False, groups: frozenset[str] | None = None,
              role: CriterionRole | None = None, text_nl: str | None = None, text_en: str | None = None,
              deliverable: Deliverable | None = None, version: int = 1) -> Criterion:
    award = type is CriterionType.AWARD_CRITERION
    return Criterion(
        id=id, version=version, family=family, type=type, level=level, general=general, themes=themes,
        product_groups=groups, title_nl=f"Titel {id}", title_en=f"Title {id}",
        text_nl=text_nl or f"Tekst {id} voor {{organisation}}.", text_en=text_en or f"Text {id} for {{organisation}}.",
        verification=(Verification.DECLARATION,), role=role, deliverable=deliverable,
        default_weight=Decimal("10") if award else None,
        rubric=(RubricLevel(0, "slecht", "poor"), RubricLevel(10, "goed {organisation}", "good {organisation}"))
        if award else (),
    )


def small_library() -> CriteriaLibrary:
    basis, significant, ambitious = AmbitionLevel.BASIS, AmbitionLevel.SIGNIFICANT, AmbitionLevel.AMBITIOUS
    forced = frozenset({Theme.FORCED_LABOUR})
    wage = frozenset({Theme.LIVING_WAGE})
    return CriteriaLibrary("test-1", [
        criterion("dd.basis", "dd", basis, general=True, role=CriterionRole.DUE_DILIGENCE,
                  text_nl="{organisation} stelde vast: {risks}.", text_en="{organisation} found: {risks}."),
        criterion("dd.ambitious", "dd", ambitious, general=True, role=CriterionRole.DUE_DILIGENCE),
        criterion("plan.basis", "plan", basis, general=True, role=CriterionRole.PLAN_OF_ACTION,
                  deliverable=Deliverable("Plan", "Plan", "binnen {plan_weeks} weken", "within {plan_weeks} weeks")),
        criterion("escalation", "escalation", basis, general=True, role=CriterionRole.ESCALATION),
        criterion("forced.basis", "forced", basis, themes=forced),
        criterion("forced.significant", "forced", significant, themes=forced),
        criterion("forced.award", "forced_award", ambitious, themes=forced, type=CriterionType.AWARD_CRITERION),
        criterion("wage.basis", "wage", basis, themes=wage),
        criterion("solar.spec", "solar", significant, themes=forced, groups=frozenset({"zonnepanelen"}),
                  type=CriterionType.MINIMUM_REQUIREMENT),
        criterion("select.significant", "select", significant, general=True,
                  type=CriterionType.SELECTION_CRITERION),
    ])
