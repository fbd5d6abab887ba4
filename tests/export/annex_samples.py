"""Annex contents for the export tests, made from the shipped criteria library."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from io import BytesIO

from pypdf import PdfReader

from isv_desktop.domain.annex import AnnexContent, AnnexRisk
from isv_desktop.domain.annex_builder import DossierFacts, build_annex_content
from isv_desktop.domain.criteria import AcceptanceMode, ChosenCriterion, CriteriaLibrary
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.criteria_library import load_criteria_library

CHOSEN_IDS = ("due_diligence.basis", "forced_labour.contract.basis", "living_wage.award", "escalation.basis")
REWORDED = "Opdrachtnemer betaalt werknemers op de productielocaties uiterlijk in 2028 een leefbaar loon."
FACTS = DossierFacts("Bedrijfskleding buitendienst 2026", "INK-2026-014", "Gemeente Utrecht")
RISKS = (
    AnnexRisk(Theme.FORCED_LABOUR, "high", "US DOL List of Goods 2022: Cotton, China"),
    AnnexRisk(Theme.LIVING_WAGE, "medium", "OESO-handreiking kleding en schoeisel"),
)


@lru_cache(maxsize=1)
def library() -> CriteriaLibrary:
    return load_criteria_library()


def chosen(custom_text: str | None = REWORDED, weight: str = "15") -> list[ChosenCriterion]:
    lib = library()
    choices = [ChosenCriterion.from_criterion(lib[cid], index) for index, cid in enumerate(CHOSEN_IDS)]
    choices[1] = choices[1].with_text("nl", custom_text).with_text("en", custom_text)
    choices[2] = replace(choices[2], weight=Decimal(weight))
    return choices


def sample_content(language: str = "nl", acceptance: AcceptanceMode = AcceptanceMode.EXPLICIT,
                   custom_text: str | None = REWORDED, facts: DossierFacts = FACTS,
                   risks: tuple[AnnexRisk, ...] = RISKS) -> AnnexContent:
    return build_annex_content(library(), chosen(custom_text), facts, list(risks), acceptance=acceptance,
                               language=language, other_weights=["60", "25"])


def pdf_text(data: bytes) -> tuple[str, int]:
    """All text of the PDF with whitespace collapsed, and its page count."""
    reader = PdfReader(BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
