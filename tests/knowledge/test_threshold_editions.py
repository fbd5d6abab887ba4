"""The EU threshold table as reference data with an edition: shipped, or imported as a newer edition."""
import json
from datetime import date
from decimal import Decimal

import pytest

from isv_desktop.knowledge.threshold_file_errors import ThresholdFileError
from isv_desktop.knowledge.thresholds import (
    import_threshold_edition,
    load_threshold_edition,
    remove_threshold_edition,
)
from isv_desktop.paths import resources_dir

SHIPPED = resources_dir() / "thresholds" / "eu_thresholds.json"


def newer_table(tmp_path, **changes):
    """The shipped table with a 2028–2029 period added (figures invented for the test, marked as such)."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data["periods"].append({"start": "2028-01-01", "end": "2029-12-31", "supplies_services": "219000",
                            "works": "5480000", "social_services": "750000", "source": "test regulation 2028"})
    data.update(changes)
    path = tmp_path / "drempels_2028.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_imported_edition_replaces_the_shipped_table(tmp_path):
    editions = tmp_path / "editions"
    info = import_threshold_edition(editions, newer_table(tmp_path), "2028", "2027-10")
    assert (info.edition, info.published, info.rows, info.imported_from) == ("2028", "2027-10", 5, "drempels_2028.json")
    table = load_threshold_edition(resources_dir(), editions)
    assert table.edition == "2028" and table.imported == info
    last = table.periods[-1]
    assert (last.start, last.supplies_services, last.source) == (date(2028, 1, 1), Decimal("219000"), "test regulation 2028")
    assert remove_threshold_edition(editions)
    assert load_threshold_edition(resources_dir(), editions).edition == "2026"


@pytest.mark.parametrize(
    "content, word",
    [
        ("", "leeg"),
        ("{\"periods\": []}", "periods"),
        ("{\"periods\": [{\"start\": \"2028-01-01\", \"end\": \"2027-01-01\", \"supplies_services\": \"1\", "
         "\"works\": \"1\", \"source\": \"x\"}]}", "ends before"),
        ("{\"periods\": [{\"start\": \"2028-01-01\", \"end\": \"2029-01-01\", \"supplies_services\": \"veel\", "
         "\"works\": \"1\", \"source\": \"x\"}]}", "supplies_services"),
        ("{\"periods\": [{\"start\": \"2028-01-01\", \"end\": \"2029-01-01\", \"works\": \"1\", \"source\": \"x\"}]}",
         "supplies_services is missing"),
        ("{\"periods\": [{\"start\": \"2028-01-01\", \"end\": \"2029-12-31\", \"supplies_services\": \"1\", "
         "\"works\": \"1\", \"source\": \"x\"}, {\"start\": \"2029-01-01\", \"end\": \"2030-12-31\", "
         "\"supplies_services\": \"1\", \"works\": \"1\", \"source\": \"x\"}]}", "overlap"),
        ("periode;drempel\n2028;219000\n", "drempeltabel"),
    ],
)
def test_a_file_that_does_not_fit_is_refused_and_changes_nothing(tmp_path, content, word):
    editions = tmp_path / "editions"
    import_threshold_edition(editions, newer_table(tmp_path), "2028")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ThresholdFileError) as refused:
        import_threshold_edition(editions, bad, "2030")
    assert word in refused.value.message("nl") and "bad.json" in refused.value.message("nl")
    assert load_threshold_edition(resources_dir(), editions).edition == "2028"


def test_a_bad_edition_name_is_refused(tmp_path):
    with pytest.raises(ThresholdFileError):
        import_threshold_edition(tmp_path / "editions", newer_table(tmp_path), "../2028")


def test_a_damaged_imported_edition_is_said_not_hidden(tmp_path):
    editions = tmp_path / "editions"
    import_threshold_edition(editions, newer_table(tmp_path), "2028")
    (editions / "eu_thresholds" / "data.json").write_text("{", encoding="utf-8")
    with pytest.raises(ThresholdFileError) as broken:
        load_threshold_edition(resources_dir(), editions)
    assert "beschadigd" in broken.value.message("nl")
