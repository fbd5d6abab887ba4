"""The dossier workbook: exact round trip, real tables, typed cells, no formulas, refusals, LibreOffice."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from dataclasses import MISSING, fields, is_dataclass, replace
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from dossier_samples import CONTACTS, MANAGER, PARTICIPANTS, TODAY, TRACED_ON, fill_full_dossier

from isv_desktop.domain.dossier import Dossier
from isv_desktop.domain.dossier_contents import DossierContents, ExportContext
from isv_desktop.domain.dossier_contents_record import _names_of, contents_from_record, contents_to_record
from isv_desktop.domain.risk.assessment import ScanResult
from isv_desktop.export.dossier_xlsx import read_dossier_workbook, write_dossier_workbook
from isv_desktop.export.dossier_xlsx_errors import DossierFileError
from isv_desktop.export.dossier_xlsx_layout import DATA_SHEET, IDENTIFICATION_SHEET
from isv_desktop.services.session import open_session

SUBJECT = '=HYPERLINK("http://x","klik")'


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    session = open_session(folder / "d.sqlite", today=lambda: TODAY)
    dossier_id = fill_full_dossier(session, text="=HYPERLINK(\"http://x\") #N/A", subject=SUBJECT)
    path = session.exports.write_xlsx(dossier_id, folder / "dossier.xlsx", include_personal_data=True)
    snapshot = session.exports.snapshot(dossier_id, include_personal_data=True)
    yield session, dossier_id, path, snapshot
    session.close()


def test_export_then_read_gives_the_same_snapshot(workbook):
    _, _, path, snapshot = workbook
    assert read_dossier_workbook(path) == snapshot


def filled_fields(value, found: dict[type, set[str]]) -> dict[type, set[str]]:
    """Per record type of a snapshot, the fields some record holds a value in other than the field's default."""
    if isinstance(value, tuple):
        for item in value:
            filled_fields(item, found)
        return found
    if not is_dataclass(value) or isinstance(value, ScanResult):  # the scan is sourced data, not entered
        return found
    names = found.setdefault(type(value), set())
    for item in fields(value):
        held = getattr(value, item.name)
        default = item.default_factory() if item.default_factory is not MISSING else item.default
        if held not in (None, "", ()) and held != default:
            names.add(item.name)
        filled_fields(held, found)
    return found


def not_applying(session) -> int:
    """What the full sample cannot hold at once: ISV not applied (reason, explanation), a kind chosen against the
    CPV code (school meals are Annex XIV), archived."""
    dossier_id = session.dossiers.create("Schoolmaaltijden 2027", "Gemeente Deventer").id
    for name, value in (("cpv_code", "55523100-3"), ("contract_kind", "works"), ("decision", "not_apply"),
                        ("non_application_reason", "other"), ("non_application_text", "Lokale keuken, geen keten")):
        session.dossiers.edit(dossier_id, name, value)
    session.dossiers.archive(dossier_id)
    return dossier_id


def test_every_field_a_buyer_can_enter_is_filled_in_the_samples_the_round_trip_uses(workbook):
    session, dossier_id, _, snapshot = workbook
    other = session.exports.snapshot(not_applying(session), include_personal_data=True)
    found = filled_fields(other, filled_fields(snapshot, {}))
    empty = [f"{kind.__name__}.{name}" for kind, names in found.items()
             for name in _names_of(kind) if name not in names and name != "personal_data_included"]
    assert empty == []  # a new field: fill it in dossier_samples.fill_full_dossier (or not_applying)
    assert snapshot.traced_inputs and snapshot.dossier.call_for_competition_date == date(2024, 9, 16)


def test_imported_into_another_file_every_field_comes_back_equal(workbook, tmp_path):
    session, dossier_id, path, snapshot = workbook
    plain = not_applying(session)
    plain_path = session.exports.write_xlsx(plain, tmp_path / "niet.xlsx", include_personal_data=True)
    receiver = open_session(tmp_path / "ontvanger.sqlite", today=lambda: TODAY)
    try:
        imported = receiver.exports.snapshot(receiver.exports.import_xlsx(path), include_personal_data=True)
        assert imported == snapshot
        [traced] = imported.traced_inputs
        assert (traced.group_id, traced.good, traced.country, traced.recorded_on) == (
            "werkkleding", "Cotton", "US", TRACED_ON.isoformat())
        assert imported.dossier.call_for_competition_date == date(2024, 9, 16)
        copy = receiver.exports.snapshot(receiver.exports.import_xlsx(plain_path), include_personal_data=True)
        assert copy == session.exports.snapshot(plain, include_personal_data=True)
        assert copy.dossier.non_application_text == "Lokale keuken, geen keten"
    finally:
        receiver.close()


