"""Loads the reference data shipped in ``resources/`` into domain objects.

- :func:`load_knowledge_base` — the knowledge base of the risk scan.
- :func:`import_edition` / :func:`remove_imported_edition` / :func:`imported_editions`
  — later editions of a source, kept in a user folder.
- :func:`search_countries` / :func:`load_countries` — countries by Dutch or English name or ISO code.

Names are imported from their modules on first use (PEP 562), so
importing this package stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

_EXPORTS = {
    "countries": "load_countries search_countries",
    "editions": "IMPORTABLE_SOURCES ImportedEdition import_edition imported_editions remove_imported_edition",
    "edition_files": "EditionInfo",
    "errors": "KnowledgeFileError",
    "loader": "knowledge_dir load_knowledge_base",
}
__all__, __getattr__, __dir__ = lazy_exports(__name__, globals(), _EXPORTS)


if TYPE_CHECKING:
    from .countries import load_countries, search_countries
    from .edition_files import EditionInfo
    from .editions import (
        IMPORTABLE_SOURCES,
        ImportedEdition,
        import_edition,
        imported_editions,
        remove_imported_edition,
    )
    from .errors import KnowledgeFileError
    from .loader import knowledge_dir, load_knowledge_base
