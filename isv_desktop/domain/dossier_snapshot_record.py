"""A dossier snapshot as JSON-ready data and back, checked strictly on the way back.

The record mirrors the dataclasses field by field: enums by value, dates and
times in ISO form, amounts and weights as decimal strings, attachments in
base64, the scan as :func:`~.risk.record.scan_to_record` writes it. Database
ids are never written (a question's ``id`` is its stable name, so it is).

Reading back (:func:`snapshot_from_record`) trusts nothing: every field must
have its type, no unknown field may appear, and the rules the database and
the services keep (unique criteria, questionnaire versions and contract
years, supplier links that exist, judgements on the 1–3 scale) are checked,
so that an import either stores everything or is refused with the place of
the first problem.
"""
from __future__ import annotations

import base64
import binascii
import types
from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .dossier import MAX_SHORT_TEXT, Dossier
from .dossier_snapshot import DossierSnapshot, SupplierSnapshot
from .risk.assessment import ScanResult
from .risk.record import BadScanRecordError, scan_from_record, scan_to_record
from .risk_scan_record import OwnRisk, ProductionCountry, StakeholderConsultation

#: Fields a record never holds: database ids, and what the database derives or stamps itself.
_LEFT_OUT: dict[type, frozenset[str]] = {
    Dossier: frozenset({"id", "created_at", "updated_at", "next_due_date"}),
    ProductionCountry: frozenset({"id"}),
    OwnRisk: frozenset({"id"}),
    StakeholderConsultation: frozenset({"id"}),
}
#: The longest single text a record may carry (a long note is 100,000 characters).
MAX_TEXT = 1_000_000


class BadSnapshotRecordError(ValueError):
    """A record that is not a dossier this version can store; ``where`` says which field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where or 'record'}: {problem}")
        self.where = where or "record"
        self.problem = problem


def snapshot_to_record(snapshot: DossierSnapshot) -> dict[str, Any]:
    """The snapshot as dicts, lists, strings, numbers, booleans and None."""
    return _encode(snapshot)


def snapshot_from_record(record: Any) -> DossierSnapshot:
    """A snapshot from a record, or ``BadSnapshotRecordError`` naming the first field at fault."""
    snapshot = _decode(DossierSnapshot, record, "")
    check_snapshot(snapshot)
    return snapshot


def _skipped(kind: type) -> frozenset[str]:
    return _LEFT_OUT.get(kind, frozenset())


def _encode(value: Any) -> Any:
    kind = value.__class__
    if kind is str or kind is int or value is None or kind is bool:  # most values; a str Enum is not str itself
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, ScanResult):
        return scan_to_record(value)
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _encode(getattr(value, name)) for name in _names_of(type(value))}
    raise TypeError(f"cannot write {type(value).__name__} into a dossier record")


@lru_cache(maxsize=None)
def _names_of(kind: type) -> tuple[str, ...]:
    left_out = _skipped(kind)
    return tuple(f.name for f in fields(kind) if f.name not in left_out)


@lru_cache(maxsize=None)
def _fields_of(kind: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, type, required) of each field a record of ``kind`` holds."""
    hints = get_type_hints(kind)
    left_out = _skipped(kind)
    return tuple(
        (f.name, hints[f.name], f.default is MISSING and f.default_factory is MISSING)
        for f in fields(kind) if f.name not in left_out
    )


def _decode(kind: Any, data: Any, where: str) -> Any:  # noqa: C901 - one branch per kind of field
    origin = get_origin(kind)
    if origin is Union or origin is types.UnionType:
        options = [arg for arg in get_args(kind) if arg is not type(None)]
        if data is None:
            if len(options) == len(get_args(kind)):
                raise BadSnapshotRecordError(where, "a value is required")
            return None
        return _decode(options[0], data, where)
    if origin is tuple:
        if not isinstance(data, list):
            raise BadSnapshotRecordError(where, "a list is expected")
        item = get_args(kind)[0]
        return tuple(_decode(item, value, f"{where}[{index}]") for index, value in enumerate(data))
    if origin is Literal:
        if data not in get_args(kind):
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not one of {', '.join(get_args(kind))}")
        return data
    if data is None:
        raise BadSnapshotRecordError(where, "a value is required")
    if kind is ScanResult:
        try:
            return scan_from_record(data)
        except BadScanRecordError as error:
            raise BadSnapshotRecordError(where, str(error)) from None
    if kind is bool:
        return _typed(data, bool, where)
    if kind is int:
        if isinstance(data, bool) or not isinstance(data, int) or abs(data) > 2**62:
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not a whole number")
        return data
    if kind is str:
        text = _typed(data, str, where)
        if len(text) > MAX_TEXT:
            raise BadSnapshotRecordError(where, f"text longer than {MAX_TEXT} characters")
        return text
    if kind is Decimal:
        try:
            value = Decimal(_typed(data, str, where))
        except InvalidOperation:
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not a number") from None
        if not value.is_finite() or abs(value) > 10**15:
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not a usable number")
        return value
    if kind is datetime or kind is date:
        text = _typed(data, str, where)
        try:
            moment = datetime.fromisoformat(text) if kind is datetime else date.fromisoformat(text)
        except ValueError:
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not a {kind.__name__}") from None
        return moment
    if kind is bytes:
        try:
            return base64.b64decode(_typed(data, str, where), validate=True)
        except (binascii.Error, ValueError):
            raise BadSnapshotRecordError(where, "the attachment is damaged (not base64)") from None
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(data)
        except ValueError:
            raise BadSnapshotRecordError(where, f"{_shown(data)} is not a known {kind.__name__}") from None
    if isinstance(kind, type) and is_dataclass(kind):
        return _decode_dataclass(kind, data, where)
    raise TypeError(f"no record rule for {kind!r}")


