"""The risk scan without Qt: knowledge base, engine, judgement priority, scan diff.

Typical use (the services load the knowledge base once)::

    from isv_desktop.domain.risk import scan
    result = scan(knowledge, ["handschoenen"], ["MY"])
    result.level("forced_labour")        # RiskLevel.HIGH

Names are imported from their modules on first use (PEP 562), so loading
the knowledge base does not pay for the engine, the diff or the records.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy_exports import lazy_exports

_EXPORTS = {
    "assessment": (
        "DEPENDS_ON_ORIGIN_NOTE NO_LISTING_NOTE THEMES UNKNOWN_ORIGIN Origin Reason ScanResult ThemeAssessment"
    ),
    "cpv_groups": "CpvGroupIndex cpv_prefix",
    "diff": "CellChange EditionChange ScanDiff diff_scans",
    "engine": "scan",
    "errors": "CpvWithoutGroup NoProductGroupChosen RiskError UnknownCountry UnknownProductGroup",
    "facts": (
        "ALL_GROUPS DOL_SOURCE ITUC_RATINGS ITUC_SOURCE Country CountryRating Good GoodListing ProductGroup "
        "SectorRisk Source CriticalInput"
    ),
    "inputs": "TRACED_SOURCE TracedInput",
    "knowledge_base": "InconsistentKnowledge KnowledgeBase",
    "levels": "JUDGEMENT_SCALE Priority RiskLevel highest_level judgement_priority",
    "record": "BadScanRecord scan_from_record scan_to_record",
    "search": "fold search_countries search_groups",
}
__all__, __getattr__, __dir__ = lazy_exports(__name__, globals(), _EXPORTS)


if TYPE_CHECKING:  # for type checkers and IDEs
    from .assessment import (
        DEPENDS_ON_ORIGIN_NOTE,
        NO_LISTING_NOTE,
        THEMES,
        UNKNOWN_ORIGIN,
        Origin,
        Reason,
        ScanResult,
        ThemeAssessment,
    )
    from .cpv_groups import CpvGroupIndex, cpv_prefix
    from .diff import CellChange, EditionChange, ScanDiff, diff_scans
    from .engine import scan
    from .errors import CpvWithoutGroup, NoProductGroupChosen, RiskError, UnknownCountry, UnknownProductGroup
    from .facts import (
        ALL_GROUPS,
        DOL_SOURCE,
        ITUC_RATINGS,
        ITUC_SOURCE,
        Country,
        CountryRating,
        Good,
        GoodListing,
        ProductGroup,
        CriticalInput,
        SectorRisk,
        Source,
    )
    from .inputs import TRACED_SOURCE, TracedInput
    from .knowledge_base import InconsistentKnowledge, KnowledgeBase
    from .levels import JUDGEMENT_SCALE, Priority, RiskLevel, highest_level, judgement_priority
    from .record import BadScanRecord, scan_from_record, scan_to_record
    from .search import fold, search_countries, search_groups
