from datetime import date
from decimal import Decimal

import pytest

from isv_desktop.domain.dossier import Dossier, DossierStatus, ProcedureType
from isv_desktop.domain.dossier_query import DossierQuery, SortKey
from isv_desktop.domain.messages import UserError
from isv_desktop.storage.database import open_database
from isv_desktop.storage.dossier_repository import DossierRepository


@pytest.fixture
def repository(tmp_path):
    database = open_database(tmp_path / "d.sqlite")
    yield DossierRepository(database)
    database.close()


def test_a_dossier_round_trips_exactly(repository):
    original = Dossier(
        title="Zonnepanelen <b>&amp;</b> 宁波",
        organisation="Gemeente Ede",
        reference="=HYPERLINK(\"x\")",
        subject="x" * 10_000,
        cpv_code="09331000-8",
        procedure=ProcedureType.COMPETITIVE_DIALOGUE,
        estimated_value=Decimal("1250000.55"),
        contract_start=date(2027, 1, 1),
        duration_months=36,
        risk_category="energie",
    )
    stored = repository.add(original)
    again = repository.get(stored.id)
    for field in ("title", "organisation", "reference", "subject", "cpv_code", "procedure",
                  "estimated_value", "contract_start", "duration_months", "risk_category"):
        assert getattr(again, field) == getattr(original, field), field


def test_search_sort_and_archive(repository):
    for title, ref in [("Catering raadhuis", "B-2"), ("Werkkleding", "A-1"), ("Koffie en thee", "C-3")]:
        repository.add(Dossier(title=title, reference=ref))
    assert repository.count(DossierQuery(search="kleding")) == 1
    by_reference = repository.page(DossierQuery(sort=SortKey.REFERENCE, descending=False), 0, 10)
    assert [d.reference for d in by_reference] == ["A-1", "B-2", "C-3"]
    koffie = repository.page(DossierQuery(search="koffie"), 0, 10)[0]
    repository.save(koffie.with_changes(status=DossierStatus.ARCHIVED))
    assert repository.count() == 2
    assert repository.count(DossierQuery(include_archived=True)) == 3


def test_search_treats_percent_and_underscore_literally(repository):
    repository.add(Dossier(title="100% katoen"))
    repository.add(Dossier(title="1000 katoen"))
    assert [d.title for d in repository.page(DossierQuery(search="0%"), 0, 10)] == ["100% katoen"]


def test_deleted_dossiers_are_hidden_and_purged_with_their_steps(repository):
    kept = repository.add(Dossier(title="Blijft"))
    gone = repository.add(Dossier(title="Weg"))
    repository.save(gone.with_changes(status=DossierStatus.DELETED))
    assert [d.title for d in repository.all()] == ["Blijft"]
    assert repository.purge_deleted() == 1
    with pytest.raises(UserError):
        repository.get(gone.id)
    assert repository.get(kept.id).title == "Blijft"
