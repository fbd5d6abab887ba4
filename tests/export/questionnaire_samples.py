"""Questionnaires for the xlsx tests, and a supplier who fills them in with openpyxl."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

from isv_desktop.domain.criteria import (
    AmbitionLevel,
    Criterion,
    CriterionRole,
    CriterionType,
    Deliverable,
    Verification,
)
from isv_desktop.domain.questionnaire import Questionnaire, build_questionnaire
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.themes import Theme
from isv_desktop.export.questionnaire_xlsx import write_questionnaire

DOSSIER_ID, SUPPLIER_ID, VERSION = 3, 7, 2
SUPPLIER = "Textielfabriek Đồng Nai B.V."
TITLE = "Bedrijfskleding 2026–2030"
DEADLINE = "13-03-2026"


def plan_criterion() -> Criterion:
    return Criterion(
        id="plan_of_action.basis", version=1, family="plan_of_action", type=CriterionType.CONTRACT_CONDITION,
        level=AmbitionLevel.BASIS, general=True, themes=frozenset(Theme), product_groups=None,
        title_nl="Plan van aanpak", title_en="Plan of action", text_nl="Tekst", text_en="Text",
        verification=(Verification.PLAN_OF_ACTION,), role=CriterionRole.PLAN_OF_ACTION,
        deliverable=Deliverable("Risicoanalyse en plan van aanpak", "Risk analysis and plan of action",
                                "uiterlijk {plan_weeks} weken na gunning",
                                "no later than {plan_weeks} weeks after award"),
    )


def sample_questionnaire(language: str = "nl", *, dossier_id: int = DOSSIER_ID, supplier_id: int = SUPPLIER_ID,
                         version: int = VERSION, themes: Iterable[Theme] = (Theme.FORCED_LABOUR, Theme.LIVING_WAGE)
                         ) -> Questionnaire:
    levels = {theme: RiskLevel.HIGH for theme in themes}
    return build_questionnaire(dossier_id, supplier_id, version, levels, [plan_criterion()], language)


def exported(questionnaire: Questionnaire | None = None) -> bytes:
    """The questionnaire's workbook, as bytes."""
    buffer = io.BytesIO()
    write_questionnaire(questionnaire or sample_questionnaire(), SUPPLIER, TITLE, buffer, DEADLINE)
    return buffer.getvalue()


def exported_file(folder: Path, questionnaire: Questionnaire | None = None) -> Path:
    """The questionnaire's workbook written to ``folder/vragenlijst.xlsx``."""
    path = folder / "vragenlijst.xlsx"
    write_questionnaire(questionnaire or sample_questionnaire(), SUPPLIER, TITLE, path, DEADLINE)
    return path


def as_supplier(data: bytes, edit: Callable[[openpyxl.Workbook], None]) -> bytes:
    """Load the workbook as a supplier's program would, let ``edit`` change it, save it again."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    edit(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def fill(data: bytes, rows: dict[int, tuple[object, object, object]]) -> bytes:
    """Type (answer, explanation, evidence) into the rows of the questions sheet, as a supplier would."""
    def edit(workbook: openpyxl.Workbook) -> None:
        sheet = workbook["Vragen"]
        for row, values in rows.items():
            for column, value in zip((4, 5, 6), values, strict=True):
                sheet.cell(row, column).value = value
    return as_supplier(data, edit)


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """The same xlsx with one zip member replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.namelist():
            if member != name:
                target.writestr(member, source.read(member))
        target.writestr(name, content)
    return out.getvalue()