def test_a_workbook_of_format_1_still_imports(workbook, tmp_path):
    """Format 1 knew no tender date and no traced origins: such a workbook reads as a dossier without them."""
    session, dossier_id, _, snapshot = workbook
    older = replace(snapshot, dossier=snapshot.dossier.with_changes(call_for_competition_date=None),
                    traced_inputs=())
    buffer = io.BytesIO()
    write_dossier_workbook(older, session.exports.context(dossier_id, older), buffer)
    book = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    _set_ident(book, "format_version", "1")
    book.save(tmp_path / "formaat-1.xlsx")
    assert read_dossier_workbook(tmp_path / "formaat-1.xlsx") == older
    record = contents_to_record(older)  # as format 1 wrote it: without the two fields
    del record["dossier"]["call_for_competition_date"], record["risk_scan"]["traced_inputs"]
    assert contents_from_record(record) == older


def test_traced_origins_that_do_not_fit_the_dossier_or_this_version_are_refused(workbook, tmp_path):
    session, dossier_id, _, snapshot = workbook
    context = session.exports.context(dossier_id, snapshot)
    [traced] = snapshot.traced_inputs

    def written(*changed) -> io.BytesIO:
        buffer = io.BytesIO()
        write_dossier_workbook(replace(snapshot, traced_inputs=changed), context, buffer)
        return io.BytesIO(buffer.getvalue())

    for bad, where in ((replace(traced, group_id="zonnepanelen"), "group_id"),
                       (replace(traced, recorded_on="10-02-2025"), "recorded_on")):
        with pytest.raises(DossierFileError) as refused:
            read_dossier_workbook(written(bad))
        assert refused.value.message_id == "data.invalid" and where in refused.value.message("en")
    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(written(traced, traced))
    assert "appears twice" in refused.value.message("en")
    for bad in (replace(traced, good="Polysilicon"), replace(traced, country="XX")):
        with pytest.raises(DossierFileError) as refused:
            session.exports.read_xlsx(written(bad))
        assert refused.value.message_id == "data.unknown_input"
        assert "kritische grondstof" in refused.value.message("nl") and "critical input" in refused.value.message("en")


@pytest.mark.parametrize("language, sheet, words", [
    ("nl", "2 Grondstoffen", ("Datum oproep tot mededinging", "16-09-2024", "Leveringen of diensten — afgeleid "
                              "van CPV-code 18110000-3", "Katoen", "Verenigde Staten", "China 24 % (2022/23;")),
    ("en", "2 Inputs", ("Date of the call for competition", "16/09/2024", "Supplies or services — derived from "
                        "CPV code 18110000-3", "Cotton", "United States", "India 23 % (2022/23;")),
])
def test_the_overview_shows_the_tender_date_and_kind_and_a_sheet_the_traced_origins(workbook, tmp_path, language,
                                                                                 sheet, words):
    session, dossier_id, _, _ = workbook
    path = session.exports.write_xlsx(dossier_id, tmp_path / f"{language}.xlsx", language=language)
    book = openpyxl.load_workbook(path)
    cells = [str(c) for name in (book.sheetnames[0], sheet) for row in book[name].iter_rows(values_only=True)
             for c in row if c is not None]
    assert [w for w in words if not any(w in cell for cell in cells)] == []
    [row] = list(book[sheet].iter_rows(min_row=2, values_only=True))
    assert row[3] == "US" and row[5] == datetime(2025, 2, 10)


def test_a_kind_chosen_against_the_cpv_code_and_a_missing_tender_date_are_said_so(workbook, tmp_path):
    session, _, _, _ = workbook
    path = session.exports.write_xlsx(not_applying(session), tmp_path / "niet.xlsx")
    facts = {row[0]: row[1] for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True)}
    assert facts["Datum oproep tot mededinging"] == "niet ingevuld; de drempel is beoordeeld op de dag van export " \
                                                  "(02-03-2026)"
    assert facts["Soort opdracht"].startswith("Werken — gekozen door de inkoper; CPV-code "
                                              "55523100-3 wijst op ‘Sociale en andere specifieke diensten")
    assert "bijlage XIV, punt" in facts["Soort opdracht"]


