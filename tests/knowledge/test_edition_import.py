"""Importing a later edition of one source: good files replace it, bad ones change nothing."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isv_desktop.domain.risk.diff import diff_scans
from isv_desktop.domain.risk.engine import scan
from isv_desktop.domain.risk.levels import RiskLevel
from isv_desktop.knowledge.editions import import_edition, imported_editions, remove_imported_edition
from isv_desktop.knowledge.errors import KnowledgeFileError
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir

DOL_HEADER = "good,iso2,child_labour,forced_labour,forced_child_labour,input_good,input_iso2"
DOL_2024 = "\n".join(
    [
        DOL_HEADER,
        "Rubber Gloves,MY,no,yes,no,,",
        "Rubber Gloves,VN,no,yes,no,,",  # VN: no other source names forced labour for gloves there
        "Polysilicon,CN,no,yes,no,,",
        "Solar Modules,CN,no,no,no,Polysilicon,CN",
        "Cotton,IN,yes,yes,yes,,",
    ]
) + "\n"


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


@pytest.fixture
def user_dir(tmp_path):
    return tmp_path / "knowledge"


def write(tmp_path, content, name="import.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def snapshot(folder: Path):
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_new_dol_edition_replaces_only_that_source(knowledge, user_dir, tmp_path):
    outcome = import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024), "2024", "2024-09")
    assert (outcome.info.edition, outcome.info.rows, outcome.previous_edition) == ("2024", 5, "2022")
    assert "Gloves" in outcome.group_goods_not_listed
    reloaded = load_knowledge_base(resources_dir(), user_dir)
    assert reloaded.editions["us_dol_goods"] == "2024"
    assert reloaded.sources["us_dol_goods"].published == "2024-09"
    assert reloaded.editions["ituc_gri"] == "2026"
    assert reloaded.ratings == knowledge.ratings and reloaded.groups == knowledge.groups
    assert len(reloaded.listings) == 5
    result = scan(reloaded, ["handschoenen"], ["VN"])
    assert result.level("forced_labour") is RiskLevel.HIGH
    assert {(r.source_id, r.edition) for r in result.themes["forced_labour"].reasons} == {("us_dol_goods", "2024")}
    assert set(imported_editions(user_dir)) == {"us_dol_goods"}


def test_rescanning_after_the_new_edition_shows_the_change(knowledge, user_dir, tmp_path):
    before = scan(knowledge, ["handschoenen"], ["VN"])
    import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024), "2024")
    after = scan(load_knowledge_base(resources_dir(), user_dir), ["handschoenen"], ["VN"])
    diff = diff_scans(before, after)
    change = next(c for c in diff.themes if c.theme.value == "forced_labour")
    assert (change.level_before, change.level_after) == (RiskLevel.UNKNOWN, RiskLevel.HIGH)


def test_a_new_ituc_edition_from_dutch_excel_is_accepted(knowledge, user_dir, tmp_path):
    content = "\ufeffcountry;ISO2;Rating\r\nNederland;NL;4\r\nMaleisië;my;5 +\r\n"
    import_edition(knowledge, user_dir, "ituc_gri", write(tmp_path, content), "2027")
    reloaded = load_knowledge_base(resources_dir(), user_dir)
    assert reloaded.editions == {**knowledge.editions, "ituc_gri": "2027"}
    assert reloaded.listings == knowledge.listings
    assert {c: r.rating for c, r in reloaded.ratings.items()} == {"NL": "4", "MY": "5+"}
    assert scan(reloaded, ["werkkleding"], ["NL"]).level("freedom_of_association") is RiskLevel.MEDIUM


def test_removing_the_imported_edition_returns_to_the_shipped_one(knowledge, user_dir, tmp_path):
    import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024), "2024")
    assert remove_imported_edition(user_dir, "us_dol_goods")
    assert load_knowledge_base(resources_dir(), user_dir).editions["us_dol_goods"] == "2022"
    assert not remove_imported_edition(user_dir, "us_dol_goods")


def test_a_second_import_replaces_the_first(knowledge, user_dir, tmp_path):
    import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024), "2024")
    import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_HEADER + "\nTea,KE,yes,no,no,,\n"), "2026")
    reloaded = load_knowledge_base(resources_dir(), user_dir)
    assert reloaded.editions["us_dol_goods"] == "2026" and len(reloaded.listings) == 1
    assert sorted(p.name for p in user_dir.iterdir()) == ["us_dol_goods"]


LATIN1 = (DOL_HEADER + "\nRubber Gloves,MY,no,yes,no,,\nAçaí Berries,BR,yes,no,no,,\n").encode("latin-1")

BAD_FILES = [
    ("missing columns", "good,iso2,child_labour\nTea,KE,yes\n", 1, "knowledge.missing_columns"),
    ("unknown country", DOL_HEADER + "\nTea,KE,yes,no,no,,\nTea,QQ,yes,no,no,,\n", 3, "knowledge.unknown_country"),
    ("duplicate rows", DOL_HEADER + "\nTea,KE,yes,no,no,,\nCoffee,KE,yes,no,no,,\nTea,ke,no,yes,no,,\n", 4, "knowledge.duplicate_row"),
    ("utf-16", DOL_2024.encode("utf-16"), 1, "knowledge.utf16"),
    ("utf-16 without bom", DOL_2024.encode("utf-16-le"), 1, "knowledge.utf16"),
    ("latin-1", LATIN1, 3, "knowledge.not_utf8"),
    ("bad flag", DOL_HEADER + "\nTea,KE,sometimes,no,no,,\n", 2, "knowledge.bad_flag"),
    ("forced child without both", DOL_HEADER + "\nTea,KE,yes,no,yes,,\n", 2, "knowledge.forced_child_without_both"),
    ("input not listed", DOL_HEADER + "\nSolar Modules,CN,no,no,no,Polysilicon,CN\n", 2, "knowledge.input_not_listed"),
    ("nothing listed", DOL_HEADER + "\nTea,KE,no,no,no,,\n", 2, "knowledge.nothing_listed"),
    ("field count", DOL_HEADER + "\nTea,KE,yes,no\n", 2, "knowledge.field_count"),
    ("missing value", DOL_HEADER + "\n,KE,yes,no,no,,\n", 2, "knowledge.missing_value"),
    ("binary", b"good,iso2,child_labour,forced_labour\nTea,KE,\x01yes,no\n", 2, "knowledge.binary"),
    ("bad quoting", DOL_HEADER + '\nTea,KE,yes,no,no,,\n"Te"a,KE,yes,no,no,,\n', 3, "knowledge.csv_syntax"),
    ("header only", DOL_HEADER + "\n", 2, "knowledge.no_rows"),
    ("empty", b"", None, "knowledge.empty"),
]


@pytest.mark.parametrize("with_previous_import", [False, True])
@pytest.mark.parametrize("name, content, line, message_id", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_file_that_does_not_fit_is_refused_with_its_line_and_nothing_changes(
    knowledge, user_dir, tmp_path, name, content, line, message_id, with_previous_import
):
    if with_previous_import:
        import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024, "first.csv"), "2024")
    before = snapshot(user_dir)
    with pytest.raises(KnowledgeFileError) as raised:
        import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, content), "2026")
    error = raised.value
    assert (error.message_id, error.line) == (message_id, line)
    if line is not None:
        assert f"import.csv, regel {line}: " in error.message("nl")
        assert f"import.csv, line {line}: " in error.message("en")
    assert error.message("nl") != error.message("en")
    assert snapshot(user_dir) == before


@pytest.mark.parametrize(
    "content, line, message_id",
    [
        ("iso2,rating\nNL,2\nNL,3\n", 3, "knowledge.duplicate_row"),
        ("iso2,rating\nNL,6\n", 2, "knowledge.bad_rating"),
        ("iso2,rating\nNederland,2\n", 2, "knowledge.unknown_country"),
        ("land,score\nNL,2\n", 1, "knowledge.missing_columns"),
    ],
)
def test_a_bad_ituc_file_is_refused_with_its_line(knowledge, user_dir, tmp_path, content, line, message_id):
    with pytest.raises(KnowledgeFileError) as raised:
        import_edition(knowledge, user_dir, "ituc_gri", write(tmp_path, content), "2027")
    assert (raised.value.message_id, raised.value.line) == (message_id, line)
    assert snapshot(user_dir) == {}


@pytest.mark.parametrize(
    "source_id, edition, published, message_id",
    [
        ("oecd_minerals", "2024", "", "knowledge.not_importable"),
        ("us_dol_goods", "", "", "knowledge.bad_edition"),
        ("us_dol_goods", "2024/../..", "", "knowledge.bad_edition"),
        ("us_dol_goods", "2024", "september", "knowledge.bad_published"),
    ],
)
def test_edition_and_source_are_checked(knowledge, user_dir, tmp_path, source_id, edition, published, message_id):
    with pytest.raises(KnowledgeFileError) as raised:
        import_edition(knowledge, user_dir, source_id, write(tmp_path, DOL_2024), edition, published)
    assert raised.value.message_id == message_id
    assert snapshot(user_dir) == {}


def test_a_damaged_imported_edition_is_reported_when_loading(knowledge, user_dir, tmp_path):
    import_edition(knowledge, user_dir, "us_dol_goods", write(tmp_path, DOL_2024), "2024")
    (user_dir / "us_dol_goods" / "edition.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as raised:
        load_knowledge_base(resources_dir(), user_dir)
    assert raised.value.message_id == "knowledge.broken_edition"
    assert "edition.json" in raised.value.message("en")


def check_arbitrary_import(knowledge, tmp_path, content: bytes):
    folder = tmp_path / "hypothesis"
    before = snapshot(folder)
    path = tmp_path / "arbitrary.csv"
    path.write_bytes(content)
    try:
        outcome = import_edition(knowledge, folder, "us_dol_goods", path, "2099")
    except KnowledgeFileError as error:
        assert error.message("nl") and error.message("en")
        assert error.line is None or error.line >= 1
        assert snapshot(folder) == before
    else:
        assert outcome.info.rows >= 1
        assert load_knowledge_base(resources_dir(), folder).editions["us_dol_goods"] == "2099"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400))
def test_arbitrary_bytes_are_imported_or_refused_cleanly(knowledge, tmp_path, content):
    check_arbitrary_import(knowledge, tmp_path, content)


ROW_VALUES = st.sampled_from(["Tea", "KE", "MY", "yes", "no", "ja", "", "Rubber Gloves", "Polysilicon", "CN", "é", '"', "5+"])
ROWS = st.lists(st.lists(st.one_of(ROW_VALUES, st.text(max_size=8)), min_size=0, max_size=8), max_size=6)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, separator=st.sampled_from([",", ";"]))
def test_arbitrary_rows_under_a_valid_header_are_imported_or_refused_cleanly(knowledge, tmp_path, rows, separator):
    text = separator.join(DOL_HEADER.split(",")) + "\n" + "\n".join(separator.join(r) for r in rows)
    check_arbitrary_import(knowledge, tmp_path, text.encode("utf-8", errors="surrogatepass"))
