"""Preview and apply: each row's outcome, matching pupils and carers, columns a file lacks,
all-or-nothing writes, leavers, formula-like text and the rejected-rows file."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from import_support import (
    SAMPLE,
    TODAY,
    USUAL,
    apply,
    carers_of,
    counts,
    load,
    preview,
    pupil_named,
    pupil_row,
    pupils,
    result_counts,
    snapshot,
    upn,
    write_csv,
)
from sqlalchemy.exc import IntegrityError

from desc_desktop.services import importing
from desc_desktop.services.import_files import read_source
from desc_desktop.store.tables import Carer, Pupil, PupilCarer


def bo(**changes: str) -> dict[str, str]:
    """Kit's sister: same household, same mother."""
    return pupil_row(**{"UPN": upn(2), "Legal_Forename": "Bo", "Gender": "F",
                        "Date_of_Birth": "02/10/2011", "Year_Group": "10",
                        "Reg_Group": "10C", **changes})


def ash(**changes: str) -> dict[str, str]:
    """A pupil of another family."""
    return pupil_row(**{"UPN": upn(3), "Legal_Surname": "Penhallow", "Legal_Forename": "Ash",
                        "Gender": "U", "Date_of_Birth": "30/06/2012", "Year_Group": "9",
                        "Reg_Group": "9B", "Address_1": "7 Quarry Close",
                        "Postcode": "HP3 9QQ", "Contact_1_Title": "Mr",
                        "Contact_1_Forename": "Jory", "Contact_1_Surname": "Penhallow",
                        "Contact_1_Relationship": "Father",
                        "Contact_1_Telephone": "01632 960555",
                        "Contact_1_Email": "jory@example.org", **changes})


# --- outcomes --------------------------------------------------------------------------


def test_first_preview_shows_new_and_rejected_rows_and_writes_nothing(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "a.csv", [pupil_row(), bo(Gender="Q"), ash()])
    before = snapshot(engine)
    plan = preview(ctx, path)
    assert [(o.row, o.kind, o.name) for o in plan.outcomes] == [
        (2, "new", "Kit Ambleside"), (3, "rejected", "Bo Ambleside"), (4, "new", "Ash Penhallow")]
    (rejected,) = plan.rejected
    assert rejected.detail.startswith("Gender: 'Q' should be M, F or U (not known).")
    assert snapshot(engine) == before


def test_outcomes_new_update_unchanged_and_what_changes(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), bo(), ash()]))
    path = write_csv(tmp_path / "b.csv", [
        pupil_row(),                                         # the same
        bo(Year_Group="11", Reg_Group="11C"),                # moved up a year
        ash(Contact_1_Telephone="01632 960556"),             # a carer's new number
        pupil_row(UPN=upn(4), Legal_Forename="Cal", Date_of_Birth="01/01/2014",
                  Year_Group="7", Reg_Group="7A"),           # joined
    ])
    plan = preview(ctx, path)
    assert [(o.row, o.kind) for o in plan.outcomes] == [
        (2, "unchanged"), (3, "update"), (4, "update"), (5, "new")]
    bo_detail, ash_detail = plan.outcomes[1].detail, plan.outcomes[2].detail
    assert bo_detail.startswith("Changes: ")
    assert set(bo_detail.removeprefix("Changes: ").split(", ")) == {"Year group", "Form"}
    assert ash_detail == "Changes: contact 1 (phone home)"
    assert plan.outcomes[0].detail == plan.outcomes[3].detail == ""

    result = importing.apply_import(ctx, *load(ctx, path))
    assert result_counts(result) == counts(plan)
    assert pupil_named(engine, "Bo").year_group == "11"
    ((_link, jory),) = carers_of(engine, pupil_named(engine, "Ash").id)
    assert jory.phone_home == "01632 960556"
    assert counts(preview(ctx, path)) == {"new": 0, "update": 0, "unchanged": 4,
                                          "rejected": 0}


