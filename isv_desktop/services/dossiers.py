"""Use cases on dossiers: create, edit a field, rename, duplicate, archive, delete, list."""
from __future__ import annotations

from typing import Callable

from ..domain.dossier import Dossier, DossierStatus
from ..domain.dossier_edits import apply_edit
from ..domain.dossier_query import DossierQuery
from ..storage.database import Database
from ..storage.dossier_copies import DossierCopies
from ..storage.dossier_repository import DossierRepository
from ..storage.row_ids import stored_id
from .changes import Change
from .dossier_copies import mark_as_copy
from .use_case import use_case

# Called in the edit's transaction with the dossier before and after it: what depends on a field follows it
# (the progress reports follow the contract dates, the scan's first product group follows the CPV code).
EditFollower = Callable[[Dossier, Dossier], None]


class DossierService:
    changes = frozenset({Change.DOSSIER, Change.DUE})  # what its use cases store (services.changes)

    def __init__(self, repository: DossierRepository, database: Database,
                 follow_edit: EditFollower | None = None) -> None:
        self._repository = repository
        self._database = database
        self._follow_edit = follow_edit
        self._copies = DossierCopies(database)

    @use_case
    def create(self, title: str, organisation: str = "") -> Dossier:
        draft = apply_edit(Dossier(), "title", title)
        draft = apply_edit(draft, "organisation", organisation)
        return self._repository.add(draft)

    def get(self, dossier_id: int) -> Dossier:
        return self._repository.get(dossier_id)

    @use_case
    def edit(self, dossier_id: int, field: str, value: object) -> Dossier:
        """Validate and store one field at once; on bad input nothing is stored."""
        current = self._repository.get(dossier_id)
        changed = apply_edit(current, field, value)
        if changed == current:
            return current
        stored = self._repository.save(changed)
        if self._follow_edit is not None:
            self._follow_edit(current, stored)
        return stored

    @use_case
    def rename(self, dossier_id: int, title: str) -> Dossier:
        return self.edit(dossier_id, "title", title)

    @use_case
    def duplicate(self, dossier_id: int, title_suffix: str = " (kopie)", language: str = "nl") -> Dossier:
        """A copy of the dossier's step 1, marked as a copy and left out of the yearly report (the same tender;
        the buyer may count it again in the report when it became a tender of its own)."""
        original = self._repository.get(dossier_id)
        copy = self._repository.add(original.with_changes(id=None, title=(original.title + title_suffix)[:500]))
        mark_as_copy(self._copies, stored_id(copy.id), original, language)
        return copy

    @use_case
    def archive(self, dossier_id: int) -> Dossier:
        return self.edit(dossier_id, "status", DossierStatus.ARCHIVED.value)

    @use_case
    def unarchive(self, dossier_id: int) -> Dossier:
        return self.edit(dossier_id, "status", DossierStatus.ACTIVE.value)

    @use_case
    def delete(self, dossier_id: int) -> Dossier:
        """Hide the dossier at once and return it as it was, so the caller can offer undo.

        Its data stays in the file until the file is next opened, then it is purged.
        """
        before = self._repository.get(dossier_id)
        self.edit(dossier_id, "status", DossierStatus.DELETED.value)
        return before

    @use_case
    def undo_delete(self, deleted: Dossier) -> Dossier:
        return self.edit(stored_id(deleted.id), "status", deleted.status.value)

    @use_case
    def purge_deleted(self) -> int:
        return self._repository.purge_deleted()

    def count(self, query: DossierQuery = DossierQuery()) -> int:
        return self._repository.count(query)

    def page(self, query: DossierQuery, offset: int, limit: int) -> list[Dossier]:
        return self._repository.page(query, offset, limit)

    def page_after(self, query: DossierQuery, after, limit: int, backwards: bool = False) -> list[tuple[tuple, Dossier]]:
        """(key, dossier) pairs read on from the row with key ``after`` (see storage/dossier_keyset.py)."""
        return self._repository.page_after(query, after, limit, backwards)

    def keys_after(self, query: DossierQuery, after, limit: int, backwards: bool = False) -> list[tuple]:
        return self._repository.keys_after(query, after, limit, backwards)

    def all(self, include_archived: bool = True) -> list[Dossier]:
        return self._repository.all(include_archived)
