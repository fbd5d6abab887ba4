"""A few realistic sample dossiers, for a first look at the program and for benchmarks."""
from __future__ import annotations

from ..domain.criteria import AmbitionLevel
from ..domain.risk_scan_record import ProductionStage
from ..storage.row_ids import stored_id
from .session import Session

# Where the sample tenders' goods are made (the first stage the buyer knows).
SAMPLE_ORIGINS = {
    "ZWO-2026-014": [("BD", ProductionStage.FINAL_ASSEMBLY), ("IN", ProductionStage.RAW_MATERIAL)],
    "ZWO-2026-021": [("MY", ProductionStage.FINAL_ASSEMBLY)],
    "ZWO-2026-033": [("CN", ProductionStage.PROCESSING)],
    "ZWO-2026-040": [],
}

# The ambition chosen in step 3 where it is not the basis level.
SAMPLE_AMBITION = {"ZWO-2026-033": AmbitionLevel.SIGNIFICANT}

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
        "non_application_text": "Geraamde waarde onder de drempel en kantoormeubilair uit Nederland en Duitsland: "
                                "de ketenrisico's wegen niet op tegen de lasten van ISV voor deze opdracht.",
    },
]


def fill_with_samples(session: Session) -> list[int]:
    """Add the sample dossiers, in one transaction; returns their ids.

    Each goes as far as a buyer would have taken it by the session's today: step 1 for all, the scan with its
    origins and the judgement of the high themes, the chosen criteria, and then (``demo_story``) the bidders, a
    questionnaire, the award, the plan of action, progress reports, an audit, an escalation and a signal; one
    dossier does not apply ISV and explains why. The organisation gets targets for the yearly report.
    """
    from .demo_story import judge_high_themes, organisation_targets, tell_stories

    ids = []
    with session.database.transaction():
        for sample in SAMPLE_DOSSIERS:
            dossier = session.dossiers.create(str(sample["title"]))
            dossier_id = stored_id(dossier.id)
            for field, value in sample.items():
                if field != "title":
                    dossier = session.dossiers.edit(dossier_id, field, value)  # the CPV code brings its group
            groups = session.risk_scan.groups(dossier_id)
            if groups and dossier.decision.value == "apply":
                for country, stage in SAMPLE_ORIGINS.get(dossier.reference, []):
                    session.risk_scan.add_country(dossier_id, groups[0], country, stage)
                judge_high_themes(session, dossier_id)
                if dossier.reference in SAMPLE_AMBITION:
                    session.criteria.set_ambition(dossier_id, SAMPLE_AMBITION[dossier.reference])
                session.criteria.choose_suggestions(dossier_id)
            ids.append(dossier_id)
        tell_stories(session, ids)
        organisation_targets(session)
    return ids