@pytest.mark.parametrize(("changes", "words"), [
    ({"Legal_Surname": ""}, "Enter the pupil's legal surname."),
    ({"UPN": "A919210016001"}, "check letter does not match"),
    ({"UPN": "12345"}, "A UPN has 13 characters; this one has 5."),
    ({"Date_of_Birth": ""}, "Enter the pupil's date of birth."),
    ({"Date_of_Birth": "01/01/1990"}, "makes the pupil 36"),
    ({"Year_Group": "Year 15"}, "'Year 15' is not a year group"),
    ({"Postcode": "HP1"}, "postcode"),
    ({"Contact_1_Email": "morwenna at example"}, "Contact 1: That email address is not"),
    ({"Contact_1_Telephone": "ring the office"}, "Contact 1: A phone number has"),
    ({"Admission_Date": "01/01/2010"}, "admission date is before the date of birth"),
])
def test_rejections_give_the_row_and_the_reason_in_words(ctx, tmp_path, changes, words):
    path = write_csv(tmp_path / "a.csv", [ash(), pupil_row(**changes)])
    plan = preview(ctx, path)
    assert [o.kind for o in plan.outcomes] == ["new", "rejected"]
    (rejected,) = plan.rejected
    assert rejected.row == 3
    assert words.casefold() in rejected.detail.casefold()


def test_every_reason_of_a_row_is_given(ctx, tmp_path):
    path = write_csv(tmp_path / "a.csv", [pupil_row(Gender="Q", Year_Group="Q",
                                                    Contact_1_Email="nope")])
    (rejected,) = preview(ctx, path).rejected
    for words in ("Gender", "Year group", "Contact 1: That email"):
        assert words in rejected.detail


# --- the same pupil twice in one file --------------------------------------------------


def test_same_upn_twice_rejects_every_later_row_naming_the_first(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "a.csv", [
        ash(), pupil_row(), bo(), pupil_row(Legal_Forename="Kitty"),
        pupil_row(Reg_Group="8Z")])
    plan = preview(ctx, path)
    assert [(o.row, o.kind) for o in plan.outcomes] == [
        (2, "new"), (3, "new"), (4, "new"), (5, "rejected"), (6, "rejected")]
    for outcome in plan.rejected:
        assert f"UPN {upn(1)} is already used by row 3" in outcome.detail
    result = apply(ctx, path)
    assert (result.new, result.rejected) == (3, 2)
    assert [r.row for r in result.rejected_rows] == [5, 6]
    assert pupil_named(engine, "Kit").reg_group == "8A"  # the first row's


def test_same_upn_written_differently_is_still_the_same(ctx, tmp_path):
    spaced = " ".join([upn(1)[:4].lower(), upn(1)[4:]])
    path = write_csv(tmp_path / "a.csv", [pupil_row(), pupil_row(UPN=spaced)])
    assert [o.kind for o in preview(ctx, path).outcomes] == ["new", "rejected"]


def test_same_upn_after_a_rejected_first_row_is_still_a_duplicate(ctx, tmp_path):
    path = write_csv(tmp_path / "a.csv", [pupil_row(Gender="Q"), pupil_row(Reg_Group="8Z")])
    plan = preview(ctx, path)
    assert [o.kind for o in plan.outcomes] == ["rejected", "rejected"]
    assert "row 2" in plan.outcomes[1].detail


def test_same_name_and_birth_date_twice_without_upn_is_not_two_pupils(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "a.csv", [pupil_row(UPN=""),
                                          pupil_row(UPN="", Reg_Group="8B")])
    apply(ctx, path)
    plan = preview(ctx, path)
    assert plan.count("update") == 0 and plan.missing == []
    assert len(pupils(engine)) == 1


# --- matching pupils -------------------------------------------------------------------


def test_rows_without_upn_match_by_legal_name_and_date_of_birth(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(UPN="")]))
    assert [o.kind for o in preview(ctx, tmp_path / "a.csv").outcomes] == ["unchanged"]
    path = write_csv(tmp_path / "b.csv", [
        pupil_row(UPN="", Reg_Group="8D"),                      # same pupil, moved form
        pupil_row(UPN="", Date_of_Birth="15/03/2013"),          # not the same child
        pupil_row(UPN="", Legal_Forename="Kat", Gender="F"),    # a twin
    ])
    plan = preview(ctx, path)
    assert [o.kind for o in plan.outcomes] == ["update", "new", "new"]


