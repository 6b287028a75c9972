"""Reading a CSV as the office saves it from Excel or the MIS: encodings, delimiters,
quoted line breaks, blank lines, and the date formats UK exports use."""

from __future__ import annotations

from datetime import date

import pytest
from import_support import apply, csv_text, preview, pupil_named, pupil_row, write_csv

from desc_desktop.services import importing
from desc_desktop.services.import_files import UnreadableFile, read_csv, read_source

HEAD = "Legal Surname,Legal Forename,Date of Birth,Gender,Year Group\r\n"


def names(table) -> list[tuple[str, str]]:
    return [(cells[0], cells[1]) for _n, cells in table.rows]


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"], ids=["with BOM", "without BOM"])
def test_utf8_with_and_without_bom(tmp_path, encoding):
    path = write_csv(tmp_path / "p.csv", [
        pupil_row(Legal_Surname="Müller", Legal_Forename="Lena"),
        pupil_row(UPN="", Legal_Surname="O'Connor", Legal_Forename="Siobhán")],
        encoding=encoding)
    table = read_source(path)
    assert table.kind == "csv"
    assert table.headings[0] == "UPN"  # no BOM left on the first heading
    assert [(c[1], c[2]) for _n, c in table.rows] == [("Müller", "Lena"),
                                                      ("O'Connor", "Siobhán")]


def test_bom_does_not_stop_the_first_column_being_matched(ctx, tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row()], encoding="utf-8-sig")
    table = read_source(path)
    assert importing.mapping_for(ctx, table.headings)[0] == "upn"


def test_windows_1252_names_are_read_and_stored_exactly(ctx, engine, tmp_path):
    rows = [pupil_row(Legal_Surname="Müller", Legal_Forename="Lena"),
            pupil_row(UPN="", Legal_Surname="O’Connor", Legal_Forename="Siobhán",
                      Address_1="3 Rue Château", Contact_1_Forename="Mairéad")]
    path = write_csv(tmp_path / "p.csv", rows, encoding="cp1252")
    assert "’".encode("cp1252") == b"\x92"  # a byte that is not valid UTF-8 on its own
    table = read_source(path)
    assert [(c[1], c[2]) for _n, c in table.rows] == [("Müller", "Lena"),
                                                      ("O’Connor", "Siobhán")]
    result = apply(ctx, path)
    assert result.new == 2 and result.rejected == 0
    siobhan = pupil_named(engine, "Siobhán")
    assert siobhan.legal_surname == "O’Connor"
    assert siobhan.address_line1 == "3 Rue Château"


def test_windows_1252_is_not_mistaken_for_utf8_when_it_happens_to_be_ascii_first(tmp_path):
    # The only non-ASCII byte is far down the file.
    text = HEAD + "".join(f"Ambleside,Kit{n},14/03/2013,M,8\r\n" for n in range(500))
    text += "Müller,Lena,14/03/2013,F,8\r\n"
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode("cp1252"))
    assert names(read_source(path))[-1] == ("Müller", "Lena")


def test_bytes_undefined_in_windows_1252_are_unreadable_with_advice(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(HEAD.encode() + b"Ambleside,K\x81t,14/03/2013,M,8\r\n")
    with pytest.raises(UnreadableFile, match="CSV UTF-8"):
        read_source(path)


# --- delimiters and quoting ------------------------------------------------------------


def test_semicolons_as_saved_by_european_excel(tmp_path):
    rows = [pupil_row(Address_1="Flat 2, 7 Queensway"), pupil_row(UPN="", Legal_Forename="Bo")]
    path = write_csv(tmp_path / "p.csv", rows, delimiter=";")
    table = read_source(path)
    assert len(table.headings) == len(rows[0])
    assert table.rows[0][1][table.headings.index("Address 1")] == "Flat 2, 7 Queensway"
    assert [len(cells) for _n, cells in table.rows] == [len(rows[0])] * 2


def test_commas_with_semicolons_inside_cells(tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Address_1="Flat 2; rear door")])
    table = read_source(path)
    assert table.rows[0][1][table.headings.index("Address 1")] == "Flat 2; rear door"


def test_tabs(tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row()], delimiter="\t")
    assert read_source(path).headings[:3] == ["UPN", "Legal Surname", "Legal Forename"]


def test_quoted_line_breaks_stay_in_one_cell_and_one_spreadsheet_row(ctx, engine, tmp_path):
    rows = [pupil_row(Address_1="Flat 2\n7 Queensway"),
            pupil_row(UPN="", Legal_Forename="Bo", Address_1="Top floor\r\nThe Old Mill"),
            pupil_row(UPN="", Legal_Forename="Cy", Date_of_Birth="31/02/2013")]
    path = write_csv(tmp_path / "p.csv", rows)
    table = read_source(path)
    # Heading is row 1; each record is one row however many lines its cells hold.
    assert [n for n, _cells in table.rows] == [2, 3, 4]
    assert table.rows[0][1][table.headings.index("Address 1")] == "Flat 2\n7 Queensway"
    plan = preview(ctx, path)
    assert [(o.row, o.kind) for o in plan.outcomes] == [(2, "new"), (3, "new"),
                                                        (4, "rejected")]
    assert "31/02/2013" in plan.rejected[0].detail
    apply(ctx, path)
    assert pupil_named(engine, "Kit").address_line1 == "Flat 2\n7 Queensway"


