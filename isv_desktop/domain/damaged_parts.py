"""A part of a dossier whose stored value can no longer be read, named for the buyer.

A dossier file can be intact while one value inside it is damaged — a JSON
column that another program overwrote (``UPDATE scan_snapshots SET
record_json = '{broken'``), or text that is no longer a scan. Storage decodes
such values in one place (:mod:`..storage.stored_json`) and raises
:class:`DamagedPartError` naming the dossier and the part. The window shows
its message on the step the part belongs to and keeps the other steps
working; the export turns it into ``export.damaged_value``. Nothing is
written on the way: the buyer decides (rescan, or restore a backup).
"""
from __future__ import annotations

from enum import Enum

from .messages import UserError
from .steps import StepId


class DamagedPart(str, Enum):
    """A stored value of a dossier that is kept as JSON; ``step`` is where the buyer meets it."""

    SCAN = "scan"  # scan_snapshots.record_json: the risk scan as it was made
    QUESTIONNAIRE = "questionnaire"  # questionnaires.questions_json / answers_json
    DELIVERED_PRODUCT = "delivered_product"  # delivered_products.components_json

    @property
    def step(self) -> StepId:
        return {DamagedPart.SCAN: StepId.RISK_SCAN, DamagedPart.QUESTIONNAIRE: StepId.SUPPLIERS,
                DamagedPart.DELIVERED_PRODUCT: StepId.MONITORING}[self]


_REST = ("De rest van het dossier is in orde: de andere stappen werken gewoon. Er is niets gewijzigd.",
         "The rest of the dossier is intact: the other steps work as usual. Nothing was changed.")

DAMAGED_PART_MESSAGES: dict[str, tuple[str, str]] = {
    "damaged.scan": (
        "Stap 2 van dossier ‘{title}’ (nummer {dossier_id}) is beschadigd: de opgeslagen risicoscan kan niet "
        "worden gelezen. " + _REST[0] + " Klik op ‘Opnieuw scannen’ om de scan opnieuw te maken met de huidige "
        "bronnen (uw productgroepen, landen, grondstoffen en oordelen blijven staan), of zet een reservekopie van "
        "het dossierbestand terug.",
        "Step 2 of dossier ‘{title}’ (number {dossier_id}) is damaged: the stored risk scan cannot be read. "
        + _REST[1] + " Click ‘Scan again’ to make the scan again with the current sources (your product groups, "
        "countries, inputs and judgements stay), or restore a backup of the dossier file."),
    "damaged.questionnaire": (
        "Stap 4 van dossier ‘{title}’ (nummer {dossier_id}) is beschadigd: een opgeslagen vragenlijst of de "
        "antwoorden daarop kunnen niet worden gelezen. " + _REST[0] + " Zet een reservekopie van het "
        "dossierbestand terug om deze stap weer te gebruiken.",
        "Step 4 of dossier ‘{title}’ (number {dossier_id}) is damaged: a stored questionnaire or its answers "
        "cannot be read. " + _REST[1] + " Restore a backup of the dossier file to use this step again."),
    "damaged.delivered_product": (
        "Stap 5 van dossier ‘{title}’ (nummer {dossier_id}) is beschadigd: de componenten van een geleverd product "
        "kunnen niet worden gelezen. " + _REST[0] + " Zet een reservekopie van het dossierbestand terug om deze "
        "stap weer te gebruiken.",
        "Step 5 of dossier ‘{title}’ (number {dossier_id}) is damaged: the components of a delivered product "
        "cannot be read. " + _REST[1] + " Restore a backup of the dossier file to use this step again."),
}


class DamagedPartError(UserError):
    """A part of one dossier cannot be read; ``column`` is the database column that holds it."""

    catalog: dict[str, tuple[str, str]] = DAMAGED_PART_MESSAGES

    def __init__(self, dossier_id: int, title: str, part: DamagedPart, column: str) -> None:
        Exception.__init__(self, f"damaged.{part.value}")
        self.message_id = f"damaged.{part.value}"
        self.values = {"dossier_id": dossier_id, "title": title}
        self.dossier_id = dossier_id
        self.part = part
        self.column = column

    @property
    def step(self) -> StepId:
        return self.part.step

    def message(self, language: str = "nl") -> str:
        dutch, english = self.catalog[self.message_id]
        return (dutch if language == "nl" else english).format(**self.values)


__all__ = ["DAMAGED_PART_MESSAGES", "DamagedPart", "DamagedPartError"]