def test_name_matching_ignores_case_and_accents(ctx, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(UPN="", Legal_Surname="Müller",
                                                        Legal_Forename="Zoë")]))
    path = write_csv(tmp_path / "b.csv", [pupil_row(UPN="", Legal_Surname="MULLER",
                                                    Legal_Forename="zoe")])
    (outcome,) = preview(ctx, path).outcomes
    assert outcome.kind == "update"  # the same pupil, her name's spelling to change
    assert "Legal surname" in outcome.detail


def test_upn_matches_even_when_the_name_changed(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    apply(ctx, write_csv(tmp_path / "b.csv", [pupil_row(Legal_Surname="Ambleside-Reyes")]))
    (kit,) = pupils(engine)
    assert kit.legal_surname == "Ambleside-Reyes"


def test_a_blank_upn_cell_does_not_clear_a_known_upn(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(UPN="")]))
    assert plan.outcomes[0].kind == "unchanged"


# --- matching carers -------------------------------------------------------------------


def test_reimporting_the_sample_changes_nothing_and_adds_no_parents(ctx, engine, count_rows):
    first = apply(ctx, SAMPLE)
    assert (first.new, first.rejected) == (7, 0)
    carers, links = count_rows(Carer), count_rows(PupilCarer)
    assert 0 < carers < links  # the Nowak children share their mother
    after_first = snapshot(engine)
    plan = preview(ctx, SAMPLE)
    assert counts(plan) == {"new": 0, "update": 0, "unchanged": 7, "rejected": 0}
    assert plan.missing == []
    second = apply(ctx, SAMPLE)
    assert result_counts(second) == {"new": 0, "update": 0, "unchanged": 7, "rejected": 0}
    assert (count_rows(Carer), count_rows(PupilCarer)) == (carers, links)
    # Nothing written at all: no pupils, carers, links, settings or audit entry.
    assert snapshot(engine) == after_first


def test_siblings_in_one_file_share_one_parent_record(ctx, engine, tmp_path, count_rows):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), ash(), bo()]))
    assert count_rows(Carer) == 2 and count_rows(PupilCarer) == 3
    (kit_link, kit_mother), = carers_of(engine, pupil_named(engine, "Kit").id)
    (bo_link, bo_mother), = carers_of(engine, pupil_named(engine, "Bo").id)
    assert kit_mother.id == bo_mother.id
    assert kit_link.relationship == bo_link.relationship == "Mother"


def test_siblings_in_the_sample_share_their_mother(ctx, engine):
    apply(ctx, SAMPLE)
    zofia, piotr = pupil_named(engine, "Zofia"), pupil_named(engine, "Piotr")
    assert [c.id for _l, c in carers_of(engine, zofia.id)] == [
        c.id for _l, c in carers_of(engine, piotr.id)]


def test_a_sibling_in_a_later_file_is_linked_to_the_parent_already_there(ctx, engine, tmp_path,
                                                                        count_rows):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(), bo()]))
    assert [o.kind for o in plan.outcomes] == ["unchanged", "new"]
    apply(ctx, tmp_path / "b.csv")
    assert count_rows(Carer) == 1 and count_rows(PupilCarer) == 2


def test_a_parent_of_the_same_name_at_another_address_is_another_person(ctx, tmp_path,
                                                                       count_rows):
    apply(ctx, write_csv(tmp_path / "a.csv", [
        pupil_row(), bo(Address_1="1 Elsewhere Lane", Postcode="HP2 2BB")]))
    assert count_rows(Carer) == 2


