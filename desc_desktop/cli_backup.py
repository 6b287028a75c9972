"""The backup commands of the command line: `backup --out FILE` and `restore FILE`.

They take the register's path rather than an opened register: a restore must work when the
register itself can no longer be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desc_desktop.services.errors import Refused

if TYPE_CHECKING:
    from desc_desktop.services.context import Actor, ServiceContext

COMMANDS = frozenset({"backup", "restore"})


def add_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="a checked copy of the register in FILE (on "
                                 "a USB stick, say); recorded in the audit trail")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = commands.add_parser("restore", help="replace the register with a backup, "
                                  "checked first; the register as it is now is kept aside")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="restore without asking (needed "
                         "when not run at a terminal)")


def run(database: Path, args: argparse.Namespace,
        open_register: Callable[[Path], ServiceContext],
        restorer: Callable[[Path], Actor | None]) -> int:
    """`open_register` opens the register logged in (cli_access.open_for_command);
    `restorer` logs in whoever restores (an administrator), None for a register without
    staff accounts."""
    if args.command == "backup":
        return _backup(database, args.out, open_register)
    return _restore(database, args.file, args.yes, restorer)


def _backup(database: Path, target: Path,
            open_register: Callable[[Path], ServiceContext]) -> int:
    from desc_desktop.services import backups

    if not database.is_file():
        raise Refused(f"There is no register at {database} to back up.")
    ctx = open_register(database)
    try:
        made = backups.back_up_to(ctx, target)
    finally:
        ctx.engine.dispose()
    print(f"Backup written to {made.path} and checked: {made.pupils} pupils, "
          f"{made.size / 1e6:.1f} MB, {made.seconds:.2f} s. It holds personal data: keep it "
          "safe (an encrypted USB stick, locked away).")
    return 0


def _restore(database: Path, backup: Path, confirmed: bool,
             restorer: Callable[[Path], Actor | None]) -> int:
    from desc_desktop.services import restore

    actor = restorer(database)
    contents = restore.inspect_backup(database, backup)
    print(describe(contents))
    if not confirmed:
        if not sys.stdin.isatty():
            raise Refused("Not restored: add --yes to restore without being asked.")
        answer = input(f"Replace the register {database} with this backup? The register as "
                       "it is now is kept aside beside it. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Not restored; nothing has changed.")
            return 1
    done = restore.restore_backup(database, backup, actor=actor)
    aside = (f"The register as it was is kept as {done.kept_aside}." if done.kept_aside
             else "There was no register before.")
    print(f"Restored in {done.seconds:.1f} s. {aside}")
    return 0


def describe(contents) -> str:
    latest = (contents.last_change_at.astimezone().isoformat(sep=" ", timespec="minutes")
              if contents.last_change_at else "none recorded")
    lines = [f"Backup {contents.file.name}: file dated "
             f"{contents.file_date.isoformat(sep=' ', timespec='minutes')}, latest change "
             f"in it {latest}, {contents.pupils} pupils ({contents.pupils_on_roll} on roll)."]
    if contents.needs_upgrade:
        lines.append("It was made by an earlier version: it will be upgraded as it is "
                     "restored.")
    return "\n".join(lines)
