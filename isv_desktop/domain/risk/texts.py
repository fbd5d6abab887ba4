"""Dutch and English wording of the reasons the engine gives."""
from __future__ import annotations

from .facts import Country, CountryRating, Good, ProductGroup

_LABOUR = {
    "child_labour": ("kinderarbeid", "child labour"),
    "forced_labour": ("dwangarbeid", "forced labour"),
    "forced_child_labour": ("gedwongen kinderarbeid", "forced child labour"),
}

Texts = tuple[str, str]
"""(Dutch, English)."""


def listing_texts(good: Good, country: Country, kind: str) -> Texts:
    """"Rubberen handschoenen — Maleisië — dwangarbeid"."""
    dutch, english = _LABOUR[kind]
    return (
        f"{good.name_nl} — {country.name_nl} — {dutch}",
        f"{good.name} — {country.name_en} — {english}",
    )


def input_texts(good: Good, country: Country, input_good: Good, input_country: Country, kind: str) -> Texts:
    """"Zonnepanelen — China — gemaakt met polysilicium uit China (dwangarbeid)"."""
    dutch, english = _LABOUR[kind]
    return (
        f"{good.name_nl} — {country.name_nl} — gemaakt met {input_good.name_nl.lower()} "
        f"uit {input_country.name_nl} ({dutch})",
        f"{good.name} — {country.name_en} — made with {input_good.name.lower()} "
        f"from {input_country.name_en} ({english})",
    )


def rating_texts(country: Country, rating: CountryRating) -> Texts:
    """ITUC rating as the measure of freedom of association."""
    return (
        f"{country.name_nl} — ITUC-score {rating.rating}: {rating.description('nl')}",
        f"{country.name_en} — ITUC rating {rating.rating}: {rating.description('en')}",
    )


def rating_context_texts(country: Country, rating: CountryRating) -> Texts:
    """ITUC rating as context for a labour theme it does not measure."""
    if rating.no_guarantee:
        return (
            f"{country.name_nl} — ITUC-score {rating.rating} ({rating.description('nl')}): "
            "werknemers kunnen zich nauwelijks organiseren om dit aan te kaarten, "
            "daarom ten minste gemiddeld",
            f"{country.name_en} — ITUC rating {rating.rating} ({rating.description('en')}): "
            "workers can hardly organise to raise this, hence at least medium",
        )
    return (
        f"{country.name_nl} — ITUC-score {rating.rating} ({rating.description('nl')}): "
        "context, bepaalt het niveau niet",
        f"{country.name_en} — ITUC rating {rating.rating} ({rating.description('en')}): "
        "context, does not set the level",
    )


def sector_context_texts(text_nl: str, text_en: str) -> Texts:
    """A sector risk shown beside a country rating that decides the level."""
    return (
        f"{text_nl} (Context: de landenscore bepaalt het niveau.)",
        f"{text_en} (Context: the country rating sets the level.)",
    )


def no_chain_risk_texts(group: ProductGroup) -> Texts:
    """Why a group has no known chain risk: shown on every theme, sets no level."""
    return (
        f"Geen bekend ketenrisico: {group.no_chain_risk_nl}",
        f"No known chain risk: {group.no_chain_risk_en}",
    )


def removal_texts(good: Good, country: Country, kind: str) -> Texts:
    """A kind a later edition took off the list: context, sets no level."""
    dutch, english = _LABOUR[kind]
    return (
        f"{good.name_nl} — {country.name_nl} — {dutch} van de lijst gehaald (teruggebracht tot incidentele gevallen); "
        "wat de lijst niet meer noemt, is niet bewezen afwezig",
        f"{good.name} — {country.name_en} — {english} taken off the list (reduced to isolated incidents); "
        "what the list no longer names is not proven absent",
    )


def critical_input_texts(
    group: ProductGroup, made_in: Country, good: Good, origin: Country, kind: str, *, assumed: bool
) -> Texts:
    """"Polysilicium — China — dwangarbeid (kritische grondstof van zonnepanelen uit Vietnam, aangenomen herkomst)"."""
    dutch, english = _LABOUR[kind]
    how_nl, how_en = ("aangenomen herkomst", "assumed origin") if assumed else ("herleide herkomst", "traced origin")
    return (
        f"{good.name_nl} — {origin.name_nl} — {dutch} (kritische grondstof van "
        f"{group.name_nl.lower()} uit {made_in.name_nl}, {how_nl})",
        f"{good.name} — {origin.name_en} — {english} (critical input of "
        f"{group.name_en.lower()} made in {made_in.name_en}, {how_en})",
    )


def input_share_texts(good: Good, origin: Country, share: int, year: str) -> Texts:
    """The sourced share that makes an origin the assumption."""
    return (
        f"Kritische grondstof {good.name_nl.lower()}: {share} % van de wereldproductie komt uit {origin.name_nl} "
        f"({year}); die herkomst wordt aangenomen tot u de werkelijke herkomst vastlegt",
        f"Critical input {good.name.lower()}: {share} % of world production comes from {origin.name_en} "
        f"({year}); that origin is assumed until you record the real one",
    )


def traced_input_texts(good: Good, origin: Country) -> Texts:
    """The buyer's traced origin, which replaces the assumption."""
    return (
        f"Herleide herkomst van {good.name_nl.lower()}: {origin.name_nl} (vastgelegd in het dossier; vervangt de aanname)",
        f"Traced origin of {good.name.lower()}: {origin.name_en} (recorded in the dossier; replaces the assumption)",
    )
