"""Load the criteria library from ``resources/criteria`` and check every criterion.

The library is a manifest (``library.toml``: edition and the list of files)
and TOML files with ``[[criterion]]`` tables; ``resources/criteria/README.md``
documents the format. Loading is strict: a criterion with an unknown key,
type, level, theme, product group, verification, placeholder or legal basis
(``legal_basis.toml``), a duplicate id, a text without its translation, a
badly formed rubric or weight fails
with :class:`CriteriaLibraryError` naming the file and the criterion, so that
a broken library fails the tests and never reaches a buyer.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from isv_desktop.domain.criteria import (
    ALL_PRODUCT_GROUPS,
    AmbitionLevel,
    CriteriaLibrary,
    Criterion,
    CriterionRole,
    CriterionType,
    Deliverable,
    RubricLevel,
    Verification,
)
from isv_desktop.domain.legal_basis import LegalBasisTable, LegalProvision
from isv_desktop.domain.placeholders import KNOWN_PLACEHOLDERS, placeholders_in
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.legal_basis import LEGAL_BASIS_NAME, LegalBasisError, load_legal_basis

MANIFEST_NAME = "library.toml"

#: The product group ids of the knowledge base (resources/knowledge). The
#: loader does not need the knowledge base; services may pass its ids instead.
PRODUCT_GROUP_IDS: frozenset[str] = frozenset({
    "werkkleding", "schoeisel", "handschoenen", "textielwaren", "ict_hardware", "zonnepanelen",
    "accus_batterijen", "natuursteen", "bouwmaterialen", "meubilair_hout", "papier_kantoor",
    "koffie_thee", "cacao_suiker", "groente_fruit", "vis", "catering", "schoonmaakmiddelen",
    "schoonmaakdiensten", "sport_speelmateriaal", "bloemen_planten", "metaalwaren", "energie",
    "laboratorium", "chirurgische_instrumenten", "afval", "tapijt", "tassen_lederwaren", "vuurwerk",
    "feestversiering", "strooizout",
})

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_REQUIRED = {"id", "version", "family", "type", "level", "themes", "product_groups",
             "title_nl", "title_en", "text_nl", "text_en", "verification"}
_OPTIONAL = {"general", "role", "evidence_nl", "evidence_en", "deliverable", "default_weight", "rubric",
             "legal_basis"}
#: The provision every criterion of a type already cites through the type (CriterionType.legal_basis).
_TYPE_PROVISIONS = {CriterionType.CONTRACT_CONDITION: "aw2012.art_2_80"}
_DELIVERABLE_KEYS = ("title_nl", "title_en", "due_nl", "due_en")
_EQUIVALENT = {"nl": "gelijkwaardig", "en": "equivalent"}


class CriteriaLibraryError(ValueError):
    """A library file does not fit the format; says which file and criterion."""

    def __init__(self, file: str, criterion: str | None, message: str) -> None:
        self.file = file
        self.criterion = criterion
        self.message = message
        where = file if criterion is None else f"{file}, criterion {criterion}"
        super().__init__(f"criteria library {where}: {message}")


class _Checker:
    """Reads one criterion table, raising errors that name file and criterion."""

    def __init__(self, file: str, table: dict[str, Any], index: int, group_ids: Collection[str],
                 legal_basis: LegalBasisTable) -> None:
        self.file = file
        self.table = table
        self.group_ids = group_ids
        self.legal_basis_table = legal_basis
        raw_id = table.get("id")
        self.name = repr(raw_id) if isinstance(raw_id, str) else f"#{index + 1}"

    def fail(self, message: str) -> CriteriaLibraryError:
        return CriteriaLibraryError(self.file, self.name, message)

    def text(self, key: str, value: Any = None) -> str:
        value = self.table.get(key) if value is None else value
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{key} must be a non-empty text")
        text = value.strip()
        unknown = [name for name in placeholders_in(text) if name not in KNOWN_PLACEHOLDERS]
        if unknown:
            known = ", ".join("{" + k + "}" for k in KNOWN_PLACEHOLDERS)
            named = ", ".join("{" + name + "}" for name in unknown)
            raise self.fail(f"{key} uses unknown placeholder(s) {named}; known: {known}")
        return text

    def pair(self, key: str, value_nl: Any = None, value_en: Any = None) -> tuple[str, str]:
        nl = self.text(f"{key}_nl", value_nl)
        en = self.text(f"{key}_en", value_en)
        if set(placeholders_in(nl)) != set(placeholders_in(en)):
            raise self.fail(f"{key}_nl and {key}_en use different placeholders")
        return nl, en

    def enum(self, key: str, enum: type[Enum], value: Any = None) -> Any:
        value = self.table.get(key) if value is None else value
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(f"{key} {value!r} is not one of: {allowed}") from None

    def id_like(self, key: str) -> str:
        value = self.table.get(key)
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(f"{key} {value!r} must be lower-case words joined by dots, e.g. 'living_wage.contract'")
        return value

    def string_list(self, key: str, allow_all: bool = False, empty_ok: bool = False) -> list[str] | None:
        value = self.table.get(key, [] if empty_ok else None)
        if allow_all and value == ALL_PRODUCT_GROUPS:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key} must be a list of texts" + (' or "all"' if allow_all else ""))
        if not value and not empty_ok:
            raise self.fail(f"{key} must not be empty")
        if len(set(value)) != len(value):
            raise self.fail(f"{key} lists an item twice")
        return value

    def themes(self) -> frozenset[Theme]:
        names = self.string_list("themes", allow_all=True)
        if names is None:
            return frozenset(Theme)
        return frozenset(self.enum("themes", Theme, name) for name in names)

    def product_groups(self) -> frozenset[str] | None:
        groups = self.string_list("product_groups", allow_all=True)
        if groups is None:
            return None
        unknown = sorted(set(groups) - set(self.group_ids))
        if unknown:
            raise self.fail(f"unknown product group(s) {', '.join(unknown)}")
        return frozenset(groups)

    def evidence(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        lists = {}
        for language in ("nl", "en"):
            key = f"evidence_{language}"
            items = self.string_list(key, empty_ok=True) or []
            for item in items:
                self.text(key, item)
                if _EQUIVALENT[language] not in item.lower():
                    raise self.fail(f"{key} item {item!r} must accept equivalents ('{_EQUIVALENT[language]}')")
            lists[language] = tuple(item.strip() for item in items)
        if len(lists["nl"]) != len(lists["en"]):
            raise self.fail("evidence_nl and evidence_en must list the same number of items")
        return lists["nl"], lists["en"]

    def deliverable(self) -> Deliverable | None:
        value = self.table.get("deliverable")
        if value is None:
            return None
        if not isinstance(value, dict) or set(value) != set(_DELIVERABLE_KEYS):
            raise self.fail(f"deliverable must have exactly the keys {', '.join(_DELIVERABLE_KEYS)}")
        title = self.pair("deliverable.title", value["title_nl"], value["title_en"])
        due = self.pair("deliverable.due", value["due_nl"], value["due_en"])
        return Deliverable(title[0], title[1], due[0], due[1])

    def weight(self) -> Decimal:
        value = self.table.get("default_weight")
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise self.fail('an award criterion needs default_weight, a percentage such as "10"')
        try:
            weight = Decimal(str(value))
        except InvalidOperation:
            raise self.fail(f"default_weight {value!r} is not a number") from None
        if not weight.is_finite() or not 0 < weight <= 100:
            raise self.fail(f"default_weight {value!r} must be more than 0 and at most 100")
        return weight

    def rubric(self) -> tuple[RubricLevel, ...]:
        rows = self.table.get("rubric")
        if not isinstance(rows, list) or len(rows) < 2:
            raise self.fail("an award criterion needs a rubric with at least two scores")
        levels = []
        for row in rows:
            if not isinstance(row, dict) or set(row) != {"score", "nl", "en"}:
                raise self.fail("each rubric row has exactly score, nl and en")
            score = row["score"]
            if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100:
                raise self.fail(f"rubric score {score!r} must be a whole number from 0 to 100")
            nl, en = self.pair("rubric", row["nl"], row["en"])
            levels.append(RubricLevel(score, nl, en))
        scores = [level.score for level in levels]
        if scores[0] != 0 or any(b <= a for a, b in zip(scores, scores[1:], strict=False)):
            raise self.fail(f"rubric scores {scores} must start at 0 and rise")
        return tuple(levels)

    def legal_basis(self, kind: CriterionType) -> tuple[LegalProvision, ...]:
        ids = self.string_list("legal_basis", empty_ok=True) or []
        table = self.legal_basis_table
        unknown = [i for i in ids if i not in table]
        if unknown:
            known = ", ".join(p.id for p in table)
            raise self.fail(f"unknown legal basis {', '.join(unknown)} (not in {LEGAL_BASIS_NAME}; known: {known})")
        implied = _TYPE_PROVISIONS.get(kind)
        if implied in ids:
            raise self.fail(f"legal_basis lists {implied}, which every {kind.value} cites through its type already")
        return tuple(table[i] for i in ids)

    def criterion(self) -> Criterion:
        keys = set(self.table)
        missing, unknown = _REQUIRED - keys, keys - _REQUIRED - _OPTIONAL
        if unknown:  # a misspelt key is both unknown and missing: say both
            also = f" (missing {', '.join(sorted(missing))})" if missing else ""
            raise self.fail(f"unknown key(s) {', '.join(sorted(unknown))}{also}")
        if missing:
            raise self.fail(f"missing {', '.join(sorted(missing))}")
        version = self.table["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail(f"version {version!r} must be a whole number from 1")
        general = self.table.get("general", False)
        if not isinstance(general, bool):
            raise self.fail("general must be true or false")
        kind = self.enum("type", CriterionType)
        role = None if self.table.get("role") is None else self.enum("role", CriterionRole)
        verification = tuple(self.enum("verification", Verification, v) for v in self.string_list("verification") or [])
        title, text = self.pair("title"), self.pair("text")
        evidence = self.evidence()
        is_award = kind is CriterionType.AWARD_CRITERION
        if not is_award and ("default_weight" in keys or "rubric" in keys):
            raise self.fail("only award criteria have default_weight and rubric")
        return Criterion(
            id=self.id_like("id"), version=version, family=self.id_like("family"), type=kind,
            level=self.enum("level", AmbitionLevel), general=general, themes=self.themes(),
            product_groups=self.product_groups(), title_nl=title[0], title_en=title[1],
            text_nl=text[0], text_en=text[1], verification=verification,
            evidence_nl=evidence[0], evidence_en=evidence[1], role=role, deliverable=self.deliverable(),
            default_weight=self.weight() if is_award else None, rubric=self.rubric() if is_award else (),
            legal_basis=self.legal_basis(kind),
        )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CriteriaLibraryError(path.name, None, "file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CriteriaLibraryError(path.name, None, f"not valid TOML: {error}") from None


def _check_families(criteria: list[Criterion], files: dict[str, str]) -> None:
    families: dict[str, list[Criterion]] = {}
    for criterion in criteria:
        families.setdefault(criterion.family, []).append(criterion)
    for family, members in families.items():
        levels = [c.level for c in members]
        first = members[0]
        for other in members[1:]:
            if levels.count(other.level) > 1:
                raise CriteriaLibraryError(files[other.id], repr(other.id),
                                           f"family {family!r} has two variants at level {other.level.value}")
            if other.general != first.general or other.role != first.role:
                raise CriteriaLibraryError(files[other.id], repr(other.id),
                                           f"variants of family {family!r} differ in general or role")


def load_criteria_library(
    resources_dir: Path | None = None, *, product_group_ids: Collection[str] | None = None
) -> CriteriaLibrary:
    """Read and check ``<resources>/criteria``; raise CriteriaLibraryError when anything is off."""
    if resources_dir is None:
        from isv_desktop.paths import resources_dir as default_resources_dir
        resources_dir = default_resources_dir()
    folder = Path(resources_dir) / "criteria"
    manifest = _read_toml(folder / MANIFEST_NAME)
    edition, names = manifest.get("edition"), manifest.get("files")
    if not isinstance(edition, str) or not edition.strip():
        raise CriteriaLibraryError(MANIFEST_NAME, None, "edition must be a non-empty text")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names) \
            or len(set(names)) != len(names):
        raise CriteriaLibraryError(MANIFEST_NAME, None, "files must list each library file once")
    groups = PRODUCT_GROUP_IDS if product_group_ids is None else frozenset(product_group_ids)
    try:
        legal_basis = load_legal_basis(folder)
    except LegalBasisError as error:
        where = "" if error.entry is None else f"entry {error.entry}: "
        raise CriteriaLibraryError(LEGAL_BASIS_NAME, None, where + error.message) from None

    criteria: list[Criterion] = []
    files: dict[str, str] = {}
    for name in names:
        document = _read_toml(folder / name)
        if set(document) - {"criterion"}:
            raise CriteriaLibraryError(name, None, f"unknown top-level key(s) {sorted(set(document) - {'criterion'})}")
        tables = document.get("criterion", [])
        if not isinstance(tables, list) or not tables:
            raise CriteriaLibraryError(name, None, "holds no [[criterion]] tables")
        for index, table in enumerate(tables):
            criterion = _Checker(name, table, index, groups, legal_basis).criterion()
            if criterion.id in files:
                raise CriteriaLibraryError(name, repr(criterion.id), f"duplicate id (also in {files[criterion.id]})")
            files[criterion.id] = name
            criteria.append(criterion)
    _check_families(criteria, files)
    return CriteriaLibrary(edition.strip(), criteria)
