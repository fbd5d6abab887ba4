"""Labels for domain values, in the interface language (Qt translation, context "Labels")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.dossier import ContractKind, DossierStatus, IsvDecision, NonApplicationReason, ProcedureType
from ..domain.steps import StepId




def step_label(step: StepId) -> str:
    return {
        StepId.APPLICABILITY: QCoreApplication.translate("Labels", "Dossier en toepasbaarheid"),
        StepId.RISK_SCAN: QCoreApplication.translate("Labels", "Risicoscan"),
        StepId.CRITERIA: QCoreApplication.translate("Labels", "Criteria"),
        StepId.SUPPLIERS: QCoreApplication.translate("Labels", "Leveranciers"),
        StepId.MONITORING: QCoreApplication.translate("Labels", "Contractmonitoring"),
    }[step]


def procedure_label(procedure: ProcedureType) -> str:
    return {
        ProcedureType.OPEN: QCoreApplication.translate("Labels", "Openbaar"),
        ProcedureType.RESTRICTED: QCoreApplication.translate("Labels", "Niet-openbaar"),
        ProcedureType.COMPETITIVE_DIALOGUE: QCoreApplication.translate("Labels", "Concurrentiegerichte dialoog"),
        ProcedureType.NEGOTIATED: QCoreApplication.translate("Labels", "Onderhandelingsprocedure"),
        ProcedureType.MULTIPLE_PRIVATE: QCoreApplication.translate("Labels", "Meervoudig onderhands"),
        ProcedureType.SINGLE_PRIVATE: QCoreApplication.translate("Labels", "Enkelvoudig onderhands"),
    }[procedure]


def contract_kind_label(kind: ContractKind) -> str:
    return {
        ContractKind.SUPPLIES_SERVICES: QCoreApplication.translate("Labels", "Leveringen of diensten"),
        ContractKind.WORKS: QCoreApplication.translate("Labels", "Werken"),
        ContractKind.SOCIAL_SERVICES: QCoreApplication.translate(
            "Labels", "Sociale en andere specifieke diensten (bijlage XIV)"
        ),
    }[kind]


def status_label(status: DossierStatus) -> str:
    return {DossierStatus.ACTIVE: QCoreApplication.translate("Labels", "Actief"), DossierStatus.ARCHIVED: QCoreApplication.translate("Labels", "Gearchiveerd")}[status]


def decision_label(decision: IsvDecision) -> str:
    return {
        IsvDecision.UNDECIDED: QCoreApplication.translate("Labels", "Nog niet besloten"),
        IsvDecision.APPLY: QCoreApplication.translate("Labels", "ISV toepassen"),
        IsvDecision.NOT_APPLY: QCoreApplication.translate("Labels", "ISV niet toepassen"),
    }[decision]


def reason_label(reason: NonApplicationReason) -> str:
    return {
        NonApplicationReason.BELOW_THRESHOLD_PROPORTIONATE: QCoreApplication.translate("Labels", "Onder de drempel en niet proportioneel"
        ),
        NonApplicationReason.NO_RELEVANT_CHAIN_RISK: QCoreApplication.translate("Labels", "Geen relevant ketenrisico"),
        NonApplicationReason.OTHER: QCoreApplication.translate("Labels", "Anders, namelijk …"),
    }[reason]


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
