from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.domain.monitoring import SignalSourceKind
from isv_desktop.domain.monitoring_records import Signal
from isv_desktop.domain.signals import DossierScope, fold, names_match, touched_dossiers


def signal(**kwargs):
    return Signal(date(2025, 6, 1), SignalSourceKind.PRESS, "Dwangarbeid bij handschoenfabrieken", **kwargs)


def test_a_glove_signal_from_malaysia_touches_the_gloves_dossier_only():
    gloves = DossierScope(1, "Handschoenen", {"handschoenen"}, {"MY"})
    furniture = DossierScope(2, "Meubilair", {"meubilair_hout"}, {"VN", "MY"})
    touched = touched_dossiers(signal(country="MY", group_id="handschoenen"), [gloves, furniture])
    assert [t.dossier_id for t in touched] == [1]


def test_brand_names_match_without_case_and_accents():
    scope = DossierScope(3, "Zonnepanelen", {"zonnepanelen"}, {"CN"}, brands={"Ningbo Solár"})
    assert [t.because for t in touched_dossiers(signal(brand="NINGBO SOLAR"), [scope])] == [("brand",)]
    assert touched_dossiers(signal(brand="Solarwinds"), [scope]) == []


def test_fold_and_names():
    assert fold("Đồng Nai  MAY Mặc") == "dong nai may mac"
    assert fold("Łódź Tekstil") == "lodz tekstil"
    assert names_match("Kleding B.V.", "kleding bv")
    assert names_match("Top Glove", "Top Glove Corporation Bhd")


@given(st.text(max_size=40))
def test_a_name_always_matches_itself_unless_empty(name):
    assert names_match(name, name) == bool(fold(name))
