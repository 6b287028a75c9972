"""Exports that leave the school: the opt-out list and the Connexions return, written whole
or not at all, gated by each pupil's status, and each recorded in the disclosure log in the
same transaction as its audit entry."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import Session, select

from desc_desktop.domain.exports.connexions import NAME_AND_ADDRESS, ONLY_IF_MAY_SHARE
from desc_desktop.domain.exports.disclosure import OPT_OUT_LIST_FIELDS, ExportKind
from desc_desktop.domain.optouts.status import OptOutBy, Status
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, NoContact
from desc_desktop.services import carers, demo, disclosures, exports, optouts, pupils
from desc_desktop.services.errors import Refused
from desc_desktop.services.optouts import OptOutRequest, WithdrawalRequest
from desc_desktop.store.tables import AuditEntry, Disclosure, DisclosurePupil, Pupil

TODAY = date(2026, 11, 28)
INSIDE_28_DAYS = date(2026, 11, 5)


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for accents
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def read_xlsx(path: Path) -> list[dict]:
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def by_forename(rows: list[dict], key: str = "legal_forename") -> dict[str, dict]:
    return {row[key]: row for row in rows}


def opt_out_bryony(school, received: date = date(2026, 11, 3)) -> None:
    optouts.record_opt_out(school.ctx, OptOutRequest(school.bryony, OptOutBy.PARENT, received,
                                                     carer_id=school.mother))


# --- the Connexions return: who, and which fields ------------------------------------------


def test_inside_the_28_days_everyone_exports_name_and_address_only(optout_school, tmp_path):
    opt_out_bryony(optout_school)
    plan = exports.plan_connexions_return(optout_school.ctx, INSIDE_28_DAYS)
    assert plan.result.counts[Status.AWAITING_REPLY] == 2  # Tamsin, Ewan
    assert plan.result.counts[Status.OPTED_OUT] == 1       # Bryony
    assert plan.result.left_out == 1                       # Ada, 11
    path = tmp_path / plan.proposed_name("csv")
    exports.write_connexions_return(optout_school.ctx, plan, path, "csv")
    rows = by_forename(read_csv(path))
    assert set(rows) == {"Tamsin", "Bryony", "Ewan"}
    gated = ["dob", "gender", "sen", "learning_difficulty", "carer1_phones", "carer1_email",
             "carer2_phones", "carer2_email"]
    for row in rows.values():
        assert all(row[key] == "" for key in gated), row
        assert row["address_line1"] and row["postcode"] and row["carer1_name"]
    assert rows["Tamsin"]["status"] == "awaiting_reply"
    assert rows["Bryony"]["status"] == "opted_out"
    assert rows["Tamsin"]["carer1_name"] == "Ms Morwenna Quillfeather"
    assert rows["Tamsin"]["carer2_name"] == "Mr Piran Quillfeather"
    assert rows["Tamsin"]["carer1_address_line1"] == "12 Larkspur Row"


def test_after_the_28_days_may_share_pupils_carry_more_but_the_opted_out_do_not(
        optout_school, tmp_path):
    ctx = optout_school.ctx
    opt_out_bryony(optout_school)
    carers.update_carer(ctx, optout_school.mother, CarerInput(
        surname="Quillfeather", forename="Morwenna", title="Ms", phone_mobile="07700 900123",
        email="morwenna@example.org"))
    plan = exports.plan_connexions_return(ctx, TODAY)
    path = tmp_path / "return.xlsx"
    exports.write_connexions_return(ctx, plan, path, "xlsx")
    rows = by_forename(read_xlsx(path))
    tamsin, bryony = rows["Tamsin"], rows["Bryony"]
    assert tamsin["status"] == "may_share"
    assert tamsin["dob"] == datetime(2012, 5, 1)  # a real date, read back as one
    assert (tamsin["gender"], tamsin["sen"], tamsin["learning_difficulty"]) == ("F", "N", "N")
    assert tamsin["carer1_phones"] == "07700 900123"
    assert tamsin["carer1_email"] == "morwenna@example.org"
    assert bryony["status"] == "opted_out"
    assert all(bryony[k] is None for k in ("dob", "gender", "sen", "learning_difficulty",
                                           "carer1_phones", "carer1_email"))
    assert bryony["carer1_name"] == "Ms Morwenna Quillfeather"
    # Ewan's grandmother has no parental responsibility: not a "parent" in the return.
    assert rows["Ewan"]["carer1_name"] == "Mrs Gwen Trelawney"
    assert rows["Ewan"]["carer2_name"] is None


def test_a_no_contact_carer_never_appears(optout_school, tmp_path):
    ctx = optout_school.ctx
    carers.add_carer(ctx, optout_school.tamsin, CarerInput(
        surname="Blackthorn", forename="Corvin", title="Mr", same_address_as_pupil=False,
        address=Address(line1="1 Hidden Lane", town="Luton", postcode="LU1 1AA"),
        phone_mobile="07700 900999", email="corvin@example.org"),
        CarerLinkInput("Father", receives_correspondence=False, priority=1,
                       no_contact=NoContact.COURT_ORDER))
    plan = exports.plan_connexions_return(ctx, TODAY)
    assert plan.result.carers_withheld == 1
    for file_format in ("csv", "xlsx"):
        path = tmp_path / f"return.{file_format}"
        exports.write_connexions_return(ctx, plan, path, file_format)
        text = file_text(path)
        for secret in ("Blackthorn", "Corvin", "Hidden Lane", "LU1 1AA", "900999", "corvin@"):
            assert secret not in text


def test_the_preview_counts_are_what_the_file_holds(optout_school, tmp_path):
    opt_out_bryony(optout_school)
    plan = exports.plan_connexions_return(optout_school.ctx, TODAY)
    result = plan.result
    assert (result.pupils, result.may_share, result.name_and_address_only) == (3, 2, 1)
    assert exports.status_counts_text(result) == (
        "may share on request 2, awaiting reply 0, opted out 1, no notice sent yet 0")
    path = tmp_path / "return.csv"
    exports.write_connexions_return(optout_school.ctx, plan, path, "csv")
    statuses = [row["status"] for row in read_csv(path)]
    assert sorted(statuses) == ["may_share", "may_share", "opted_out"]


def test_a_return_as_of_an_earlier_day_honours_an_opt_out_received_since(optout_school,
                                                                          tmp_path):
    ctx = optout_school.ctx
    opt_out_bryony(optout_school, date(2026, 11, 20))  # late, after the 10th
    plan = exports.plan_connexions_return(ctx, date(2026, 11, 10))
    statuses = {line.name: line.status for line in plan.result.lines}
    assert statuses["Bryony Quillfeather"] is Status.OPTED_OUT
    assert statuses["Tamsin Quillfeather"] is Status.MAY_SHARE
    with pytest.raises(Refused, match="today or an earlier date"):
        exports.plan_connexions_return(ctx, date(2026, 11, 29))


# --- formulas, and the UPN ------------------------------------------------------------------


def test_text_that_would_start_a_formula_is_neutralised_in_csv_and_excel(optout_school,
                                                                          tmp_path):
    ctx = optout_school.ctx
    detail = pupils.get_pupil(ctx, optout_school.tamsin)
    pupils.update_pupil(ctx, optout_school.tamsin, _with(
        detail, legal_forename="=HYPERLINK(\"http://x.example\",\"Click\")",
        address=Address(line1="@12 Larkspur Row", line2="-Flat 3", town="+Hemel Hempstead",
                        postcode="HP1 1AA")))
    plan = exports.plan_connexions_return(ctx, TODAY)
    csv_path, xlsx_path = tmp_path / "r.csv", tmp_path / "r.xlsx"
    exports.write_connexions_return(ctx, plan, csv_path, "csv")
    exports.write_connexions_return(ctx, plan, xlsx_path, "xlsx")
    [row] = [r for r in read_csv(csv_path) if r["legal_surname"] == "Quillfeather"
             and "HYPERLINK" in r["legal_forename"]]
    assert row["legal_forename"] == "'=HYPERLINK(\"http://x.example\",\"Click\")"
    assert (row["address_line1"], row["address_line2"], row["town"]) == (
        "'@12 Larkspur Row", "'-Flat 3", "'+Hemel Hempstead")
    sheet = load_workbook(xlsx_path).active
    cells = [c for r in sheet.iter_rows() for c in r]
    assert not [c for c in cells if c.data_type == "f"]  # not one formula in the workbook
    assert "'=HYPERLINK(\"http://x.example\",\"Click\")" in {c.value for c in cells}
    assert "'-Flat 3" in {c.value for c in cells}
    assert all(not str(c.value).startswith(("=", "+", "-", "@", "\t", "\r"))
               for c in cells if isinstance(c.value, str))


def _with(detail, **changes):
    return detail.data._replace(**changes)


def file_text(path: Path) -> str:
    """Everything a file holds as text: CSV as is, every part of a workbook, a PDF's text."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8-sig")