def test_mother_and_grandmother_of_the_same_name_stay_two_people(ctx, tmp_path, count_rows):
    headings = [*USUAL, "Contact 2 Forename", "Contact 2 Surname", "Contact 2 Relationship"]
    row = {**pupil_row(), "Contact 2 Forename": "Morwenna", "Contact 2 Surname": "Ambleside",
           "Contact 2 Relationship": "Grandmother"}
    path = write_csv(tmp_path / "a.csv", [row], headings)
    apply(ctx, path)
    assert count_rows(Carer) == 2
    assert preview(ctx, path).outcomes[0].kind == "unchanged"


def test_a_carers_new_details_update_the_one_record(ctx, engine, tmp_path, count_rows):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), bo()]))
    apply(ctx, write_csv(tmp_path / "b.csv", [
        pupil_row(Contact_1_Email="morwenna.a@example.org"),
        bo(Contact_1_Email="morwenna.a@example.org")]))
    assert count_rows(Carer) == 1
    ((_link, mother),) = carers_of(engine, pupil_named(engine, "Bo").id)
    assert mother.email == "morwenna.a@example.org"


def test_a_mobile_number_in_the_telephone_column_is_kept_as_a_mobile(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Contact_1_Telephone="07700 900123")]))
    ((_link, mother),) = carers_of(engine, pupil_named(engine, "Kit").id)
    assert (mother.phone_home, mother.phone_mobile) == ("", "07700 900123")


# --- columns a file does not have ------------------------------------------------------


def test_a_file_without_a_column_leaves_that_field_alone(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Preferred_Forename="KJ")]))
    before = pupil_named(engine, "Kit")
    slim = ["UPN", "Legal Surname", "Legal Forename", "Date of Birth", "Gender", "Year Group",
            "Reg Group"]  # no admission date, address, preferred name or contacts
    path = write_csv(tmp_path / "b.csv", [pupil_row(Reg_Group="8C")], slim)
    (outcome,) = preview(ctx, path).outcomes
    assert outcome.detail == "Changes: Form"
    apply(ctx, path)
    after = pupil_named(engine, "Kit")
    assert after.reg_group == "8C"
    assert (after.admission_date, after.preferred_forename, after.address_line1,
            after.postcode) == (before.admission_date, "KJ", before.address_line1,
                                before.postcode)
    assert len(carers_of(engine, after.id)) == 1


def test_blank_cells_in_a_column_the_file_has_do_clear_optional_fields(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Preferred_Forename="KJ")]))
    apply(ctx, write_csv(tmp_path / "b.csv", [pupil_row(Preferred_Forename="")]))
    assert pupil_named(engine, "Kit").preferred_forename == ""


def test_a_file_without_gender_and_year_columns_is_refused_naming_them(ctx, engine, tmp_path):
    # Every row is validated as a whole pupil, so these columns are required up front
    # rather than every row being rejected for want of them.
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    before = snapshot(engine)
    forms = ["UPN", "Legal Surname", "Legal Forename", "Date of Birth", "Reg Group"]
    with pytest.raises(importing.MappingIncomplete, match="Gender, Year group"):
        preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(Reg_Group="8C")], forms))
    assert snapshot(engine) == before


# --- all or nothing --------------------------------------------------------------------


@pytest.mark.parametrize("step", ["_insert_carers", "_insert_pupils", "_insert_links",
                                  "_update_pupils", "_mark_leavers", "_remember_mapping"])
def test_apply_is_all_or_nothing(ctx, engine, tmp_path, monkeypatch, step):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), ash()]))
    path = write_csv(tmp_path / "b.csv", [
        pupil_row(Reg_Group="8C", Contact_1_Email="m2@example.org"),
        bo(), pupil_row(UPN=upn(5), Legal_Surname="Trevail", Legal_Forename="Nessa",
                        Gender="F", Contact_1_Surname="Trevail", Contact_1_Forename="Elowen",
                        Address_1="2 Mill Row", Postcode="HP2 5AB")],
        [*USUAL, "Extra"])  # new headings: the mapping will be remembered too
    ash_id = pupil_named(engine, "Ash").id
    before = snapshot(engine)
    original = getattr(importing, step)

    def fail_after_writing(*args, **kwargs):
        original(*args, **kwargs)
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(importing, step, fail_after_writing)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        apply(ctx, path, leavers=[ash_id])
    assert snapshot(engine) == before
    monkeypatch.undo()
    result = apply(ctx, path, leavers=[ash_id])  # and it works once the fault is gone
    assert (result.new, result.updated, result.leavers) == (2, 1, 1)


