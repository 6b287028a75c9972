"""The audit command: check the trail's hash chain, or export the trail to a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from desc_desktop.services import audit

BROKEN = 3
"""Exit status when the chain does not verify (1 is kept for "could not check at all")."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    trail = commands.add_parser("audit", help="the audit trail: list it (CSV or JSON), check "
                                "nobody has changed it behind the app's back, or export it to "
                                "a spreadsheet")
    trail.add_argument("--verify", action="store_true", help="recompute the hash chain; exit "
                       f"0 if intact, {BROKEN} naming the first entry that does not match")
    trail.add_argument("--export", type=Path, metavar="FILE.csv", help="write the entries "
                       "(oldest first) to a CSV file; the export is itself recorded")
    trail.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="list or export entries from this day on")
    trail.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="list or export entries up to and including this day")
    trail.add_argument("--format", choices=("csv", "json"), default="csv",
                       help="how the entries are listed when neither --verify nor --export "
                       "is given (default csv)")


def run(ctx, args: argparse.Namespace) -> int:
    from desc_desktop.services import audit_export, audit_search

    if not (args.verify or args.export):
        wanted = audit_search.TrailFilter(since=args.since, until=args.until)
        audit_export.list_trail(ctx, sys.stdout, wanted, args.format)
        return 0
    status = 0
    if args.verify:
        status = _verify(ctx)
    if args.export:
        wanted = audit_search.TrailFilter(since=args.since, until=args.until)
        count = audit_export.export_trail(ctx, args.export, wanted)
        print(f"{audit.entries_text(count)} written to {args.export}. It holds personal "
              "data: keep it safe, and delete it when done.")
    return status


def _verify(ctx) -> int:
    check = audit.verify_trail(ctx)
    text = audit.describe_check(check, iso_moment)
    if check.intact:
        print(f"{text} Latest hash {check.last_hash[:16]}.")
        return 0
    print(text)
    return BROKEN


def iso_moment(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