def test_no_upn_in_any_file_that_leaves_the_school(ctx, tmp_path):
    demo.fill_demo(ctx, pupils=60, seed=2, history=True)
    with Session(ctx.engine) as session:
        upns = [u for u in session.exec(select(Pupil.upn)).all() if u]
    assert len(upns) == 60
    opt_out_list = exports.plan_opt_out_list(ctx)
    connexions = exports.plan_connexions_return(ctx, TODAY)
    assert opt_out_list.pupils and connexions.result.pupils
    written = [exports.write_opt_out_list(ctx, opt_out_list, tmp_path / f"o.{f}", f).path
               for f in ("csv", "xlsx", "pdf")]
    written += [exports.write_connexions_return(ctx, connexions, tmp_path / f"c.{f}", f).path
                for f in ("csv", "xlsx")]
    for path in written:
        text = file_text(path)
        assert not [upn for upn in upns if upn in text], path.name
    assert not [k for k in connexions.table.keys + opt_out_list.table.keys if "upn" in k]


# --- the opt-out list -----------------------------------------------------------------------


def test_the_opt_out_list_as_of_a_date_and_for_year_groups(optout_school, tmp_path):
    ctx = optout_school.ctx
    opt_out_bryony(optout_school, date(2026, 11, 12))  # late: after 09/11
    optouts.record_opt_out(ctx, OptOutRequest(optout_school.ewan, OptOutBy.PUPIL,
                                              date(2026, 11, 25)))
    tamsin = optouts.record_opt_out(ctx, OptOutRequest(
        optout_school.tamsin, OptOutBy.PARENT, date(2026, 11, 1), carer_id=optout_school.father))
    optouts.withdraw_opt_out(ctx, WithdrawalRequest(tamsin.opt_out_id, date(2026, 11, 20),
                                                    OptOutBy.PARENT, optout_school.father))

    today = exports.plan_opt_out_list(ctx)
    assert [r.legal_forename for r in today.rows] == ["Bryony", "Ewan"]
    assert (today.pupils, today.late) == (2, 2)
    on_the_15th = exports.plan_opt_out_list(ctx, date(2026, 11, 15))
    assert [r.legal_forename for r in on_the_15th.rows] == ["Bryony", "Tamsin"]
    year_11 = exports.plan_opt_out_list(ctx, years="Year 11")
    assert [r.legal_forename for r in year_11.rows] == ["Ewan"]
    assert year_11.years == ("11",)
    assert "years 11" in year_11.proposed_name("xlsx")

    path = tmp_path / today.proposed_name("csv")
    exports.write_opt_out_list(ctx, today, path, "csv")
    assert read_csv(path) == [
        {"Surname": "Quillfeather", "Forename": "Bryony", "Date of birth": "2013-06-01",
         "Year": "8", "Form": "8A", "Opted out by": "Parent/carer",
         "Parent/carer": "Ms Morwenna Quillfeather", "Date received": "2026-11-12",
         "Late": "Yes"},
        {"Surname": "Trelawney", "Forename": "Ewan", "Date of birth": "2010-11-20",
         "Year": "11", "Form": "11A", "Opted out by": "Pupil", "Parent/carer": "",
         "Date received": "2026-11-25", "Late": "Yes"}]


