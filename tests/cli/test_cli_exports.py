"""`export optouts` and `export connexions`, as the office's IT support would run them."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from desc_desktop.cli import main
from desc_desktop.services import disclosures

TODAY = date.today()  # the command line works on the real today


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys, new_register):
    """The demo school with a term's letters and opt-outs."""
    path = new_register(tmp_path / "school.sqlite")
    assert run(capsys, "--db", str(path), "demo", "--pupils", "80", "--history")[0] == 0
    return path


def printed_hash(out: str) -> str:
    found = re.search(r"SHA-256: ([0-9a-f]{64})", out)
    assert found, out
    return found.group(1)


def test_export_optouts_writes_the_list_and_prints_counts_and_hash(db, tmp_path, capsys,
                                                                   open_logged_in):
    out_file = tmp_path / "opt-outs.xlsx"
    code, out, err = run(capsys, "--db", str(db), "export", "optouts", "--format", "xlsx",
                         "--out", str(out_file), "--years", "7,8,9,10,11")
    assert code == 0, err
    assert re.search(r"Opt-out list as of \d{4}-\d\d-\d\d: \d+ pupils with an opt-out in force",
                     out)
    assert printed_hash(out) == hashlib.sha256(out_file.read_bytes()).hexdigest()
    rows = list(load_workbook(out_file).active.iter_rows(min_row=2, values_only=True))
    assert rows and all(row[3] in (7, 8, 9, 10, 11) for row in rows)
    [entry] = disclosures.disclosure_log(open_logged_in(db))
    assert (entry.file_name, entry.pupils, entry.sha256) == ("opt-outs.xlsx", len(rows),
                                                            printed_hash(out))
    assert entry.recipient == "Connexions and the local authority"
    assert "(entry 1): to Connexions and the local authority" in out


def test_export_connexions_with_recipient_and_purpose(db, tmp_path, capsys):
    out_file = tmp_path / "return.csv"
    code, out, err = run(capsys, "--db", str(db), "export", "connexions", "--as-of",
                         TODAY.isoformat(), "--format", "csv", "--out", str(out_file),
                         "--recipient", "Connexions Herts (PA team)", "--purpose",
                         "Request by email of 27 November")
    assert code == 0, err
    assert "may share on request" in out and "left out" in out
    assert printed_hash(out) == hashlib.sha256(out_file.read_bytes()).hexdigest()
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert re.search(rf"Connexions return as of {TODAY.isoformat()}: {len(rows)} pupils", out)
    assert {"legal_surname", "legal_forename", "postcode", "status", "dob",
            "carer1_name"} <= set(rows[0])
    assert not [k for k in rows[0] if "upn" in k.lower()]
    for row in rows:
        if row["status"] != "may_share":
            assert row["dob"] == row["gender"] == row["carer1_phones"] == ""
    assert "to Connexions Herts (PA team); why: Request by email of 27 November." in out


def test_refusals_exit_non_zero_and_write_nothing(db, tmp_path, capsys):
    target = tmp_path / "out"
    target.mkdir()
    code, _out, err = run(capsys, "--db", str(db), "export", "connexions", "--as-of",
                          TODAY.isoformat(), "--format", "csv", "--out",
                          str(target / "r.csv"), "--recipient", " ")
    assert code == 1 and "Say to whom it goes" in err
    with pytest.raises(SystemExit):  # argparse: a PDF is no data return
        main(["--db", str(db), "export", "connexions", "--as-of", TODAY.isoformat(),
              "--format", "pdf", "--out", str(target / "r.pdf")])
    with pytest.raises(SystemExit):  # --as-of is required for the return
        main(["--db", str(db), "export", "connexions", "--format", "csv", "--out",
              str(target / "r.csv")])
    assert list(target.iterdir()) == []
