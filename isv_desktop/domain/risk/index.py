"""Reasons worked out once when the knowledge base is built, so a scan only looks them up."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..themes import Theme
from . import texts
from .assessment import Origin, Reason
from .facts import (
    ALL_GROUPS,
    DOL_SOURCE,
    ITUC_SOURCE,
    NOTES_SOURCE,
    Country,
    CountryRating,
    CriticalInput,
    Good,
    GoodListing,
    ProductGroup,
    SectorRisk,
    Source,
)
from .inputs import TRACED_SOURCE, TracedInput
from .levels import RiskLevel

CONTEXT_THEMES = (Theme.DISCRIMINATION, Theme.HEALTH_SAFETY, Theme.LIVING_WAGE, Theme.WORKING_HOURS)
"""Labour themes the ITUC rating does not measure but gives context to."""

ThemeReasons = Mapping[Theme, tuple[Reason, ...]]


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """What one product group brings to a scan, per country and theme."""

    listing_reasons: Mapping[str, ThemeReasons]
    origins: Mapping[str, Origin]
    sector_reasons: ThemeReasons
    sector_context: tuple[Reason, ...]
    """The group's freedom-of-association sector reasons as context (where a rating decides)."""
    country_sector_reasons: Mapping[str, ThemeReasons]
    """Sector reasons that hold only in some countries, by country."""


