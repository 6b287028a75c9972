"""Matching a file's columns to the register's fields: by usual names, remembered for the
next import of the same layout, from a --mapping file, and refused when incomplete."""

from __future__ import annotations

import json

import pytest
from import_support import SAMPLE, csv_text, pupil_named, table_counts

from desc_desktop.domain.demo_export import HEADINGS as DEMO_HEADINGS
from desc_desktop.domain.importing.fields import FIELDS_BY_KEY
from desc_desktop.services import importing
from desc_desktop.services.import_files import read_csv, read_source
from desc_desktop.services.importing import REQUIRED_FIELDS, MappingIncomplete, check_mapping

OTHER_SCHOOL = ["Unique Pupil Number", "Surname", "First Name", "Known As", "DOB", "Sex",
                "Year", "Form", "Address Line 1", "Town", "Post Code", "Parent 1 Surname",
                "Parent 1 First Name", "Parent 1 Relationship", "Parent 1 Mobile",
                "Parent 1 Email", "Notes", "House"]
OTHER_SCHOOL_KEYS = {0: "upn", 1: "legal_surname", 2: "legal_forename",
                     3: "preferred_forename", 4: "dob", 5: "gender", 6: "year_group",
                     7: "reg_group", 8: "address.line1", 9: "address.town",
                     10: "address.postcode", 11: "contact1.surname", 12: "contact1.forename",
                     13: "contact1.relationship", 14: "contact1.mobile", 15: "contact1.email"}

# Headings no usual name matches: the office matches them by hand once.
ODD = ["Pupil Family Name", "Pupil Given Name", "Birthday", "Gender", "NC Yr"]
ODD_MAPPING = {0: "legal_surname", 1: "legal_forename", 2: "dob", 3: "gender",
               4: "year_group"}
ODD_ROW = "Ambleside,Kit,14/03/2013,M,8\r\n"


def test_the_sample_file_maps_every_column(ctx):
    table = read_source(SAMPLE)
    mapping = importing.mapping_for(ctx, table.headings)
    assert sorted(mapping) == list(range(len(table.headings)))
    assert len(set(mapping.values())) == len(mapping)
    by_heading = {table.headings[i]: key for i, key in mapping.items()}
    assert by_heading["UPN"] == "upn"
    assert by_heading["Date of Birth"] == "dob"
    assert by_heading["Contact 1 Parental Responsibility"] == "contact1.parental_responsibility"
    assert by_heading["Contact 2 Postcode"] == "contact2.address.postcode"
    check_mapping(mapping)


def test_the_demo_export_layout_maps_every_column(ctx):
    mapping = importing.mapping_for(ctx, DEMO_HEADINGS)
    assert sorted(mapping) == list(range(len(DEMO_HEADINGS)))


def test_other_schools_headings_are_matched_by_usual_names(ctx):
    assert importing.mapping_for(ctx, OTHER_SCHOOL) == OTHER_SCHOOL_KEYS


@pytest.mark.parametrize("heading", ["Legal Surname", "legal_surname", "LEGAL-SURNAME ",
                                     "Surname", "Last Name", "Family name"])
def test_case_spaces_and_punctuation_do_not_matter(ctx, heading):
    assert importing.mapping_for(ctx, [heading]) == {0: "legal_surname"}


def test_a_heading_used_twice_is_matched_once(ctx):
    assert importing.mapping_for(ctx, ["Surname", "Forename", "Surname"]) == {
        0: "legal_surname", 1: "legal_forename"}


def test_other_schools_file_imports_end_to_end(ctx, engine, tmp_path):
    row = ["", "Ambleside", "Kit", "KJ", "14/03/2013", "Male", "Year 8", "8A",
           "12 Larkspur Row", "Hemel Hempstead", "hp1 1aa", "Ambleside", "Morwenna",
           "Mother", "07700 900123", "morwenna@example.org", "Likes chess", "Kingfisher"]
    path = tmp_path / "other.csv"
    path.write_text(",".join(OTHER_SCHOOL) + "\r\n" + ",".join(row) + "\r\n",
                    encoding="utf-8")
    table = read_source(path)
    result = importing.apply_import(ctx, table, importing.mapping_for(ctx, table.headings))
    assert (result.new, result.rejected) == (1, 0)
    kit = pupil_named(engine, "Kit")
    assert (kit.preferred_forename, kit.gender, kit.year_group, kit.reg_group) == (
        "KJ", "M", "8", "8A")
    assert kit.postcode == "HP1 1AA"


def test_mapping_chosen_by_hand_is_remembered_for_the_same_headings(ctx, tmp_path):
    table = read_csv(",".join(ODD) + "\r\n" + ODD_ROW)
    assert "legal_surname" not in importing.mapping_for(ctx, table.headings).values()
    importing.apply_import(ctx, table, ODD_MAPPING)
    assert importing.mapping_for(ctx, table.headings) == ODD_MAPPING
    # A different layout is not given it.
    assert importing.mapping_for(ctx, [*ODD, "Notes"]) != ODD_MAPPING


def test_a_remembered_mapping_may_leave_a_usual_heading_unmatched(ctx):
    headings = ["Surname", "Forename", "DOB", "Gender", "Year", "Form"]
    table = read_csv(",".join(headings) + "\r\n" + "Ambleside,Kit,14/03/2013,M,8,8Z\r\n")
    chosen = {0: "legal_surname", 1: "legal_forename", 2: "dob", 3: "gender",
              4: "year_group"}  # the office chose not to import the forms
    importing.apply_import(ctx, table, chosen)
    assert importing.mapping_for(ctx, headings) == chosen


