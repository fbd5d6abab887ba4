"""A dossier's contents as JSON-ready data and back, checked strictly on the way back.

The record holds the domain records field by field: enums by value, dates
and times in ISO form, amounts and weights as decimal strings, attachments in
base64, the scan as :func:`~.risk.record.scan_to_record` writes it. Database
ids and the dossier a record belongs to are never written (a question's
``id`` is its stable name, so it is); a link to a supplier is written as its
number (:data:`_WIRE_NAMES`). The record keeps the layout formats 1 and 2 of
the workbook gave it — the steps' records grouped as ``risk_scan``,
``criteria``, ``suppliers`` and ``monitoring``, an audit's corrective actions
inside it — so a workbook written by an earlier version still imports.

Reading back (:func:`contents_from_record`) trusts nothing: every field must
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
from collections.abc import Collection, Mapping
from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .criteria import CriteriaSettings
from .dossier import MAX_SHORT_TEXT, Dossier
from .dossier_contents import NOT_STORED, DossierContents
from .monitoring import EscalationRecord
from .monitoring_records import (
    Audit,
    CorrectiveAction,
    DeliveredProduct,
    Meeting,
    ProgressReport,
    Signal,
    SignalFollowUp,
)
from .questionnaire import Questionnaire, QuestionnaireRecord
from .risk.assessment import ScanResult
from .risk.record import BadScanRecordError, scan_from_record, scan_to_record
from .risk_scan_record import OwnRisk, ProductionCountry, StakeholderConsultation
from .suppliers import Credential, FollowUpAction, PlanOfAction, Supplier

#: Per record type, the fields a record never holds — database ids, the dossier a record belongs to, what the
#: database derives or stamps itself — and the value a required one takes when read back. (The part that holds
#: a record fills in its links: an audit's number as its id and its actions' ``audit_id``.)
_LEFT_OUT: dict[type, Mapping[str, Any]] = {
    Dossier: {"id": None, "created_at": None, "updated_at": None, "next_due_date": None},
    ProductionCountry: {"id": None},
    OwnRisk: {"id": None},
    StakeholderConsultation: {"id": None},
    ProgressReport: {"dossier_id": NOT_STORED, "id": None},
    Meeting: {"dossier_id": NOT_STORED, "id": None},
    Audit: {"dossier_id": NOT_STORED, "id": None},
    CorrectiveAction: {"audit_id": 0, "dossier_id": NOT_STORED, "id": None},
    EscalationRecord: {"id": None},
    DeliveredProduct: {"dossier_id": NOT_STORED, "id": None},
    Signal: {"attachment_name": None, "attachment": None, "handled_on": None, "id": None},
    SignalFollowUp: {"id": None},
    Supplier: {"dossier_id": NOT_STORED},
    Credential: {"supplier_id": 0, "id": None},
    PlanOfAction: {"supplier_id": 0},
    FollowUpAction: {"supplier_id": 0, "id": None},
    QuestionnaireRecord: {"id": NOT_STORED},
    Questionnaire: {"dossier_id": NOT_STORED, "supplier_id": 0},
}
#: Fields a record holds under another name: a link to a supplier, by the supplier's number in the dossier.
_WIRE_NAMES: dict[type, Mapping[str, str]] = {
    **{kind: {"supplier_id": "supplier"}
       for kind in (ProgressReport, Meeting, Audit, EscalationRecord, DeliveredProduct)},
    Supplier: {"id": "number", "parent_id": "parent"},
}
#: Fields holding a record whose fields the record holds at its own level (a signal followed up: the signal's).
_FLATTENED: dict[type, str] = {SignalFollowUp: "signal", QuestionnaireRecord: "questionnaire"}
#: What a supplier holds in the record, besides its own fields: the records of step 4 that belong to it.
_OF_SUPPLIER = ("credentials", "plan", "actions", "questionnaires")
#: The record's groups of step 2 and step 5 and the fields of :class:`DossierContents` each holds.
_RISK_SCAN = ("groups", "countries", "scan", "judgements", "own_risks", "consultations", "traced_inputs")
_MONITORING = ("progress_reports", "meetings", "audits", "escalations", "delivered_products", "signal_followups")
_TOP = ("dossier", "risk_scan", "criteria", "suppliers", "monitoring", "personal_data_included")
#: The longest single text a record may carry (a long note is 100,000 characters).
MAX_TEXT = 1_000_000


class BadSnapshotRecordError(ValueError):
    """A record that is not a dossier this version can store; ``where`` says which field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where or 'record'}: {problem}")
        self.where = where or "record"
        self.problem = problem


