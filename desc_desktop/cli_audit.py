"""The audit command: check the trail's hash chain, or export the trail to a spreadsheet."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from desc_desktop.services import audit

BROKEN = 3
"""Exit status when the chain does not verify (1 is kept for "could not check at all")."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    trail = commands.add_parser("audit", help="the audit trail: check nobody has changed it "
                                "behind the app's back (--verify)")
    trail.add_argument("--verify", action="store_true", help="recompute the hash chain; exit "
                       f"0 if intact, {BROKEN} naming the first entry that does not match")


def run(ctx, args: argparse.Namespace) -> int:
    if not args.verify:
        raise ValueError("Say what to do with the audit trail: --verify.")
    check = audit.verify_trail(ctx)
    text = audit.describe_check(check, iso_moment)
    if check.intact:
        print(f"{text} Latest hash {check.last_hash[:16]}.")
        return 0
    print(text)
    return BROKEN


def iso_moment(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