def test_the_remembered_mapping_is_used_again_on_reimport(ctx, count_rows):
    table = read_csv(",".join(ODD) + "\r\n" + ODD_ROW)
    first = importing.apply_import(ctx, table, ODD_MAPPING)
    again = importing.apply_import(ctx, table, importing.mapping_for(ctx, table.headings))
    assert (first.new, again.new, again.unchanged) == (1, 0, 1)


def test_previewing_does_not_remember_a_mapping(ctx, engine):
    table = read_csv(",".join(ODD) + "\r\n" + ODD_ROW)
    before = table_counts(engine)
    importing.plan_import(ctx, table, ODD_MAPPING)
    assert table_counts(engine) == before
    assert importing.mapping_for(ctx, ODD) != ODD_MAPPING


def test_remembered_mapping_survives_a_change_of_case_in_a_heading(ctx):
    table = read_csv(",".join(ODD) + "\r\n" + ODD_ROW)
    importing.apply_import(ctx, table, ODD_MAPPING)
    shouting = [h.upper() for h in ODD]
    assert importing.mapping_for(ctx, shouting) == ODD_MAPPING


def test_a_file_with_a_repeated_heading_imports_again(ctx):
    headings = ["Surname", "Forename", "DOB", "Gender", "Year", "Surname"]
    table = read_csv(",".join(headings) + "\r\nAmbleside,Kit,14/03/2013,M,8,Ambleside\r\n")
    importing.apply_import(ctx, table, importing.mapping_for(ctx, headings))
    mapping = importing.mapping_for(ctx, headings)
    assert mapping == {0: "legal_surname", 1: "legal_forename", 2: "dob", 3: "gender",
                       4: "year_group"}
    assert importing.plan_import(ctx, table, mapping).count("unchanged") == 1


def test_a_repeated_heading_matched_by_hand_to_two_fields_is_remembered(ctx):
    # The second "Surname" column is the parent's: the office matches it by hand.
    headings = ["Surname", "Forename", "DOB", "Gender", "Year", "Surname", "Forename"]
    table = read_csv(",".join(headings) + "\r\n"
                     "Ambleside,Kit,14/03/2013,M,8,Ambleside,Morwenna\r\n")
    chosen = {0: "legal_surname", 1: "legal_forename", 2: "dob", 3: "gender",
              4: "year_group", 5: "contact1.surname", 6: "contact1.forename"}
    importing.apply_import(ctx, table, chosen)
    assert importing.mapping_for(ctx, headings) == chosen


# --- a mapping file (--mapping) --------------------------------------------------------


def test_mapping_from_file(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"Pupil Family Name": "legal_surname",
                                "Pupil Given Name": "legal_forename", "Birthday": "dob",
                                "NC Yr": "year_group", "Not in this file": "gender"}),
                    encoding="utf-8-sig")
    assert importing.mapping_from_file(path, ODD) == {0: "legal_surname",
                                                      1: "legal_forename", 2: "dob",
                                                      4: "year_group"}


def test_mapping_file_naming_an_unknown_field_is_refused_by_name(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"Pupil Family Name": "surname_of_pupil"}), encoding="utf-8")
    with pytest.raises(ValueError, match="surname_of_pupil"):
        importing.mapping_from_file(path, ODD)


@pytest.mark.parametrize("nothing", ["", None])
def test_mapping_file_may_leave_a_heading_unmatched(tmp_path, nothing):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"Pupil Family Name": "legal_surname", "Gender": nothing}),
                    encoding="utf-8")
    assert importing.mapping_from_file(path, ODD) == {0: "legal_surname"}


def test_mapping_file_that_is_not_an_object_is_refused_with_a_value_error(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(["legal_surname", "legal_forename"]), encoding="utf-8")
    with pytest.raises(ValueError):
        importing.mapping_from_file(path, ODD)


# --- incomplete mappings ---------------------------------------------------------------


def test_check_mapping_names_every_missing_required_field():
    with pytest.raises(MappingIncomplete) as refused:
        check_mapping({0: "upn", 1: "reg_group"})
    message = str(refused.value)
    assert message.startswith("No column is matched to: Legal surname, Legal forename, "
                              "Date of birth")
    for key in REQUIRED_FIELDS:
        assert FIELDS_BY_KEY[key].label in message
    assert isinstance(refused.value, ValueError)


def test_surname_forename_birth_date_gender_and_year_are_required():
    assert set(REQUIRED_FIELDS) >= {"legal_surname", "legal_forename", "dob"}
    check_mapping({i: k for i, k in enumerate(REQUIRED_FIELDS)})


@pytest.mark.parametrize("missing", REQUIRED_FIELDS)
def test_each_required_field_is_required(missing):
    mapping = {i: k for i, k in enumerate(REQUIRED_FIELDS) if k != missing}
    with pytest.raises(MappingIncomplete, match=FIELDS_BY_KEY[missing].label) as refused:
        check_mapping(mapping)
    others = [FIELDS_BY_KEY[k].label for k in REQUIRED_FIELDS if k != missing]
    assert not any(f"{label}," in str(refused.value) for label in others)


def test_check_mapping_refuses_one_field_from_two_columns():
    with pytest.raises(MappingIncomplete, match="same field: Legal surname"):
        check_mapping({**dict(enumerate(REQUIRED_FIELDS)), 9: "legal_surname"})


def test_plan_and_apply_refuse_an_incomplete_mapping_and_write_nothing(ctx, engine):
    table = read_csv(csv_text([{"Name": "Kit Ambleside", "Birth": "14/03/2013"}]))
    before = table_counts(engine)
    for action in (importing.plan_import, importing.apply_import):
        with pytest.raises(MappingIncomplete, match="Date of birth"):
            action(ctx, table, importing.mapping_for(ctx, table.headings))
    assert table_counts(engine) == before