def contents_to_record(contents: DossierContents) -> dict[str, Any]:
    """The contents as dicts, lists, strings, numbers, booleans and None."""
    monitoring = {name: _encode(getattr(contents, name)) for name in _MONITORING}
    for audit, audit_record in zip(contents.audits, monitoring["audits"], strict=True):
        audit_record["actions"] = _encode(contents.actions_of(audit))
    return {
        "dossier": _encode(contents.dossier),
        "risk_scan": {name: _encode(getattr(contents, name)) for name in _RISK_SCAN},
        "criteria": {**_encode(contents.criteria), "chosen": _encode(contents.chosen)},
        "suppliers": [{**_encode(supplier), "credentials": _encode(contents.credentials_of(supplier)),
                       "plan": _encode(contents.plan_of(supplier)),
                       "actions": _encode(contents.follow_up_actions_of(supplier)),
                       "questionnaires": _encode(contents.questionnaires_of(supplier))}
                      for supplier in contents.suppliers],
        "monitoring": monitoring,
        "personal_data_included": contents.personal_data_included,
    }


def contents_from_record(record: Any) -> DossierContents:
    """A dossier's contents from a record, or ``BadSnapshotRecordError`` naming the first field at fault."""
    top = _group(record, "", _TOP)
    if "dossier" not in top:
        raise BadSnapshotRecordError("dossier", "missing")
    hints = _hints(DossierContents)
    values: dict[str, Any] = {"dossier": _decode(Dossier, top["dossier"], "dossier")}
    for name, data in _group(top.get("risk_scan", {}), "risk_scan", _RISK_SCAN).items():
        values[name] = _decode(hints[name], data, f"risk_scan.{name}")
    criteria = _group(top.get("criteria", {}), "criteria", (*_names_of(CriteriaSettings), "chosen"))
    if "chosen" in criteria:
        values["chosen"] = _decode(hints["chosen"], criteria.pop("chosen"), "criteria.chosen")
    values["criteria"] = _decode(CriteriaSettings, criteria, "criteria")
    values.update(_suppliers(top.get("suppliers", []), "suppliers"))
    monitoring = _group(top.get("monitoring", {}), "monitoring", _MONITORING)
    values["audits"], values["corrective_actions"] = _audits(monitoring.pop("audits", []), "monitoring.audits")
    for name, data in monitoring.items():
        values[name] = _decode(hints[name], data, f"monitoring.{name}")
    if "personal_data_included" in top:
        values["personal_data_included"] = _decode(bool, top["personal_data_included"], "personal_data_included")
    contents = DossierContents(**values)
    check_contents(contents)
    return contents


def _group(data: Any, where: str, names: Collection[str]) -> dict[str, Any]:
    """A group of the record as a new dict, refused when it is none or holds a field not in ``names``."""
    if not isinstance(data, dict):
        raise BadSnapshotRecordError(where, "a group of fields is expected")
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise BadSnapshotRecordError(_join(where, str(unknown[0])), "unknown field")
    return dict(data)


def _suppliers(data: Any, where: str) -> dict[str, tuple[Any, ...]]:
    """The suppliers and, inside each in the record, what belongs to it; a supplier's number is its id."""
    if not isinstance(data, list):
        raise BadSnapshotRecordError(where, "a list is expected")
    found: dict[str, list[Any]] = {"suppliers": [], "credentials": [], "plans": [], "follow_up_actions": [],
                                   "questionnaires": []}
    kinds = {"credentials": Credential, "actions": FollowUpAction, "questionnaires": QuestionnaireRecord}
    for index, item in enumerate(data):
        place = f"{where}[{index}]"
        supplier = _group(item, place, (*_wire_names(Supplier), *_OF_SUPPLIER))
        if "number" not in supplier:
            raise BadSnapshotRecordError(f"{place}.number", "missing")
        parts = {name: supplier.pop(name) for name in _OF_SUPPLIER if name in supplier}
        decoded = _decode_dataclass(Supplier, supplier, place)
        found["suppliers"].append(decoded)
        link = {"supplier_id": decoded.id}
        plan = _decode_dataclass(PlanOfAction, parts.pop("plan", {}), f"{place}.plan", link)
        if plan != PlanOfAction(decoded.id):
            found["plans"].append(plan)
        for name, listed in parts.items():
            if not isinstance(listed, list):
                raise BadSnapshotRecordError(f"{place}.{name}", "a list is expected")
            target = "follow_up_actions" if name == "actions" else name
            found[target] += [_decode_dataclass(kinds[name], part, f"{place}.{name}[{i}]", link)
                              for i, part in enumerate(listed)]
    return {name: tuple(records) for name, records in found.items()}


