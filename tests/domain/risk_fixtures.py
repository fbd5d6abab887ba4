"""A small hand-made knowledge base for testing the engine's rules one by one."""
from __future__ import annotations

from isv_desktop.domain.risk.facts import Country, CountryRating, Good, GoodListing, ProductGroup, SectorRisk, Source
from isv_desktop.domain.risk.knowledge_base import KnowledgeBase
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme


def source(source_id: str, edition: str) -> Source:
    return Source(source_id, source_id.upper(), f"Title of {source_id}", "Publisher", edition, "", "", "licentie", "licence")


COUNTRIES = [
    Country("AA", "Aland", "Aaland"),
    Country("BB", "Beland", "Beeland"),
    Country("CC", "Celand", "Ceeland"),
    Country("DD", "Deland", "Deeland"),
    Country("NL", "Nederland", "Netherlands"),
    Country("XX", "Xland", "Exland"),  # no rating, no listing
]


def tiny_knowledge(
    *,
    listings: list[GoodListing] | None = None,
    ratings: list[CountryRating] | None = None,
    sector_risks: list[SectorRisk] | None = None,
    dol_edition: str = "2022",
    ituc_edition: str = "2026",
) -> KnowledgeBase:
    """Goods: ore (mined), widget (made from ore), cloth; groups: gadgets, clothes, services, bundle."""
    goods = [Good("Ore", "Erts"), Good("Widget", "Wissewasje"), Good("Cloth", "Stof")]
    if listings is None:
        listings = [
            GoodListing("Ore", "AA", child_labour=True, forced_labour=False),
            GoodListing("Widget", "BB", child_labour=False, forced_labour=False, input_good="Ore", input_country="AA"),
            GoodListing("Cloth", "CC", child_labour=False, forced_labour=True),
            GoodListing("Cloth", "DD", child_labour=True, forced_labour=True, forced_child_labour=True),
        ]
    if ratings is None:
        ratings = [
            CountryRating("AA", "5"),
            CountryRating("BB", "3"),
            CountryRating("CC", "5+"),
            CountryRating("DD", "4"),
            CountryRating("NL", "2"),
        ]
    if sector_risks is None:
        sector_risks = [
            SectorRisk("clothes", Theme.FREEDOM_OF_ASSOCIATION, RiskLevel.MEDIUM, "guide", "vakbonden", "unions"),
            SectorRisk("clothes", Theme.LIVING_WAGE, RiskLevel.MEDIUM, "guide", "lonen", "wages"),
            SectorRisk("services", Theme.WORKING_HOURS, RiskLevel.HIGH, "guide", "diensten", "shifts"),
            SectorRisk("*", Theme.HEALTH_SAFETY, RiskLevel.MEDIUM, "guide", "overal", "everywhere"),
        ]
    groups = [
        ProductGroup("gadgets", "Apparaten", "Gadgets", ("30200000-1",), ("Widget", "Ore")),
        ProductGroup("clothes", "Kleding", "Clothes", ("18100000-0",), ("Cloth",)),
        ProductGroup("services", "Diensten", "Services", ("90910000-9",), ()),
        ProductGroup("bundle", "Bundel", "Bundle", ("55500000-5",), (), includes=("clothes",)),
    ]
    return KnowledgeBase(
        sources=[source("us_dol_goods", dol_edition), source("ituc_gri", ituc_edition), source("guide", "1")],
        goods=goods,
        listings=listings,
        ratings=ratings,
        countries=COUNTRIES,
        groups=groups,
        sector_risks=sector_risks,
    )
