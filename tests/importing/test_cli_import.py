"""`desc-desktop --db PATH import FILE [--dry-run] [--mapping FILE]`."""

from __future__ import annotations

import json
import random

import pytest
from import_support import SAMPLE, pupil_row, table_counts, upn, write_csv

from desc_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def counts_in(db) -> dict[str, int]:
    from desc_desktop.services import access

    ctx = access.log_in_and_open(db, "Ada Admin", "test-password-1", how=None)
    try:
        return table_counts(ctx.engine)
    finally:
        ctx.engine.dispose()


def test_import_prints_the_counts_and_a_reimport_changes_nothing(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    code, out, err = run(capsys, "--db", db, "import", SAMPLE)
    assert code == 0 and err == ""
    assert out.splitlines()[0] == ("new 7, updated 0, unchanged 0, rejected 0 "
                                   "(valid rows imported)")
    code, out, _ = run(capsys, "--db", db, "import", SAMPLE)
    assert code == 0
    assert out.splitlines() == ["new 0, updated 0, unchanged 7, rejected 0 "
                                "(valid rows imported)"]
    assert counts_in(db)["Pupil"] == 7


def test_dry_run_writes_nothing(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    before = counts_in(db)
    code, out, _ = run(capsys, "--db", db, "import", SAMPLE, "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == ("new 7, updated 0, unchanged 0, rejected 0 "
                                   "(dry run: nothing changed)")
    # Only the login is recorded (every login is).
    assert counts_in(db) == {"Pupil": 0, "Carer": 0, "PupilCarer": 0, "Setting": 0,
                             "AuditEntry": before["AuditEntry"] + 1}


def test_dry_run_on_a_register_shows_updates_without_making_them(tmp_path, capsys,
                                                                new_register):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", db, "import", write_csv(tmp_path / "a.csv", [pupil_row()]))
    before = counts_in(db)
    changed = write_csv(tmp_path / "b.csv", [
        pupil_row(Reg_Group="8C"), pupil_row(UPN=upn(2), Legal_Forename="Bo")])
    code, out, _ = run(capsys, "--db", db, "import", changed, "--dry-run")
    assert code == 0
    assert out.splitlines()[0].startswith("new 1, updated 1, unchanged 0, rejected 0")
    assert counts_in(db) == {**before, "AuditEntry": before["AuditEntry"] + 1}  # the login


def test_rejected_rows_are_listed_with_row_number_and_reason(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    path = write_csv(tmp_path / "a.csv", [
        pupil_row(), pupil_row(UPN=upn(2), Legal_Forename="Bo", Gender="Q"),
        pupil_row(UPN=upn(3), Legal_Forename="Cy", Date_of_Birth="31/02/2013"),
        pupil_row(Legal_Forename="Kitty")])
    for extra in ((), ("--dry-run",)):
        code, out, _ = run(capsys, "--db", db, "import", path, *extra)
        lines = out.splitlines()
        assert code == 0
        assert lines[0].startswith("rejected 3", lines[0].index("rejected"))
        assert lines[1].startswith("row 3: Gender: 'Q' should be M, F or U")
        assert lines[2].startswith("row 4: Date of birth: '31/02/2013' is not a real date")
        assert lines[3] == (f"row 5: UPN {upn(1)} is already used by row 2 of this file; "
                            "each pupil may appear only once.")
    assert counts_in(db)["Pupil"] == 1


def test_missing_pupils_are_mentioned_but_not_marked_as_left(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", db, "import", SAMPLE)
    code, out, _ = run(capsys, "--db", db, "import",
                       write_csv(tmp_path / "a.csv", [pupil_row()]))
    assert code == 0
    assert "7 pupils on roll are not in the file" in out
    code, out, _ = run(capsys, "--db", db, "pupils", "--format", "json")
    assert len(json.loads(out)) == 8


def test_random_bytes_exit_non_zero_with_one_line(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    path = tmp_path / "photo.csv"
    path.write_bytes(random.Random(3).randbytes(5000))
    code, out, err = run(capsys, "--db", db, "import", path)
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("desc-desktop: ")
    assert "CSV" in err
    assert counts_in(db)["Pupil"] == 0


@pytest.mark.parametrize(("content", "words"), [
    (None, "could not be opened"),
    (b"", "empty"),
    (b"\xef\xbb\xbfLegal Surname,Legal Forename\r\n", "no pupils"),
    (b"Name,Born\r\nKit Ambleside,14/03/2013\r\n", "Legal surname"),
    (b"<CTfile><Pupil>", "could not be read as a Common Transfer File"),
])
def test_files_that_cannot_be_imported_exit_non_zero_with_one_line(tmp_path, capsys,
                                                                  new_register, content,
                                                                   words):
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "--db", new_register(tmp_path / "school.sqlite"), "import", path)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and words in err


def test_a_mapping_file_is_used(tmp_path, capsys, new_register):
    path = tmp_path / "odd.csv"
    path.write_text("Family,Given,Birthday,Sex,NC Yr\r\nAmbleside,Kit,14/03/2013,M,8\r\n",
                    encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Family": "legal_surname", "Given": "legal_forename",
                                   "Birthday": "dob", "Sex": "gender", "NC Yr": "year_group"}),
                       encoding="utf-8")
    db = new_register(tmp_path / "school.sqlite")
    code, _out, err = run(capsys, "--db", db, "import", path)
    assert code == 1 and "Legal surname" in err
    code, out, _ = run(capsys, "--db", db, "import", path, "--mapping", mapping)
    assert code == 0 and out.startswith("new 1,")
    # Remembered: the next import of the same layout needs no mapping file.
    code, out, _ = run(capsys, "--db", db, "import", path)
    assert code == 0 and out.startswith("new 0, updated 0, unchanged 1")


def test_a_mapping_file_with_an_unknown_field_exits_with_its_name(tmp_path, capsys, new_register):
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"UPN": "unique_number"}), encoding="utf-8")
    db = new_register(tmp_path / "school.sqlite")
    code, _out, err = run(capsys, "--db", db, "import", SAMPLE, "--mapping", mapping)
    assert code == 1 and "unique_number" in err and err.count("\n") == 1


def test_a_mapping_file_that_is_not_an_object_exits_with_one_line(tmp_path, capsys, new_register):
    mapping = tmp_path / "map.json"
    mapping.write_text("[]", encoding="utf-8")
    db = new_register(tmp_path / "school.sqlite")
    code, _out, err = run(capsys, "--db", db, "import", SAMPLE, "--mapping", mapping)
    assert code == 1 and err.count("\n") == 1


def test_a_ctf_imports_from_the_command_line(tmp_path, capsys, new_register):
    path = tmp_path / "school.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><CTfile><CTFpupilData><Pupil>'
        f"<UPN>{upn(21)}</UPN><Surname>Wrenfield</Surname><Forename>Isla</Forename>"
        "<DOB>2013-04-02</DOB><Gender>F</Gender><BasicDetails><NCyearActual>8</NCyearActual>"
        "</BasicDetails></Pupil><Pupil><Surname>Wrenfield</Surname><Forename>Rory</Forename>"
        "<DOB>2011-13-01</DOB><Gender>M</Gender></Pupil></CTFpupilData></CTfile>",
        encoding="utf-8")
    code, out, _ = run(capsys, "--db", new_register(tmp_path / "school.sqlite"), "import", path)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "new 1, updated 0, unchanged 0, rejected 1 (valid rows imported)"
    assert lines[1].startswith("row 2: Date of birth: '2011-13-01'")
