"""A dossier record as the version before DossierContents wrote it (format 2, its scan left out) still reads, and
is written back field for field: the domain records keep the workbook's layout (issue 14)."""
from __future__ import annotations

import json
from pathlib import Path

from isv_desktop.domain.dossier_contents_record import contents_from_record, contents_to_record
from isv_desktop.domain.suppliers import PlanOfAction

RECORD = Path(__file__).parent / "data" / "dossier_record_format_2.json"


def test_a_record_written_with_snapshot_classes_reads_and_writes_back_the_same():
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    contents = contents_from_record(record)
    assert contents_to_record(contents) == record
    suppliers = contents.suppliers
    assert [s.id for s in suppliers] == [1, 2, 3, 4] and [s.parent_id for s in suppliers] == [None, None, 2, 2]
    [sent] = contents.questionnaires_of(suppliers[1])
    assert sent.answers and sent.questionnaire.supplier_id == 2
    assert [c.supplier_id for c in contents.credentials] == [2, 3]
    assert contents.plan_of(suppliers[1]).points and contents.plan_of(suppliers[3]) == PlanOfAction(4)
    [audit] = contents.audits
    assert audit.supplier_id == 3 and len(contents.actions_of(audit)) == 2
    assert contents.escalations[0].supplier_id == 2 and contents.signal_followups[0].signal.text
