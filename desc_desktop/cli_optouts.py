"""The opt-out commands of the command line: `optout` records one, `status` lists every
pupil's Connexions status on a date."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import Any

from desc_desktop.domain.optouts.kinds import Method, OptOutBy
from desc_desktop.services.errors import Refused

STATUS_COLUMNS = ["upn", "legal_surname", "legal_forename", "dob", "age", "status", "reply_by",
                  "opted_out_on", "opted_out_by", "late", "year_group", "reg_group"]


def add_commands(commands: argparse._SubParsersAction) -> None:
    optout = commands.add_parser("optout", help="record a Connexions opt-out (from a returned "
                                 "slip, a letter, an email, a call or at the front desk)")
    which = optout.add_mutually_exclusive_group(required=True)
    which.add_argument("--letter", metavar="REF", help="the slip code (e.g. R001-0004-2) or "
                       "the letter's reference when it covers one child")
    which.add_argument("--upn", help="the pupil's UPN")
    optout.add_argument("--by", choices=[b.value for b in OptOutBy], required=True,
                        help="a parent/carer with parental responsibility, or the pupil "
                        "(only if 16 or over on the date received)")
    optout.add_argument("--carer", metavar="NAME", help="which parent/carer, by name; needed "
                        "only when the pupil has more than one with parental responsibility")
    optout.add_argument("--received", type=date.fromisoformat, required=True,
                        metavar="YYYY-MM-DD", help="the day it arrived (never in the future)")
    optout.add_argument("--method", choices=[m.value for m in Method], default=Method.SLIP.value)
    optout.add_argument("--notes", default="")
    status = commands.add_parser("status", help="every pupil on roll with their Connexions "
                                 "status on a date")
    status.add_argument("--as-of", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    status.add_argument("--format", choices=("csv", "json"), default="csv")


def run(ctx, args: argparse.Namespace) -> int:
    if args.command == "optout":
        return _optout(ctx, args)
    _print_statuses(ctx, args.as_of, args.format)
    return 0


def _optout(ctx, args: argparse.Namespace) -> int:
    from desc_desktop.services import optouts

    by = OptOutBy(args.by)
    if args.carer and by is OptOutBy.PUPIL:
        raise Refused("--carer names the parent/carer who opted out: leave it out with "
                      "--by pupil.")
    letter_id = None
    if args.letter:
        found = optouts.find_slip(ctx, args.letter)
        pupil_id, letter_id = found.pupil().pupil_id, found.letter_id
    else:
        pupil_id = optouts.pupil_for_upn(ctx, args.upn)
    carer_id = optouts.carer_named(ctx, pupil_id, args.carer) if args.carer else None
    recorded = optouts.record_opt_out(ctx, optouts.OptOutRequest(
        pupil_id=pupil_id, by=by, received=args.received, method=Method(args.method),
        carer_id=carer_id, letter_id=letter_id, notes=args.notes))
    print(f"Opt-out recorded (by {by.value}, received {args.received.isoformat()}). "
          f"{recorded.message}")
    return 0


def _print_statuses(ctx, as_of: date, fmt: str) -> None:
    from desc_desktop.services import statuses

    rows = [_status_dict(row) for row in statuses.status_listing(ctx, as_of)]
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=STATUS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "late": "" if row["late"] is None else
                         ("yes" if row["late"] else "no")})


def _status_dict(row) -> dict[str, Any]:
    status = row.status
    opted_out = status.opted_out_on is not None
    return {
        "upn": row.upn, "legal_surname": row.legal_surname,
        "legal_forename": row.legal_forename, "dob": row.dob.isoformat(), "age": row.age,
        "status": status.status.value, "reply_by": _iso(status.reply_by),
        "opted_out_on": _iso(status.opted_out_on),
        "opted_out_by": status.opted_out_by.value if status.opted_out_by else None,
        "late": status.late if opted_out else None,
        "year_group": row.year_group, "reg_group": row.reg_group,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
