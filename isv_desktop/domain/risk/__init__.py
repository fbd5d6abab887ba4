"""The risk scan without Qt: knowledge base, engine, judgement priority, scan diff.

Typical use (the services load the knowledge base once)::

    from isv_desktop.domain.risk.engine import scan
    result = scan(knowledge, ["handschoenen"], ["MY"])
    result.level("forced_labour")        # RiskLevel.HIGH

Import names from the module that defines them; this package imports nothing, so loading the knowledge
base does not pay for the engine, the diff or the records:

- ``engine`` — ``scan``.
- ``assessment`` — ``ScanResult``, ``ThemeAssessment``, ``Origin``, ``Reason``, ``THEMES`` and the notes.
- ``levels`` — ``RiskLevel``, ``Priority``, ``JUDGEMENT_SCALE``, ``highest_level``, ``judgement_priority``.
- ``facts`` — ``Country``, ``CountryRating``, ``Good``, ``GoodListing``, ``ProductGroup``, ``SectorRisk``,
  ``Source``, ``CriticalInput`` and the source constants.
- ``knowledge_base`` — ``KnowledgeBase``, ``InconsistentKnowledgeError``.
- ``cpv_groups`` — ``CpvGroupIndex``, ``cpv_prefix``; ``search`` — ``fold``, ``search_countries``,
  ``search_groups``; ``inputs`` — ``TracedInput``, ``TRACED_SOURCE``.
- ``diff`` — ``diff_scans``, ``ScanDiff``, ``CellChange``, ``EditionChange``.
- ``record`` — ``scan_to_record``, ``scan_from_record``, ``BadScanRecordError``.
- ``errors`` — ``RiskError`` and its subclasses.
"""
