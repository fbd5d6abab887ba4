"""Reference data of step 1 shipped in ``resources/applicability``: Annex XIV's CPV list and the category table."""
from __future__ import annotations

import json
from pathlib import Path

from ..domain.contract_kinds import AnnexXiv, AnnexXivPoint
from ..domain.cpv import CPV_PATTERN
from ..domain.risk_category_suggestion import CategoryRule, CategoryTable
from .thresholds import ReferenceDataError


def _read(resources_dir: Path, name: str) -> dict:
    path = Path(resources_dir) / "applicability" / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReferenceDataError(f"{path}: {error}") from error


def _code(code: str, where: str) -> str:
    if not isinstance(code, str) or not CPV_PATTERN.match(code):
        raise ReferenceDataError(f"{where}: {code!r} is not a CPV code")
    return code


def load_annex_xiv(resources_dir: Path) -> AnnexXiv:
    data = _read(resources_dir, "annex_xiv_cpv.json")
    try:
        points = tuple(
            AnnexXivPoint(
                number=int(item["point"]),
                heading_nl=item["heading_nl"],
                heading_en=item["heading_en"],
                codes=tuple(_code(code, "annex_xiv_cpv.json") for code in item["codes"]),
                ranges=tuple(
                    (_code(first, "annex_xiv_cpv.json"), _code(last, "annex_xiv_cpv.json"))
                    for first, last in item["ranges"]
                ),
            )
            for item in data["points"]
        )
        return AnnexXiv(points, data["source"], data["edition"])
    except (KeyError, TypeError, ValueError) as error:
        raise ReferenceDataError(f"annex_xiv_cpv.json: {error}") from error


def load_category_table(resources_dir: Path) -> CategoryTable:
    data = _read(resources_dir, "risk_category_cpv.json")
    try:
        rules = tuple(
            CategoryRule(_code(item["cpv"], "risk_category_cpv.json"), item["category"], item["reason_nl"],
                         item["reason_en"])
            for item in data["rules"]
        )
        return CategoryTable(rules, data["source"], data["edition"])
    except (KeyError, TypeError, ValueError) as error:
        raise ReferenceDataError(f"risk_category_cpv.json: {error}") from error
