"""Which dossiers a signal touches — the lesson of the gloves: public risks must reach the contract.

A dossier is touched when the signal names
- a supplier of the dossier, or a brand or production site of a delivered product; or
- a country where the dossier's goods are made (scan, suppliers, production sites,
  component origins) — and, when the signal names a product group, the dossier scans that group.
Names are compared without case and accents, as whole words inside each other.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .monitoring_records import Signal


def fold(text: str) -> str:
    """Lower case, no accents, dots dropped, single spaces: 'Đồng Nai  MAY B.V.' → 'dong nai may bv'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = re.sub(r"[.'’]", "", stripped)  # B.V. → BV, O'Neill → ONeill
    return " ".join(re.sub(r"[^\w]+", " ", stripped.casefold()).split())


def names_match(a: str, b: str) -> bool:
    """True when one folded name holds the other as whole words."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    short, long = sorted((fa, fb), key=len)
    return f" {short} " in f" {long} "


@dataclass
class DossierScope:
    """What a dossier is known to buy and from where, as far as signals are concerned."""

    dossier_id: int
    title: str
    group_ids: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    supplier_names: set[str] = field(default_factory=set)
    brands: set[str] = field(default_factory=set)
    site_names: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Touch:
    dossier_id: int
    title: str
    because: tuple[str, ...]  # message ids of the reasons: "supplier", "brand", "site", "country", "group_country"


def touched_dossiers(signal: Signal, scopes: list[DossierScope]) -> list[Touch]:
    touches = []
    for scope in scopes:
        reasons: list[str] = []
        if signal.supplier_name and any(names_match(signal.supplier_name, n) for n in scope.supplier_names):
            reasons.append("supplier")
        if signal.brand and any(names_match(signal.brand, b) for b in scope.brands):
            reasons.append("brand")
        if signal.brand and any(names_match(signal.brand, s) for s in scope.site_names):
            reasons.append("site")
        if signal.country and signal.country in scope.countries:
            if signal.group_id is None:
                reasons.append("country")
            elif signal.group_id in scope.group_ids:
                reasons.append("group_country")
        if reasons:
            touches.append(Touch(scope.dossier_id, scope.title, tuple(reasons)))
    return touches