def test_sheets_tables_frozen_headers_and_typed_cells(workbook):
    _, _, path, _ = workbook
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    assert names[0] == "Overzicht" and names[-2:] == [IDENTIFICATION_SHEET, DATA_SHEET]
    assert {"1 Dossier", "2 Risico's", "3 Criteria", "4 Leveranciers", "5 Rapportages", "5 Signalen"} <= set(names)
    assert book[DATA_SHEET].sheet_state == "veryHidden"
    for name in names[1:-2]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert len(sheet.tables) == 1, name
        table = next(iter(sheet.tables.values()))
        assert table.ref.startswith("A1:") and [c.name for c in table.tableColumns] == [c.value for c in sheet[1]]
    dossier = {row[0].value: row[1] for row in book["1 Dossier"].iter_rows(min_row=2)}
    assert dossier["Geraamde waarde"].value == Decimal("640000") or dossier["Geraamde waarde"].value == 640000
    assert "€" in dossier["Geraamde waarde"].number_format
    assert isinstance(dossier["Start contract"].value, datetime) and dossier["Start contract"].is_date
    assert dossier["Start contract"].value.date() == date(2025, 1, 1)
    [weight] = [row[7] for row in book["3 Criteria"].iter_rows(min_row=2) if row[7].value is not None]
    assert weight.value == 12.5 and "%" in weight.number_format
    risks = book["2 Risico's"]
    assert [c.value for c in risks[1]][:2] == ["Thema", "Totaal"] and "BD" in [c.value for c in risks[1]]
    rules = [rule.formula[0] for rules in risks.conditional_formatting for rule in rules.rules]
    assert '"hoog"' in rules and '"laag"' in rules


def test_no_cell_is_a_formula_and_typed_text_comes_back_as_text(workbook):
    _, _, path, _ = workbook
    book = openpyxl.load_workbook(path)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK"):
                    found.append(cell)
    assert found and all(cell.data_type == "s" for cell in found)
    judgement = book["2 Oordeel"]["E2"]
    assert judgement.value == 'Bekend uit nieuws =HYPERLINK("http://x") #N/A'


def test_identification_sheet(workbook):
    _, _, path, snapshot = workbook
    rows = {r[0]: r[1] for r in openpyxl.load_workbook(path)[IDENTIFICATION_SHEET].iter_rows(min_row=2,
                                                                                             values_only=True)}
    assert rows["format"] == "isv-desktop/dossier" and rows["format_version"] == "2"
    assert rows["title"] == snapshot.dossier.title and rows["personal_data"] == "true"
    assert len(rows["checksum"]) == 64 and rows["app_version"]
    datetime.fromisoformat(rows["exported_at"])


def _edited(path, tmp_path, change) -> str:
    book = openpyxl.load_workbook(path)
    change(book)
    target = tmp_path / "bewerkt.xlsx"
    book.save(target)
    return target


def _set_ident(book, key: str, value: str) -> None:
    for row in book[IDENTIFICATION_SHEET].iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value


def test_a_newer_format_a_foreign_workbook_and_a_questionnaire_are_refused_by_name(workbook, tmp_path):
    session, dossier_id, path, _ = workbook
    newer = _edited(path, tmp_path, lambda book: (_set_ident(book, "format_version", "3"),
                                                 _set_ident(book, "app_version", "9.0")))
    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(newer)
    assert "nieuwere versie van ISV Desktop (9.0" in refused.value.message("nl")
    assert "newer version of ISV Desktop" in refused.value.message("en")
    foreign = tmp_path / "ander.xlsx"
    other = openpyxl.Workbook()
    other.active["A1"] = "Begroting 2026"
    other.save(foreign)
    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(foreign)
    assert refused.value.message_id == "workbook.foreign"
    questionnaire = tmp_path / "vragenlijst.xlsx"
    winner = next(s for s in session.suppliers.suppliers(dossier_id) if s.role.value == "awarded")
    session.questionnaires.export(dossier_id, winner.id, questionnaire)
    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(questionnaire)
    assert "vragenlijst" in refused.value.message("nl")