def test_the_opt_out_list_in_excel_reads_back_with_real_dates(optout_school, tmp_path):
    opt_out_bryony(optout_school)
    plan = exports.plan_opt_out_list(optout_school.ctx)
    path = tmp_path / plan.proposed_name("xlsx")
    exports.write_opt_out_list(optout_school.ctx, plan, path, "xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Surname", "Forename", "Date of birth", "Year",
                                           "Form", "Opted out by", "Parent/carer",
                                           "Date received", "Late"]
    assert all(c.font.b for c in sheet[1])
    dob, received = sheet["C2"], sheet["H2"]
    assert isinstance(dob.value, datetime) and dob.value.date() == date(2013, 6, 1)
    assert dob.number_format == received.number_format == "dd/mm/yyyy"
    assert received.value.date() == date(2026, 11, 3)
    assert sheet["D2"].value == 8  # a number, so Excel sorts year groups in order
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I2"
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDEFGHI"}
    assert widths["G"] >= len("Ms Morwenna Quillfeather")
    assert all(8 <= w <= 60 for w in widths.values())


def test_the_opt_out_list_pdf_prints_every_name_with_page_numbers(ctx, tmp_path):
    demo.fill_demo(ctx, pupils=150, seed=1, history=True)
    plan = exports.plan_opt_out_list(ctx)
    assert plan.pupils >= 5
    path = tmp_path / plan.proposed_name("pdf")
    exports.write_opt_out_list(ctx, plan, path, "pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Dacorum Education Support Centre" in text
    assert "Connexions opt-outs in force on 28 November 2026" in text
    for row in plan.rows:
        assert row.legal_surname in text and row.legal_forename in text  # accents exact
    assert reader.metadata.title == "Connexions opt-outs in force on 28 November 2026"


# --- the disclosure log, in the same transaction as the audit entry -------------------------


def test_each_export_records_a_disclosure_with_its_audit_entry(optout_school, tmp_path, engine):
    opt_out_bryony(optout_school)
    ctx = optout_school.ctx
    plan = exports.plan_connexions_return(ctx, TODAY)
    path = tmp_path / "return.csv"
    done = exports.write_connexions_return(ctx, plan, path, "csv", recipient="  Connexions "
                                           "Herts, PA team  ", purpose="Request of 27/11")
    assert done.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert not list(tmp_path.glob("*.part"))
    with Session(engine) as session:
        disclosure = session.get(Disclosure, done.disclosure_id)
        audit = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        about = session.exec(select(DisclosurePupil)).all()
    assert (audit.action, audit.entity, audit.entity_id) == (
        "export.connexions_return", "disclosure", disclosure.id)
    assert json.loads(audit.changes)["sha256"] == done.sha256
    assert (disclosure.recipient, disclosure.purpose) == ("Connexions Herts, PA team",
                                                          "Request of 27/11")
    assert (disclosure.file_name, disclosure.file_format, disclosure.sha256) == (
        "return.csv", "csv", done.sha256)
    assert (disclosure.staff_name, disclosure.as_of, disclosure.pupils) == ("Office", TODAY, 3)
    assert "legal_surname" in json.loads(disclosure.fields)
    fields = {a.pupil_name: json.loads(a.fields) for a in about}
    assert fields == {
        "Tamsin Quillfeather": list(NAME_AND_ADDRESS + ONLY_IF_MAY_SHARE),
        "Ewan Trelawney": list(NAME_AND_ADDRESS + ONLY_IF_MAY_SHARE),
        "Bryony Quillfeather": list(NAME_AND_ADDRESS)}


def test_a_failure_after_writing_leaves_neither_record_nor_file(optout_school, tmp_path,
                                                                 count_rows, monkeypatch):
    ctx = optout_school.ctx
    out = tmp_path / "out"  # the register lives in tmp_path itself
    out.mkdir()
    plan = exports.plan_connexions_return(ctx, TODAY)
    entries = count_rows(AuditEntry)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk of the audit trail is full")

    # The audit entry is the last thing written, after the file was renamed into place.
    monkeypatch.setattr("desc_desktop.services.context.append_entry", broken)
    path = out / "return.xlsx"
    with pytest.raises(RuntimeError, match="disk"):
        exports.write_connexions_return(ctx, plan, path, "xlsx")
    assert count_rows(Disclosure) == count_rows(DisclosurePupil) == 0
    assert count_rows(AuditEntry) == entries
    assert list(out.iterdir()) == []


def test_a_failure_while_writing_leaves_no_half_file_and_no_record(optout_school, tmp_path,
                                                                   count_rows, monkeypatch):
    ctx = optout_school.ctx
    out = tmp_path / "out"  # the register lives in tmp_path itself
    out.mkdir()
    opt_out_bryony(optout_school)
    plan = exports.plan_opt_out_list(ctx)
    entries = count_rows(AuditEntry)

    def half_then_fail(path, *_args, **_kwargs):
        Path(path).write_text("Surname,Forename\nQuillfeather,", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "write_table", half_then_fail)
    path = out / "opt-outs.csv"
    path.write_text("an older list", encoding="utf-8")  # the one already there stays
    with pytest.raises(OSError):
        exports.write_opt_out_list(ctx, plan, path, "csv")
    assert sorted(p.name for p in out.iterdir()) == ["opt-outs.csv"]
    assert path.read_text(encoding="utf-8") == "an older list"
    assert count_rows(Disclosure) == 0 and count_rows(AuditEntry) == entries


def test_to_whom_and_why_must_be_said_and_the_format_must_suit(optout_school, tmp_path,
                                                               count_rows):
    ctx = optout_school.ctx
    out = tmp_path / "out"  # the register lives in tmp_path itself
    out.mkdir()
    plan = exports.plan_connexions_return(ctx, TODAY)
    with pytest.raises(Refused, match="to whom"):
        exports.write_connexions_return(ctx, plan, out / "r.csv", "csv", recipient="  ")
    with pytest.raises(Refused, match="why"):
        exports.write_connexions_return(ctx, plan, out / "r.csv", "csv", purpose="")
    with pytest.raises(Refused, match="CSV or Excel"):
        exports.write_connexions_return(ctx, plan, out / "r.pdf", "pdf")
    with pytest.raises(Refused, match=r"\.xlsx"):
        exports.write_connexions_return(ctx, plan, out / "r.csv", "xlsx")
    assert list(out.iterdir()) == [] and count_rows(Disclosure) == 0


def test_the_log_lists_filters_and_says_what_was_disclosed_about_a_pupil(optout_school,
                                                                        tmp_path):
    ctx = optout_school.ctx
    opt_out_bryony(optout_school)
    listed = exports.write_opt_out_list(ctx, exports.plan_opt_out_list(ctx),
                                        tmp_path / "o.pdf", "pdf",
                                        recipient="Hertfordshire County Council")
    returned = exports.write_connexions_return(
        ctx, exports.plan_connexions_return(ctx, TODAY), tmp_path / "c.xlsx", "xlsx")

    log = disclosures.disclosure_log(ctx)
    assert [d.id for d in log] == [returned.disclosure_id, listed.disclosure_id]
    assert log[0].kind is ExportKind.CONNEXIONS_RETURN and log[0].pupils == 3
    assert log[1].kind_label == "Opt-out list" and log[1].file_name == "o.pdf"
    kind = disclosures.LogFilter(kind=ExportKind.OPT_OUT_LIST)
    assert [d.id for d in disclosures.disclosure_log(ctx, kind)] == [listed.disclosure_id]
    words = disclosures.LogFilter(text="hertfordshire council")
    assert [d.id for d in disclosures.disclosure_log(ctx, words)] == [listed.disclosure_id]
    assert disclosures.disclosure_log(ctx, disclosures.LogFilter(until=date(2020, 1, 1))) == []
    assert len(disclosures.disclosure_log(ctx, disclosures.LogFilter(
        since=datetime.now().date(), until=datetime.now().date()))) == 2

    about_bryony = disclosures.pupil_disclosures(ctx, optout_school.bryony)
    assert [d.disclosure.id for d in about_bryony] == [returned.disclosure_id,
                                                       listed.disclosure_id]
    assert about_bryony[0].fields == NAME_AND_ADDRESS
    assert about_bryony[1].fields == OPT_OUT_LIST_FIELDS
    assert about_bryony[0].fields_text.startswith("name, address, Connexions status")
    about_tamsin = disclosures.pupil_disclosures(ctx, optout_school.tamsin)
    assert [d.disclosure.id for d in about_tamsin] == [returned.disclosure_id]
    assert "date of birth" in about_tamsin[0].fields_text
    assert disclosures.pupil_disclosures(ctx, optout_school.ada) == []
    names = [p.name for p in disclosures.disclosure_pupils(ctx, returned.disclosure_id)]
    assert names == ["Bryony Quillfeather", "Tamsin Quillfeather", "Ewan Trelawney"]


def test_a_deleted_pupil_stays_in_the_log_by_name(optout_school, tmp_path):
    ctx = optout_school.ctx
    done = exports.write_connexions_return(ctx, exports.plan_connexions_return(ctx, TODAY),
                                           tmp_path / "c.csv", "csv")
    pupils.delete_pupil(ctx, optout_school.ewan)
    about = disclosures.disclosure_pupils(ctx, done.disclosure_id)
    assert ("Ewan Trelawney", None) in {(a.name, a.pupil_id) for a in about}