def test_a_database_error_mid_apply_leaves_nothing(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    before = snapshot(engine)
    table, mapping = load(ctx, write_csv(tmp_path / "b.csv", [bo(), ash()]))
    # A pupil row the database refuses, after the carers went in.
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_ash BEFORE INSERT ON pupil WHEN NEW.legal_forename = 'Ash' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    with pytest.raises(IntegrityError, match="refused by the test"):
        importing.apply_import(ctx, table, mapping)
    assert snapshot(engine) == before


# --- leavers ---------------------------------------------------------------------------


def test_full_reimport_lists_missing_pupils_and_marks_chosen_leavers(ctx, engine, tmp_path,
                                                                    count_rows):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), bo(), ash()]))
    path = write_csv(tmp_path / "b.csv", [pupil_row()])
    plan = preview(ctx, path)
    assert [(m.name, m.year_group) for m in plan.missing] == [("Ash Penhallow", "9"),
                                                              ("Bo Ambleside", "10")]
    assert importing.plan_import(ctx, *load(ctx, path), full=False).missing == []
    ash_id = pupil_named(engine, "Ash").id
    result = apply(ctx, path, leavers=[ash_id])
    assert (result.leavers, result.missing, result.unchanged) == (1, 1, 1)
    assert count_rows(Pupil) == 3  # never deleted
    assert pupil_named(engine, "Ash").leaving_date == TODAY
    assert pupil_named(engine, "Bo").leaving_date is None
    assert len(carers_of(engine, ash_id)) == 1
    assert [m.name for m in preview(ctx, path).missing] == ["Bo Ambleside"]


def test_leavers_on_a_chosen_date_and_an_audit_entry(ctx, engine, tmp_path, last_audit):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), ash()]))
    ash_id = pupil_named(engine, "Ash").id
    result = apply(ctx, write_csv(tmp_path / "b.csv", [pupil_row()]), leavers=[ash_id],
                   leaving_date=date(2026, 10, 23))
    assert result.leavers == 1
    assert pupil_named(engine, "Ash").leaving_date == date(2026, 10, 23)
    entry = last_audit()
    assert entry.action == "register.import"
    assert "1 marked as left" in entry.summary and "1 unchanged" in entry.summary


def test_nothing_to_change_writes_no_audit_entry(ctx, tmp_path, audit_count):
    path = write_csv(tmp_path / "a.csv", [pupil_row()])
    apply(ctx, path)
    entries = audit_count()
    apply(ctx, path)
    assert audit_count() == entries


# --- formula-like text -----------------------------------------------------------------


FORMULAS = {"Preferred_Forename": "=1+1", "Reg_Group": "@SUM(A1)",
            "Address_1": "-2+3 Cell Street", "Contact_1_Telephone": "+44 7700 900123",
            "Contact_1_Title": "=HYPERLINK(\"http://example.org\",\"x\")",
            "Town": "+Town"}


def test_formula_like_cells_are_stored_as_the_exact_text(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "a.csv", [pupil_row(**FORMULAS)])
    result = apply(ctx, path)
    assert result.new == 1 and result.rejected == 0
    kit = pupil_named(engine, "Kit")
    assert (kit.preferred_forename, kit.reg_group, kit.address_line1, kit.town) == (
        "=1+1", "@SUM(A1)", "-2+3 Cell Street", "+Town")
    ((_link, mother),) = carers_of(engine, kit.id)
    assert mother.title == FORMULAS["Contact_1_Title"]
    assert mother.phone_home + mother.phone_mobile == "+44 7700 900123"
    assert preview(ctx, path).outcomes[0].kind == "unchanged"