def _audits(data: Any, where: str) -> tuple[tuple[Audit, ...], tuple[CorrectiveAction, ...]]:
    """The audits and, inside each in the record, its corrective actions; an audit's number is its id."""
    if not isinstance(data, list):
        raise BadSnapshotRecordError(where, "a list is expected")
    audits, actions = [], []
    for index, item in enumerate(data):
        place, number = f"{where}[{index}]", index + 1
        audit = _group(item, place, (*_wire_names(Audit), "actions"))
        listed = audit.pop("actions", [])
        audits.append(_decode_dataclass(Audit, audit, place, {"id": number}))
        if not isinstance(listed, list):
            raise BadSnapshotRecordError(f"{place}.actions", "a list is expected")
        actions += [_decode_dataclass(CorrectiveAction, action, f"{place}.actions[{i}]", {"audit_id": number})
                    for i, action in enumerate(listed)]
    return tuple(audits), tuple(actions)


def _skipped(kind: type) -> Mapping[str, Any]:
    return _LEFT_OUT.get(kind, {})


def _wire(kind: type, name: str) -> str:
    return _WIRE_NAMES.get(kind, {}).get(name, name)


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
        flattened = _FLATTENED.get(kind)
        record: dict[str, Any] = {}
        for name in _names_of(kind):
            if name == flattened:
                record.update(_encode(getattr(value, name)))
            else:
                record[_wire(kind, name)] = _encode(getattr(value, name))
        return record
    raise TypeError(f"cannot write {type(value).__name__} into a dossier record")


@lru_cache(maxsize=None)
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


@lru_cache(maxsize=None)
def _names_of(kind: type) -> tuple[str, ...]:
    """The fields of ``kind`` a record holds (by their names in the dataclass)."""
    left_out = _skipped(kind)
    return tuple(f.name for f in fields(kind) if f.name not in left_out)


@lru_cache(maxsize=None)
def _wire_names(kind: type) -> frozenset[str]:
    """The names under which a record of ``kind`` holds its fields (a flattened record's among them)."""
    flattened = _FLATTENED.get(kind)
    names = {_wire(kind, name) for name in _names_of(kind) if name != flattened}
    if flattened is not None:
        names |= _wire_names(_hints(kind)[flattened])
    return frozenset(names)


@lru_cache(maxsize=None)
def _fields_of(kind: type) -> tuple[tuple[str, str, Any, bool], ...]:
    """(name, name in the record, type, required) of each field a record of ``kind`` holds."""
    hints = _hints(kind)
    left_out = _skipped(kind)
    return tuple(
        (f.name, _wire(kind, f.name), hints[f.name], f.default is MISSING and f.default_factory is MISSING)
        for f in fields(kind) if f.name not in left_out and f.name != _FLATTENED.get(kind)
    )


@lru_cache(maxsize=None)
def _filled_in(kind: type) -> Mapping[str, Any]:
    """The values of the fields a record of ``kind`` leaves out and the dataclass requires."""
    required = {f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING}
    return {name: value for name, value in _skipped(kind).items() if name in required}


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


def _decode_dataclass(kind: type, data: Any, where: str, fixed: Mapping[str, Any] | None = None) -> Any:
    """A record of ``kind``; ``fixed`` gives values of fields the record leaves out (its links in the contents)."""
    if not isinstance(data, dict):
        raise BadSnapshotRecordError(where, "a group of fields is expected")
    unknown = sorted(set(data) - _wire_names(kind))
    if unknown:
        raise BadSnapshotRecordError(_join(where, str(unknown[0])), "unknown field")
    values: dict[str, Any] = {}
    fixed = dict(fixed or {})
    flattened = _FLATTENED.get(kind)
    if flattened is not None:  # its fields are at this level; so are the links it leaves out
        inner = _hints(kind)[flattened]
        inner_fixed = {name: fixed.pop(name) for name in list(fixed) if name in _skipped(inner)}
        values[flattened] = _decode_dataclass(inner, {k: v for k, v in data.items() if k in _wire_names(inner)}, where,
                                              inner_fixed)
    for name, wire, hint, required in _fields_of(kind):
        if wire in data:
            values[name] = _decode(hint, data[wire], _join(where, wire))
        elif required:
            raise BadSnapshotRecordError(_join(where, wire), "missing")
    values.update(_filled_in(kind))
    values.update(fixed)
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


