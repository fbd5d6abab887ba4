"""The central government's ten ISV risk categories (product groups with known chain risks)."""
from __future__ import annotations

ISV_RISK_CATEGORIES: dict[str, tuple[str, str]] = {
    "bedrijfskleding": ("Bedrijfskleding", "Workwear"),
    "catering": ("Catering", "Catering"),
    "grondstoffenmanagement_afvalzorg": (
        "Grondstoffenmanagement en afvalzorg",
        "Raw materials management and waste",
    ),
    "energie": ("Energie", "Energy"),
    "kantoorartikelen_computersupplies": (
        "Kantoorartikelen en computersupplies",
        "Office supplies and computer supplies",
    ),
    "papier_drukwerk": (
        "Papier, afvoer vertrouwelijke informatiedragers en print- en drukwerk",
        "Paper, disposal of confidential data carriers, printing",
    ),
    "laboratorium": ("Laboratorium", "Laboratory"),
    "ict_werkomgeving": ("ICT-werkomgeving", "ICT workplace"),
    "datacenters": ("Datacenters", "Data centres"),
    "dataverbindingen": ("Dataverbindingen", "Data connections"),
}


def category_label(category_id: str, language: str = "nl") -> str:
    dutch, english = ISV_RISK_CATEGORIES[category_id]
    return dutch if language == "nl" else english
