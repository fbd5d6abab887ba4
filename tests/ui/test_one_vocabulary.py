"""Every domain value reads the same on the screens as in the files (dossier PDF and workbook, yearly report),
in Dutch and in English (issue 14, "one vocabulary")."""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import pytest

from isv_desktop.domain.dossier import ContractKind, DossierStatus, IsvDecision, NonApplicationReason, ProcedureType
from isv_desktop.domain.monitoring import ActionStatus, AuditKind, EscalationStep, SignalSourceKind
from isv_desktop.domain.risk.levels import Priority, RiskLevel
from isv_desktop.domain.risk_scan_record import ProductionStage, StakeholderKind
from isv_desktop.domain.steps import StepId
from isv_desktop.domain.suppliers import CredentialKind, DueDiligencePoint, PlanVerdict, SupplierRole
from isv_desktop.domain.themes import Theme
from isv_desktop.export import report_texts
from isv_desktop.export.dossier_pdf_labels import label as file_label
from isv_desktop.ui import labels as screen
from isv_desktop.ui.steps import monitoring_labels as step5
from isv_desktop.ui.steps import risk_scan_labels as step2
from isv_desktop.ui.steps import suppliers_labels as step4
from isv_desktop.ui.translation import install_language

#: How the screens name each kind of value (every place that does, when there are several).
SCREEN_LABELS: dict[type[Enum], tuple[Callable[[Enum], str], ...]] = {
    StepId: (screen.step_label,),
    ProcedureType: (screen.procedure_label,),
    ContractKind: (screen.contract_kind_label,),
    DossierStatus: (screen.status_label,),
    IsvDecision: (screen.decision_label,),
    NonApplicationReason: (screen.reason_label,),
    Theme: (step2.theme_label,),
    RiskLevel: (step2.level_label,),
    Priority: (step2.priority_label,),
    ProductionStage: (step2.stage_label,),
    StakeholderKind: (step2.kind_label,),
    SupplierRole: (step4.role_label, step5.role_label),
    CredentialKind: (step4.kind_label,),
    PlanVerdict: (step4.verdict_label, step5.verdict_label),
    DueDiligencePoint: (step4.point_label, step5.point_label),
    AuditKind: (step5.audit_kind_label,),
    ActionStatus: (step5.action_status_label,),
    EscalationStep: (step5.escalation_label,),
    SignalSourceKind: (step5.source_kind_label,),
}


def _differences(language: str) -> list[str]:
    found = []
    for kind, namers in SCREEN_LABELS.items():
        for member in kind:
            in_files = {"dossier files": file_label(member, language)}
            try:
                in_files["yearly report"] = report_texts.label(member, language)
            except KeyError:
                pass  # the report does not name this kind of value
            for namer in namers:
                try:
                    shown = namer(member)
                except KeyError:
                    shown = "(no label on screen)"
                for where, printed in in_files.items():
                    if shown != printed:
                        found.append(f"{kind.__name__}.{member.name}: screen {shown!r}, {where} {printed!r}")
    return found


def test_the_screens_and_the_files_name_every_value_alike_in_dutch(qapp):
    assert _differences("nl") == []


def test_the_screens_and_the_files_name_every_value_alike_in_english(qapp):
    translator = install_language(qapp, "en")
    try:
        assert _differences("en") == []
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "nl")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_value_of_every_named_kind_has_a_label(language):
    for kind in SCREEN_LABELS:
        for member in kind:
            assert file_label(member, language).strip()