def test_a_formula_as_a_surname_is_just_a_name(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Legal_Surname="=1+1", UPN="")]))
    assert pupil_named(engine, "Kit").legal_surname == "=1+1"


# --- rejected rows to a file -----------------------------------------------------------


def read_back(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_write_rejected_keeps_the_rows_as_they_were_with_the_reason(ctx, tmp_path):
    rows = [pupil_row(), bo(Gender="Q", Address_1="Flat 2\nThe Mill"),
            ash(Legal_Surname="Pénhallow", Date_of_Birth="31/02/2012")]
    source = write_csv(tmp_path / "a.csv", rows)
    table, mapping = load(ctx, source)
    plan = importing.plan_import(ctx, table, mapping)
    out = tmp_path / "rejected.csv"
    assert importing.write_rejected(out, table, plan) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    written = read_back(out)
    assert written[0] == [*USUAL, "Rejected because"]
    assert written[1][:-1] == list(rows[1].values())
    assert written[2][:-1] == list(rows[2].values())
    assert written[1][-1] == plan.rejected[0].detail
    assert "31/02/2012" in written[2][-1]
    assert not list(tmp_path.glob("*.part"))


def test_rejected_rows_fixed_in_the_file_import_again(ctx, engine, tmp_path):
    source = write_csv(tmp_path / "a.csv", [pupil_row(), bo(Gender="Q")])
    table, mapping = load(ctx, source)
    importing.apply_import(ctx, table, mapping)
    out = tmp_path / "rejected.csv"
    importing.write_rejected(out, table, importing.plan_import(ctx, table, mapping))
    rows = read_back(out)
    rows[1][USUAL.index("Gender")] = "F"
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = apply(ctx, out)
    assert (result.new, result.rejected) == (1, 0)
    assert pupil_named(engine, "Bo").gender == "F"


def test_write_rejected_with_nothing_rejected_writes_just_the_headings(ctx, tmp_path):
    table, mapping = load(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    out = tmp_path / "rejected.csv"
    assert importing.write_rejected(out, table, importing.plan_import(ctx, table, mapping)) == 0
    assert read_back(out) == [[*USUAL, "Rejected because"]]


def test_write_rejected_neutralises_formula_like_cells(ctx, tmp_path):
    table, mapping = load(ctx, write_csv(tmp_path / "a.csv", [
        pupil_row(Preferred_Forename="=1+1", Legal_Forename="@SUM(A1)", Gender="Q")]))
    out = tmp_path / "rejected.csv"
    importing.write_rejected(out, table, importing.plan_import(ctx, table, mapping))
    row = read_back(out)[1]
    # Excel shows these as text and never runs them.
    assert row[USUAL.index("Preferred Forename")] == "'=1+1"
    assert row[USUAL.index("Legal Forename")] == "'@SUM(A1)"
    assert row[USUAL.index("Legal Surname")] == "Ambleside"  # ordinary text left as it is


def test_the_reason_of_a_short_row_is_under_its_heading(ctx, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Legal Surname,Legal Forename,Date of Birth,Gender,Year Group\r\n"
                    "Ambleside,Kit,31/02/2013\r\n", encoding="utf-8")
    table, mapping = load(ctx, path)
    out = tmp_path / "rejected.csv"
    importing.write_rejected(out, table, importing.plan_import(ctx, table, mapping))
    heading, row = read_back(out)
    assert len(row) == len(heading)
    assert "31/02/2013" in row[heading.index("Rejected because")]


def test_the_audit_entry_summarises_the_import(ctx, tmp_path, last_audit):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), bo(Gender="Q")]))
    entry = last_audit()
    assert (entry.action, entry.staff_name) == ("register.import", "Office")
    assert entry.summary == ("Imported from CSV: 1 new, 0 updated, 0 unchanged, 1 rejected, "
                             "0 marked as left")


def test_the_sample_as_read_has_seven_pupils():
    assert [n for n, _cells in read_source(SAMPLE).rows] == list(range(2, 9))
