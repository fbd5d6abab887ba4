"""The dossier's exports read and write the domain records themselves: no ``*Snapshot`` class copies one (issue 14)."""
from __future__ import annotations

import ast
from pathlib import Path

import isv_desktop

PACKAGE = Path(isv_desktop.__file__).parent


def snapshot_classes(root: Path) -> list[str]:
    """``path:line name`` of every class under ``root`` whose name ends in "Snapshot"."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Snapshot"):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name}")
    return found


def test_no_class_of_the_program_is_a_snapshot_copy_of_a_record():
    assert snapshot_classes(PACKAGE) == []  # use the domain record (and DossierContents to gather them) instead


def test_the_scan_finds_a_snapshot_class(tmp_path):
    package = tmp_path / "isv_desktop"
    (package / "domain").mkdir(parents=True)
    (package / "domain" / "records.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass MeetingSnapshot:\n    held_on: str\n")
    assert snapshot_classes(package) == ["isv_desktop/domain/records.py:5 MeetingSnapshot"]
