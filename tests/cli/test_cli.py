"""The command line, run as the office's IT support would run it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from desc_desktop import __version__
from desc_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_fills_an_empty_database_and_pupils_lists_it(tmp_path, capsys, new_register):
    db = str(new_register(tmp_path / "school.sqlite"))
    code, out, _ = run(capsys, "--db", db, "demo", "--pupils", "30", "--seed", "7")
    assert code == 0 and "30 fictional pupils" in out

    code, out, _ = run(capsys, "--db", db, "pupils", "--format", "json")
    assert code == 0
    listing = json.loads(out)
    assert len(listing) == 30
    first = listing[0]
    for key in ("upn", "legal_surname", "legal_forename", "preferred_forename", "dob", "gender",
                "year_group", "reg_group", "sen_status", "ldd", "address", "carers"):
        assert key in first
    assert set(first["address"]) >= {"lines", "town", "postcode"}
    carer = first["carers"][0]
    assert set(carer) >= {"name", "relationship", "parental_responsibility", "correspondence",
                          "no_contact", "address"}
    assert first["dob"][4] == "-"  # ISO dates on the command line


def test_demo_is_deterministic(tmp_path, capsys, new_register):
    outputs = []
    for name in ("a.sqlite", "b.sqlite"):
        db = str(new_register(tmp_path / name))
        run(capsys, "--db", db, "demo", "--pupils", "25", "--seed", "11")
        outputs.append(run(capsys, "--db", db, "pupils", "--format", "csv")[1])
    assert outputs[0] == outputs[1]


def test_csv_listing_has_a_header_and_every_pupil(tmp_path, capsys, new_register):
    db = str(new_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "20")
    code, out, _ = run(capsys, "--db", db, "pupils")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 20
    assert rows[0]["upn"] and rows[0]["postcode"]


def test_demo_refuses_a_database_with_pupils(tmp_path, capsys, new_register):
    db = str(new_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "5")
    code, _out, err = run(capsys, "--db", db, "demo")
    assert code == 1
    assert err.count("\n") == 1 and "already has pupils" in err
    assert len(json.loads(run(capsys, "--db", db, "pupils", "--format", "json")[1])) == 5


def test_desc_db_environment_variable_picks_the_database(tmp_path, capsys, monkeypatch,
                                                         new_register):
    db = new_register(tmp_path / "from-env.sqlite")
    monkeypatch.setenv("DESC_DB", str(db))
    code, _, _ = run(capsys, "demo", "--pupils", "3")
    assert code == 0 and db.exists()


def test_an_unusable_database_path_gives_a_one_line_reason(tmp_path, capsys):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(folder), "pupils")
    assert code != 0 and out == ""
    assert err.startswith("desc-desktop: ") and err.count("\n") == 1


def test_listing_is_recorded_in_the_audit_trail(tmp_path, capsys, new_register,
                                                open_logged_in):
    from desc_desktop.services import audit

    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "4")
    run(capsys, "--db", str(db), "pupils")
    entries = audit.recent_entries(open_logged_in(db))
    assert [(e.action, e.staff_name) for e in entries[:4]] == [
        ("register.list", "Ada Admin"), ("staff.login", "Ada Admin"),
        ("demo.fill", "Ada Admin"), ("staff.login", "Ada Admin")]


def test_installed_command_runs(tmp_path):
    env = {**os.environ, "DESC_DB": str(tmp_path / "x.sqlite"), "DESC_USER": "Ada Admin",
           "DESC_PASSWORD": "a long enough password"}
    for command in (["init", "--admin", "Ada Admin"], ["demo", "--pupils", "2"]):
        result = subprocess.run([sys.executable, "-m", "desc_desktop", *command],
                                env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr


def test_demo_and_db_together_are_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--demo", "--db", str(tmp_path / "x.sqlite")])
    assert exit_info.value.code == 2
    assert "leave out --db" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


def test_letters_command_makes_one_pdf_and_reports_counts(tmp_path, capsys, new_register):
    from pypdf import PdfReader

    db = str(new_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "40", "--seed", "2")
    out = tmp_path / "letters.pdf"
    code, text, _ = run(capsys, "--db", db, "letters", "--issue-date", "2026-11-30",
                        "--delivery", "first", "--out", str(out))
    assert code == 0
    assert "letters (" in text and "pupils covered" in text and "reply by 2026-12-30" in text
    assert len(PdfReader(out).pages) >= int(text.split()[0])


def test_letters_command_with_no_one_to_write_to_exits_non_zero(tmp_path, capsys,
                                                                new_register):
    db = str(new_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "5")
    code, _out, err = run(capsys, "--db", db, "letters", "--issue-date", "2026-11-30",
                          "--years", "2", "--out", str(tmp_path / "none.pdf"))
    assert code == 1 and "No letters" in err
    assert not (tmp_path / "none.pdf").exists()


def test_letters_mark_sent_records_the_run(tmp_path, capsys, new_register, open_logged_in):
    from desc_desktop.services import audit

    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "20")
    code, text, _ = run(capsys, "--db", str(db), "letters", "--issue-date", "2026-11-30",
                        "--out", str(tmp_path / "l.pdf"), "--mark-sent")
    assert code == 0 and "letter run 1" in text
    assert audit.recent_entries(open_logged_in(db))[0].action == "letters.run_sent"
