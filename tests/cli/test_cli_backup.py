"""`desc-desktop backup --out FILE` and `desc-desktop restore FILE`."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from desc_desktop.cli import main
from desc_desktop.store import db_copy, register_lock

HOLD_LOCK = """
import sys, time
from pathlib import Path
from desc_desktop.store import register_lock
register_lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pupil_count(db) -> int:
    conn = db_copy.connect_file(db)  # with the key the command line's login opened
    try:
        return conn.execute("SELECT count(*) FROM pupil").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def school(tmp_path, capsys, new_register):
    db = new_register(tmp_path / "school.sqlite")
    assert run(capsys, "--db", str(db), "demo", "--pupils", "12")[0] == 0
    return db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_backup_then_restore_at_a_terminal(school, tmp_path, capsys, monkeypatch):
    target = tmp_path / "usb" / "backup.sqlite"
    code, out, _ = run(capsys, "--db", str(school), "backup", "--out", str(target))
    assert code == 0 and out.startswith(f"Backup written to {target} and checked: 12 pupils")
    conn = db_copy.connect_file(school)
    with conn:
        conn.execute("DELETE FROM pupil_carer")
        conn.execute("DELETE FROM pupil")
    conn.close()
    assert pupil_count(school) == 0

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    code, out, _ = run(capsys, "--db", str(school), "restore", str(target))
    assert code == 1 and "12 pupils (12 on roll)" in out and "nothing has changed" in out
    assert pupil_count(school) == 0

    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    code, out, _ = run(capsys, "--db", str(school), "restore", str(target))
    assert code == 0 and "Restored in" in out and ".before-restore." in out
    assert pupil_count(school) == 12
    code, out, _ = run(capsys, "--db", str(school), "audit", "--verify")
    assert code == 0


def test_restore_away_from_a_terminal_needs_yes(school, tmp_path, capsys, monkeypatch):
    target = tmp_path / "backup.sqlite"
    run(capsys, "--db", str(school), "backup", "--out", str(target))
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # piped: not a terminal
    code, _, err = run(capsys, "--db", str(school), "restore", str(target))
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "--db", str(school), "restore", str(target), "--yes")
    assert code == 0 and "Restored" in out


def test_restore_onto_a_register_that_no_longer_opens(school, tmp_path, capsys):
    target = tmp_path / "backup.sqlite"
    run(capsys, "--db", str(school), "backup", "--out", str(target))
    for suffix in ("-wal", "-shm"):
        school.with_name(school.name + suffix).unlink(missing_ok=True)
    school.write_bytes(b"\x00" * 8192)
    code, _, err = run(capsys, "--db", str(school), "pupils")
    assert code == 1 and "could not be opened" in err
    code, out, _ = run(capsys, "--db", str(school), "restore", str(target), "--yes")
    assert code == 0 and "kept as" in out
    assert pupil_count(school) == 12


def test_unusable_backups_and_missing_registers_are_explained(school, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"hello " * 1000)
    code, _, err = run(capsys, "--db", str(school), "restore", str(junk), "--yes")
    assert code == 1 and "not a database file" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite"), "backup", "--out",
                       str(tmp_path / "b.sqlite"))
    assert code == 1 and "no register" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_no_restore_while_the_app_has_the_register_open(school, tmp_path, capsys):
    target = tmp_path / "backup.sqlite"
    run(capsys, "--db", str(school), "backup", "--out", str(target))
    window = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(school)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "held"
        code, _, err = run(capsys, "--db", str(school), "restore", str(target), "--yes")
        assert code == 1 and "already has this register open" in err
    finally:
        window.kill()
        window.wait(10)
    assert not register_lock.held_here(school)
    assert run(capsys, "--db", str(school), "restore", str(target), "--yes")[0] == 0
