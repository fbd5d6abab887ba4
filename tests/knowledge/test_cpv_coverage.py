"""Every code of the CPV 2008 tree reaches a product group (or an explicit "no known chain risk" group)."""
import csv

import pytest

from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def test_every_cpv_2008_code_resolves_to_a_group(reference_dir, knowledge):
    with (reference_dir / "cpv_2008.csv").open(encoding="utf-8", newline="") as handle:
        codes = [row["code"] for row in csv.DictReader(handle)]
    assert len(codes) == 9454
    unresolved = [code for code in codes if knowledge.group_for_cpv(code) is None]
    assert unresolved == []


def test_every_group_either_names_a_risk_basis_or_says_why_it_has_none(knowledge):
    sector_groups = {risk.group_id for risk in knowledge.sector_risks}
    for group in knowledge.groups.values():
        has_basis = bool(knowledge.goods_of(group.id)) or group.id in sector_groups or bool(group.includes)
        assert has_basis != group.has_no_known_chain_risk, group.id