class RiskIndex:
    """Per group, country and theme the reasons that apply (see ``engine``).

    Worked out per group and per country the first time a scan needs them,
    then kept: the knowledge base is read-only.
    """

    def __init__(
        self,
        sources: Mapping[str, Source],
        goods: Mapping[str, Good],
        listings: tuple[GoodListing, ...],
        ratings: Mapping[str, CountryRating],
        countries: Mapping[str, Country],
        groups: Mapping[str, ProductGroup],
        sector_risks: tuple[SectorRisk, ...],
        critical_inputs: tuple[CriticalInput, ...] = (),
    ) -> None:
        self._sources = sources
        self._goods = goods
        self._countries = countries
        self._ratings = ratings
        self._groups = groups
        self._sector_risks = sector_risks
        self._inputs: dict[str, list[CriticalInput]] = {}
        for item in critical_inputs:
            self._inputs.setdefault(item.group_id, []).append(item)
        self._by_key = {(listing.good, listing.country): listing for listing in listings}
        self._by_good: dict[str, list[GoodListing]] = {}
        for listing in listings:
            self._by_good.setdefault(listing.good, []).append(listing)
        self._listing_reasons: dict[tuple[str, str], dict[Theme, tuple[Reason, ...]]] = {}
        self._group_facts: dict[str, GroupFacts] = {}
        self._rating_reasons: dict[str, dict[Theme, tuple[Reason, ...]] | None] = {}
        consulted = {DOL_SOURCE, ITUC_SOURCE} | {r.source_id for r in sector_risks}
        consulted |= {listing.source_id for listing in listings}
        consulted |= {item.source_id for item in critical_inputs}
        consulted |= {listing.removal_source_id for listing in listings if listing.removal_source_id}
        if any(g.has_no_known_chain_risk for g in groups.values()):
            consulted.add(NOTES_SOURCE)
        self.editions: dict[str, str] = {s: sources[s].edition for s in sorted(consulted) if s in sources}

    def group(self, group_id: str) -> GroupFacts:
        facts = self._group_facts.get(group_id)
        if facts is None:
            facts = self._group_facts[group_id] = self._build_group(group_id)
        return facts

    def rating_reasons(self, country: str) -> ThemeReasons | None:
        """The ITUC reasons of a country, None when it has no rating."""
        try:
            return self._rating_reasons[country]
        except KeyError:
            rating = self._ratings.get(country)
            reasons = None if rating is None else self._build_rating_reasons(rating)
            self._rating_reasons[country] = reasons
            return reasons

    def critical_inputs(self, group_id: str) -> tuple[CriticalInput, ...]:
        """The critical inputs of a group and of the groups it includes."""
        return tuple(item for member in _members(self._groups, group_id) for item in self._inputs.get(member, ()))

    def input_reasons(self, group_id: str, country: str, traced: tuple[TracedInput, ...] = ()) -> ThemeReasons:
        """What a group made in ``country`` carries from its critical inputs: the assumed origin, or the traced one."""
        found: dict[Theme, tuple[Reason, ...]] = {}
        made_in = self._countries[country]
        group = self._groups[group_id]
        for good_name in dict.fromkeys(item.good for item in self.critical_inputs(group_id)):
            good = self._goods[good_name]
            own = [t for t in traced if t.group_id == group_id and t.good == good_name]
            if own:
                for trace in own:
                    origin = self._countries[trace.country]
                    note = Reason(TRACED_SOURCE, "Dossier", trace.recorded_on, *texts.traced_input_texts(good, origin), None,
                                  trace.country)
                    found = _merge(found, {Theme.CHILD_LABOUR: (note,), Theme.FORCED_LABOUR: (note,)})
                    listing = self._by_key.get((good_name, trace.country))
                    if listing is not None and trace.country != country:
                        found = _merge(found, self._input_listing_reasons(listing, group, made_in, None))
                continue
            for item in self.critical_inputs(group_id):
                if item.good != good_name or item.country == country:
                    continue
                listing = self._by_key.get((good_name, item.country))
                if listing is None:
                    continue
                found = _merge(found, self._input_listing_reasons(listing, group, made_in, item))
        return found

    def _input_listing_reasons(
        self, listing: GoodListing, group: ProductGroup, made_in: Country, item: CriticalInput | None
    ) -> dict[Theme, tuple[Reason, ...]]:
        good, origin = self._goods[listing.good], self._countries[listing.country]
        found: dict[Theme, tuple[Reason, ...]] = {}
        for theme, kind in _labour_kinds(listing):
            pair = texts.critical_input_texts(group, made_in, good, origin, kind, assumed=item is not None)
            reasons: tuple[Reason, ...] = (self._reason(listing.source_id, pair, RiskLevel.HIGH, listing.country),)
            if item is not None:
                share = texts.input_share_texts(good, origin, item.share_percent, item.year)
                reasons += (self._reason(item.source_id, share, None, listing.country),)
            found[theme] = reasons
        return found

    def goods_of(self, group_id: str) -> tuple[str, ...]:
        return self._expand_goods(self._groups, group_id)

    def _build_group(self, group_id: str) -> GroupFacts:
        per_country: dict[str, dict[Theme, tuple[Reason, ...]]] = {}
        origins: dict[str, Origin] = {}
        for good in self._expand_goods(self._groups, group_id):
            for listing in self._by_good.get(good, ()):
                key = (good, listing.country)
                reasons = self._listing_reasons.get(key)
                if reasons is None:
                    reasons = self._listing_reasons[key] = self._build_listing_reasons(listing, self._by_key)
                per_country[listing.country] = _merge(per_country.get(listing.country, {}), reasons)
                origins[listing.country] = _add_origin(origins.get(listing.country), listing, self._by_key)
        risks = self._expand_sector(self._groups, self._sector_risks, group_id)
        sector, context = self._build_sector_reasons(tuple(r for r in risks if not r.countries))
        by_country: dict[str, dict[Theme, tuple[Reason, ...]]] = {}
        for risk in risks:
            for code in risk.countries:
                reason = self._reason(risk.source_id, (risk.text_nl, risk.text_en), risk.level, code)
                by_country[code] = _merge(by_country.get(code, {}), {risk.theme: (reason,)})
        group = self._groups[group_id]
        if group.has_no_known_chain_risk and NOTES_SOURCE in self._sources:
            note = self._reason(NOTES_SOURCE, texts.no_chain_risk_texts(group), None, None)
            sector = {theme: sector.get(theme, ()) + (note,) for theme in Theme}
        return GroupFacts(
            per_country,
            {c: o for c, o in sorted(origins.items()) if o.child_labour or o.forced_labour},
            sector,
            context,
            by_country,
        )

    # -- building ---------------------------------------------------------

    @staticmethod
    def _expand_goods(groups: Mapping[str, ProductGroup], group_id: str) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for member in _members(groups, group_id):
            names.update(dict.fromkeys(groups[member].goods))
        return tuple(names)

    @staticmethod
    def _expand_sector(
        groups: Mapping[str, ProductGroup], risks: tuple[SectorRisk, ...], group_id: str
    ) -> tuple[SectorRisk, ...]:
        members = set(_members(groups, group_id)) | {ALL_GROUPS}
        return tuple(dict.fromkeys(r for r in risks if r.group_id in members))

    def _reason(self, source_id: str, pair: texts.Texts, level: RiskLevel | None, country: str | None) -> Reason:
        source = self._sources[source_id]
        return Reason(source_id, source.short_title, source.edition, pair[0], pair[1], level, country)

    def _build_listing_reasons(
        self, listing: GoodListing, by_key: Mapping[tuple[str, str], GoodListing]
    ) -> dict[Theme, tuple[Reason, ...]]:
        good, country = self._goods[listing.good], self._countries[listing.country]
        found: dict[Theme, list[Reason]] = {}

        def add(theme: Theme, pair: texts.Texts, source_id: str = listing.source_id) -> None:
            found.setdefault(theme, []).append(self._reason(source_id, pair, RiskLevel.HIGH, listing.country))

        for theme, kind in _labour_kinds(listing):
            add(theme, texts.listing_texts(good, country, kind))
        if listing.input_good is not None and listing.input_country is not None:
            source = by_key.get((listing.input_good, listing.input_country))
            if source is not None:
                input_good = self._goods[listing.input_good]
                input_country = self._countries[listing.input_country]
                for theme, kind in _labour_kinds(source):
                    add(theme, texts.input_texts(good, country, input_good, input_country, kind))
        if listing.removal_source_id is not None:
            for kind in listing.removed:
                pair = texts.removal_texts(good, country, kind)
                reason = self._reason(listing.removal_source_id, pair, None, listing.country)
                found.setdefault(_KIND_THEMES[kind], []).append(reason)
        return {theme: tuple(reasons) for theme, reasons in found.items()}

    def _build_rating_reasons(self, rating: CountryRating) -> dict[Theme, tuple[Reason, ...]]:
        country = self._countries[rating.country]
        reasons: dict[Theme, tuple[Reason, ...]] = {
            Theme.FREEDOM_OF_ASSOCIATION: (
                self._reason(
                    ITUC_SOURCE,
                    texts.rating_texts(country, rating),
                    rating.freedom_of_association_level,
                    rating.country,
                ),
            )
        }
        if rating.rating in ("1", "2"):
            return reasons
        context = self._reason(
            ITUC_SOURCE,
            texts.rating_context_texts(country, rating),
            RiskLevel.MEDIUM if rating.no_guarantee else None,
            rating.country,
        )
        for theme in CONTEXT_THEMES:
            reasons[theme] = (context,)
        return reasons

    def _build_sector_reasons(
        self, risks: tuple[SectorRisk, ...]
    ) -> tuple[dict[Theme, tuple[Reason, ...]], tuple[Reason, ...]]:
        by_theme: dict[Theme, list[Reason]] = {}
        context: list[Reason] = []
        for risk in risks:
            pair = (risk.text_nl, risk.text_en)
            by_theme.setdefault(risk.theme, []).append(self._reason(risk.source_id, pair, risk.level, None))
            if risk.theme is Theme.FREEDOM_OF_ASSOCIATION:
                context_pair = texts.sector_context_texts(risk.text_nl, risk.text_en)
                context.append(self._reason(risk.source_id, context_pair, None, None))
        return {t: tuple(r) for t, r in by_theme.items()}, tuple(context)


