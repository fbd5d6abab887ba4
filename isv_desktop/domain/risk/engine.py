"""The risk engine: product groups × countries of production → level per theme, with reasons.

Rules, per theme and country:

- DOL list: a good of the group listed with forced labour makes
  ``forced_labour`` high, with child labour ``child_labour`` high; goods
  listed for an exploited input count too (solar modules from CN, made
  with polysilicon from CN: forced labour high, citing polysilicon).
- ITUC rating: sets ``freedom_of_association`` (5, 5+ high; 3, 4 medium;
  1, 2 low). For discrimination, health & safety, living wage and working
  hours a 5 or 5+ gives at least medium; a 3 or 4 is shown as context.
- Sector profile: themes inherent to the group's sector are high or medium
  whatever the country, citing their basis. Where the country has an ITUC
  rating, that rating decides freedom of association and the sector's
  naming of the theme is shown as context.
- Nothing said: UNKNOWN, with the note that absence of a listing is not
  absence of risk. No rule ever gives "low" for child or forced labour.

Origin unknown: the countries where the groups' goods are listed with child
or forced labour are the origins; per theme the level is the highest over
them, marked "depends on origin".
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..themes import Theme
from .assessment import THEMES, UNKNOWN_ORIGIN, Origin, Reason, ScanResult, ThemeAssessment
from .errors import NoProductGroupChosenError, UnknownCountryError, UnknownProductGroupError
from .index import RiskIndex
from .inputs import TracedInput
from .knowledge_base import KnowledgeBase
from .levels import RiskLevel

_FOA = Theme.FREEDOM_OF_ASSOCIATION
_NO_REASONS: Mapping[Theme, tuple[Reason, ...]] = {}
_CONCERN_OF = {level: level.concern for level in RiskLevel}
_LEVEL_BY_CONCERN = {level.concern: level for level in RiskLevel}


def scan(
    knowledge: KnowledgeBase,
    group_ids: Iterable[str],
    countries: Iterable[str] = (),
    *,
    include_unknown_origin: bool = False,
    traced_inputs: Iterable[TracedInput] = (),
) -> ScanResult:
    """Scan product groups against countries (ISO alpha-2; none: origin unknown).

    ``include_unknown_origin`` adds the "origin unknown" column beside the
    countries; a scan without countries always has it. ``traced_inputs``
    replace the assumed origin of critical inputs (see ``inputs``). Raises
    ``NoProductGroupChosenError``, ``UnknownProductGroupError`` or ``UnknownCountryError``
    (user errors) for a request the knowledge base cannot answer.
    """
    if isinstance(group_ids, str):
        group_ids = [group_ids]
    if isinstance(countries, str):
        countries = [countries]
    groups = _unique(group_ids)
    if not groups:
        raise NoProductGroupChosenError()
    for group_id in groups:
        if group_id not in knowledge.groups:
            raise UnknownProductGroupError(group_id)
    codes = []
    for typed in countries:
        code = typed.strip().upper()
        if code not in knowledge.countries:
            raise UnknownCountryError(typed)
        if code not in codes:
            codes.append(code)
    include_unknown_origin = bool(include_unknown_origin) or not codes
    index = knowledge.index
    traced = tuple(traced_inputs)

    cells: dict[tuple[Theme, str | None], ThemeAssessment] = {}
    per_country = {code: _assess_country(index, groups, code, traced) for code in codes}
    for code, assessments in per_country.items():
        for theme, assessment in assessments.items():
            cells[(theme, code)] = assessment
    origins = _origins(index, groups)
    unknown: dict[Theme, ThemeAssessment] = {}
    if include_unknown_origin:
        unknown = _assess_unknown_origin(index, groups, origins, traced)
        for theme, assessment in unknown.items():
            cells[(theme, UNKNOWN_ORIGIN)] = assessment
    if codes:
        themes = {theme: _highest([per_country[c][theme] for c in codes], theme) for theme in THEMES}
    else:
        themes = unknown
    columns: tuple[str | None, ...] = tuple(codes) + ((UNKNOWN_ORIGIN,) if include_unknown_origin else ())
    return ScanResult(
        group_ids=tuple(groups),
        countries=tuple(codes),
        columns=columns,
        cells=cells,
        themes=themes,
        origins=origins,
        editions=dict(index.editions),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _assess_country(
    index: RiskIndex, groups: Sequence[str], country: str, traced: tuple[TracedInput, ...] = ()
) -> dict[Theme, ThemeAssessment]:
    rating = index.rating_reasons(country)
    rating_reasons = rating if rating is not None else _NO_REASONS
    facts = [index.group(g) for g in groups]
    listings = [f.listing_reasons.get(country, _NO_REASONS) for f in facts]
    listings += [f.country_sector_reasons.get(country, _NO_REASONS) for f in facts]
    listings += [index.input_reasons(g, country, traced) for g in groups]
    several = len(groups) > 1
    result: dict[Theme, ThemeAssessment] = {}
    for theme in THEMES:
        reasons: list[Reason] = []
        for found in listings:
            reasons.extend(found.get(theme, ()))
        reasons.extend(rating_reasons.get(theme, ()))
        if theme is _FOA and rating is not None:
            for group_facts in facts:
                reasons.extend(group_facts.sector_context)
        else:
            for group_facts in facts:
                reasons.extend(group_facts.sector_reasons.get(theme, ()))
        if several:
            reasons = list(dict.fromkeys(reasons))
        result[theme] = ThemeAssessment(theme, _level_of(reasons), tuple(reasons))
    return result


def _level_of(reasons: Iterable[Reason]) -> RiskLevel:
    concern = -1
    for reason in reasons:
        if reason.level is not None:
            value = _CONCERN_OF[reason.level]
            if value > concern:
                concern = value
    return RiskLevel.UNKNOWN if concern < 0 else _LEVEL_BY_CONCERN[concern]


def _highest(assessments: Sequence[ThemeAssessment], theme: Theme, *, depends_on_origin: bool = False) -> ThemeAssessment:
    """The highest level of several cells, with the reasons of the cells at that level."""
    level = max((a.level for a in assessments), key=_CONCERN_OF.__getitem__, default=RiskLevel.UNKNOWN)
    reasons: dict[Reason, None] = {}
    for assessment in assessments:
        if assessment.level is level:
            reasons.update(dict.fromkeys(assessment.reasons))
    return ThemeAssessment(theme, level, tuple(reasons), depends_on_origin)


def _origins(index: RiskIndex, groups: Sequence[str]) -> tuple[Origin, ...]:
    if len(groups) == 1:
        return tuple(index.group(groups[0]).origins.values())
    merged: dict[str, Origin] = {}
    for group_id in groups:
        for code, origin in index.group(group_id).origins.items():
            known = merged.get(code)
            if known is None:
                merged[code] = origin
            else:
                goods = known.goods + tuple(g for g in origin.goods if g not in known.goods)
                merged[code] = Origin(
                    code,
                    goods,
                    known.child_labour or origin.child_labour,
                    known.forced_labour or origin.forced_labour,
                )
    return tuple(merged[code] for code in sorted(merged))


def _assess_unknown_origin(
    index: RiskIndex, groups: Sequence[str], origins: Sequence[Origin], traced: tuple[TracedInput, ...] = ()
) -> dict[Theme, ThemeAssessment]:
    countries = dict.fromkeys(origin.country for origin in origins)
    for group_id in groups:
        countries.update(dict.fromkeys(sorted(index.group(group_id).country_sector_reasons)))
    if not countries:
        return _assess_sector_only(index, groups)
    per_origin = [_assess_country(index, groups, code, traced) for code in countries]
    return {
        theme: _highest([cells[theme] for cells in per_origin], theme, depends_on_origin=True)
        for theme in THEMES
    }


def _assess_sector_only(index: RiskIndex, groups: Sequence[str]) -> dict[Theme, ThemeAssessment]:
    """No known origin at all (services): only what holds whatever the country."""
    result: dict[Theme, ThemeAssessment] = {}
    for theme in THEMES:
        reasons = list(dict.fromkeys(r for g in groups for r in index.group(g).sector_reasons.get(theme, ())))
        result[theme] = ThemeAssessment(theme, _level_of(reasons), tuple(reasons))
    return result
