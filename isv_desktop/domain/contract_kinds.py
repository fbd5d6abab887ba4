"""The kind of contract that decides which EU threshold applies, derived from the CPV code.

- Works: CPV division 45 (construction work), as Annex II of Directive
  2014/24/EU lists the works activities.
- Social and other specific services: the CPV codes and ranges of Annex XIV
  of Directive 2014/24/EU (hotel and restaurant services, catering, canteen
  and school meals, security services …), with their own threshold (art. 4 d).
- Everything else: supplies or services.

The buyer can still choose another kind; the page says where the suggestion
came from. The Annex XIV list itself is reference data (resources/applicability).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .cpv import is_within, subtree_last
from .dossier import ContractKind

WORKS_DIVISION = "45000000-7"


@dataclass(frozen=True, slots=True)
class AnnexXivPoint:
    """One heading of Annex XIV with the codes it lists: single codes (that code only) and ranges."""

    number: int
    heading_nl: str
    heading_en: str
    codes: tuple[str, ...]
    ranges: tuple[tuple[str, str], ...]

    def lists(self, code: str) -> bool:
        digits = code[:8]
        if any(digits == listed[:8] for listed in self.codes):
            return True
        return any(first[:8] <= digits <= subtree_last(last) for first, last in self.ranges)

    def heading(self, language: str) -> str:
        return self.heading_nl if language == "nl" else self.heading_en


@dataclass(frozen=True, slots=True)
class AnnexXiv:
    """Annex XIV of Directive 2014/24/EU as shipped, with the source it was taken from."""

    points: tuple[AnnexXivPoint, ...]
    source: str
    edition: str

    def point_for(self, code: str) -> AnnexXivPoint | None:
        return next((point for point in self.points if point.lists(code)), None)


class KindBasis(str, Enum):
    """Why the suggested kind is what it is."""

    ANNEX_XIV = "annex_xiv"
    WORKS_DIVISION = "works_division"
    OTHER_CPV = "other_cpv"
    NO_CPV = "no_cpv"


@dataclass(frozen=True, slots=True)
class KindSuggestion:
    kind: ContractKind
    basis: KindBasis
    cpv_code: str = ""
    annex_point: AnnexXivPoint | None = None


def suggest_contract_kind(cpv_code: str, annex: AnnexXiv) -> KindSuggestion:
    """The kind the CPV code points to (the code is assumed well-formed, ``NNNNNNNN-N``)."""
    if not cpv_code:
        return KindSuggestion(ContractKind.SUPPLIES_SERVICES, KindBasis.NO_CPV)
    point = annex.point_for(cpv_code)
    if point is not None:
        return KindSuggestion(ContractKind.SOCIAL_SERVICES, KindBasis.ANNEX_XIV, cpv_code, point)
    if is_within(cpv_code, WORKS_DIVISION):
        return KindSuggestion(ContractKind.WORKS, KindBasis.WORKS_DIVISION, cpv_code)
    return KindSuggestion(ContractKind.SUPPLIES_SERVICES, KindBasis.OTHER_CPV, cpv_code)
