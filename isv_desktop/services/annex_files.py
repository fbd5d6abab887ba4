"""The tender annex as a file, in two parts (issue 15): what it says is read now, from the dossier; laying it out
(reportlab, python-docx: up to half a second for a long annex) can then run on another thread, with no
connection to the dossier file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .criteria import CriteriaService


def annex_writer(criteria: CriteriaService, dossier_id: int, suffix: str, language: str = "nl") -> Callable[[Path], None]:
    """Read the annex of ``dossier_id`` now; return what writes it to a path as a PDF (``.pdf``) or an editable Word
    document (``.docx``), whole or not at all (atomic_file). UserError / UnknownCriterionError as the service
    raises them."""
    content = criteria.annex_content(dossier_id, language)
    if suffix == ".docx":
        from ..export.annex_docx import write_annex_docx  # python-docx loads only when a document is made

        return lambda target: write_annex_docx(content, target)
    from ..export.annex_pdf import build_annex_pdf  # reportlab loads only when a PDF is made

    def write_pdf(target: Path) -> None:  # build_annex_pdf also returns the bytes; the writer gives nothing back
        build_annex_pdf(content, target)

    return write_pdf
