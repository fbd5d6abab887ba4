"""CPV codes (Common Procurement Vocabulary, Regulation (EC) No 213/2008)."""
from __future__ import annotations

import re

from .messages import UserError

CPV_PATTERN = re.compile(r"^(\d{8})-(\d)$")


def normalise_cpv(text: str) -> str:
    """Validate a CPV code typed as ``NNNNNNNN-N`` and return it stripped.

    Only the format is checked: about 6 % of the codes in the official
    2008 list do not follow the usual check-digit rule, so a check digit
    test would refuse real codes.
    """
    code = text.strip()
    match = CPV_PATTERN.match(code)
    if not match:
        raise UserError("cpv.invalid", text=text[:40])
    return code


def significant_digits(code: str) -> str:
    """The digits before the trailing zeros: 18100000-0 → '181'."""
    return code[:8].rstrip("0")


def is_within(code: str, ancestor: str) -> bool:
    """True when ``code`` is ``ancestor`` or lies below it in the CPV tree (check digits ignored).

    The tree is read from the digits: 55523100-3 lies below 55520000-1
    (significant digits '5552') and below 55500000-5 ('555').
    """
    return code[:8].startswith(significant_digits(ancestor))


def subtree_last(code: str) -> str:
    """The highest 8-digit number in ``code``'s subtree: 55410000-7 → '55419999'.

    A CPV range "from A to B" in a legal text includes B's own subtree;
    because codes are listed in numeric order, the range is then every code
    whose 8 digits lie between A's and this number.
    """
    digits = significant_digits(code)
    return digits + "9" * (8 - len(digits))