def _decode_dataclass(kind: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise BadSnapshotRecordError(where, "a group of fields is expected")
    known = _fields_of(kind)
    unknown = sorted(set(data) - {name for name, _, _ in known})
    if unknown:
        raise BadSnapshotRecordError(_join(where, str(unknown[0])), "unknown field")
    values = {}
    for name, hint, required in known:
        if name in data:
            values[name] = _decode(hint, data[name], _join(where, name))
        elif required:
            raise BadSnapshotRecordError(_join(where, name), "missing")
    try:
        return kind(**values)
    except (TypeError, ValueError) as error:
        raise BadSnapshotRecordError(where, str(error)) from None


def _typed(data: Any, kind: type, where: str) -> Any:
    if not isinstance(data, kind) or (kind is not bool and isinstance(data, bool)):
        raise BadSnapshotRecordError(where, f"{_shown(data)} is not a {kind.__name__}")
    return data


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


# ---------------------------------------------------------------- rules across fields
def _unique(items: list[Any], where: str, what: str) -> None:
    seen: set[Any] = set()
    for index, item in enumerate(items):
        if item in seen:
            raise BadSnapshotRecordError(f"{where}[{index}]", f"{what} appears twice")
        seen.add(item)


def _link(number: int | None, count: int, where: str) -> None:
    if number is not None and not 1 <= number <= count:
        raise BadSnapshotRecordError(where, f"supplier {number} does not exist in this dossier")


def check_snapshot(snapshot: DossierSnapshot) -> None:
    """The rules a stored dossier keeps; ``BadSnapshotRecordError`` at the first one broken."""
    title = snapshot.dossier.title
    if not title.strip() or len(title) > MAX_SHORT_TEXT:
        raise BadSnapshotRecordError("dossier.title", "a title of 1 to 500 characters is required")
    scan = snapshot.risk_scan
    _unique(list(scan.groups), "risk_scan.groups", "a product group")
    _unique([(c.group_id, c.country, c.stage) for c in scan.countries], "risk_scan.countries", "a country")
    _unique([j.theme for j in scan.judgements], "risk_scan.judgements", "a theme")
    _unique([(t.group_id, t.good, t.country) for t in scan.traced_inputs], "risk_scan.traced_inputs",
            "a traced origin")
    for index, traced in enumerate(scan.traced_inputs):
        where = f"risk_scan.traced_inputs[{index}]"
        if traced.group_id not in scan.groups:
            raise BadSnapshotRecordError(f"{where}.group_id", f"{_shown(traced.group_id)} is not a scanned product group")
        try:
            date.fromisoformat(traced.recorded_on)
        except ValueError:
            raise BadSnapshotRecordError(f"{where}.recorded_on", f"{_shown(traced.recorded_on)} is not a date") from None
        if not traced.good.strip() or not traced.country.strip():
            raise BadSnapshotRecordError(where, "an input and a country are required")
    for index, judgement in enumerate(scan.judgements):
        for value in (judgement.severity, judgement.likelihood):
            if value is not None and not 1 <= value <= 3:
                raise BadSnapshotRecordError(f"risk_scan.judgements[{index}]", "severity and likelihood are 1 to 3")
    _unique([c.criterion_id for c in snapshot.criteria.chosen], "criteria.chosen", "a criterion")
    count = len(snapshot.suppliers)
    for index, supplier in enumerate(snapshot.suppliers):
        _check_supplier(supplier, index, count)
    monitoring = snapshot.monitoring
    for name in ("progress_reports", "meetings", "audits", "escalations", "delivered_products"):
        for index, item in enumerate(getattr(monitoring, name)):
            _link(item.supplier, count, f"monitoring.{name}[{index}].supplier")
    reports = monitoring.progress_reports
    if any(r.supplier is None for r in reports):
        raise BadSnapshotRecordError("monitoring.progress_reports", "every progress report belongs to a supplier")
    _unique([(r.supplier, r.contract_year) for r in reports], "monitoring.progress_reports", "a contract year")
    for index, report in enumerate(reports):
        _unique([p.point for p in report.points], f"monitoring.progress_reports[{index}].points", "a point")


def _check_supplier(supplier: SupplierSnapshot, index: int, count: int) -> None:
    where = f"suppliers[{index}]"
    if supplier.number != index + 1:
        raise BadSnapshotRecordError(f"{where}.number", f"{supplier.number} should be {index + 1}")
    if not supplier.name.strip() or len(supplier.name) > MAX_SHORT_TEXT:
        raise BadSnapshotRecordError(f"{where}.name", "a name of 1 to 500 characters is required")
    _link(supplier.parent, count, f"{where}.parent")
    _unique([p.point for p in supplier.plan.points], f"{where}.plan.points", "a point")
    _unique([q.version for q in supplier.questionnaires], f"{where}.questionnaires", "a version")
    for number, questionnaire in enumerate(supplier.questionnaires):
        place = f"{where}.questionnaires[{number}]"
        if questionnaire.version < 1 or questionnaire.language not in ("nl", "en"):
            raise BadSnapshotRecordError(place, "version counts from 1 and the language is nl or en")
        ids = [q.id for q in questionnaire.questions]
        _unique(ids, f"{place}.questions", "a question")
        if (questionnaire.answers is None) != (questionnaire.returned_on is None):
            raise BadSnapshotRecordError(place, "answers and the date they came back go together")
        if questionnaire.answers is not None:
            answered = [a.question_id for a in questionnaire.answers]
            _unique(answered, f"{place}.answers", "an answer")
            if not set(answered) <= set(ids):
                raise BadSnapshotRecordError(f"{place}.answers", "an answer to a question that was not asked")
