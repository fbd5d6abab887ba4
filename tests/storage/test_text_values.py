"""Text that UTF-8 cannot hold is stored replaced; a damaged value in the file never stops a read."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isv_desktop.storage.database import open_database
from isv_desktop.storage.dossier_repository import DossierRepository
from isv_desktop.storage.text_values import DamagedTextError, storable_text, strict_text

REPLACEMENT = "\ufffd"


@pytest.fixture
def database(tmp_path):
    database = open_database(tmp_path / "dossiers.sqlite")
    yield database
    database.close()


def test_a_lone_surrogate_is_stored_as_the_replacement_character_and_a_pair_as_its_character(database):
    repository = DossierRepository(database)
    from isv_desktop.domain.dossier import Dossier

    dossier = repository.add(Dossier(title="Caf\udce9", subject="lach \ud83d\ude00 en \udc80\ud800 einde"))
    assert dossier.title == "Caf" + REPLACEMENT
    assert dossier.subject == "lach \U0001F600 en " + REPLACEMENT * 2 + " einde"


def test_every_parameter_is_cleaned_also_in_json_and_in_sqlite_utils_inserts(database):
    connection = database.connection
    connection.execute("CREATE TABLE probe (a TEXT, b TEXT)")
    connection.executemany("INSERT INTO probe VALUES (?, ?)", [("\udcff", '["\udcff"]')])
    connection.execute("INSERT INTO probe VALUES (:a, :b)", {"a": "x\ud800", "b": "ok"})
    database["probe"].insert({"a": "\udfff", "b": None})
    assert connection.execute("SELECT a, b FROM probe").fetchall() == [
        (REPLACEMENT, f'["{REPLACEMENT}"]'), ("x" + REPLACEMENT, "ok"), (REPLACEMENT, None)]


@given(st.text(st.characters(blacklist_categories=())))
def test_storable_text_always_encodes_and_changes_only_surrogates(text):
    stored = storable_text(text)
    stored.encode("utf-8")
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert stored is text


def test_a_damaged_value_shows_replaced_in_reads_and_raises_in_strict_reads(database):
    repository = DossierRepository(database)
    from isv_desktop.domain.dossier import Dossier

    dossier = repository.add(Dossier(title="Goed"))
    other = sqlite3.connect(database.path)  # another program writes bytes that are not UTF-8
    with other:
        other.execute("UPDATE dossiers SET title = CAST(x'4b61ff' AS TEXT) WHERE id = ?", (dossier.id,))
    other.close()
    assert [d.title for d in repository.all()] == ["Ka" + REPLACEMENT]
    with pytest.raises(DamagedTextError) as raised, strict_text(database.connection):
        repository.get(dossier.id)
    assert raised.value.column == "title"
    assert repository.get(dossier.id).title == "Ka" + REPLACEMENT  # the block restored the factory
