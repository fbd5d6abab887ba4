"""Step 2 in the database: scope, stored scans, judgements, own risks and stakeholder log."""
from __future__ import annotations

import json
from datetime import date, datetime

from ..domain.damaged_parts import DamagedPart
from ..domain.risk.assessment import ScanResult
from ..domain.risk.inputs import TracedInput
from ..domain.risk.record import scan_from_record, scan_to_record
from ..domain.risk_scan_record import (
    OwnRisk,
    ProductionCountry,
    ProductionStage,
    StakeholderConsultation,
    StakeholderKind,
    ThemeJudgement,
)
from ..domain.themes import Theme
from .database import Database
from .row_ids import inserted_id
from .stored_json import decoded


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class RiskScanRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = database.connection
        self._last_decoded: tuple[int, str, ScanResult] | None = None  # (snapshot id, its stored text, the scan)

    @property
    def database(self) -> Database:
        """The dossier file this repository reads and writes (for a use case's one transaction)."""
        return self._database

    # -- scope -----------------------------------------------------------------
    def groups(self, dossier_id: int) -> list[str]:
        rows = self._connection.execute(
            "SELECT group_id FROM scan_groups WHERE dossier_id = ? ORDER BY position", (dossier_id,)
        )
        return [row[0] for row in rows]

    def add_group(self, dossier_id: int, group_id: str) -> None:
        with self._database.transaction():
            position = self._connection.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM scan_groups WHERE dossier_id = ?", (dossier_id,)
            ).fetchone()[0]
            self._connection.execute(
                "INSERT OR IGNORE INTO scan_groups (dossier_id, group_id, position) VALUES (?, ?, ?)",
                (dossier_id, group_id, position),
            )

    def remove_group(self, dossier_id: int, group_id: str) -> None:
        with self._database.transaction():
            self._connection.execute(
                "DELETE FROM scan_traced_inputs WHERE dossier_id = ? AND group_id = ?", (dossier_id, group_id)
            )
            self._connection.execute(
                "DELETE FROM scan_countries WHERE dossier_id = ? AND group_id = ?", (dossier_id, group_id)
            )
            self._connection.execute(
                "DELETE FROM scan_groups WHERE dossier_id = ? AND group_id = ?", (dossier_id, group_id)
            )

    def countries(self, dossier_id: int) -> list[ProductionCountry]:
        rows = self._connection.execute(
            "SELECT id, group_id, country, stage FROM scan_countries WHERE dossier_id = ? ORDER BY id",
            (dossier_id,),
        )
        return [ProductionCountry(g, c, ProductionStage(s), id=i) for i, g, c, s in rows]

    def add_country(self, dossier_id: int, entry: ProductionCountry) -> None:
        with self._database.transaction():
            self._connection.execute(
                "INSERT OR IGNORE INTO scan_countries (dossier_id, group_id, country, stage) VALUES (?, ?, ?, ?)",
                (dossier_id, entry.group_id, entry.country, entry.stage.value),
            )

    def remove_country(self, dossier_id: int, entry_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM scan_countries WHERE dossier_id = ? AND id = ?", (dossier_id, entry_id))

    # -- traced origins of critical inputs -------------------------------------
    def traced_inputs(self, dossier_id: int) -> list[tuple[int, TracedInput]]:
        rows = self._connection.execute(
            "SELECT id, group_id, good, country, recorded_on FROM scan_traced_inputs WHERE dossier_id = ? ORDER BY id",
            (dossier_id,),
        )
        return [(i, TracedInput(g, good, c, on)) for i, g, good, c, on in rows]

    def add_traced_input(self, dossier_id: int, traced: TracedInput) -> None:
        with self._database.transaction():
            self._connection.execute(
                "INSERT OR IGNORE INTO scan_traced_inputs (dossier_id, group_id, good, country, recorded_on)"
                " VALUES (?, ?, ?, ?, ?)",
                (dossier_id, traced.group_id, traced.good, traced.country, traced.recorded_on),
            )

    def remove_traced_input(self, dossier_id: int, entry_id: int) -> None:
        with self._database.transaction():
            self._connection.execute(
                "DELETE FROM scan_traced_inputs WHERE dossier_id = ? AND id = ?", (dossier_id, entry_id)
            )

    # -- the scan as it was made ---------------------------------------------
    def store_scan(self, dossier_id: int, result: ScanResult) -> None:
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO scan_snapshots (dossier_id, made_at, record_json) VALUES (?, ?, ?)",
                (dossier_id, _now(), json.dumps(scan_to_record(result), ensure_ascii=False)),
            )

    def latest_scan(self, dossier_id: int) -> tuple[ScanResult, datetime] | None:
        row = self._connection.execute(
            "SELECT id, record_json, made_at FROM scan_snapshots WHERE dossier_id = ? ORDER BY id DESC LIMIT 1",
            (dossier_id,),
        ).fetchone()
        if row is None:
            return None
        snapshot_id, text, made_at = row
        last = self._last_decoded
        if last is not None and last[0] == snapshot_id and last[1] == text:
            result = last[2]  # the same stored text as the last one decoded (issue 15: the step marks, step 2 and
            # step 3 each read the open dossier's scan; a large one took milliseconds to decode each time)
        else:
            result = decoded(self._connection, text, dossier_id, DamagedPart.SCAN, "record_json", scan_from_record)
            self._last_decoded = (snapshot_id, text, result)
        return result, datetime.fromisoformat(made_at)

    def scan_count(self, dossier_id: int) -> int:
        return self._connection.execute("SELECT count(*) FROM scan_snapshots WHERE dossier_id = ?", (dossier_id,)).fetchone()[0]

    # -- the buyer's judgement -------------------------------------------------
    def judgements(self, dossier_id: int) -> dict[Theme, ThemeJudgement]:
        rows = self._connection.execute(
            "SELECT theme, severity, likelihood, note FROM theme_judgements WHERE dossier_id = ?", (dossier_id,)
        )
        return {Theme(t): ThemeJudgement(Theme(t), s, l, n) for t, s, l, n in rows}

    def save_judgement(self, dossier_id: int, judgement: ThemeJudgement) -> None:
        with self._database.transaction():
            self._connection.execute(
                "INSERT INTO theme_judgements (dossier_id, theme, severity, likelihood, note) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (dossier_id, theme) DO UPDATE SET severity = excluded.severity, "
                "likelihood = excluded.likelihood, note = excluded.note",
                (dossier_id, judgement.theme.value, judgement.severity, judgement.likelihood, judgement.note),
            )

    # -- own risks --------------------------------------------------------------
    def own_risks(self, dossier_id: int) -> list[OwnRisk]:
        rows = self._connection.execute(
            "SELECT id, theme, description, source, attachment_name, attachment, created_at "
            "FROM own_risks WHERE dossier_id = ? ORDER BY id",
            (dossier_id,),
        )
        return [
            OwnRisk(Theme(t), d, s, name, blob, id=i, created_at=datetime.fromisoformat(c))
            for i, t, d, s, name, blob, c in rows
        ]

    def add_own_risk(self, dossier_id: int, risk: OwnRisk) -> int:
        with self._database.transaction():
            cursor = self._connection.execute(
                "INSERT INTO own_risks (dossier_id, theme, description, source, attachment_name, attachment, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (dossier_id, risk.theme.value, risk.description, risk.source, risk.attachment_name, risk.attachment, _now()),
            )
            return inserted_id(cursor)

    def remove_own_risk(self, dossier_id: int, risk_id: int) -> None:
        with self._database.transaction():
            self._connection.execute("DELETE FROM own_risks WHERE dossier_id = ? AND id = ?", (dossier_id, risk_id))

    # -- stakeholder log --------------------------------------------------------
    def consultations(self, dossier_id: int) -> list[StakeholderConsultation]:
        rows = self._connection.execute(
            "SELECT id, kind, organisation, consulted_on, themes, outcome FROM stakeholder_consultations "
            "WHERE dossier_id = ? ORDER BY consulted_on, id",
            (dossier_id,),
        )
        return [
            StakeholderConsultation(
                StakeholderKind(k), o, date.fromisoformat(d), tuple(Theme(t) for t in th.split(",") if t), out, id=i
            )
            for i, k, o, d, th, out in rows
        ]

    def add_consultation(self, dossier_id: int, item: StakeholderConsultation) -> int:
        with self._database.transaction():
            cursor = self._connection.execute(
                "INSERT INTO stakeholder_consultations (dossier_id, kind, organisation, consulted_on, themes, outcome) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (dossier_id, item.kind.value, item.organisation, item.consulted_on.isoformat(),
                 ",".join(t.value for t in item.themes), item.outcome),
            )
            return inserted_id(cursor)

    def remove_consultation(self, dossier_id: int, item_id: int) -> None:
        with self._database.transaction():
            self._connection.execute(
                "DELETE FROM stakeholder_consultations WHERE dossier_id = ? AND id = ?", (dossier_id, item_id)
            )
