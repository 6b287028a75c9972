"""Exports leaving the school: no cell starts a formula, safe file names, and the Connexions
return carrying beyond name and address only for `may_share` pupils."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desc_desktop.domain.exports.cells import (
    FORMULA_STARTS,
    MAX_STEM,
    csv_text,
    neutralise,
    safe_file_name,
)
from desc_desktop.domain.exports.connexions import (
    NAME_AND_ADDRESS,
    ONLY_IF_MAY_SHARE,
    ReturnCarer,
    ReturnPupil,
    build_return,
    carers_in_return,
    fields_for,
    return_columns,
    return_row,
)
from desc_desktop.domain.exports.table import Column, ExportTable
from desc_desktop.domain.optouts.status import Status
from desc_desktop.domain.register import Address

# --- formulas -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+44 7700 900123", "-2", "@SUM(A1)",
                                  "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")"])
def test_text_that_would_start_a_formula_is_neutralised(text):
    assert neutralise(text) == "'" + text
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Ashgrove", "O'Connor", "Zoë Ní Bhriain", "12 Larkspur Row",
                                  " =not at the start", "a=b", ""])
def test_ordinary_text_is_unchanged(text):
    assert neutralise(text) == text


def test_dates_and_numbers_stay_real():
    assert neutralise(date(2012, 3, 4)) == date(2012, 3, 4)
    assert neutralise(-5) == -5
    assert neutralise(-2.5) == -2.5
    assert neutralise(None) is None
    assert csv_text(date(2012, 3, 4)) == "2012-03-04"
    assert csv_text(datetime(2026, 11, 28, 9, 5)) == "2026-11-28 09:05"
    assert csv_text(-5) == "-5"
    assert csv_text(None) == ""
    assert csv_text(True) == "Yes"


@given(st.text())
def test_no_neutralised_text_starts_a_formula(text):
    value = neutralise(text)
    assert not value.startswith(FORMULA_STARTS)
    assert value.removeprefix("'") == text or value == text


# --- file names -----------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "expected"), [
    ("St Mary's: Opt-outs 2026/27", "St Mary's - Opt-outs 2026-27.xlsx"),
    ('a<b>c|d?e*f"g\\h', "a-b-c-d-e-f-g-h.xlsx"),
    ("Trailing dots. . .", "Trailing dots.xlsx"),
    ("CON", "CON file.xlsx"),
    ("nul", "nul file.xlsx"),
    ("LPT1.backup", "LPT1.backup file.xlsx"),
    ("  \t  ", "export.xlsx"),
    ("Ysgol Gymraeg Llanfair — Connexions return 2026-11-28",
     "Ysgol Gymraeg Llanfair — Connexions return 2026-11-28.xlsx"),
])
def test_safe_file_names(stem, expected):
    assert safe_file_name(stem, ".XLSX") == expected


@given(st.text(), st.sampled_from(["csv", "xlsx", "pdf"]))
def test_every_proposed_name_is_one_windows_accepts(stem, extension):
    name = safe_file_name(stem, extension)
    base = name.removesuffix("." + extension)
    assert name.endswith("." + extension)
    assert base and len(base) <= MAX_STEM + len(" file")
    assert not set('<>:"/\\|?*') & set(name)
    assert all(ord(c) >= 32 and c != "\x7f" for c in name)
    assert not base.endswith((" ", "."))
    assert base.split(".")[0].strip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


# --- tables ---------------------------------------------------------------------------------


def test_a_table_refuses_a_row_of_the_wrong_length():
    with pytest.raises(ValueError, match="one value per column"):
        ExportTable("t", (Column("a", "A"), Column("b", "B")), (("x",),))


def test_machine_headings_are_the_keys():
    columns = (Column("legal_surname", "Legal surname"),)
    assert ExportTable("t", columns, (), machine_headings=True).csv_headings() == [
        "legal_surname"]
    assert ExportTable("t", columns, ()).csv_headings() == ["Legal surname"]


# --- the Connexions return ------------------------------------------------------------------

HOME = Address(line1="4 Heron Walk", town="Tring", postcode="HP23 5AA")
ELSEWHERE = Address(line1="Flat 2, 9 Mill Lane", town="Berkhamsted", postcode="HP4 1AB")


def carer(name="Mrs Ottilie Fairweather", address=HOME, pr=True, no_contact=False, priority=1,
          phones=("01442 000111", "07700 900123"), email="ottilie@example.org") -> ReturnCarer:
    return ReturnCarer(name, address, phones, email, pr, no_contact, priority)


def pupil(pupil_id=1, surname="Fairweather", forename="Linnea", carers=None) -> ReturnPupil:
    return ReturnPupil(pupil_id, surname, forename, HOME, date(2012, 3, 14), "F", "K", True,
                       tuple(carers if carers is not None else [carer()]))


def as_dict(row, slots=2) -> dict:
    return dict(zip([c.key for c in return_columns(slots)], row, strict=True))


def test_may_share_carries_everything():
    row = as_dict(return_row(pupil(), Status.MAY_SHARE, 2))
    assert (row["legal_surname"], row["legal_forename"]) == ("Fairweather", "Linnea")
    assert (row["address_line1"], row["town"], row["postcode"]) == (
        "4 Heron Walk", "Tring", "HP23 5AA")
    assert row["status"] == "may_share"
    assert (row["dob"], row["gender"], row["sen"], row["learning_difficulty"]) == (
        date(2012, 3, 14), "F", "K", "Y")
    assert row["carer1_name"] == "Mrs Ottilie Fairweather"
    assert row["carer1_address_line1"] == "4 Heron Walk"
    assert row["carer1_phones"] == "01442 000111; 07700 900123"
    assert row["carer1_email"] == "ottilie@example.org"


@pytest.mark.parametrize("status", [Status.AWAITING_REPLY, Status.OPTED_OUT, Status.NOT_ISSUED])
def test_any_other_status_carries_name_and_address_only(status):
    row = as_dict(return_row(pupil(), status, 2))
    extras = ["dob", "gender", "sen", "learning_difficulty", "carer1_phones", "carer1_email",
              "carer2_phones", "carer2_email"]
    assert all(row[key] is None for key in extras)
    assert row["legal_surname"] == "Fairweather" and row["postcode"] == "HP23 5AA"
    assert row["carer1_name"] == "Mrs Ottilie Fairweather"
    assert row["carer1_postcode"] == "HP23 5AA"
    assert row["status"] == status.value
    assert fields_for(status) == NAME_AND_ADDRESS


def test_fields_disclosed_follow_the_status():
    assert fields_for(Status.MAY_SHARE) == NAME_AND_ADDRESS + ONLY_IF_MAY_SHARE
    assert fields_for(Status.NOT_IN_SCOPE) == ()
    with pytest.raises(ValueError):
        return_row(pupil(), Status.NOT_IN_SCOPE, 2)


def test_no_contact_carers_and_carers_without_responsibility_never_appear():
    restricted = carer("Mr Ambrose Fairweather", ELSEWHERE, no_contact=True, priority=1)
    grandmother = carer("Mrs Edith Lowe", ELSEWHERE, pr=False, priority=2)
    mother = carer(priority=3)
    row = as_dict(return_row(pupil(carers=[restricted, grandmother, mother]),
                             Status.MAY_SHARE, 2))
    text = " ".join(str(v) for v in row.values())
    assert "Ambrose" not in text and "Mill Lane" not in text and "Edith" not in text
    assert row["carer1_name"] == "Mrs Ottilie Fairweather"
    assert row["carer2_name"] is None


def test_carers_in_priority_order():
    second = carer("Mr Anselm Fairweather", ELSEWHERE, priority=2)
    first = carer("Ms Ottilie Fairweather", priority=1)
    assert [c.name for c in carers_in_return([second, first])] == [
        "Ms Ottilie Fairweather", "Mr Anselm Fairweather"]
    row = as_dict(return_row(pupil(carers=[second, first]), Status.OPTED_OUT, 2))
    assert row["carer2_address_line1"] == "Flat 2, 9 Mill Lane"
    assert row["carer2_phones"] is None


def test_the_return_has_no_upn_column_and_nothing_gives_it_one():
    keys = [c.key for c in return_columns(3)]
    assert not [k for k in keys if "upn" in k.lower()]
    assert "upn" not in ReturnPupil.__dataclass_fields__


def test_build_return_counts_leaves_out_the_not_in_scope_and_sizes_the_carer_columns():
    three = [carer("A One", priority=1), carer("B Two", priority=2), carer("C Three", priority=3),
             carer("D Barred", no_contact=True)]
    result = build_return(date(2026, 11, 28), [
        (pupil(1, "Zephyr", "Ada"), Status.MAY_SHARE),
        (pupil(2, "Ashgrove", "Bo", carers=three), Status.OPTED_OUT),
        (pupil(3, "Yarrow", "Cy"), Status.NOT_IN_SCOPE),
        (pupil(4, "Ölander", "Di"), Status.AWAITING_REPLY),
    ])
    assert [line.name for line in result.lines] == ["Bo Ashgrove", "Di Ölander", "Ada Zephyr"]
    assert result.counts[Status.NOT_IN_SCOPE] == 1 and result.left_out == 1
    assert (result.pupils, result.may_share, result.name_and_address_only) == (3, 1, 2)
    assert result.carers_withheld == 1
    keys = result.table.keys
    assert "carer3_name" in keys and "carer4_name" not in keys
    assert all(len(row) == len(keys) for row in result.table.rows)
    assert "Cy" not in {row[1] for row in result.table.rows}


def test_an_opt_out_in_force_today_is_honoured_in_a_return_as_of_an_earlier_day():
    from desc_desktop.domain.exports.connexions import status_for_return

    assert status_for_return(Status.MAY_SHARE, Status.OPTED_OUT) is Status.OPTED_OUT
    assert status_for_return(Status.MAY_SHARE, Status.MAY_SHARE) is Status.MAY_SHARE
    assert status_for_return(Status.AWAITING_REPLY, Status.OPTED_OUT) is Status.AWAITING_REPLY
    assert status_for_return(Status.NOT_IN_SCOPE, Status.OPTED_OUT) is Status.NOT_IN_SCOPE


def test_what_was_passed_on_in_a_few_words():
    from desc_desktop.domain.exports.disclosure import (
        OPT_OUT_LIST_FIELDS,
        describe_fields,
        passed_on,
    )

    assert passed_on(NAME_AND_ADDRESS) == "Name and address only"
    assert passed_on(NAME_AND_ADDRESS + ONLY_IF_MAY_SHARE) == (
        "Name and address, and date of birth, gender, SEN status, learning difficulty, "
        "parents/carers' phones, parents/carers' email")
    assert passed_on(OPT_OUT_LIST_FIELDS).startswith("Name, date of birth, year group, form")
    assert describe_fields(["name", "something_new"]) == "name, something_new"
