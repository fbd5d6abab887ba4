"""The knowledge base: sources, goods, listings, ratings, countries, product groups."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..risk_categories import ISV_RISK_CATEGORIES
from .errors import CpvWithoutGroupError, UnknownCountryError, UnknownProductGroupError
from .facts import (
    ALL_GROUPS,
    DOL_SOURCE,
    ITUC_SOURCE,
    Country,
    CountryRating,
    CriticalInput,
    Good,
    GoodListing,
    ProductGroup,
    SectorRisk,
    Source,
)

if TYPE_CHECKING:
    from .cpv_groups import CpvGroupIndex
    from .index import RiskIndex


class InconsistentKnowledgeError(ValueError):
    """The parts of a knowledge base refer to things it does not have (a bug in the data)."""


class KnowledgeBase:
    """Everything the risk scan knows, read-only.

    ``countries`` may be a function: the names are then read the first time
    they are needed (a scan, a search), which keeps loading cheap. The
    lookup indexes of the scan are likewise built on first use and kept.
    """

    def __init__(
        self,
        *,
        sources: Iterable[Source],
        goods: Iterable[Good],
        listings: Iterable[GoodListing],
        ratings: Iterable[CountryRating],
        countries: Iterable[Country] | Callable[[], Iterable[Country]],
        groups: Iterable[ProductGroup],
        sector_risks: Iterable[SectorRisk],
        critical_inputs: Iterable[CriticalInput] = (),
    ) -> None:
        self.sources: Mapping[str, Source] = MappingProxyType({s.id: s for s in sources})
        self.goods: Mapping[str, Good] = MappingProxyType({g.name: g for g in goods})
        self.listings: tuple[GoodListing, ...] = tuple(listings)
        self.ratings: Mapping[str, CountryRating] = MappingProxyType({r.country: r for r in ratings})
        self.groups: Mapping[str, ProductGroup] = MappingProxyType({g.id: g for g in groups})
        self.sector_risks: tuple[SectorRisk, ...] = tuple(sector_risks)
        self.critical_inputs: tuple[CriticalInput, ...] = tuple(critical_inputs)
        self._country_list: Callable[[], Iterable[Country]] | None = None
        self._countries: Mapping[str, Country] | None = None
        if callable(countries):
            self._country_list = countries
        else:
            self._set_countries(countries)
        self._cpv_index: CpvGroupIndex | None = None
        self._index: RiskIndex | None = None
        self._lock = threading.Lock()
        self._check()

    @property
    def countries(self) -> Mapping[str, Country]:
        """Every country by ISO alpha-2 code (read on first use when given as a function)."""
        if self._countries is None:
            with self._lock:
                if self._countries is None:
                    assert self._country_list is not None
                    self._set_countries(self._country_list())
        assert self._countries is not None
        return self._countries

    @property
    def index(self) -> RiskIndex:
        """The scan's lookups, built on first use."""
        if self._index is None:
            from .index import RiskIndex  # only when scanning: keeps loading cheap

            countries = self.countries
            with self._lock:
                if self._index is None:
                    self._index = RiskIndex(
                        self.sources, self.goods, self.listings, self.ratings, countries, self.groups, self.sector_risks,
                        self.critical_inputs,
                    )
        return self._index

    @property
    def cpv_index(self) -> CpvGroupIndex:
        if self._cpv_index is None:
            from .cpv_groups import CpvGroupIndex

            self._cpv_index = CpvGroupIndex(self.groups.values())
        return self._cpv_index

    def _set_countries(self, countries: Iterable[Country]) -> None:
        by_code = {c.code: c for c in countries}
        codes = {listing.country for listing in self.listings}
        codes |= {listing.input_country for listing in self.listings if listing.input_country}
        codes |= set(self.ratings)
        codes |= {code for risk in self.sector_risks for code in risk.countries}
        codes |= {item.country for item in self.critical_inputs}
        unknown = sorted(codes - set(by_code))
        if unknown:
            raise InconsistentKnowledgeError(f"listings or ratings name unknown countries: {', '.join(unknown)}")
        self._countries = MappingProxyType(by_code)

    # -- lookups ----------------------------------------------------------

    @property
    def editions(self) -> dict[str, str]:
        """Edition of every source, by source id."""
        return {source_id: source.edition for source_id, source in self.sources.items()}

    def group(self, group_id: str) -> ProductGroup:
        try:
            return self.groups[group_id]
        except KeyError:
            raise UnknownProductGroupError(group_id) from None

    def country(self, code: str) -> Country:
        try:
            return self.countries[code.strip().upper()]
        except KeyError:
            raise UnknownCountryError(code) from None

    def group_for_cpv(self, code: str) -> ProductGroup | None:
        """The group with the longest matching CPV code; UserError on a bad format."""
        group_id = self.cpv_index.group_id_for(code)
        return None if group_id is None else self.groups[group_id]

    def require_group_for_cpv(self, code: str) -> ProductGroup:
        group = self.group_for_cpv(code)
        if group is None:
            raise CpvWithoutGroupError(code.strip())
        return group

    def goods_of(self, group_id: str) -> tuple[Good, ...]:
        """The DOL goods of a group, including those of the groups it includes."""
        return tuple(self.goods[name] for name in self.index.goods_of(self.group(group_id).id))

    def search_groups(self, text: str) -> list[ProductGroup]:
        """Groups by Dutch or English name, keyword or CPV code (see ``search``)."""
        from .search import search_groups

        return search_groups(self.groups.values(), text)

    def search_countries(self, text: str, language: str = "nl") -> list[Country]:
        """Countries by ISO code, Dutch or English name (see ``search``)."""
        from .search import search_countries

        return search_countries(self.countries.values(), text, language)

    # -- consistency ------------------------------------------------------

    def _check(self) -> None:
        problems: list[str] = []
        for needed in (DOL_SOURCE, ITUC_SOURCE):
            if needed not in self.sources:
                problems.append(f"source {needed!r} is missing")
        listed = set()
        for listing in self.listings:
            key = (listing.good, listing.country)
            if key in listed:
                problems.append(f"{listing.good} / {listing.country} is listed twice")
            listed.add(key)
            if listing.good not in self.goods:
                problems.append(f"listing of unknown good {listing.good!r}")
        for listing in self.listings:
            if listing.input_good is not None and (listing.input_good, listing.input_country) not in listed:
                problems.append(f"{listing.good!r} names an input that is not listed: {listing.input_good!r}")
        for group in self.groups.values():
            problems.extend(f"group {group.id!r}: unknown good {g!r}" for g in group.goods if g not in self.goods)
            problems.extend(
                f"group {group.id!r}: unknown ISV category {c!r}"
                for c in group.isv_categories
                if c not in ISV_RISK_CATEGORIES
            )
            problems.extend(
                f"group {group.id!r}: includes unknown group {i!r}" for i in group.includes if i not in self.groups
            )
        for listing in self.listings:
            for source_id in (listing.source_id, listing.removal_source_id):
                if source_id is not None and source_id not in self.sources:
                    problems.append(f"{listing.good} / {listing.country} cites unknown source {source_id!r}")
        for item in self.critical_inputs:
            if item.group_id not in self.groups or item.good not in self.goods or item.source_id not in self.sources:
                problems.append(f"critical input {item.good!r} of {item.group_id!r} refers to what is not known")
        for risk in self.sector_risks:
            if risk.group_id != ALL_GROUPS and risk.group_id not in self.groups:
                problems.append(f"sector risk for unknown group {risk.group_id!r}")
            if risk.source_id not in self.sources:
                problems.append(f"sector risk cites unknown source {risk.source_id!r}")
        if problems:
            raise InconsistentKnowledgeError("; ".join(problems[:10]))
