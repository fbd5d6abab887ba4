"""Any text, lone surrogates included, goes through the services into the file and out as PDF and workbook."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_samples import TODAY, fill_full_dossier  # noqa: E402

from isv_desktop.domain.dossier import Dossier  # noqa: E402
from isv_desktop.domain.dossier_edits import apply_edit  # noqa: E402
from isv_desktop.domain.monitoring import SignalSourceKind  # noqa: E402
from isv_desktop.services.session import open_session  # noqa: E402
from isv_desktop.storage.text_values import storable_text  # noqa: E402

ANY_CHARACTER = st.characters(blacklist_categories=())  # surrogates (Cs) included
texts = st.one_of(st.text(ANY_CHARACTER, max_size=40),
                  st.lists(st.sampled_from(["\udcff", "\ud83d", "\ude00", "\ud83d\ude00", "é", "a", " "]),
                           max_size=8).map("".join))


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def all_text(value, found: list[str]) -> list[str]:
    """Every string inside a snapshot (dataclasses, tuples, dicts)."""
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            all_text(key, found), all_text(item, found)
    elif isinstance(value, (tuple, list)):
        for item in value:
            all_text(item, found)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            all_text(getattr(value, name), found)
    return found


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("any_text")
    session = open_session(folder / "dossiers.sqlite", today=lambda: TODAY)
    yield session, folder
    session.close()


@pytest.mark.slow
@settings(max_examples=5, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),  # no slow shrinking
          suppress_health_check=[HealthCheck.too_slow,
                                                               HealthCheck.function_scoped_fixture])
@given(title=texts, note=texts, name=texts)
@example(title="Caf\udce9", note="\ud83d\ude00 en \udcff", name="\ud800")
def test_any_text_is_stored_and_exported_without_an_exception(session, title, note, name):
    session, folder = session
    dossier_id = fill_full_dossier(session, title=f"Dossier {title} eind", text=note, subject="Onderwerp " + note)
    for field in ("organisation", "reference", "contract_manager", "non_application_text"):
        session.dossiers.edit(dossier_id, field, note)
    supplier = session.suppliers.add_supplier(dossier_id, "Leverancier " + name, contact_person=name)
    session.suppliers.add_action(dossier_id, supplier.id, "Actie " + note, date(2026, 6, 1))
    session.risk_scan.add_own_risk(dossier_id, next(iter(session.risk_scan.high_themes(dossier_id))),
                                   "Eigen risico " + note, "Bron " + name)
    session.monitoring.add_delivered_product(dossier_id, "Product " + name, brand=note, model=note, site_name=note,
                                             site_address=note, components=((note, "CN"),), supplier_id=supplier.id)
    session.signals.log("Signaal " + note, TODAY, SignalSourceKind.PRESS, supplier_name=name, brand=note, link=note)

    snapshot = session.exports.snapshot(dossier_id)
    validated = apply_edit(Dossier(), "title", f"Dossier {title} eind").title  # the domain's own cleaning
    assert snapshot.dossier.title == storable_text(validated)
    assert not [text for text in all_text(snapshot, []) if has_surrogate(text)]
    session.exports.write_pdf(dossier_id, folder / "d.pdf")
    session.exports.write_xlsx(dossier_id, folder / "d.xlsx")
    assert openpyxl.load_workbook(folder / "d.xlsx").worksheets
