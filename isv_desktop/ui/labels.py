"""Labels for domain values in the interface language: the domain's one vocabulary (``domain.vocabulary``),
the same words the PDFs, the workbooks and the yearly report print."""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import vocabulary
from ..domain.dossier import ContractKind, DossierStatus, IsvDecision, NonApplicationReason, ProcedureType
from ..domain.steps import StepId


def interface_language() -> str:
    """``en`` when the English interface is installed (``translation.install_language``), else ``nl``."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def value_label(value: Enum) -> str:
    """A domain value in words, in the interface language."""
    return vocabulary.label(value, interface_language())


def step_label(step: StepId) -> str:
    return value_label(step)


def procedure_label(procedure: ProcedureType) -> str:
    return value_label(procedure)


def contract_kind_label(kind: ContractKind) -> str:
    return value_label(kind)


def status_label(status: DossierStatus) -> str:
    return value_label(status)


def decision_label(decision: IsvDecision) -> str:
    return value_label(decision)


def reason_label(reason: NonApplicationReason) -> str:
    return value_label(reason)


def risk_category_label(category_id: str) -> str:
    return {
        "bedrijfskleding": QCoreApplication.translate("Labels", "Bedrijfskleding"),
        "catering": QCoreApplication.translate("Labels", "Catering"),
        "grondstoffenmanagement_afvalzorg": QCoreApplication.translate("Labels", "Grondstoffenmanagement en afvalzorg"),
        "energie": QCoreApplication.translate("Labels", "Energie"),
        "kantoorartikelen_computersupplies": QCoreApplication.translate("Labels", "Kantoorartikelen en computersupplies"),
        "papier_drukwerk": QCoreApplication.translate("Labels", "Papier, afvoer vertrouwelijke informatiedragers en print- en drukwerk"
        ),
        "laboratorium": QCoreApplication.translate("Labels", "Laboratorium"),
        "ict_werkomgeving": QCoreApplication.translate("Labels", "ICT-werkomgeving"),
        "datacenters": QCoreApplication.translate("Labels", "Datacenters"),
        "dataverbindingen": QCoreApplication.translate("Labels", "Dataverbindingen"),
    }[category_id]
