"""``isv-desktop scan``: the JSON object of issue 3, readable text, exit status 2 for unknown input."""
import argparse
import json

import pytest

from isv_desktop.cli import scan_command
from isv_desktop.domain.themes import Theme
from isv_desktop.knowledge.loader import load_knowledge_base
from isv_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(resources_dir())


def parse(*argv):
    parser = argparse.ArgumentParser(prog="isv-desktop")
    scan_command.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["scan", *argv])


def run_json(capsys, knowledge, *argv):
    assert scan_command.run(parse(*argv, "--json"), knowledge) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_exactly_the_shape_of_the_issue(capsys, knowledge):
    data = run_json(capsys, knowledge, "--cpv", "33141420-0", "--country", "MY")
    assert set(data) == {"groups", "countries", "themes", "origins"}
    assert data["groups"] == [
        {
            "id": "handschoenen",
            "name_nl": "Medische en wegwerphandschoenen",
            "cpv": ["33141420-0", "18424300-0", "18424000-7", "18141000-9"],
        }
    ]
    assert data["countries"] == ["MY"]
    assert list(data["themes"]) == [t.value for t in Theme]
    for theme in data["themes"].values():
        assert set(theme) == {"level", "reasons"}
        assert theme["level"] in {"high", "medium", "low", "unknown"}
        assert all(set(r) == {"source", "edition", "text"} for r in theme["reasons"])
    forced = data["themes"]["forced_labour"]
    assert forced["level"] == "high"
    assert {"source": "US DOL List of Goods", "edition": "2022", "text": "Rubberen handschoenen — Maleisië — dwangarbeid"} in forced["reasons"]
    for origin in data["origins"]:
        assert set(origin) == {"country", "goods", "child_labour", "forced_labour"}
    assert {"country": "MY", "goods": ["Rubber Gloves"], "child_labour": False, "forced_labour": True} in data["origins"]


def test_the_examples_of_the_issue(capsys, knowledge):
    solar = run_json(capsys, knowledge, "--cpv", "09331000-8", "--country", "CN")
    assert solar["themes"]["forced_labour"]["level"] == "high"
    workwear = run_json(capsys, knowledge, "--cpv", "18110000-3", "--country", "NL")
    for theme in ("forced_labour", "child_labour"):  # high only through the assumed origin of cotton
        reasons = workwear["themes"][theme]["reasons"]
        sources = {r["source"] for r in reasons if "katoen" not in r["text"].lower()}
        assert reasons and not sources & {"US DOL List of Goods", "US DOL List of Goods (2024 changes)"}
    assert workwear["themes"]["freedom_of_association"]["level"] == "low"
    unknown = run_json(capsys, knowledge, "--cpv", "33141420-0")
    assert unknown["countries"] == [] and "MY" in [o["country"] for o in unknown["origins"]]


def test_by_group_with_several_countries_in_english(capsys, knowledge):
    data = run_json(capsys, knowledge, "--group", "zonnepanelen", "--country", "CN", "de", "--lang", "en")
    assert data["countries"] == ["CN", "DE"]
    assert any("polysilicon" in r["text"] for r in data["themes"]["forced_labour"]["reasons"])


def test_text_output_is_readable_without_colour(capsys, knowledge):
    assert scan_command.run(parse("--cpv", "33141420-0", "--country", "MY"), knowledge) == 0
    out = capsys.readouterr().out
    assert "dwangarbeid: HOOG" in out
    assert "Rubberen handschoenen — Maleisië — dwangarbeid (US DOL List of Goods, 2022)" in out
    assert "kinderarbeid: ONBEKEND" in out
    assert "betekent niet dat het risico er niet is" in out


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--cpv", "99999999-9"], "99999999-9"),
        (["--cpv", "33141420"], "33141420"),
        (["--cpv", "33141420-0", "--country", "XX"], "XX"),
        (["--cpv", "33141420-0", "--country", "MY", "Malaysia"], "‘Malaysia’"),
        (["--group", "gloves"], "gloves"),
    ],
)
def test_unknown_cpv_group_or_country_is_an_error_on_stderr_with_status_2(capsys, knowledge, argv, fragment):
    assert scan_command.run(parse(*argv, "--json"), knowledge) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert fragment in captured.err


def test_cpv_or_group_is_required_and_not_both():
    with pytest.raises(SystemExit):
        parse("--country", "MY")
    with pytest.raises(SystemExit):
        parse("--cpv", "33141420-0", "--group", "handschoenen")


def test_run_loads_the_shipped_knowledge_base_by_itself(capsys):
    assert scan_command.run(parse("--group", "handschoenen", "--country", "MY", "--json")) == 0
    assert json.loads(capsys.readouterr().out)["themes"]["forced_labour"]["level"] == "high"
