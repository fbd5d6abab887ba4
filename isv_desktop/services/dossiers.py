"""Use cases on dossiers: create, edit a field, rename, duplicate, archive, delete, list."""
from __future__ import annotations

from ..domain.dossier import Dossier, DossierStatus
from ..domain.dossier_edits import apply_edit
from ..domain.dossier_query import DossierQuery
from ..storage.dossier_repository import DossierRepository


class DossierService:
    def __init__(self, repository: DossierRepository) -> None:
        self._repository = repository

    def create(self, title: str, organisation: str = "") -> Dossier:
        draft = apply_edit(Dossier(), "title", title)
        draft = apply_edit(draft, "organisation", organisation)
        return self._repository.add(draft)

    def get(self, dossier_id: int) -> Dossier:
        return self._repository.get(dossier_id)

    def edit(self, dossier_id: int, field: str, value: object) -> Dossier:
        """Validate and store one field at once; on bad input nothing is stored."""
        current = self._repository.get(dossier_id)
        changed = apply_edit(current, field, value)
        if changed == current:
            return current
        return self._repository.save(changed)

    def rename(self, dossier_id: int, title: str) -> Dossier:
        return self.edit(dossier_id, "title", title)

    def duplicate(self, dossier_id: int, title_suffix: str = " (kopie)") -> Dossier:
        original = self._repository.get(dossier_id)
        copy = original.with_changes(id=None, title=(original.title + title_suffix)[:500])
        return self._repository.add(copy)

    def archive(self, dossier_id: int) -> Dossier:
        return self.edit(dossier_id, "status", DossierStatus.ARCHIVED.value)

    def unarchive(self, dossier_id: int) -> Dossier:
        return self.edit(dossier_id, "status", DossierStatus.ACTIVE.value)

    def delete(self, dossier_id: int) -> Dossier:
        """Hide the dossier at once and return it as it was, so the caller can offer undo.

        Its data stays in the file until the file is next opened, then it is purged.
        """
        before = self._repository.get(dossier_id)
        self.edit(dossier_id, "status", DossierStatus.DELETED.value)
        return before

    def undo_delete(self, deleted: Dossier) -> Dossier:
        return self.edit(deleted.id, "status", deleted.status.value)

    def purge_deleted(self) -> int:
        return self._repository.purge_deleted()

    def count(self, query: DossierQuery = DossierQuery()) -> int:
        return self._repository.count(query)

    def page(self, query: DossierQuery, offset: int, limit: int) -> list[Dossier]:
        return self._repository.page(query, offset, limit)

    def all(self, include_archived: bool = True) -> list[Dossier]:
        return self._repository.all(include_archived)
