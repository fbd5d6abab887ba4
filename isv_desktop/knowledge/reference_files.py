"""The project's own knowledge files: sources, Dutch good names, product groups, sector profiles."""
from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from pathlib import Path
from typing import NoReturn

from ..domain.cpv import CPV_PATTERN
from ..domain.risk.cpv_groups import cpv_prefix
from ..domain.risk.facts import ALL_GROUPS, CriticalInput, ProductGroup, SectorRisk, Source
from ..domain.risk.levels import RiskLevel
from ..domain.risk_categories import ISV_RISK_CATEGORIES
from ..domain.themes import Theme
from .csv_reading import CsvRow, require, split_list
from .errors import KnowledgeFileError

SOURCE_COLUMNS_REQUIRED = ("id", "short_title", "title", "publisher", "edition", "licence_nl", "licence_en")
SOURCE_COLUMNS_OPTIONAL = ("published", "url")
GOOD_NAME_COLUMNS = ("good", "name_nl")
GROUP_COLUMNS_REQUIRED = ("id", "name_nl", "name_en", "cpv_codes")
GROUP_COLUMNS_OPTIONAL = ("dol_goods", "isv_categories", "includes", "keywords", "no_chain_risk_nl", "no_chain_risk_en")
SECTOR_COLUMNS = ("group", "theme", "level", "basis", "text_nl", "text_en")
SECTOR_COLUMNS_OPTIONAL = ("countries",)
INPUT_COLUMNS = ("group", "input_good", "country", "share_percent", "year", "source")
INPUT_COLUMNS_OPTIONAL = ("note",)
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

_ID = re.compile(r"^[a-z0-9_]+$")


def parse_sources(rows: Iterable[CsvRow], path: Path) -> tuple[Source, ...]:
    sources: dict[str, Source] = {}
    lines: dict[str, int] = {}
    for row in rows:
        source_id = _identifier(row, "id", path)
        _unique(source_id, lines, row, path)
        for column in ("short_title", "title", "publisher", "edition", "licence_nl", "licence_en"):
            require(row, column, path)
        sources[source_id] = Source(
            source_id,
            row["short_title"],
            row["title"],
            row["publisher"],
            row["edition"],
            row["published"],
            row["url"],
            row["licence_nl"],
            row["licence_en"],
        )
    return tuple(sources.values())


