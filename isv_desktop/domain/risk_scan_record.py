"""What a buyer records in step 2 beside the sourced scan: scope, judgement, own risks, stakeholders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from .messages import UserError
from .risk.levels import Priority, RiskLevel, judgement_priority
from .themes import Theme

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_NOTE = 20_000


class ProductionStage(str, Enum):
    RAW_MATERIAL = "raw_material"
    PROCESSING = "processing"
    FINAL_ASSEMBLY = "final_assembly"
    UNKNOWN = "unknown"


class StakeholderKind(str, Enum):
    NGO = "ngo"
    TRADE_UNION = "trade_union"
    CERTIFICATION_BODY = "certification_body"
    FRONTRUNNER_COMPANY = "frontrunner_company"
    SECTOR_INITIATIVE = "sector_initiative"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ProductionCountry:
    group_id: str
    country: str
    stage: ProductionStage
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ThemeJudgement:
    """The buyer's own view of a theme: severity and likelihood 1–3 give a priority."""

    theme: Theme
    severity: int | None = None
    likelihood: int | None = None
    note: str = ""

    @property
    def priority(self) -> Priority | None:
        if self.severity is None or self.likelihood is None:
            return None
        return judgement_priority(self.severity, self.likelihood)

    @property
    def is_given(self) -> bool:
        return self.priority is not None


@dataclass(frozen=True, slots=True)
class OwnRisk:
    theme: Theme
    description: str
    source: str
    attachment_name: str | None = None
    attachment: bytes | None = None
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StakeholderConsultation:
    kind: StakeholderKind
    organisation: str
    consulted_on: date
    themes: tuple[Theme, ...]
    outcome: str
    id: int | None = None


def validate_judgement_value(value: int | None) -> int | None:
    if value is None:
        return None
    if not 1 <= int(value) <= 3:
        raise UserError("judgement.scale")
    return int(value)


def validate_text(text: str, limit: int = MAX_NOTE, required: bool = False) -> str:
    text = text.replace("\x00", "")
    if required and not text.strip():
        raise UserError("text.required")
    if len(text) > limit:
        raise UserError("text.too_long", limit=limit)
    return text


def validate_attachment(name: str | None, content: bytes | None) -> None:
    if content is not None and len(content) > MAX_ATTACHMENT_BYTES:
        raise UserError("attachment.too_large", limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))


def themes_needing_judgement(levels: dict[Theme, RiskLevel]) -> list[Theme]:
    """The themes the sources rate high: each needs the buyer's judgement before step 2 is complete."""
    return [theme for theme, level in levels.items() if level is RiskLevel.HIGH]

