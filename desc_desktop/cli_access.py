"""Logging in on the command line, and `init`, which makes a new encrypted register.

Credentials come from DESC_USER and DESC_PASSWORD, or are asked for at a terminal (the
password without echo). Every command opens the register here, in one place.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desc_desktop.services.errors import Refused

if TYPE_CHECKING:
    from desc_desktop.services.context import Actor

USER_VARIABLE = "DESC_USER"
PASSWORD_VARIABLE = "DESC_PASSWORD"


def add_commands(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="make a new, encrypted register with its "
                               "administrator (or encrypt one made before staff accounts); "
                               "the password comes from DESC_PASSWORD")
    init.add_argument("--admin", required=True, metavar="NAME", help="the administrator's "
                      "login name")
    init.add_argument("--recovery-key-out", type=Path, metavar="FILE", help="write the "
                      "recovery key to FILE (else it is printed): print it, lock it away, "
                      "then delete the file")


def open_for_command(database: Path, *, demo: bool = False):
    """The register opened for one command: logged in when it has staff accounts.

    A register made before staff accounts (not encrypted yet) opens as it always did, until
    its administrator is set up (`init`, or the app). No register at all is refused: a
    mistyped --db must not make a new one."""
    from desc_desktop.services import access, context

    if demo:
        return access.open_demo(database)
    if access.has_accounts(database):  # (log_in_and_open finishes an interrupted setup)
        name, password = credentials()
        return access.log_in_and_open(database, name, password, how="the command line")
    if access.is_plain_register(database):
        return context.open_register(database)
    raise Refused(f"There is no register at {database}. Make one with: desc-desktop --db "
                  f'"{database}" init --admin NAME (the password from {PASSWORD_VARIABLE}).')


def restorer(demo: bool) -> Callable[[Path], Actor | None]:
    """Who restores a backup over the register: an administrator, logged in. A register
    too damaged to open takes any member of staff whose password opens its key (there is
    no register to read their role from; the backup is what they are restoring)."""

    def log_in_to_restore(database: Path) -> Actor | None:
        from desc_desktop.domain.staff import Role
        from desc_desktop.security import login
        from desc_desktop.services import access
        from desc_desktop.services.context import Actor
        from desc_desktop.services.errors import DatabaseTooNew, DatabaseUnavailable
        from desc_desktop.store import cipher

        if demo:
            ctx = access.open_demo(database)
            ctx.engine.dispose()
            return ctx.actor  # the demo login is the demo school's administrator
        access.finish_interrupted_setup(database)
        if not access.has_accounts(database):
            return None
        name, password = credentials()
        unlocked = login.log_in(database, name, password)
        cipher.remember(database, unlocked.key)  # the backups of this register open with it
        try:
            ctx = access.open_unlocked(database, unlocked, how="the command line")
        except (DatabaseUnavailable, DatabaseTooNew):
            # No register to read their role from: the password that opens its key is what
            # vouches for them, and what they put back is the school's own backup.
            return Actor(staff_id=unlocked.staff_id, name=name, role=Role.ADMIN)
        try:
            ctx.require(Role.ADMIN, "restore a backup")
            return ctx.actor
        finally:
            ctx.engine.dispose()

    return log_in_to_restore


def credentials() -> tuple[str, str]:
    name = os.environ.get(USER_VARIABLE, "")
    password = os.environ.get(PASSWORD_VARIABLE, "")
    if name and password:
        return name, password
    if not _at_terminal():
        raise Refused(f"This register needs a login: set {USER_VARIABLE} and "
                      f"{PASSWORD_VARIABLE}, or run the command at a terminal to be asked.")
    if not name:
        name = input("Name: ").strip()
    if not password:
        password = getpass.getpass("Password: ")
    return name, password


def _at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def run_init(database: Path, args: argparse.Namespace) -> int:
    from desc_desktop.services import access

    password = os.environ.get(PASSWORD_VARIABLE, "")
    confirm = password
    if not password:
        if not _at_terminal():
            raise Refused(f"Give the administrator's password in {PASSWORD_VARIABLE}.")
        password = getpass.getpass("Password for the administrator: ")
        confirm = getpass.getpass("The same password again: ")
    made = access.set_up_administrator(database, args.admin, password, confirm)
    made.ctx.engine.dispose()
    what = ("encrypted (it was not before)" if made.encrypted_existing
            else "made, encrypted")
    print(f"Register {database} {what}; administrator: {made.ctx.actor.name}.")
    if args.recovery_key_out:
        write_private(args.recovery_key_out, recovery_sheet(made.recovery_key, database))
        print(f"Recovery key written to {args.recovery_key_out}: print it, lock it away, then "
              "delete the file.")
    else:
        print(f"Recovery key (shown once): {made.recovery_key}\nPrint it or write it down and "
              "lock it away: it opens the register if every password is lost.")
    return 0


def recovery_sheet(recovery_key: str, database: Path) -> str:
    return (f"DESC Desktop recovery key for the register {database.name}\n\n"
            f"    {recovery_key}\n\n"
            "It opens the register if every password is lost, and sets a new administrator "
            "password.\nKeep it locked away, apart from the computer and its backups.\n")


def write_private(path: Path, text: str) -> None:
    """A file only its owner may read (on POSIX; Windows keeps a user's files to them)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # a file already there keeps its own mode otherwise
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