def _members(groups: Mapping[str, ProductGroup], group_id: str) -> list[str]:
    """The group and, depth first, the groups it includes (each once)."""
    seen: list[str] = []
    pending = [group_id]
    while pending:
        current = pending.pop(0)
        if current not in seen:
            seen.append(current)
            pending.extend(groups[current].includes)
    return seen


_KIND_THEMES = {"child_labour": Theme.CHILD_LABOUR, "forced_labour": Theme.FORCED_LABOUR}


def _labour_kinds(listing: GoodListing) -> list[tuple[Theme, str]]:
    if listing.forced_child_labour:
        return [(Theme.CHILD_LABOUR, "forced_child_labour"), (Theme.FORCED_LABOUR, "forced_child_labour")]
    kinds = []
    if listing.child_labour:
        kinds.append((Theme.CHILD_LABOUR, "child_labour"))
    if listing.forced_labour:
        kinds.append((Theme.FORCED_LABOUR, "forced_labour"))
    return kinds


def _merge(
    into: dict[Theme, tuple[Reason, ...]], extra: Mapping[Theme, tuple[Reason, ...]]
) -> dict[Theme, tuple[Reason, ...]]:
    merged = dict(into)
    for theme, reasons in extra.items():
        merged[theme] = merged.get(theme, ()) + reasons
    return merged


def _add_origin(
    origin: Origin | None, listing: GoodListing, by_key: Mapping[tuple[str, str], GoodListing]
) -> Origin:
    child, forced = listing.child_labour, listing.forced_labour
    if listing.input_good is not None and listing.input_country is not None:
        source = by_key.get((listing.input_good, listing.input_country))
        if source is not None:
            child, forced = child or source.child_labour, forced or source.forced_labour
    if origin is None:
        return Origin(listing.country, (listing.good,), child, forced)
    goods = origin.goods if listing.good in origin.goods else origin.goods + (listing.good,)
    return Origin(listing.country, goods, origin.child_labour or child, origin.forced_labour or forced)