def test_changed_data_is_refused(workbook, tmp_path):
    _, _, path, _ = workbook

    def tamper(book) -> None:
        [cell] = [row[0] for row in book[DATA_SHEET].iter_rows() if "Bekend uit nieuws" in row[0].value][:1]
        cell.value = cell.value.replace("Bekend uit nieuws", "Onbekend uit nieuws", 1)

    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(_edited(path, tmp_path, tamper))
    assert refused.value.message_id == "workbook.altered"
    for data in (b"", b"garbage", b"\xd0\xcf\x11\xe0" + b"\0" * 100):
        with pytest.raises(DossierFileError):
            read_dossier_workbook(io.BytesIO(data))


def test_an_entity_bomb_is_refused_unread(workbook, tmp_path):
    _, _, path, _ = workbook
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' + data
            target.writestr(item, data)
    with pytest.raises(DossierFileError) as refused:
        read_dossier_workbook(bomb)
    assert refused.value.message_id == "file.unsafe_xml"


def test_without_personal_data_no_contact_name_is_anywhere_in_the_file(workbook, tmp_path):
    session, dossier_id, _, _ = workbook
    path = session.exports.write_xlsx(dossier_id, tmp_path / "gedeeld.xlsx", include_personal_data=False)
    with zipfile.ZipFile(path) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8")
    for name in (*CONTACTS, MANAGER, "Marieke Jansen", PARTICIPANTS):
        assert name not in content
    snapshot = read_dossier_workbook(path)
    assert not snapshot.personal_data_included and snapshot.suppliers[1].contact_person == ""


def test_long_and_odd_text_survives_where_a_cell_cannot_hold_it(tmp_path):
    from isv_desktop.knowledge.criteria_library import load_criteria_library

    subject = ("Lange notitie \u202eRTL\u202c 😀 宁波 \x0b\ufffe =1+1 " * 3000)[:100_000]
    snapshot = DossierContents(Dossier(title="=cmd|' /C calc'!A0", subject=subject, organisation="#N/A"))
    context = ExportContext(datetime(2026, 3, 2, 9, 0), "0.1.0", load_criteria_library())
    buffer = io.BytesIO()
    write_dossier_workbook(snapshot, context, buffer)
    assert read_dossier_workbook(io.BytesIO(buffer.getvalue())) == snapshot
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["1 Dossier"]
    assert (sheet["B2"].value, sheet["B2"].data_type) == ("=cmd|' /C calc'!A0", "s")
    assert (sheet["B3"].value, sheet["B3"].data_type) == ("#N/A", "s")
    assert len(sheet["B5"].value) < 32_767  # a cell shows what it can; the data sheet keeps it all


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(workbook, tmp_path):
    _, _, path, _ = workbook
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv", "--outdir",
         str(tmp_path), str(path)], capture_output=True, text=True, timeout=180,
        env={**os.environ, "HOME": str(tmp_path)})
    csv = tmp_path / "dossier.csv"
    assert csv.exists(), result.stderr
    first_sheet = csv.read_text(encoding="utf-8", errors="replace")
    assert "Bedrijfskleding buitendienst" in first_sheet and "ZWO-2026-014" in first_sheet


@pytest.mark.parametrize(("language", "day", "euro", "weight"), [
    ("nl", "DD-MM-YYYY", '"€" #,##0.00', '0.0#" %"'), ("en", "DD\\/MM\\/YYYY", '"€"#,##0.00', '0.0#"%"')])
def test_days_amounts_and_weights_are_formatted_in_the_language_of_the_file(workbook, tmp_path, language, day, euro,
                                                                           weight):
    """As the one formatters write them: 01-01-2025 / 01/01/2025, € 640.000,00 / €640,000.00, 12,5 % / 12.5%."""
    session, dossier_id, _, _ = workbook
    book = openpyxl.load_workbook(session.exports.write_xlsx(dossier_id, tmp_path / f"{language}.xlsx",
                                                             language=language))
    first, criteria = (next(sheet for sheet in book.worksheets if sheet.title.startswith(step)) for step in ("1 ", "3 "))
    values = {row[0].value: row[1] for row in first.iter_rows(min_row=2)}
    dated = [cell for cell in values.values() if cell.is_date]
    amounts = [cell for cell in values.values() if "€" in cell.number_format]
    assert dated and {cell.number_format for cell in dated} == {day}
    assert amounts and {cell.number_format for cell in amounts} == {euro}
    weights = [row[7] for row in criteria.iter_rows(min_row=2) if row[7].value is not None]
    assert weights and {cell.number_format for cell in weights} == {weight}
