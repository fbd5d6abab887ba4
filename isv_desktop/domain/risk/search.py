"""Find product groups and countries by what a buyer types (accent-insensitive)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .facts import Country, ProductGroup

_SEPARATORS = str.maketrans({"’": " ", "‘": " ", "`": " ", "'": " ", "-": " "})
_SPACES = re.compile(r"\s+")
_CPV_START = re.compile(r"^\d[\d\s-]*$")


def fold(text: str) -> str:
    """Lower case, without accents, apostrophes and hyphens as spaces: "Côte d’Ivoire" → "cote d ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEPARATORS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.casefold()).strip()


def _match_rank(query: str, names: Iterable[str]) -> int | None:
    """0 a name starts with the query, 1 a word does, 2 it occurs inside; None no match."""
    best = None
    for name in names:
        if name.startswith(query):
            return 0
        if f" {query}" in f" {name}" or f"({query}" in name:
            best = 1
        elif query in name and best is None:
            best = 2
    return best


def search_groups(groups: Iterable[ProductGroup], text: str) -> list[ProductGroup]:
    """Groups whose Dutch or English name, keyword or CPV code matches ``text``.

    Digits are matched against the start of the listed CPV codes; words
    against names (best first) and then keywords.
    """
    query = fold(text)
    if not query:
        return list(groups)
    if _CPV_START.match(query):
        digits = re.sub(r"\D", "", query)
        return [g for g in groups if any(c.replace("-", "").startswith(digits) for c in g.cpv_codes)]
    ranked: list[tuple[int, int, ProductGroup]] = []
    for position, group in enumerate(groups):
        rank = _match_rank(query, (fold(group.name_nl), fold(group.name_en)))
        if rank is None:
            keyword_rank = _match_rank(query, (fold(k) for k in group.keywords))
            rank = None if keyword_rank is None else 3 + keyword_rank
        if rank is not None:
            ranked.append((rank, position, group))
    return [group for _, _, group in sorted(ranked, key=lambda item: item[:2])]


def search_countries(countries: Iterable[Country], text: str, language: str = "nl") -> list[Country]:
    """Countries by ISO code, Dutch or English name; the exact code first, then by name."""
    query = fold(text)
    pool = list(countries)
    if not query:
        return sorted(pool, key=lambda c: fold(c.name(language)))
    ranked: list[tuple[int, str, Country]] = []
    for country in pool:
        if country.code.casefold() == query:
            rank: int | None = -1
        else:
            rank = _match_rank(query, (fold(country.name_nl), fold(country.name_en)))
        if rank is not None:
            ranked.append((rank, fold(country.name(language)), country))
    return [country for _, _, country in sorted(ranked, key=lambda item: item[:2])]
