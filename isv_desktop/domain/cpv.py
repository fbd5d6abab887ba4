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