def test_quotes_inside_quoted_cells(tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Preferred_Forename='Kit "KJ" Junior')])
    table = read_source(path)
    assert table.rows[0][1][table.headings.index("Preferred Forename")] == 'Kit "KJ" Junior'


def test_lf_only_line_endings(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEAD.replace("\r\n", "\n") + "Ambleside,Kit,14/03/2013,M,8\n",
                    encoding="utf-8", newline="")
    table = read_source(path)
    assert table.rows == [(2, ["Ambleside", "Kit", "14/03/2013", "M", "8"])]


# --- blank lines -----------------------------------------------------------------------


def test_trailing_blank_lines_and_empty_rows_are_not_pupils(tmp_path):
    text = HEAD + "Ambleside,Kit,14/03/2013,M,8\r\n,,,,\r\n\r\n   \r\n\r\n"
    table = read_csv(text)
    assert table.rows == [(2, ["Ambleside", "Kit", "14/03/2013", "M", "8"])]


def test_row_numbers_after_a_blank_line_still_follow_the_spreadsheet():
    # In Excel the blank line is row 3, so Bo is on row 4 and Cy on row 6.
    text = (HEAD + "Ambleside,Kit,14/03/2013,M,8\r\n\r\nAmbleside,Bo,14/03/2013,M,8\r\n"
            ",,,,\r\nAmbleside,Cy,14/03/2013,M,8\r\n")
    assert [n for n, _cells in read_csv(text).rows] == [2, 4, 6]


def test_empty_and_heading_only_files_are_unreadable_with_a_reason(tmp_path):
    with pytest.raises(UnreadableFile, match="empty"):
        read_csv("")
    with pytest.raises(UnreadableFile, match="empty"):
        read_csv("\r\n,,,\r\n")
    with pytest.raises(UnreadableFile, match="no pupils"):
        read_csv(HEAD)


def test_a_file_that_cannot_be_opened(tmp_path):
    with pytest.raises(UnreadableFile, match="could not be opened"):
        read_source(tmp_path / "nowhere.csv")


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("05/09/2012", date(2012, 9, 5)),  # dd/mm/yyyy, never the American month first
    ("5/9/2012", date(2012, 9, 5)),
    ("5/9/12", date(2012, 9, 5)),      # d/m/yy
    ("25/12/09", date(2009, 12, 25)),
    ("2012-09-05", date(2012, 9, 5)),  # ISO
    ("05.09.2012", date(2012, 9, 5)),
])
def test_uk_and_iso_dates_of_birth(ctx, engine, tmp_path, text, expected):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Date_of_Birth=text, Year_Group="9",
                                                    Admission_Date="")])
    result = apply(ctx, path)
    assert (result.new, result.rejected) == (1, 0)
    assert pupil_named(engine, "Kit").dob == expected


def test_the_same_pupil_in_each_date_format_is_the_same_pupil(ctx, tmp_path):
    first = write_csv(tmp_path / "a.csv", [pupil_row(UPN="", Date_of_Birth="04/03/2013")])
    apply(ctx, first)
    for n, text in enumerate(("4/3/13", "2013-03-04", "4/3/2013")):
        again = write_csv(tmp_path / f"b{n}.csv", [pupil_row(UPN="", Date_of_Birth=text)])
        assert preview(ctx, again).outcomes[0].kind == "unchanged", text


@pytest.mark.parametrize("text", ["31/02/2013", "13/25/2013", "March 2013", "2013/03/14",
                                  "14-03-2013x"])
def test_impossible_or_unreadable_dates_reject_the_row_in_words(ctx, tmp_path, text):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Date_of_Birth=text)])
    (outcome,) = preview(ctx, path).outcomes
    assert outcome.kind == "rejected" and outcome.row == 2
    assert "Date of birth" in outcome.detail and text in outcome.detail


def test_admission_dates_in_uk_form(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Admission_Date="3/9/24")])
    apply(ctx, path)
    assert pupil_named(engine, "Kit").admission_date == date(2024, 9, 3)


def test_csv_text_helper_round_trips(tmp_path):
    # The helper quotes as Excel does: a sanity check for the tests above.
    text = csv_text([pupil_row(Address_1='a "b", c\nd')])
    assert read_csv(text).rows[0][1][9] == 'a "b", c\nd'


# --- huge cells ------------------------------------------------------------------------


def test_a_huge_cell_rejects_its_row_and_nothing_else(ctx, engine, tmp_path):
    path = write_csv(tmp_path / "p.csv", [
        pupil_row(Preferred_Forename="x" * 100_000),
        pupil_row(UPN="", Legal_Forename="Bo")])
    plan = preview(ctx, path)
    assert [o.kind for o in plan.outcomes] == ["rejected", "new"]
    assert "100000 characters long; 200 is the most" in plan.rejected[0].detail
    assert apply(ctx, path).new == 1


def test_a_cell_beyond_the_csv_field_limit_makes_the_file_unreadable(tmp_path):
    path = write_csv(tmp_path / "p.csv", [pupil_row(Preferred_Forename="x" * 200_000)])
    with pytest.raises(UnreadableFile, match="damaged near record 2"):
        read_source(path)
