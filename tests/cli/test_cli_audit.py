"""`desc-desktop audit`: checking the trail from the command line."""

from __future__ import annotations

import sqlite3

from desc_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_reports_an_intact_chain(tmp_path, capsys, plain_register):
    db = str(plain_register(tmp_path / "school.sqlite"))
    assert run(capsys, "--db", db, "demo", "--pupils", "12")[0] == 0
    code, out, _ = run(capsys, "--db", db, "audit", "--verify")
    assert code == 0
    assert out.startswith("1 entry, chain intact.")


def test_verify_names_the_first_entry_changed_behind_the_apps_back(tmp_path, capsys,
                                                                   plain_register):
    db = plain_register(tmp_path / "school.sqlite")
    assert run(capsys, "--db", str(db), "demo", "--pupils", "12")[0] == 0
    for _ in range(2):  # each listing of the register is an entry of its own
        assert run(capsys, "--db", str(db), "pupils")[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET summary = 'Nothing happened' WHERE id = 2")
    conn.commit()
    at = conn.execute("SELECT at FROM audit_entry WHERE id = 2").fetchone()[0]
    conn.close()
    code, out, _ = run(capsys, "--db", str(db), "audit", "--verify")
    assert code == 3
    assert out.startswith("3 entries; the chain is broken at entry 2 (")
    assert "entry 2 (" + at[:10] + "T" + at[11:19] + "Z)" in out
    assert "protection of the audit trail has been removed" in out
    assert "Nothing happened" not in out


def test_export_writes_a_csv_and_records_that_it_did(tmp_path, capsys, plain_register):
    db = str(plain_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "12")
    target = tmp_path / "trail.csv"
    code, out, _ = run(capsys, "--db", db, "audit", "--export", str(target), "--since",
                       "2000-01-01")
    assert code == 0 and out.startswith("1 entry written to")
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Entry,When,Who,Action")
    assert len(lines) == 2 and ",demo.fill," in lines[1]
    code, out, _ = run(capsys, "--db", db, "audit", "--verify")
    assert code == 0 and out.startswith("2 entries, chain intact.")


def test_export_of_days_to_come_is_empty_but_still_recorded(tmp_path, capsys, plain_register):
    db = str(plain_register(tmp_path / "school.sqlite"))
    run(capsys, "--db", db, "demo", "--pupils", "12")
    target = tmp_path / "trail.csv"
    code, out, _ = run(capsys, "--db", db, "audit", "--export", str(target), "--since",
                       "2999-01-01")
    assert code == 0 and out.startswith("0 entries written")
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1


def test_listing_prints_every_entry_as_csv_or_json_and_is_itself_recorded(tmp_path, capsys,
                                                                          plain_register):
    import csv
    import io
    import json

    db = str(plain_register(tmp_path / "school.sqlite"))
    assert run(capsys, "--db", db, "demo", "--pupils", "6")[0] == 0
    code, out, _ = run(capsys, "--db", db, "audit", "--format", "json")
    assert code == 0
    entries = json.loads(out)
    assert [e["action"] for e in entries] == ["demo.fill"]
    assert entries[0]["summary"].startswith("Demo school added (6 fictional pupils")
    assert len(entries[0]["hash"]) == 64
    code, out, _ = run(capsys, "--db", db, "audit")  # CSV, the default
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["Entry", "When", "Who", "Action"]
    assert [row[3] for row in rows[1:]] == ["demo.fill", "audit.listed"]
    assert run(capsys, "--db", db, "audit", "--verify")[1].startswith("3 entries, chain intact")


def test_listing_since_a_day_leaves_out_older_entries(tmp_path, capsys, plain_register):
    db = str(plain_register(tmp_path / "school.sqlite"))
    assert run(capsys, "--db", db, "demo", "--pupils", "6")[0] == 0
    code, out, _ = run(capsys, "--db", db, "audit", "--since", "2099-01-01", "--format", "json")
    assert (code, out) == (0, "[]\n")
