"""Signal matching over names folded once when stored (issue 15): migration 0014 folds the names already stored,
and matching in SQL finds what the domain's rule (domain.signals.touched_dossiers) finds."""
from datetime import date

import pytest

from isv_desktop.domain.monitoring import SignalSourceKind
from isv_desktop.domain.monitoring_records import Signal
from isv_desktop.domain.risk_scan_record import ProductionStage
from isv_desktop.domain.signals import fold, touched_dossiers
from isv_desktop.services.session import open_session
from isv_desktop.storage.database import open_database
from isv_desktop.storage.migrations import SCHEMA
from isv_desktop.storage.signal_matching import touches

BEFORE = SCHEMA[:[step.name for step in SCHEMA].index("0014_folded_names")]
TODAY = date(2026, 3, 2)


def test_the_migration_folds_the_names_already_stored(tmp_path):
    path = tmp_path / "oud.sqlite"
    database = open_database(path, migrations=BEFORE)
    c = database.connection
    with database.transaction():
        c.execute("INSERT INTO dossiers (id, title, created_at, updated_at) VALUES (1, 'Kleding', '2025-01-01', '2025-01-01')")
        c.execute("INSERT INTO suppliers (id, dossier_id, name, role, created_at) "
                  "VALUES (1, 1, 'Đồng Nai  MAY B.V.', 'awarded', '2025-01-01')")
        c.execute("INSERT INTO delivered_products (id, dossier_id, product, brand, site_name) "
                  "VALUES (1, 1, 'Jas', 'Crème Brûlée', 'Fábrica São Paulo')")
    database.close()
    database = open_database(path)
    try:
        c = database.connection
        assert c.execute("SELECT name_folded FROM suppliers").fetchone() == ("dong nai may bv",)
        assert c.execute("SELECT brand_folded, site_name_folded FROM delivered_products").fetchone() == (
            "creme brulee", "fabrica sao paulo")
    finally:
        database.close()


@pytest.fixture
def session(tmp_path):
    s = open_session(tmp_path / "d.sqlite", today=lambda: TODAY)
    yield s
    s.close()


def some_dossiers(session) -> None:
    gloves = session.dossiers.create("Handschoenen").id
    session.risk_scan.add_group(gloves, "handschoenen")
    session.risk_scan.add_country(gloves, "handschoenen", "MY", ProductionStage.FINAL_ASSEMBLY)
    session.suppliers.add_supplier(gloves, "Top Glove Sdn. Bhd.", country="MY")
    clothes = session.dossiers.create("Werkkleding").id
    session.suppliers.add_supplier(clothes, "Đồng Nai May B.V.", country="VN")
    session.monitoring.add_delivered_product(clothes, "Jas", brand="Crème", site_name="Fábrica Norte",
                                             site_country="PT", components=(("katoen", "IN"),))
    gone = session.dossiers.create("Weg").id
    session.suppliers.add_supplier(gone, "Top Glove Europe", country="MY")
    session.dossiers.delete(gone)
    other = session.dossiers.create("Meubilair").id
    connection = session.database.connection
    with session.database.transaction():  # written by a path that does not fold: folded when matched
        connection.execute("INSERT INTO suppliers (dossier_id, name, role, created_at) "
                           "VALUES (?, 'TOP GLOVE holding', 'bidder', '2026-01-01')", (other,))
        connection.execute("INSERT INTO delivered_products (dossier_id, product, components_json) "
                           "VALUES (?, 'Stoel', 'not json')", (other,))
    clothes_supplier = session.suppliers.suppliers(clothes)[0]
    with session.database.transaction():  # renamed without its folded name: the trigger empties it
        connection.execute("UPDATE suppliers SET name = 'Saigon Garments' WHERE id = ?", (clothes_supplier.id,))


SIGNALS = [
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="top glove"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="Top Glove Sdn Bhd"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="Glove"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="dong nai may"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="SAIGON garments co"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", brand="CREME"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", brand="fabrica norte"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", country="MY"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", country="MY", group_id="handschoenen"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", country="MY", group_id="kleding"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", country="IN"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", country="PT", supplier_name="Top Glove", brand="Crème"),
    Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="...", brand=""),
]


@pytest.mark.parametrize("signal", SIGNALS, ids=range(len(SIGNALS)))
def test_matching_in_sql_finds_what_the_domain_rule_finds(session, signal):
    some_dossiers(session)
    expected = touched_dossiers(signal, session.signals._repository.scopes())
    assert session.signals.touched(signal) == sorted(expected, key=lambda t: t.dossier_id)


def test_names_are_folded_when_stored_and_a_rename_elsewhere_is_not_missed(session):
    some_dossiers(session)
    c = session.database.connection
    stored = dict(c.execute("SELECT name, name_folded FROM suppliers"))
    assert stored["Top Glove Sdn. Bhd."] == fold("Top Glove Sdn. Bhd.") == "top glove sdn bhd"
    assert stored["Saigon Garments"] is None and stored["TOP GLOVE holding"] is None
    touched = touches(c, Signal(TODAY, SignalSourceKind.PRESS, "x", supplier_name="Saigon Garments"))
    assert [t.title for t in touched] == ["Werkkleding"]
