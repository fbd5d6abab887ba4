"""Shared dossier files hold no personal data unless asked: every declared field, in the PDF and every workbook cell."""
from __future__ import annotations

import re
import zipfile
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

import openpyxl
import pytest
from dossier_samples import TODAY, fill_full_dossier, pdf_text
from pypdf import PdfReader

from isv_desktop.domain.dossier_contents_record import _names_of
from isv_desktop.domain.monitoring import AuditKind, SignalSourceKind
from isv_desktop.domain.personal_data import PERSONAL_DATA, left_out
from isv_desktop.domain.risk_scan_record import StakeholderKind
from isv_desktop.domain.themes import Theme
from isv_desktop.services.session import open_session

MARK = "Persoonsnaam"


def person(role: str) -> str:
    return f"Jansje {MARK} {role}"


def fill_with_personal_data(session) -> int:
    """The full sample dossier, and in every kind of personal field a name that can be found again."""
    dossier_id = fill_full_dossier(session, title="Dossier met persoonsgegevens")
    session.dossiers.edit(dossier_id, "contract_manager", person("contractmanager"))
    suppliers = session.suppliers.suppliers(dossier_id)
    session.suppliers.update_supplier(dossier_id, suppliers[0].id, contact_person=person("contactpersoon"))
    session.suppliers.record_plan_received(dossier_id, suppliers[0].id, date(2025, 2, 1), f"plan {person('plan')}.pdf",
                                           f"%PDF {person('planbijlage')}".encode())
    scan = session.risk_scan
    scan.add_own_risk(dossier_id, Theme.CHILD_LABOUR, "Kinderarbeid bij katoen", "NGO-rapport",
                      f"risico {person('risico')}.pdf", f"%PDF {person('risicobijlage')}".encode())
    scan.add_consultation(dossier_id, StakeholderKind.NGO, "Arisa", date(2025, 4, 1), (Theme.CHILD_LABOUR,),
                          f"Gesproken met {person('belanghebbende')}")
    monitoring = session.monitoring
    report = monitoring.progress_reports(dossier_id)[1]
    monitoring.record_progress_report(dossier_id, report.id, date(2026, 2, 1), {"incidents": "Geen"},
                                      f"voortgang {person('rapport')}.pdf", f"%PDF {person('rapportbijlage')}".encode())
    monitoring.log_meeting(dossier_id, date(2025, 5, 1), person("deelnemer"), "Afspraken", suppliers[1].id)
    audit = monitoring.record_audit(dossier_id, AuditKind.FACTORY_AUDIT, date(2025, 6, 1), person("auditor"),
                                    "Bevindingen", suppliers[1].id)
    monitoring.add_corrective_action(dossier_id, audit, "Maatregel", person("eigenaar"), date(2026, 6, 1))
    signal_id, _ = session.signals.log("Signaal over lonen", date(2025, 12, 2), SignalSourceKind.NGO_REPORT, country="VN")
    session.signals.open_followup(signal_id, dossier_id, f"Gebeld met {person('notitie')}")
    return dossier_id


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("persoonsgegevens")
    session = open_session(folder / "dossiers.sqlite", today=lambda: TODAY)
    dossier_id = fill_with_personal_data(session)
    files = {
        "shared.pdf": session.exports.write_pdf(dossier_id, folder / "gedeeld.pdf"),
        "shared.en.pdf": session.exports.write_pdf(dossier_id, folder / "shared.pdf", "en"),
        "shared.xlsx": session.exports.write_xlsx(dossier_id, folder / "gedeeld.xlsx"),
        "full.pdf": session.exports.write_pdf(dossier_id, folder / "archief.pdf", include_personal_data=True),
        "full.xlsx": session.exports.write_xlsx(dossier_id, folder / "volledig.xlsx", include_personal_data=True),
    }
    yield session, dossier_id, files, folder
    session.close()


def records(value: Any):
    """Every record in a snapshot, depth first."""
    if isinstance(value, tuple):
        for item in value:
            yield from records(item)
    elif is_dataclass(value):
        yield value
        for f in fields(value):
            yield from records(getattr(value, f.name))


