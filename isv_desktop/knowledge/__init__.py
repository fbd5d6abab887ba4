"""Loads the reference data shipped in ``resources/`` into domain objects.

Import names from the module that defines them (this package imports nothing, so importing it stays cheap):

- ``loader`` — :func:`load_knowledge_base` (the knowledge base of the risk scan), :func:`knowledge_dir`.
- ``editions`` — :func:`import_edition` / :func:`remove_imported_edition` / :func:`imported_editions`,
  ``ImportedEdition``, ``IMPORTABLE_SOURCES``: later editions of a source, kept in a user folder.
- ``edition_files`` — ``EditionInfo``, what a source file says about its edition.
- ``countries`` — :func:`search_countries` / :func:`load_countries`: countries by Dutch or English name or ISO code.
- ``errors`` — ``KnowledgeFileError``, a reference file that cannot be read.
- ``thresholds``, ``criteria_library``, ``legal_basis`` and the ``*_file`` readers for the other reference data.
"""
