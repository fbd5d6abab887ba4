"""A few realistic sample dossiers, for a first look at the program and for benchmarks."""
from __future__ import annotations

from ..domain.risk_scan_record import ProductionStage
from .session import Session

# Where the sample tenders' goods are made (the first stage the buyer knows).
SAMPLE_ORIGINS = {
    "ZWO-2026-014": [("BD", ProductionStage.FINAL_ASSEMBLY), ("IN", ProductionStage.RAW_MATERIAL)],
    "ZWO-2026-021": [("MY", ProductionStage.FINAL_ASSEMBLY)],
    "ZWO-2026-033": [("CN", ProductionStage.PROCESSING)],
    "ZWO-2026-040": [],
}

SAMPLE_DOSSIERS: list[dict[str, object]] = [
    {
        "title": "Bedrijfskleding buitendienst 2026–2030",
        "organisation": "Gemeente Zwolle",
        "reference": "ZWO-2026-014",
        "subject": "Werkkleding en veiligheidsschoenen voor de buitendienst en handhaving",
        "cpv_code": "18110000-3",
        "procedure": "open",
        "contract_kind": "supplies_services",
        "estimated_value": "€ 640.000,00",
        "contract_start": "2026-09-01",
        "duration_months": "48",
        "contract_manager": "Contractmanager Facilitair",
        "risk_category": "bedrijfskleding",
        "decision": "apply",
    },
    {
        "title": "Medische handschoenen GGD",
        "organisation": "Gemeente Zwolle",
        "reference": "ZWO-2026-021",
        "subject": "Nitril onderzoekshandschoenen voor de GGD-teams",
        "cpv_code": "33141420-0",
        "procedure": "multiple_private",
        "contract_kind": "supplies_services",
        "estimated_value": "185.000",
        "contract_start": "2026-07-01",
        "duration_months": "24",
        "contract_manager": "Inkoop GGD",
        "risk_category": "laboratorium",
        "decision": "apply",
    },
    {
        "title": "Zonnepanelen op gemeentelijke daken",
        "organisation": "Gemeente Zwolle",
        "reference": "ZWO-2026-033",
        "subject": "Levering en installatie van zonnepanelen op sporthallen en scholen",
        "cpv_code": "09331000-8",
        "procedure": "open",
        "contract_kind": "supplies_services",
        "estimated_value": "1.250.000",
        "contract_start": "2027-01-01",
        "duration_months": "12",
        "contract_manager": "Team Duurzaamheid",
        "risk_category": "energie",
        "decision": "apply",
    },
    {
        "title": "Kantoormeubilair stadskantoor",
        "organisation": "Gemeente Zwolle",
        "reference": "ZWO-2026-040",
        "subject": "Bureaus en stoelen voor de verbouwing van het stadskantoor",
        "cpv_code": "39130000-2",
        "procedure": "multiple_private",
        "contract_kind": "supplies_services",
        "estimated_value": "95000",
        "duration_months": "6",
        "risk_category": "",
        "decision": "not_apply",
        "non_application_reason": "below_threshold_proportionate",
    },
]


def fill_with_samples(session: Session) -> list[int]:
    """Add the sample dossiers with their scan and chosen criteria, in one transaction; returns their ids."""
    ids = []
    with session.database.transaction():
        for sample in SAMPLE_DOSSIERS:
            dossier = session.dossiers.create(str(sample["title"]))
            for field, value in sample.items():
                if field != "title":
                    dossier = session.dossiers.edit(dossier.id, field, value)  # the CPV code brings its group
            groups = session.risk_scan.groups(dossier.id)
            if groups and dossier.decision.value == "apply":
                for country, stage in SAMPLE_ORIGINS.get(dossier.reference, []):
                    session.risk_scan.add_country(dossier.id, groups[0], country, stage)
                session.criteria.choose_suggestions(dossier.id)
            ids.append(dossier.id)
    return ids
