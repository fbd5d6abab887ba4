"""Which product group a CPV code belongs to: the longest matching listed code.

Codes are compared on their significant digits, the digits before the
trailing zeros (18100000-0 → ``181``), so 18110000-3 belongs to the group
listing 18100000-0, and 44111100-2 (bricks) wins over 44100000-1 (building
materials). A division keeps its two digits (90000000 → ``90``). Only the
format of a code is checked, not its check digit (see ``domain.cpv``).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..cpv import normalise_cpv, significant_digits
from .facts import ProductGroup

DIVISION_DIGITS = 2


def cpv_prefix(code: str) -> str:
    """The significant digits of a valid code, never shorter than its division."""
    digits = significant_digits(code)
    return digits if len(digits) >= DIVISION_DIGITS else code[:DIVISION_DIGITS]


class CpvGroupIndex:
    """Longest-prefix lookup from CPV code to product group id."""

    __slots__ = ("_by_prefix", "_longest")

    def __init__(self, groups: Iterable[ProductGroup]) -> None:
        self._by_prefix: dict[str, str] = {}
        for group in groups:
            for code in group.cpv_codes:
                prefix = cpv_prefix(normalise_cpv(code))
                owner = self._by_prefix.setdefault(prefix, group.id)
                if owner != group.id:
                    raise ValueError(
                        f"CPV {code} of group {group.id!r} is already listed by group {owner!r}"
                    )
        self._longest = max((len(p) for p in self._by_prefix), default=0)

    def group_id_for(self, code: str) -> str | None:
        """The group of a CPV code (``NNNNNNNN-N``), or None; raises UserError on a bad format."""
        digits = cpv_prefix(normalise_cpv(code))
        for length in range(min(len(digits), self._longest), DIVISION_DIGITS - 1, -1):
            group_id = self._by_prefix.get(digits[:length])
            if group_id is not None:
                return group_id
        return None