def check_contents(contents: DossierContents) -> None:
    """The rules a stored dossier keeps; ``BadSnapshotRecordError`` at the first one broken."""
    title = contents.dossier.title
    if not title.strip() or len(title) > MAX_SHORT_TEXT:
        raise BadSnapshotRecordError("dossier.title", "a title of 1 to 500 characters is required")
    _unique(list(contents.groups), "risk_scan.groups", "a product group")
    _unique([(c.group_id, c.country, c.stage) for c in contents.countries], "risk_scan.countries", "a country")
    _unique([j.theme for j in contents.judgements], "risk_scan.judgements", "a theme")
    _unique([(t.group_id, t.good, t.country) for t in contents.traced_inputs], "risk_scan.traced_inputs",
            "a traced origin")
    for index, traced in enumerate(contents.traced_inputs):
        where = f"risk_scan.traced_inputs[{index}]"
        if traced.group_id not in contents.groups:
            raise BadSnapshotRecordError(f"{where}.group_id", f"{_shown(traced.group_id)} is not a scanned product group")
        try:
            date.fromisoformat(traced.recorded_on)
        except ValueError:
            raise BadSnapshotRecordError(f"{where}.recorded_on", f"{_shown(traced.recorded_on)} is not a date") from None
        if not traced.good.strip() or not traced.country.strip():
            raise BadSnapshotRecordError(where, "an input and a country are required")
    for index, judgement in enumerate(contents.judgements):
        for value in (judgement.severity, judgement.likelihood):
            if value is not None and not 1 <= value <= 3:
                raise BadSnapshotRecordError(f"risk_scan.judgements[{index}]", "severity and likelihood are 1 to 3")
    _unique([c.criterion_id for c in contents.chosen], "criteria.chosen", "a criterion")
    count = len(contents.suppliers)
    for index, supplier in enumerate(contents.suppliers):
        _check_supplier(contents, supplier, index, count)
    for name in ("progress_reports", "meetings", "audits", "escalations", "delivered_products"):
        for index, item in enumerate(getattr(contents, name)):
            _link(item.supplier_id, count, f"monitoring.{name}[{index}].supplier")
    reports = contents.progress_reports
    _unique([(r.supplier_id, r.contract_year) for r in reports], "monitoring.progress_reports", "a contract year")
    for index, report in enumerate(reports):
        _unique([p.point for p in report.points], f"monitoring.progress_reports[{index}].points", "a point")


def _check_supplier(contents: DossierContents, supplier: Supplier, index: int, count: int) -> None:
    where = f"suppliers[{index}]"
    if supplier.id != index + 1:
        raise BadSnapshotRecordError(f"{where}.number", f"{supplier.id} should be {index + 1}")
    if not supplier.name.strip() or len(supplier.name) > MAX_SHORT_TEXT:
        raise BadSnapshotRecordError(f"{where}.name", "a name of 1 to 500 characters is required")
    _link(supplier.parent_id, count, f"{where}.parent")
    _unique([p.point for p in contents.plan_of(supplier).points], f"{where}.plan.points", "a point")
    questionnaires = contents.questionnaires_of(supplier)
    _unique([q.questionnaire.version for q in questionnaires], f"{where}.questionnaires", "a version")
    for number, record in enumerate(questionnaires):
        place = f"{where}.questionnaires[{number}]"
        ids = list(record.questionnaire.question_ids)
        if (record.answers is None) != (record.returned_on is None):
            raise BadSnapshotRecordError(place, "answers and the date they came back go together")
        if record.answers is not None:
            answered = [a.question_id for a in record.answers]
            _unique(answered, f"{place}.answers", "an answer")
            if not set(answered) <= set(ids):
                raise BadSnapshotRecordError(f"{place}.answers", "an answer to a question that was not asked")
