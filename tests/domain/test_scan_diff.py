import json

from risk_fixtures import tiny_knowledge

from isv_desktop.domain.risk.diff import diff_scans
from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.facts import GoodListing
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.domain.risk.record import scan_from_record, scan_to_record
from isv_desktop.domain.themes import Theme


def test_a_scan_survives_the_round_trip_through_json():
    result = scan(tiny_knowledge(), ["clothes", "gadgets"], ["CC", "NL"], include_unknown_origin=True)
    record = json.loads(json.dumps(scan_to_record(result)))
    assert scan_from_record(record) == result


def test_the_same_scan_twice_shows_no_change():
    knowledge = tiny_knowledge()
    diff = diff_scans(scan(knowledge, ["clothes"], ["CC"]), scan(knowledge, ["clothes"], ["CC"]))
    assert diff.unchanged and not diff.editions


def test_a_newer_edition_shows_what_changed():
    old_listings = [GoodListing("Cloth", "CC", child_labour=False, forced_labour=True)]
    new_listings = [GoodListing("Cloth", "CC", child_labour=True, forced_labour=True)]
    before = scan(tiny_knowledge(listings=old_listings), ["clothes"], ["CC"])
    after = scan(tiny_knowledge(listings=new_listings, dol_edition="2024"), ["clothes"], ["CC"])
    diff = diff_scans(before, after)
    assert [(c.source_id, c.before, c.after) for c in diff.editions] == [("us_dol_goods", "2022", "2024")]
    child = next(c for c in diff.cells if c.theme is Theme.CHILD_LABOUR)
    assert (child.level_before, child.level_after) == (RiskLevel.UNKNOWN, RiskLevel.HIGH)
    assert child.level_changed and len(child.reasons_added) == 1 and not child.reasons_removed
    # the forced labour listing is repeated in the new edition: not a change
    assert not any(c.theme is Theme.FORCED_LABOUR for c in diff.cells)
    assert any(c.theme is Theme.CHILD_LABOUR for c in diff.themes)


def test_origins_that_appear_or_disappear_are_reported():
    before = scan(tiny_knowledge(), ["clothes"])
    listings = [GoodListing("Cloth", "NL", child_labour=True, forced_labour=False)]
    after = scan(tiny_knowledge(listings=listings), ["clothes"])
    diff = diff_scans(before, after)
    assert diff.origins_added == ("NL",) and diff.origins_removed == ("CC", "DD")