def test_the_sample_fills_every_declared_personal_field_with_a_name(exported):
    session, dossier_id, _, _ = exported
    snapshot = session.exports.snapshot(dossier_id, include_personal_data=True)
    filled = {(type(r), name) for r in records(snapshot) for name in PERSONAL_DATA.get(type(r), {})
              if MARK.encode() in (getattr(r, name) if isinstance(getattr(r, name), bytes)
                                   else (getattr(r, name) or "").encode())}
    held = {(kind, name) for kind, names in PERSONAL_DATA.items() for name in names
            if name in _names_of(kind)}  # a signal's attachment stays in the signals inbox: never exported
    assert filled == held


def squeezed(text: str) -> str:
    return "".join(text.split())


def everything_in_the_pdf(path) -> str:
    """Text and metadata without any whitespace: a narrow column hyphenates a long name ("Persoons-" "naam")."""
    reader = PdfReader(path)
    text = re.sub(r"(\w)- (\w)", r"\1\2", pdf_text(path.read_bytes())[0])  # the hyphen at a line's end
    return squeezed(text + " ".join(str(v) for v in (reader.metadata or {}).values()))


def every_cell(path) -> str:
    book = openpyxl.load_workbook(path)  # every sheet, the hidden data sheet too
    texts = [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    with zipfile.ZipFile(path) as archive:  # and whatever else the file holds (properties, shared strings)
        texts += [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    return "\n".join(texts)


def test_a_shared_pdf_names_nobody_and_says_what_was_left_out(exported):
    _, _, files, _ = exported
    for key, language in (("shared.pdf", "nl"), ("shared.en.pdf", "en")):
        text = everything_in_the_pdf(files[key])
        assert MARK not in text
        assert squeezed(left_out(language)) in text


def test_a_shared_workbook_names_nobody_in_any_cell_and_imports_without_them(exported):
    session, dossier_id, files, folder = exported
    content = every_cell(files["shared.xlsx"])
    assert MARK not in content and left_out("nl") in content
    receiver = open_session(folder / "ontvanger.sqlite", today=lambda: TODAY)
    try:
        imported = receiver.exports.snapshot(receiver.exports.import_xlsx(files["shared.xlsx"]),
                                             include_personal_data=True)
    finally:
        receiver.close()
    assert MARK not in repr(imported)
    assert imported == session.exports.snapshot(dossier_id)


def test_with_personal_data_asked_for_the_names_are_there_and_the_workbook_comes_back_exactly(exported):
    session, dossier_id, files, folder = exported
    text = everything_in_the_pdf(files["full.pdf"])
    for role in ("contractmanager", "contactpersoon", "belanghebbende", "deelnemer", "auditor", "eigenaar",
                 "notitie"):
        assert squeezed(person(role)) in text
    assert MARK in every_cell(files["full.xlsx"]) and squeezed(left_out("nl")) not in text
    receiver = open_session(folder / "ontvanger-volledig.sqlite", today=lambda: TODAY)
    try:
        imported = receiver.exports.snapshot(receiver.exports.import_xlsx(files["full.xlsx"]),
                                             include_personal_data=True)
    finally:
        receiver.close()
    assert imported == session.exports.snapshot(dossier_id, include_personal_data=True)
    assert imported.own_risks[-1].attachment == f"%PDF {person('risicobijlage')}".encode()


def test_the_dossier_snapshot_leaves_personal_data_out_unless_asked(exported):
    session, dossier_id, _, _ = exported
    assert MARK not in repr(session.exports.snapshot(dossier_id))
    assert MARK not in repr(session.exports.prepare(dossier_id)[0])
    assert MARK in repr(session.exports.snapshot(dossier_id, include_personal_data=True))


def test_the_yearly_report_and_the_questionnaire_carry_no_personal_data(exported):
    """Neither export reads a personal field: the report counts and lists dossiers, the questionnaire asks questions."""
    session, dossier_id, _, folder = exported
    year = session.dossiers.get(dossier_id).created_at.year
    session.reports.write_pdf(year, folder / "jaar.pdf", "nl")
    session.reports.write_xlsx(year, folder / "jaar.xlsx", "nl")
    assert MARK not in everything_in_the_pdf(folder / "jaar.pdf") and MARK not in every_cell(folder / "jaar.xlsx")
    assert "Dossier met persoonsgegevens" in every_cell(folder / "jaar.xlsx")  # the dossier is counted and listed
    supplier = session.suppliers.suppliers(dossier_id)[0]  # the one whose contact person is named
    session.questionnaires.export(dossier_id, supplier.id, folder / "vragenlijst.xlsx")
    content = every_cell(folder / "vragenlijst.xlsx")
    assert MARK not in content and supplier.name in content