def parse_good_names(rows: Iterable[CsvRow], path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    lines: dict[str, int] = {}
    for row in rows:
        good = require(row, "good", path)
        if good in lines:
            raise KnowledgeFileError("knowledge.duplicate_row", path=path, line=row.line, first=lines[good], key=good)
        lines[good] = row.line
        names[good] = require(row, "name_nl", path)
    return names


def parse_groups(rows: list[CsvRow], path: Path, goods: Container[str]) -> tuple[ProductGroup, ...]:
    groups: dict[str, ProductGroup] = {}
    lines: dict[str, int] = {}
    prefixes: dict[str, str] = {}
    all_ids = {row["id"] for row in rows}
    for row in rows:
        group_id = _identifier(row, "id", path)
        _unique(group_id, lines, row, path)
        codes = split_list(require(row, "cpv_codes", path))
        for code in codes:
            if not CPV_PATTERN.match(code):
                _bad(row, path, "cpv_codes", code, "NNNNNNNN-N")
            owner = prefixes.setdefault(cpv_prefix(code), group_id)
            if owner != group_id:
                raise KnowledgeFileError("knowledge.duplicate_cpv", path=path, line=row.line, code=code, other=owner)
        member_goods = split_list(row["dol_goods"])
        _references(row, path, "dol_goods", member_goods, goods, "goods_nl.csv / us_dol_goods.csv")
        categories = split_list(row["isv_categories"])
        _references(row, path, "isv_categories", categories, ISV_RISK_CATEGORIES, "domain.risk_categories")
        includes = split_list(row["includes"])
        _references(row, path, "includes", includes, all_ids - {group_id}, "product_groups.csv")
        if bool(row["no_chain_risk_nl"]) != bool(row["no_chain_risk_en"]):
            column = "no_chain_risk_en" if row["no_chain_risk_nl"] else "no_chain_risk_nl"
            raise KnowledgeFileError("knowledge.missing_value", path=path, line=row.line, column=column)
        if row["no_chain_risk_nl"] and (member_goods or includes):
            _bad(row, path, "no_chain_risk_nl", row["no_chain_risk_nl"], "no dol_goods or includes beside it")
        groups[group_id] = ProductGroup(
            group_id,
            require(row, "name_nl", path),
            require(row, "name_en", path),
            codes,
            member_goods,
            categories,
            includes,
            split_list(row["keywords"]),
            row["no_chain_risk_nl"],
            row["no_chain_risk_en"],
        )
    return tuple(groups.values())


def parse_sector_risks(
    rows: Iterable[CsvRow], path: Path, groups: Container[str], sources: Mapping[str, Source]
) -> tuple[SectorRisk, ...]:
    risks: list[SectorRisk] = []
    seen: dict[tuple[str, str, str], int] = {}
    themes = {t.value: t for t in Theme}
    for row in rows:
        group_id = require(row, "group", path)
        if group_id != ALL_GROUPS and group_id not in groups:
            _references(row, path, "group", (group_id,), (), "product_groups.csv")
        theme = themes.get(require(row, "theme", path))
        if theme is None:
            _bad(row, path, "theme", row["theme"], ", ".join(themes))
        level = require(row, "level", path)
        if level not in ("high", "medium"):
            _bad(row, path, "level", level, "high, medium")
        basis = require(row, "basis", path)
        _references(row, path, "basis", (basis,), sources, "sources.csv")
        countries = split_list(row["countries"])
        for code in countries:
            if not _COUNTRY_CODE.match(code):
                _bad(row, path, "countries", code, "ISO 3166 alpha-2, e.g. IN;CN")
        key = (group_id, theme.value, basis + ";".join(countries))
        if key in seen:
            raise KnowledgeFileError(
                "knowledge.duplicate_row", path=path, line=row.line, first=seen[key], key=" / ".join(key)
            )
        seen[key] = row.line
        risks.append(
            SectorRisk(
                group_id, theme, RiskLevel(level), basis, require(row, "text_nl", path), require(row, "text_en", path),
                countries,
            )
        )
    return tuple(risks)


def parse_critical_inputs(
    rows: Iterable[CsvRow], path: Path, groups: Container[str], goods: Container[str], sources: Mapping[str, Source]
) -> tuple[CriticalInput, ...]:
    inputs: list[CriticalInput] = []
    lines: dict[str, int] = {}
    for row in rows:
        group_id = require(row, "group", path)
        _references(row, path, "group", (group_id,), groups, "product_groups.csv")
        good = require(row, "input_good", path)
        _references(row, path, "input_good", (good,), goods, "goods_nl.csv / us_dol_goods.csv")
        country = require(row, "country", path)
        if not _COUNTRY_CODE.match(country):
            _bad(row, path, "country", country, "ISO 3166 alpha-2")
        share = require(row, "share_percent", path)
        if not share.isdigit() or not 0 < int(share) <= 100:
            _bad(row, path, "share_percent", share, "1–100")
        source_id = require(row, "source", path)
        _references(row, path, "source", (source_id,), sources, "sources.csv")
        _unique(f"{group_id} / {good} / {country}", lines, row, path)
        inputs.append(CriticalInput(group_id, good, country, int(share), require(row, "year", path), source_id))
    return tuple(inputs)


def _identifier(row: CsvRow, column: str, path: Path) -> str:
    value = require(row, column, path)
    if not _ID.match(value):
        _bad(row, path, column, value, "a-z, 0-9, _")
    return value


def _unique(key: str, lines: dict[str, int], row: CsvRow, path: Path) -> None:
    if key in lines:
        raise KnowledgeFileError("knowledge.duplicate_row", path=path, line=row.line, first=lines[key], key=key)
    lines[key] = row.line


def _references(
    row: CsvRow, path: Path, column: str, values: Iterable[str], known: Container[str], target: str
) -> None:
    for value in values:
        if value not in known:
            raise KnowledgeFileError(
                "knowledge.unknown_reference", path=path, line=row.line, column=column, value=value, target=target
            )


def _bad(row: CsvRow, path: Path, column: str, value: str, expected: str) -> NoReturn:
    raise KnowledgeFileError(
        "knowledge.bad_value", path=path, line=row.line, column=column, value=value[:40], expected=expected
    )
