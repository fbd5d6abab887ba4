"""Names proposed for exports are valid on Windows, whatever the buyer typed."""
import re

from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.file_names import MAX_STEM, safe_file_stem

# Windows' rules, written out here (not taken from the library under test).
RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def valid_on_windows(name: str) -> bool:
    return bool(name) and not RESERVED.match(name) and not REFUSED.search(name) and name[-1] not in ". "


def test_reserved_device_names_are_changed():
    for typed in ("CON", "nul", "Com1", "LPT9", "AUX", "prn", "COM¹", "  CON.", "NUL.pdf"):
        stem = safe_file_stem(typed)
        assert valid_on_windows(stem + ".pdf"), (typed, stem)
        assert stem.upper().startswith(typed.strip(" .").upper().split(".")[0]), "the name stays recognisable"


def test_refused_characters_become_dashes_and_ordinary_names_stay():
    assert safe_file_stem('ZWO:2026/014 <Ontwerp> "A|B"?*') == "ZWO-2026-014 -Ontwerp- -A-B"
    assert safe_file_stem("Kantoormeubilair stadskantoor 2026") == "Kantoormeubilair stadskantoor 2026"
    assert safe_file_stem("Schoonmaak café Zuid…") == "Schoonmaak café Zuid…"
    assert safe_file_stem("...") == "" and safe_file_stem("") == ""


@given(st.text(max_size=200))
def test_any_text_gives_a_name_windows_accepts(typed):
    stem = safe_file_stem(typed)
    assert len(stem) <= MAX_STEM + 1  # + the "_" after a reserved name
    if stem:
        for suffix in (".pdf", ".xlsx"):
            assert valid_on_windows(stem + suffix), repr(stem)
        assert valid_on_windows(stem)
