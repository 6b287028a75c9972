"""The command line's login (DESC_USER, DESC_PASSWORD or a prompt) and `init`."""

from __future__ import annotations

import io
import os
import stat
import sys

import pytest

from desc_desktop.cli import main
from desc_desktop.security import keyring
from desc_desktop.store import cipher

PASSWORD = "init's long password"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def registered(tmp_path, capsys, monkeypatch):
    db = tmp_path / "school.sqlite"
    monkeypatch.setenv("DESC_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", db, "init", "--admin", "Ian IT",
                         "--recovery-key-out", tmp_path / "recovery.txt")
    assert code == 0, err
    assert "administrator: Ian IT" in out and PASSWORD not in out
    monkeypatch.setenv("DESC_USER", "Ian IT")
    return db


def test_init_makes_an_encrypted_register_and_writes_the_recovery_key(registered, tmp_path):
    assert keyring.exists(registered) and not cipher.is_plain(registered)
    sheet = (tmp_path / "recovery.txt").read_text(encoding="utf-8")
    assert sheet.count("-") >= 7 and "locked away" in sheet
    if sys.platform != "win32":
        assert (tmp_path / "recovery.txt").stat().st_mode & 0o077 == 0


def test_commands_log_in_from_the_environment(registered, capsys):
    assert run(capsys, "--db", registered, "demo", "--pupils", "5")[0] == 0
    code, out, _ = run(capsys, "--db", registered, "pupils", "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 6


def test_a_wrong_password_exits_non_zero_with_one_line(registered, capsys, monkeypatch):
    monkeypatch.setenv("DESC_PASSWORD", "not the password")
    code, out, err = run(capsys, "--db", registered, "pupils")
    assert code == 1 and out == ""
    assert err.startswith("desc-desktop: The name or password is not right")
    assert err.count("\n") == 1 and "not the password" not in err


def test_without_credentials_away_from_a_terminal_the_login_is_explained(registered, capsys,
                                                                        monkeypatch):
    monkeypatch.delenv("DESC_PASSWORD")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--db", registered, "pupils")
    assert code == 1 and "DESC_USER and DESC_PASSWORD" in err


def test_at_a_terminal_the_password_is_asked_for(registered, capsys, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("DESC_PASSWORD")
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    assert run(capsys, "--db", registered, "pupils")[0] == 0


def test_an_office_account_is_refused_what_only_an_administrator_may_do(registered, capsys,
                                                                       monkeypatch):
    from desc_desktop.domain.staff import Role
    from desc_desktop.services import access
    from desc_desktop.services import staff as staff_service

    run(capsys, "--db", registered, "demo", "--pupils", "5")
    ctx = access.log_in_and_open(registered, "Ian IT", PASSWORD, how=None)
    staff_service.add_account(ctx, "Olu Office", Role.OFFICE, "olu's long password",
                              "olu's long password")
    ctx.engine.dispose()
    monkeypatch.setenv("DESC_USER", "Olu Office")
    monkeypatch.setenv("DESC_PASSWORD", "olu's long password")
    assert run(capsys, "--db", registered, "pupils")[0] == 0
    backup = registered.with_name("b.sqlite")
    assert run(capsys, "--db", registered, "backup", "--out", backup)[0] == 0
    code, _, err = run(capsys, "--db", registered, "restore", backup, "--yes")
    assert code == 1 and "Only an administrator can restore a backup" in err


def test_a_command_on_no_register_is_refused_and_makes_none(tmp_path, capsys):
    db = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "--db", db, "pupils")
    assert code == 1 and "init --admin NAME" in err
    assert not db.exists()


def test_init_refuses_a_register_already_set_up(registered, capsys):
    code, _, err = run(capsys, "--db", registered, "init", "--admin", "Someone")
    assert code == 1 and "already has an administrator" in err


def test_init_encrypts_a_register_made_before_staff_accounts(tmp_path, capsys, monkeypatch,
                                                             plain_register):
    db = plain_register(tmp_path / "old.sqlite")
    assert run(capsys, "--db", db, "demo", "--pupils", "4")[0] == 0  # no login: as before
    monkeypatch.setenv("DESC_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "--db", db, "init", "--admin", "Ian IT")
    assert code == 0 and "encrypted (it was not before)" in out
    assert "Recovery key (shown once):" in out
    monkeypatch.setenv("DESC_USER", "Ian IT")
    code, out, _ = run(capsys, "--db", db, "pupils", "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 5


def test_backups_open_with_the_key_and_carry_their_key_file(registered, capsys, tmp_path):
    run(capsys, "--db", registered, "demo", "--pupils", "5")
    backup = tmp_path / "usb" / "backup.sqlite"
    assert run(capsys, "--db", registered, "backup", "--out", backup)[0] == 0
    assert keyring.exists(backup) and not cipher.is_plain(backup)
    # The backup opens on its own, anywhere, with a staff password (its key file beside it).
    cipher.forget_all()
    code, out, _ = run(capsys, "--db", backup, "pupils", "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 6


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_recovery_key_file_is_private_even_when_a_file_was_there(tmp_path):
    from desc_desktop.cli_access import write_private

    target = tmp_path / "recovery.txt"
    target.write_text("old")
    target.chmod(0o644)
    write_private(target, "ABCDE-FGHIJ")
    assert target.read_text(encoding="utf-8") == "ABCDE-FGHIJ"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
